"""Loads the steering committee's demo pages (news.models.committee) from data/committee_pages.json.

Vietnamese pages under the home page at /gioi-thieu/…; in English, Wagtail's translation of the
home page at /en/ introduces the committee, and the English pages under it (/en/functions/,
/en/structure/, /en/contact/) are Wagtail translations of the Vietnamese ones: same
`translation_key`, "en" locale. The English pages sit right under the English home rather than
under a translation of /gioi-thieu/ (whose English text is the English home's), which keeps
their addresses short and as they were.

Idempotent: a page found by its slug, or a translation found by its key, is left as it is.
English pages made before the portal used Wagtail's i18n (under a CommitteePage at /en/ in the
Vietnamese tree; migration 0008 gave them their locale and keys) are moved under the English
home, and the old English root, now empty, is deleted.
"""

import html

from django.db import transaction
from wagtail.models import Locale

from news.demo.datafiles import load
from news.models import CommitteeMember, CommitteePage

ENGLISH = "en"


def load_data():
    return load("committee_pages")


def _paragraphs(texts):
    return "".join(f"<p>{html.escape(text)}</p>" for text in texts)


def _members(records, english):
    return [
        CommitteeMember(
            name=member["name"],
            level=member["level"],
            position=member["position_en"] if english else member["position"],
            phone=member.get("phone", ""),
            email=member.get("email", ""),
            is_contact=member.get("is_contact", False),
        )
        for member in records
    ]


def _new_page(data, members, english=False, **attrs):
    page = CommitteePage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        body=_paragraphs(data.get("body", [])),
        show_members=data.get("show_members", False),
        show_contacts=data.get("show_contacts", False),
        **attrs,
    )
    if page.show_members or page.show_contacts:
        page.members = _members(members, english)
    return page


def _add_and_publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _ensure_page(parent, data, members):
    page = CommitteePage.objects.child_of(parent).filter(slug=data["slug"]).first()
    if page is not None:
        return page.specific
    return _add_and_publish(parent, _new_page(data, members))


def ensure_english_home(home, data):
    """The English home page at /en/: Wagtail's translation of `home` (copy_for_translation), published."""
    locale, _ = Locale.objects.get_or_create(language_code=ENGLISH)
    english_home = home.get_translations().filter(locale=locale).first()
    if english_home is not None:
        return english_home.specific
    english_home = home.copy_for_translation(locale)
    english_home.title = data["title"]
    english_home.seo_title = ""
    english_home.search_description = ""
    # The committee's introduction in English: the home page's intro is plain text, a blank line between paragraphs.
    english_home.intro = "\n\n".join([data["intro"], *data.get("body", [])])
    english_home.save_revision().publish()
    return english_home


def _ensure_translation(original, english_home, data, members):
    """`original`'s English translation under the English home: found by Wagtail's translation key, else made
    with that key."""
    translation = original.get_translations().filter(locale__language_code=ENGLISH).first()
    if translation is not None:
        if translation.get_parent().pk != english_home.pk:  # made before Wagtail's i18n, in the Vietnamese tree
            translation.move(english_home, pos="last-child")
        return CommitteePage.objects.get(pk=translation.pk)
    page = _new_page(data, members, english=True, locale=english_home.locale, translation_key=original.translation_key)
    return _add_and_publish(english_home, page)


def _remove_old_english_root(home):
    """The English root CommitteePage of before Wagtail's i18n (/en/ in the Vietnamese tree), once emptied."""
    for old_root in CommitteePage.objects.child_of(home).filter(locale__language_code=ENGLISH):
        if not old_root.get_children().exists():
            old_root.delete()


@transaction.atomic
def ensure_committee_pages(home):
    """The committee's pages in both languages; returns {(language, key): page}, ("en", "root") the English home."""
    data = load_data()
    vietnamese = data["pages"]["vi"]
    pages = {("vi", "root"): _ensure_page(home, vietnamese, data["members"])}
    for child in vietnamese["children"]:
        pages[("vi", child["key"])] = _ensure_page(pages[("vi", "root")], child, data["members"])
    english = data["pages"][ENGLISH]
    english_home = pages[(ENGLISH, "root")] = ensure_english_home(home, english)
    for child in english["children"]:
        original = pages[("vi", child["key"])]
        pages[(ENGLISH, child["key"])] = _ensure_translation(original, english_home, child, data["members"])
    _remove_old_english_root(home)
    return pages
