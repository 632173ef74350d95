"""Which language a page is in, and which pages are its translations: Wagtail's own i18n, read cheaply.

The portal is Vietnamese; the steering committee's structure, functions and contacts are also
in English (Decree 42/2022/NĐ-CP, art. 7). Both are Wagtail locales: an English page is a page
of the "en" locale sharing its Vietnamese original's `translation_key` (made by
`copy_for_translation`, or created with that key). Every page's <html lang>, hreflang links and
language switch come from here, so both answers are kept in the shared cache under the
content version (news.cache): a page published, unpublished or moved, or a locale added,
shows at once.
"""

from django.conf import settings
from wagtail.models import Locale

from news import cache


def language_names():
    """{code: the language's name in itself}, in the portal's order: Vietnamese first."""
    return dict(settings.WAGTAIL_CONTENT_LANGUAGES)


def _locale_codes(request=None):
    """{locale id: language code} for every locale (two rows; read once per request at most)."""
    return cache.versioned("locale-codes", lambda: dict(Locale.objects.values_list("pk", "language_code")), request)


def language_of(page, request=None):
    """The language code of `page`'s locale ("vi", "en"); the portal's language when unknown."""
    return _locale_codes(request).get(getattr(page, "locale_id", None), settings.LANGUAGE_CODE)


def translations_of(page, request=None):
    """[(language code, page)] of `page` and its live translations, in the order of the portal's languages.

    From Wagtail's `page.get_translations()`; a draft translation stays out (nothing to link to).
    """

    def build():
        codes = _locale_codes(request)
        return {codes.get(item.locale_id): item for item in page.get_translations().live()}

    others = {} if getattr(page, "pk", None) is None else cache.versioned(f"translations:{page.pk}", build, request)
    # The page itself is never taken from the cache: in a preview it is the editor's unsaved version.
    found = {**others, language_of(page, request): page}
    return [(code, found[code]) for code in language_names() if code in found]
