"""`{% listen_player page as player %}`: the "Nghe bài viết" player of news.speech, or None."""

from django import template

from news import cache
from news.speech.player import player_for

register = template.Library()


@register.simple_tag(takes_context=True)
def listen_player(context, page):
    """Looked up once per content version: finding it means normalising and hashing the whole text.

    Publishing and every audio made or removed bump the version. A preview shows a draft's text,
    which is never cached: it is asked afresh.
    """
    request = context.get("request")
    if getattr(request, "is_preview", False) or not page.pk:
        return player_for(page, request)
    return cache.versioned(f"listen:{page.pk}", lambda: player_for(page, request) or False, request) or None
