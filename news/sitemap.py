"""sitemap.xml: the published pages of every language, each with its translations as hreflang alternates.

Wagtail's own sitemap lists only the site root's tree in the active language (Vietnamese, at
/sitemap.xml), so the English pages at /en/ would be missing. Here the trees of all the home
page's translations are listed, and a page that has translations names each of them, as its
<link rel="alternate" hreflang> does (Google's sitemap form of hreflang). The translations of
a whole page of the sitemap are read in one query.
"""

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from news.translations import language_of


class PortalSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for root in roots:
            in_a_tree |= Q(path__startswith=root.path)
        return Page.objects.filter(in_a_tree).live().public().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        """As Wagtail's, with `alternates` on the URLs of pages that have a live translation."""
        items = list(self.paginator.page(page).object_list)
        alternates = self._alternates({item.translation_key for item in items})
        urls, last_mods = [], set()
        for item in items:
            for url_info in item.get_sitemap_urls(self.request):
                found = alternates.get(item.translation_key, [])
                if sum(alternate["lang_code"] != "x-default" for alternate in found) > 1:
                    url_info["alternates"] = found
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def _alternates(self, keys):
        """{translation key: [{"lang_code", "location"}]} of the live pages with those keys, in one query."""
        alternates = {}
        for item in Page.objects.filter(translation_key__in=keys).live().public().order_by("path"):
            code, location = language_of(item, self.request), item.get_full_url(self.request)
            found = alternates.setdefault(item.translation_key, [])
            found.append({"lang_code": code, "location": location})
            if code == settings.LANGUAGE_CODE:  # the Vietnamese page, for readers of any other language
                found.append({"lang_code": "x-default", "location": location})
        return alternates
