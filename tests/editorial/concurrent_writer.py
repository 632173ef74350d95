"""A separate process writing to a file SQLite database, for test_concurrent_writes.

    python tests/editorial/concurrent_writer.py prepare|publish|revise COUNT

`prepare` migrates and makes COUNT drafts; `publish` force-publishes them one by one as the
editor-in-chief; `revise` saves COUNT revisions of each page meanwhile. Each prints what it
wrote; an error ("database is locked") ends it with a traceback and a non-zero status.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402

from editorial import roles, services, setup  # noqa: E402
from editorial.factories import UserFactory  # noqa: E402
from news.factories import HomePageFactory, NewsArticlePageFactory, TopicIndexPageFactory  # noqa: E402
from news.models import NewsArticlePage  # noqa: E402

REASON = "Thông báo khẩn của UBND tỉnh, phải đăng ngay trong sáng nay."


def prepare(count):
    call_command("migrate", verbosity=0, interactive=False)
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    topic = TopicIndexPageFactory(parent=home, title="Thủ tục hành chính", slug="thu-tuc")
    setup.setup_editorial()
    UserFactory(username="truongban", role=roles.EDITOR_IN_CHIEF)
    author = UserFactory(username="ctv", role=roles.COLLABORATOR)
    for number in range(count):
        page = NewsArticlePageFactory(
            parent=topic, title=f"Bài {number}", slug=f"bai-{number}", live=False, owner=author
        )
        page.save_revision(user=author)


def publish():
    from django.contrib.auth import get_user_model

    chief = get_user_model().objects.get(username="truongban")
    for page in NewsArticlePage.objects.order_by("pk"):
        services.force_publish(page, chief, REASON)
        print("published", page.pk, flush=True)


def revise(count):
    from django.contrib.auth import get_user_model

    author = get_user_model().objects.get(username="ctv")
    for round_ in range(count):
        for page in NewsArticlePage.objects.order_by("pk"):
            with transaction.atomic():
                page = NewsArticlePage.objects.get(pk=page.pk)
                page.summary = f"Lần sửa {round_}"
                page.save_revision(user=author)
            print("revised", page.pk, flush=True)


if __name__ == "__main__":
    mode, count = sys.argv[1], int(sys.argv[2])
    if mode == "prepare":
        prepare(count)
    elif mode == "publish":
        publish()
    else:
        revise(count)
