"""Initials avatars for admin users, drawn locally.

Wagtail asks Gravatar for a picture of every user without an uploaded one. Gravatar cannot be
reached from the province's closed network, and the request sends a hash of the user's e-mail
abroad. Instead the admin shows the user's initials on a coloured disc, as an inline SVG
(a data: URL), so no image is fetched from anywhere.
"""

import zlib
from urllib.parse import quote

from django.utils.html import escape

# Colours with white text readable on them (contrast ≥ 4.5:1), picked per user so a
# face keeps its colour from screen to screen.
COLOURS = ["#00676a", "#1d4e89", "#7a3e9d", "#9c3d22", "#2f6b2f", "#6b4f1d", "#8a1c4a", "#3d4f5c"]


def initials(user):
    """Up to two letters: the first of the family name and of the given name ("Nguyễn Văn An" → "NA").

    Accounts keep the name in its written order ("first last" = "Nguyễn Văn" + "An", see
    editorial.factories): the first word is the family name, the last the given name.
    """
    words = user.get_full_name().split()
    if not words:
        words = (user.get_username() or "?").replace(".", " ").replace("_", " ").split()
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def colour(user):
    return COLOURS[zlib.crc32(str(user.pk or user.get_username()).encode()) % len(COLOURS)]


def avatar_svg(user, size=50):
    text = escape(initials(user))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 100 100">'
        f'<circle cx="50" cy="50" r="50" fill="{colour(user)}"/>'
        f'<text x="50" y="50" dy=".35em" text-anchor="middle" fill="#fff" '
        f'font-family="Arial, sans-serif" font-size="40" font-weight="bold">{text}</text></svg>'
    )


def avatar_url(user, size=50):
    """A data: URL of the initials avatar; an avatar the user uploaded is kept.

    None for no user (a change made by the system, e.g. in the site history): Wagtail then
    shows its own local default avatar.
    """
    if user is None:
        return None
    profile = getattr(user, "wagtail_userprofile", None)
    if profile is not None and profile.avatar:
        return profile.avatar.url
    return "data:image/svg+xml;charset=utf-8," + quote(avatar_svg(user, size))
