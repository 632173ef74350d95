"""The steering committee's own pages (Decree 42/2022/NĐ-CP, art. 4.1 and 7): introduction,
functions and duties, members by position with an organisation chart, and contacts — in
Vietnamese, and in English for structure, functions and contacts.

English is Wagtail's own i18n: an English CommitteePage is a page of the "en" locale with its
Vietnamese original's `translation_key`, under the English home page (Wagtail's translation
of the home page, at /en/). The language switch and the hreflang links come from
`page.get_translations()` (news.translations); the page's fixed words from its locale.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from news.translations import language_of


class MemberLevel(models.TextChoices):
    """Positions in the committee, top to bottom of the organisation chart."""

    CHAIR = "chair", _("Trưởng ban")
    DEPUTY = "deputy", _("Phó Trưởng ban")
    STANDING = "standing", _("Ủy viên thường trực")
    MEMBER = "member", _("Ủy viên")
    SECRETARIAT = "secretariat", _("Tổ giúp việc")


# The page's fixed words in each language (the editors write the rest).
LABELS = {
    "vi": {
        "levels": {level.value: str(level.label) for level in MemberLevel},
        "members": "Thành viên Ban Chỉ đạo",
        "chart": "Sơ đồ tổ chức",
        "chart_note": "Từ trên xuống: Trưởng ban, các Phó Trưởng ban, Ủy viên thường trực, Ủy viên; Tổ giúp việc.",
        "contacts": "Thông tin liên hệ",
        "officials": "Cán bộ đầu mối liên hệ",
        "address": "Địa chỉ",
        "phone": "Điện thoại",
        "email": "Thư điện tử",
        "standing_body": "Cơ quan thường trực",
        "name": "Họ và tên",
        "position": "Chức vụ",
        "in_section": "Trong mục này",
    },
    "en": {
        "levels": {
            "chair": "Chair",
            "deputy": "Deputy Chairs",
            "standing": "Standing member",
            "member": "Members",
            "secretariat": "Support team",
        },
        "members": "Members of the Steering Committee",
        "chart": "Organisation chart",
        "chart_note": "Top to bottom: Chair, Deputy Chairs, standing member, members, support team.",
        "contacts": "Contact information",
        "officials": "Officials to contact",
        "address": "Address",
        "phone": "Telephone",
        "email": "E-mail",
        "standing_body": "Standing body",
        "name": "Name",
        "position": "Position",
        "in_section": "In this section",
    },
}


class CommitteePage(Page):
    """One page about the steering committee itself: what it is, what it does, who sits on it
    (shown as a list and as an organisation chart), how to reach it. Editors choose which of
    the members and contacts blocks a page shows."""

    cache_for_anonymous = True  # no forms: see news.page_cache

    intro = models.TextField(_("lời giới thiệu"), blank=True)
    body = RichTextField(_("nội dung"), blank=True)
    show_members = models.BooleanField(_("hiện thành viên và sơ đồ tổ chức"), default=False)
    show_contacts = models.BooleanField(_("hiện thông tin liên hệ"), default=False)

    parent_page_types = ["news.HomePage", "news.CommitteePage"]
    subpage_types = ["news.CommitteePage"]
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("show_members"), InlinePanel("members", label=_("Thành viên")), FieldPanel("show_contacts")],
            heading=_("Thành viên, liên hệ"),
        ),
    ]

    class Meta:
        verbose_name = _("trang giới thiệu Ban Chỉ đạo")
        verbose_name_plural = _("trang giới thiệu Ban Chỉ đạo")

    @property
    def menu_title(self):
        return self.title

    @property
    def language(self):
        """ "vi" or "en": the page's Wagtail locale."""
        return language_of(self)

    @property
    def labels(self):
        return LABELS.get(self.language, LABELS["vi"])

    def members_by_level(self):
        """[(level label, [members])] top to bottom, levels without members left out."""
        members = list(self.members.all())
        levels = self.labels["levels"]
        return [
            (levels[level.value], [member for member in members if member.level == level.value])
            for level in MemberLevel
            if any(member.level == level.value for member in members)
        ]

    def contact_officials(self):
        return [member for member in self.members.all() if member.is_contact]


class CommitteeMember(Orderable):
    """A member of the committee as the decision on its composition lists them."""

    page = ParentalKey(CommitteePage, related_name="members", on_delete=models.CASCADE)
    name = models.CharField(_("họ và tên"), max_length=120)
    level = models.CharField(_("vị trí trong Ban"), max_length=20, choices=MemberLevel.choices)
    position = models.CharField(_("chức vụ"), max_length=255, help_text=_("Ví dụ: Chủ tịch UBND tỉnh."))
    phone = models.CharField(_("điện thoại"), max_length=50, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    is_contact = models.BooleanField(_("cán bộ đầu mối liên hệ"), default=False)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("level")]),
        FieldPanel("position"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email"), FieldPanel("is_contact")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("thành viên")
        verbose_name_plural = _("thành viên")

    def __str__(self):
        return self.name
