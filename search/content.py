"""What search takes from `news`: which pages citizens may find, their types, their card images.

Every use of news' visibility rule (`ContentPage.objects.searchable()`) in the search app is
here, so "published, public content" has one entry point on this side.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.utils.text import capfirst

from news.models import ContentPage, ReformArea, content_page_models
from news.renditions import CARD_RENDITIONS  # noqa: F401 -- the renditions a result card shows


def type_key(model):
    """A page type's key in URLs and the API: NewsArticlePage → "newsarticle"."""
    return model._meta.model_name.removesuffix("page")


def content_types():
    """{key: label} for the page types citizens can search."""
    return {type_key(model): capfirst(str(model._meta.verbose_name)) for model in content_page_models()}


def reform_areas():
    """{key: label} of the reform areas a reform model page may belong to."""
    return {choice.value: str(choice.label) for choice in ReformArea}


def searchable_pages():
    """Pages citizens may find: live, public, not withdrawn, not expired (news' one rule), newest first."""
    return ContentPage.objects.searchable().order_by("-first_published_at", "-pk")


def specific_pages(page_ids, columns=None):
    """The pages as their own types, one query per type (what `.specific()` does, minus its first query);
    with `columns` (model → column names), only those are loaded."""
    by_type = defaultdict(list)
    for pk, content_type_id in ContentPage.objects.filter(pk__in=page_ids).values_list("pk", "content_type_id"):
        by_type[content_type_id].append(pk)
    pages = []
    for content_type_id, pks in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None and issubclass(model, ContentPage):
            pages.extend(
                model.objects.filter(pk__in=pks).only(*columns(model)) if columns else model.objects.filter(pk__in=pks)
            )
    return sorted(pages, key=lambda page: page.pk)


def subtree_page_ids(page):
    """The content page and every content page below it."""
    return set(ContentPage.objects.filter(path__startswith=page.path).values_list("pk", flat=True))
