"""Loads the steering committee's demo pages (news.models.committee) from data/committee_pages.json.

Vietnamese pages under the home page at /gioi-thieu/…, English ones at /en/…, each joined to
its counterpart for the language switch. Idempotent: a page found by its slug is left as it is.
"""

import html

from django.db import transaction

from news.demo.datafiles import load
from news.models import CommitteeMember, CommitteePage


def load_data():
    return load("committee_pages")


def _paragraphs(texts):
    return "".join(f"<p>{html.escape(text)}</p>" for text in texts)


def _ensure_page(parent, data, language, members):
    page = CommitteePage.objects.child_of(parent).filter(slug=data["slug"]).first()
    if page is not None:
        return page.specific
    page = CommitteePage(
        title=data["title"],
        slug=data["slug"],
        language=language,
        intro=data["intro"],
        body=_paragraphs(data.get("body", [])),
        show_members=data.get("show_members", False),
        show_contacts=data.get("show_contacts", False),
    )
    if page.show_members or page.show_contacts:
        page.members = [
            CommitteeMember(
                name=member["name"],
                level=member["level"],
                position=member["position_en"] if language == "en" else member["position"],
                phone=member.get("phone", ""),
                email=member.get("email", ""),
                is_contact=member.get("is_contact", False),
            )
            for member in members
        ]
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def ensure_committee_pages(home):
    """The committee's pages in both languages under `home`; returns {(language, key): page}."""
    data = load_data()
    pages = {}
    for language in ("vi", "en"):
        tree = data["pages"][language]
        root = _ensure_page(home, tree, language, data["members"])
        pages[(language, "root")] = root
        for child in tree["children"]:
            pages[(language, child["key"])] = _ensure_page(root, child, language, data["members"])
    for key in ["root"] + [child["key"] for child in data["pages"]["vi"]["children"]]:
        vietnamese, english = pages[("vi", key)], pages[("en", key)]
        for page, other in ((vietnamese, english), (english, vietnamese)):
            if page.translation_id is None:
                page.translation = other
                page.save_revision().publish()
    return pages
