"""The names the portal goes by, in one place: page titles, the header, feeds, sharing, e-mails and the API."""

COMMITTEE_NAME = "Ban Chỉ đạo cải cách hành chính tỉnh Lào Cai"
PORTAL_NAME = f"Cổng thông tin điện tử {COMMITTEE_NAME}"
PORTAL_SHORT_NAME = "Cổng thông tin CCHC tỉnh Lào Cai"
PORTAL_DESCRIPTION = f"Tin, bài, văn bản và tư liệu của {PORTAL_NAME}."


def names(request=None):
    """Context processor: the names as `identity` in every template."""
    return {
        "identity": {
            "committee": COMMITTEE_NAME,
            "portal": PORTAL_NAME,
            "short": PORTAL_SHORT_NAME,
            "description": PORTAL_DESCRIPTION,
        }
    }
