"""The page's language and its translations, for <html lang>, the hreflang links and the language switch."""

from django import template
from django.conf import settings
from wagtail.models import Page

from news.translations import language_names, language_of, translations_of

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context):
    """{"code": the page's language, "alternates": the page and its translations (none when it has no
    translation), "others": the translations alone (the switch), "x_default": the Vietnamese one}.

    Each entry is {"code", "name" (in its own language), "page"}. A view that is not a page is Vietnamese.
    """
    page = context.get("page")
    if not isinstance(page, Page):
        return {"code": settings.LANGUAGE_CODE, "alternates": [], "others": [], "x_default": None}
    request = context.get("request")
    code = language_of(page, request)
    names = language_names()
    alternates = [{"code": other, "name": names[other], "page": item} for other, item in translations_of(page, request)]
    if len(alternates) < 2:
        alternates = []
    return {
        "code": code,
        "alternates": alternates,
        "others": [alternate for alternate in alternates if alternate["code"] != code],
        "x_default": next((alt for alt in alternates if alt["code"] == settings.LANGUAGE_CODE), None),
    }
