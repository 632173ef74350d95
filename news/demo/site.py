"""The frame of the demo portal: the home page as the default site's root, the topic
sections, the agencies, the footer's contact details, the demo admin and the other sections.

Each `ensure_*` creates what is missing and leaves what exists untouched.
"""

from django.contrib.auth import get_user_model
from wagtail.models import Page, Site

from news.demo import DEMO_PASSWORD
from news.models import (
    Agency,
    DocumentIndexPage,
    FeedbackPage,
    HomePage,
    MediaIndexPage,
    ParIndicesPage,
    PortalSettings,
    TopicIndexPage,
)
from news.vietnamese import ascii_slug

SITE_NAME = "Cổng TTĐT CCHC Lào Cai"
DEMO_ADMIN = {"username": "admin", "email": "admin@cchc.laocai.gov.vn"}
# The sections under the home page besides the topics, by their key in sections.json.
SECTION_TYPES = {
    "documents": DocumentIndexPage,
    "media": MediaIndexPage,
    "indices": ParIndicesPage,
    "feedback": FeedbackPage,
}


def ensure_home(data):
    """The single HomePage, served as the default site's root (replacing Wagtail's welcome page)."""
    home = HomePage.objects.first()
    if home is None:
        home = Page.get_first_root_node().add_child(instance=HomePage(**data))
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=SITE_NAME)
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = SITE_NAME
        site.save()
        if old_root.specific_class is Page and not old_root.get_children().exists():
            old_root.delete()
    return home


def ensure_topics(home, records):
    """The topic sections, found by slug; returns {code: section}."""
    topics = {}
    for data in records:
        topic = TopicIndexPage.objects.child_of(home).filter(slug=data["slug"]).first()
        if topic is None:
            topic = home.add_child(instance=TopicIndexPage(**data))
            topic.save_revision().publish()
        topics[data["code"]] = topic
    return topics


def ensure_agencies(records):
    """The agencies, found by name, each after its parent; returns {name: agency}."""
    agencies = {}
    for data in records:
        agency = Agency.objects.filter(name=data["name"]).first()
        if agency is None:
            agency = Agency.objects.create(
                **{**data, "parent": agencies.get(data.get("parent")), "slug": ascii_slug(data["name"], max_length=120)}
            )
        agencies[data["name"]] = agency
    return agencies


def ensure_settings(contact):
    """The committee's contact details in the footer, unless an administrator has filled them in."""
    portal_settings = PortalSettings.load()
    if not portal_settings.address:
        for field, value in contact.items():
            setattr(portal_settings, field, value)
        portal_settings.save()
    return portal_settings


def ensure_admin():
    user_model = get_user_model()
    user = user_model.objects.filter(username=DEMO_ADMIN["username"]).first()
    if user is None:
        user = user_model.objects.create_superuser(**DEMO_ADMIN, password=DEMO_PASSWORD)
    return user


def ensure_sections(home, sections, user):
    """The single page of each section type under the home page; returns {key: page}."""
    pages = {}
    for key, model in SECTION_TYPES.items():
        page = model.objects.child_of(home).first()
        if page is None:
            page = home.add_child(instance=model(**sections[key]))
            page.save_revision(user=user).publish(user=user)
        pages[key] = page
    return pages
