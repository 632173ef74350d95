"""Loads the portal's site, sections, agencies and demo pages; every step is idempotent.

Each `ensure_*` function creates what is missing and leaves what exists untouched, so a
second `setup_portal` changes nothing.
"""

import datetime
import html
from io import BytesIO

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site
from wagtail.rich_text import RichText

from editorial.setup import setup_editorial
from news.demo import content
from news.demo.images import draw_image, draw_portrait
from news.models import (
    Agency,
    ExemplaryOfficialPage,
    HomePage,
    NewsArticlePage,
    OfficialAward,
    PortalSettings,
    ReformModelPage,
    ReformModelResult,
    TopicIndexPage,
)
from news.vietnamese import ascii_slug

DEMO_ADMIN = {"username": "admin", "password": "laocai2024", "email": "admin@cchc.laocai.gov.vn"}
DEMO_COLLECTION = "Ảnh minh họa (dữ liệu mẫu)"
# The demo pictures are drawn, not photographed: their alt text says what they really show.
LANDSCAPE_ALT = "Ảnh minh họa: núi đồi và ruộng bậc thang Lào Cai"
PORTRAIT_ALT = "Ảnh minh họa: hình bóng chân dung"


def paragraphs_html(paragraphs):
    return "".join(f"<p>{html.escape(text)}</p>" for text in paragraphs)


def demo_datetime(iso_date):
    """A demo date at 08:00 Lào Cai time."""
    day = datetime.date.fromisoformat(iso_date)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(8, 0)))


@transaction.atomic
def ensure_home():
    """The single HomePage, served as the default site's root (replacing Wagtail's welcome page)."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title="Trang chủ", slug="trang-chu", intro=content.HOME_INTRO))
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Cổng TTĐT CCHC Lào Cai"
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "Cổng TTĐT CCHC Lào Cai"
        site.save()
        if old_root.specific_class is Page and not old_root.get_children().exists():
            old_root.delete()
    return home


def ensure_topics(home):
    topics = {}
    for data in content.TOPICS:
        topic = TopicIndexPage.objects.child_of(home).filter(slug=data["slug"]).first()
        if topic is None:
            topic = home.add_child(
                instance=TopicIndexPage(
                    title=data["title"],
                    slug=data["slug"],
                    code=data["code"],
                    nav_title=data["nav_title"],
                    intro=data["intro"],
                )
            )
            topic.save_revision().publish()
        topics[data["code"]] = topic
    return topics


def ensure_agencies():
    agencies = {}
    for data in content.AGENCIES:
        agency = Agency.objects.filter(name=data["name"]).first()
        if agency is None:
            agency = Agency.objects.create(
                name=data["name"],
                short_name=data.get("short_name", ""),
                slug=ascii_slug(data["name"], max_length=120),
                kind=data["kind"],
                parent=agencies.get(data.get("parent")),
                address=data.get("address", ""),
                phone=data.get("phone", ""),
                email=data.get("email", ""),
                website=data.get("website", ""),
            )
        agencies[data["name"]] = agency
    return agencies


def ensure_settings():
    portal_settings = PortalSettings.load()
    if not portal_settings.address:
        contact = content.COMMITTEE_CONTACT
        portal_settings.committee_name = contact["name"]
        portal_settings.standing_body = contact.get("standing_body", "")
        portal_settings.address = contact.get("address", "")
        portal_settings.phone = contact.get("phone", "")
        portal_settings.email = contact.get("email", "")
        portal_settings.responsible = contact.get("responsible", "")
        portal_settings.licence = contact.get("licence", "")
        portal_settings.save()
    return portal_settings


def ensure_admin():
    user_model = get_user_model()
    user = user_model.objects.filter(username=DEMO_ADMIN["username"]).first()
    if user is None:
        user = user_model.objects.create_superuser(**DEMO_ADMIN)
    return user


def ensure_image(key, alt=LANDSCAPE_ALT, drawer=draw_image, label=""):
    """A demo image drawn by Pillow, found again by its title on later runs."""
    image_model = get_image_model()
    title = f"demo:{key}"
    image = image_model.objects.filter(title=title).first()
    if image is None:
        collection = Collection.get_first_root_node().get_children().filter(name=DEMO_COLLECTION).first()
        if collection is None:
            collection = Collection.get_first_root_node().add_child(name=DEMO_COLLECTION)
        data = drawer(key, label) if drawer is draw_image else drawer(key)
        image = image_model(title=title, description=alt, collection=collection)
        image.file = ImageFile(BytesIO(data), name=f"{key}.jpg")
        image.save()
    return image


def publish_new(parent, page, user, published):
    """Adds a page under its section and publishes it, dated as the demo says."""
    page.first_published_at = demo_datetime(published)
    parent.add_child(instance=page)
    revision = page.save_revision(user=user)
    revision.publish(user=user)
    return page


def classify(page, data, topics, agencies):
    page.agency = agencies.get(data.get("agency"))
    page.reform_area = data.get("reform_area", "")
    page.topics = [topics[code] for code in data.get("topics", []) if code in topics and code != data.get("topic")]
    page.tags.set(data.get("tags", []))


def ensure_articles(topics, agencies, user):
    created = 0
    for data in content.ARTICLES:
        parent = topics[data["topic"]]
        if Page.objects.child_of(parent).filter(slug=data["slug"]).exists():
            continue
        body = []
        for item in data["body"]:
            if isinstance(item, dict):
                body.append(("quote", {"text": item["quote"], "attribution": item.get("attribution", "")}))
            else:
                body.append(("paragraph", RichText(paragraphs_html([item]))))
        page = NewsArticlePage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            byline=data.get("byline", ""),
            body=body,
            lead_image=ensure_image(data["slug"]),
            lead_image_caption=data.get("image_caption", ""),
            is_featured=data.get("featured", False),
        )
        classify(page, data, topics, agencies)
        publish_new(parent, page, user, data["published"])
        created += 1
    return created


def ensure_reform_models(topics, agencies, user):
    created = 0
    parent = topics["1.8"]
    for data in content.REFORM_MODELS:
        if Page.objects.child_of(parent).filter(slug=data["slug"]).exists():
            continue
        page = ReformModelPage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            kind=data["kind"],
            field=data["field"],
            year_started=data["year_started"],
            scope=data["scope"],
            problem=paragraphs_html(data["problem"]),
            solution=paragraphs_html(data["solution"]),
            replication=data["replication"],
            lead_image=ensure_image(data["slug"]),
            lead_image_caption=data.get("image_caption", ""),
            is_featured=data.get("featured", False),
        )
        page.results = [
            ReformModelResult(indicator=r["indicator"], before=r["before"], after=r["after"], unit=r.get("unit", ""))
            for r in data["results"]
        ]
        classify(page, data, topics, agencies)
        publish_new(parent, page, user, data["published"])
        created += 1
    return created


def ensure_officials(topics, agencies, user):
    created = 0
    parent = topics["1.8"]
    for data in content.OFFICIALS:
        if Page.objects.child_of(parent).filter(slug=data["slug"]).exists():
            continue
        page = ExemplaryOfficialPage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            full_name=data["full_name"],
            position=data["position"],
            biography=paragraphs_html(data["biography"]),
            achievements="<ul>" + "".join(f"<li>{html.escape(a)}</li>" for a in data["achievements"]) + "</ul>",
            quote=data.get("quote", ""),
            lead_image=ensure_image(data["slug"], PORTRAIT_ALT, drawer=draw_portrait),
        )
        page.awards = [OfficialAward(name=a["name"], year=a["year"]) for a in data["awards"]]
        classify(page, data, topics, agencies)
        publish_new(parent, page, user, data["published"])
        created += 1
    return created


def setup_portal():
    """Everything `make run` needs; returns what was created, by kind."""
    home = ensure_home()
    topics = ensure_topics(home)
    agencies = ensure_agencies()
    ensure_settings()
    user = ensure_admin()
    created = {
        "articles": ensure_articles(topics, agencies, user),
        "reform_models": ensure_reform_models(topics, agencies, user),
        "officials": ensure_officials(topics, agencies, user),
    }
    # Documents, media, indices and feedback (imported here: plan_loader builds on this module's helpers).
    from news.demo.plan_loader import setup_plan_content

    created.update(setup_plan_content(home, topics, agencies, user))
    # The editorial board last, once every section and agency exists: groups, workflow, demo users.
    setup_editorial(demo_users=True)
    return created
