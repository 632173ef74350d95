"""`{% page_fragment "name" %}…{% endpage_fragment %}`: a piece of a page rendered once per process and content version.

Editors and visitors with a session cookie get every page rendered afresh (the anonymous
page cache steps aside for them, news.page_cache), and most of what they are shown — the
head's sharing metadata, the header menu, the main content, the footer — is the same for
everyone. Each such piece is kept as HTML in the process (news.cache.local_versioned) under
its name, the host and the full path (query string included: a listing's tag and page
number), and the content version, so any publish, unpublish, withdrawal or restriction
change on any app server makes every kept fragment stale on the next request.

Only pieces of pages that opt into the anonymous page cache (`cache_for_anonymous`: no
forms, hence no CSRF token) are kept, never in a preview; what depends on who asks
(messages, a form's CSRF token, a signed-in editor's links) stays outside the fragments.
A fragment must not set template variables that the rest of the page reads: when it comes
from the memo, nothing inside it runs.
"""

from django import template

from news import cache
from news.page_cache import MAX_PATH_LENGTH

register = template.Library()

# A safety net beside `cache_for_anonymous`: a fragment that holds a form is rendered for each request.
CSRF_FIELD = 'name="csrfmiddlewaretoken"'


class PageFragmentNode(template.Node):
    def __init__(self, name, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        request = context.get("request")
        if not is_shareable(request, context.get("page")):
            return self.nodelist.render(context)
        key = f"fragment:{self.name.resolve(context)}:{request.scheme}://{request.get_host()}{request.get_full_path()}"
        html = cache.local_versioned(key, lambda: self.render_shareable(context), request)
        return self.nodelist.render(context) if html is None else html

    def render_shareable(self, context):
        """The fragment's HTML, or None (kept as such) when it holds a form's CSRF token, which is never shared."""
        html = self.nodelist.render(context)
        return None if CSRF_FIELD in html else html


def is_shareable(request, page):
    """Whether this rendering of `page` is the same for every reader, so one copy may serve them all."""
    return (
        request is not None
        and page is not None
        and request.method in ("GET", "HEAD")
        and getattr(getattr(page, "specific_class", None), "cache_for_anonymous", False)
        and not getattr(request, "is_preview", False)
        and not getattr(request, "is_dummy", False)  # Wagtail's preview and revision views: the page's URL, a draft
        and len(request.get_full_path()) <= MAX_PATH_LENGTH
    )


@register.tag
def page_fragment(parser, token):
    """{% page_fragment "name" %}…{% endpage_fragment %}: see the module's docstring."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% page_fragment %} takes one argument: the fragment's name")
    nodelist = parser.parse(("endpage_fragment",))
    parser.delete_first_token()
    return PageFragmentNode(parser.compile_filter(bits[1]), nodelist)
