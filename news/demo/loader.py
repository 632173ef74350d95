"""Builds the demo portal from the data files (news/demo/data/); every step is idempotent.

Each `ensure_*` creates what is missing and leaves what exists untouched, so a second
`setup_portal` changes nothing. The editorial board (groups, workflow, demo users) is not
news' business: `portal`'s setup_portal command sets it up after this.
"""

from django.db import transaction

from news.demo import committee, pages, rows, site
from news.demo.datafiles import load


@transaction.atomic
def load_demo():
    """The site, sections, agencies, demo admin and every kind of demo content; returns what was created, by kind."""
    sections = load("sections")
    home = site.ensure_home(sections["home"])
    topics = site.ensure_topics(home, load("topics"))
    agencies = site.ensure_agencies(load("agencies"))
    site.ensure_settings(load("committee"))
    user = site.ensure_admin()
    context = {"topics": topics, "agencies": agencies, "user": user}
    created = {
        "articles": pages.ensure_pages(load("articles"), pages.article_page, **context),
        "reform_models": pages.ensure_pages(load("reform_models"), pages.reform_model_page, **context),
        "officials": pages.ensure_pages(load("officials"), pages.official_page, **context),
    }
    # The other sections after the topics' content: a document's related pages are articles.
    section = site.ensure_sections(home, sections, user)
    created["documents"] = pages.ensure_pages(
        load("documents"), pages.legal_document_page, section=section["documents"], **context
    )
    created["media"] = pages.ensure_pages(load("media"), pages.media_item_page, section=section["media"], **context)
    created["index_scores"] = rows.ensure_index_scores(load("index_scores"))
    created["feedback"] = rows.ensure_feedback(load("feedback"), topics, agencies, user)
    committee.ensure_committee_pages(home)  # Decree 42: introduction, functions, members, contacts; /en/
    return created
