"""ASCII slugs from Vietnamese titles, typed in the admin's slug field as on the server.

Wagtail's slug field transliterates in the browser with a table that knows no Vietnamese:
"Đường dây nóng" becomes "djng-day-nong" (đ → "dj", ư and ơ dropped). Its `formatters` run
before that table, so this widget hands it one rule per base letter, built from
`news.vietnamese.fold_vietnamese`, the same folding the server uses (ContentPage.full_clean):
the browser and the server give the same slug.
"""

import unicodedata
from collections import defaultdict

from wagtail.admin.widgets import SlugInput

from news.vietnamese import fold_vietnamese

# Latin letters with diacritics: Vietnamese (ă â ê ô ơ ư đ and the five tone marks) lies within.
LATIN_WITH_DIACRITICS = range(0x00C0, 0x1EFA)


def folding_rules():
    """(regular expression, replacement) pairs: "[àáảãạăằ…]" → "a", "[đ]" → "d", combining marks → ""."""
    by_base = defaultdict(str)
    for code in LATIN_WITH_DIACRITICS:
        letter = chr(code)
        if not letter.isalpha() or unicodedata.category(letter) not in ("Lu", "Ll"):
            continue
        base = fold_vietnamese(letter)
        if base != letter and len(base) == 1 and base.isascii():
            by_base[base] += letter
    rules = [(f"[{letters}]", base) for base, letters in sorted(by_base.items())]
    # Text typed with a "Unicode tổ hợp" keyboard keeps the marks apart from the letters.
    rules.append(("[\u0300-\u036f]", ""))
    return rules


class VietnameseSlugInput(SlugInput):
    """Wagtail's slug field, folding Vietnamese to ASCII before its own transliteration."""

    def __init__(self, attrs=None, formatters=None, locale=None):
        super().__init__(attrs=attrs, formatters=[*folding_rules(), *(formatters or [])], locale=locale)
