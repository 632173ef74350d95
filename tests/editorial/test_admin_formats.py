"""The admin writes dates, times and numbers as the province does, and draws avatars locally."""

import datetime
import re
from urllib.parse import unquote

import pytest
from django.urls import reverse
from django.utils import formats, timezone, translation
from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple

from editorial.factories import UserFactory
from tests.editorial.helpers import as_user, make_live

pytestmark = pytest.mark.django_db

CHIEF_VISIT = timezone.make_aware(datetime.datetime(2026, 11, 29, 14, 5))


def test_schedule_fields_read_dd_mm_yyyy_24_hours(client, topic, people, agency):
    """The go-live picker shows 29/11/2026 14:05 and its calendar writes the same (d/m/Y H:i)."""
    page = make_live(topic, people.collaborator, agency)
    page.go_live_at = CHIEF_VISIT
    page.save_revision(user=people.chief)
    html = as_user(client, people.chief).get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    field = re.search(r'<input[^>]*name="go_live_at"[^>]*>', html).group(0)
    assert 'value="29/11/2026 14:05"' in field
    assert 'initDateTimeChooser("id_go_live_at", {"dayOfWeekStart": 1, "format": "d/m/Y H:i"' in html, (
        "the calendar writes back what the field shows, weeks start on Monday"
    )


def ago(**delta):
    # Django keeps "2 năm" on one line with a no-break space.
    return timesince_simple(timezone.now() - datetime.timedelta(**delta)).replace("\xa0", " ")


def test_relative_times_are_vietnamese():
    with translation.override("vi"):
        assert ago(days=800) == "2 năm trước"
        assert ago(days=3) == "3 ngày trước"


def test_dates_and_numbers_use_vietnamese_separators():
    with translation.override("vi"):
        assert formats.date_format(timezone.localtime(CHIEF_VISIT), "SHORT_DATETIME_FORMAT") == "29/11/2026 14:05"
        assert formats.number_format(1234567.5, decimal_pos=1, force_grouping=True) == "1.234.567,5"


def avatar_sources(html):
    return [unquote(src) for src in re.findall(r'class="avatar[^"]*"[^>]*>\s*<img src="([^"]+)"', html)]


def test_no_gravatar_and_initials_instead(client, people):
    """No admin page asks gravatar.com for a picture; the user's initials are drawn on a coloured disc."""
    user = UserFactory(username="tranthibinh", first_name="Trần Thị", last_name="Bình", role="Biên tập viên")
    as_user(client, people.administrator)
    for url in [reverse("wagtailadmin_home"), reverse("wagtailadmin_account"), reverse("wagtailusers_users:index")]:
        html = client.get(url).content.decode()
        assert "gravatar" not in html.lower(), url
    as_user(client, user)
    sources = avatar_sources(client.get(reverse("wagtailadmin_account")).content.decode())
    assert sources, "the account page shows the user's avatar"
    assert all(src.startswith("data:image/svg+xml") for src in sources), "no image is fetched"
    assert ">TB</text>" in sources[0]
