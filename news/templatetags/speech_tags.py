"""`{% listen_player page as player %}`: the "Nghe bài viết" player of news.speech, or None."""

from django import template

from news.speech.player import player_for

register = template.Library()


@register.simple_tag
def listen_player(page):
    return player_for(page)
