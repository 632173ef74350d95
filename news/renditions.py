"""Image rendition specs, in one place: the card pictures of every listing and the sharing image.

Listings prefetch exactly the renditions their cards show (`CARD_RENDITIONS`); the
`{% card_picture %}` tag (news.templatetags.portal_tags) renders the same specs, so the two
cannot drift and a card costs no query.
"""

CARD_SIZE = "fill-480x270"
CARD_FORMATS = ("webp", "jpeg")
CARD_RENDITIONS = [f"{CARD_SIZE}|format-{fmt}" for fmt in CARD_FORMATS]
SHARE_RENDITION = "width-1200|format-jpeg"  # uncropped: portraits keep their faces
