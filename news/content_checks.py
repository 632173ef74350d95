"""Checks an editor sees in the page editor before sending a page for review, in Vietnamese.

One function per rule; each takes the page's `PageText` and returns a list of `Finding`s.
`check_page` runs them all. They warn, never refuse: the board decides, but a collaborator
should not learn from the editor-in-chief that the sapo was missing or an ID number was left in.

The thresholds follow what the province's readers meet: Zalo and Facebook cut a shared title
after about 100 characters and a description after about 160–200; officials read state
documents with dates written dd/mm/yyyy and acronyms spelled out at first use (Decree 30/2020).
"""

import math
import re
from dataclasses import dataclass, field
from html import unescape

from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.images.models import AbstractImage
from wagtail.rich_text import RichText

from news.vietnamese import fold_vietnamese

SUMMARY_MAX = 250
TITLE_MAX = 100
WORDS_PER_MINUTE = 200  # an adult reading Vietnamese news on a phone
LONG_READ_MINUTES = 8

# Acronyms the board uses, with the full form a reader must meet first.
ACRONYMS = {
    "CCHC": "cải cách hành chính",
    "TTHC": "thủ tục hành chính",
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "DVC": "dịch vụ công",
    "DVCTT": "dịch vụ công trực tuyến",
    "CBCCVC": "cán bộ, công chức, viên chức",
    "CCVC": "công chức, viên chức",
    "MTTQ": "Mặt trận Tổ quốc",
    "CQNN": "cơ quan nhà nước",
    "PAR INDEX": "Chỉ số cải cách hành chính",
    "SIPAS": "Chỉ số hài lòng về sự phục vụ hành chính",
    "PAPI": "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh",
}

# Alt texts that say nothing to a reader who cannot see the image.
EMPTY_ALT_TEXTS = {"anh", "hinh", "hinh anh", "image", "photo", "picture", "anh minh hoa", "minh hoa", "untitled"}
FILE_NAME = re.compile(r"^(img|dsc|dscn|dcim|image|photo|pic|anh|screenshot|z\d+)?[\s_-]*[\d_-]*(\.\w{3,4})?$", re.I)

DATE_LIKE = re.compile(r"(?<![\w/.-])(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?![\w/-]|\.\d)")
PHONE = re.compile(r"(?<!\d)(?:\+84|0)(?:[\s.]?\d){9}(?!\d)")
CITIZEN_ID = re.compile(r"(?<!\d)\d{12}(?!\d)")


@dataclass(frozen=True)
class Finding:
    """One thing the editor should look at: `level` is "warning", or "info" for what is only worth knowing."""

    rule: str
    message: str
    level: str = "warning"


@dataclass
class PageText:
    """What a page says, in reading order, and the images it shows."""

    title: str = ""
    summary: str = ""
    paragraphs: list = field(default_factory=list)
    images: list = field(default_factory=list)  # (image, alt text, decorative)
    shows_a_person: bool = False

    @property
    def body(self):
        return "\n".join(self.paragraphs)

    @property
    def reading_text(self):
        return "\n".join([self.summary, self.body])


# Reading a page ----------------------------------------------------------------------------------


def page_text(page):
    """Collects the title, sapo, every text field and block, and the images of a content page."""
    text = PageText(
        title=page.title or "",
        summary=getattr(page, "summary", "") or "",
        shows_a_person=getattr(page, "shows_a_person", False),
    )
    lead_image = getattr(page, "lead_image", None)
    if lead_image is not None:
        text.images.append((lead_image, lead_image.description or "", False))
    for model_field in page._meta.concrete_fields:
        if model_field.model._meta.label in ("wagtailcore.Page", "news.ContentPage") or model_field.choices:
            continue
        value = getattr(page, model_field.attname, None)
        if isinstance(value, str) and model_field.get_internal_type() == "TextField" or hasattr(value, "stream_block"):
            _collect(value, text)
    return text


def _collect(value, text):
    if isinstance(value, AbstractImage):
        text.images.append((value, getattr(value, "contextual_alt_text", value.description) or "", _decorative(value)))
    elif isinstance(value, RichText):
        _collect(value.source, text)
    elif isinstance(value, str):
        plain = unescape(strip_tags(value.replace("</p>", "\n"))).strip()
        if plain:
            text.paragraphs.append(plain)
    elif hasattr(value, "stream_block"):  # StreamValue
        for child in value:
            _collect(child.value, text)
    elif isinstance(value, dict):  # StructValue
        for child in value.values():
            _collect(child, text)
    elif isinstance(value, list | tuple):  # ListValue
        for child in value:
            _collect(child, text)


def _decorative(image):
    return bool(getattr(image, "decorative", False))


# The rules -------------------------------------------------------------------------------------


def check_summary(text):
    if not text.summary.strip():
        message = _("Bài chưa có sapo: viết một đến hai câu tóm tắt, hiện ở danh sách và khi chia sẻ.")
        return [Finding("summary", message)]
    length = len(text.summary.strip())
    if length > SUMMARY_MAX:
        return [
            Finding(
                "summary",
                _("Sapo dài %(length)s ký tự; nên gọn trong %(max)s ký tự để hiện trọn khi chia sẻ qua Zalo, Facebook.")
                % {"length": length, "max": SUMMARY_MAX},
            )
        ]
    return []


def check_title_length(text):
    length = len(text.title.strip())
    if length > TITLE_MAX:
        return [
            Finding(
                "title_length",
                _("Tiêu đề dài %(length)s ký tự; Zalo, Facebook cắt tiêu đề sau khoảng %(max)s ký tự khi chia sẻ.")
                % {"length": length, "max": TITLE_MAX},
            )
        ]
    return []


def check_reading_time(text):
    words = len(text.reading_text.split())
    if not words:
        return []
    minutes = max(1, math.ceil(words / WORDS_PER_MINUTE))
    message = ngettext(
        "Thời gian đọc khoảng %(minutes)s phút (%(words)s chữ).",
        "Thời gian đọc khoảng %(minutes)s phút (%(words)s chữ).",
        minutes,
    ) % {"minutes": minutes, "words": words}
    if minutes > LONG_READ_MINUTES:
        message += " " + _("Bài dài: cân nhắc tách bài hoặc thêm tiêu đề mục để người đọc trên điện thoại dễ theo dõi.")
        return [Finding("reading_time", message)]
    return [Finding("reading_time", message, level="info")]


def meaningless_alt_text(alt_text, image=None):
    """Whether an alt text tells a reader who cannot see the image nothing: empty, a file name, "ảnh"."""
    folded = fold_vietnamese(alt_text).lower().strip(" .")
    if not folded or folded in EMPTY_ALT_TEXTS or FILE_NAME.match(folded):
        return True
    if image is not None and getattr(image, "file", None) and folded == fold_vietnamese(image.filename).lower():
        return True
    return len(folded.split()) < 2


def check_image_alt_texts(text):
    findings = []
    for image, alt_text, decorative in text.images:
        if decorative or not meaningless_alt_text(alt_text, image):
            continue
        findings.append(
            Finding(
                "image_alt",
                _(
                    "Ảnh “%(image)s” chưa có mô tả có nghĩa (văn bản thay thế): "
                    "hãy tả ngắn gọn nội dung ảnh cho người khiếm thị, ví dụ "
                    "“Người dân nộp hồ sơ tại Bộ phận một cửa xã Bản Lầu”."
                )
                % {"image": image.title},
            )
        )
    return findings


def check_title_capitals(text):
    letters = [ch for ch in text.title if ch.isalpha()]
    words = [word for word in re.findall(r"\w+", text.title) if not word.isdigit()]
    if len(words) >= 3 and len(letters) >= 10 and all(ch.isupper() for ch in letters):
        return [
            Finding(
                "title_capitals",
                _(
                    "Tiêu đề viết toàn chữ in hoa: hãy viết hoa chữ đầu câu và tên riêng, "
                    "dễ đọc và không bị coi là “la hét”."
                ),
            )
        ]
    return []


def _normalise(value):
    # "Ủy" and "Uỷ" are both in use: compare without diacritic placement differences.
    return fold_vietnamese(value).lower()


def check_acronyms(text):
    """Each acronym of the board must follow its full form at its first use in the sapo and body.

    The title is left out: headlines are short and the sapo spells the acronym out.
    """
    body = text.reading_text
    findings = []
    for acronym, full_form in ACRONYMS.items():
        match = re.search(rf"(?<!\w){re.escape(acronym)}(?!\w)", body)
        if match is None:
            continue
        if _normalise(full_form) in _normalise(body[: match.start()]):
            continue
        findings.append(
            Finding(
                "acronym",
                _("“%(acronym)s” chưa được viết đầy đủ ở lần dùng đầu tiên: viết “%(full)s (%(acronym)s)”.")
                % {"acronym": acronym, "full": full_form},
            )
        )
    return findings


def check_dates(text):
    """Dates must read dd/mm/yyyy (29/11/2026): not 29-11-2026, 29.11.2026, 2026-11-29 or 29/11/26."""
    wrong = []
    for source in [text.title, text.reading_text]:
        for match in DATE_LIKE.finditer(source):
            day, separator, month, year = match.groups()
            if len(day) == 4:  # 2026-11-29
                day, year = year, day
            if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
                continue
            if separator == "/" and len(day) == 2 and len(month) == 2 and len(year) == 4:
                continue
            wrong.append(match.group(0))
    if not wrong:
        return []
    return [
        Finding(
            "dates",
            _("Ngày tháng cần viết theo dạng dd/mm/yyyy (ví dụ 05/01/2026); sửa: %(dates)s.")
            % {"dates": ", ".join(dict.fromkeys(wrong))},
        )
    ]


def check_personal_numbers(text):
    """An exemplary official's page must not carry a phone number or a citizen ID (CCCD, 12 digits)."""
    if not text.shows_a_person:
        return []
    everything = "\n".join([text.title, text.reading_text])
    findings = []
    if PHONE.search(everything):
        findings.append(
            Finding(
                "personal_numbers",
                _("Trang có số điện thoại: không công bố số điện thoại cá nhân của cán bộ; hãy xóa số này."),
            )
        )
    if CITIZEN_ID.search(everything):
        findings.append(
            Finding(
                "personal_numbers",
                _("Trang có dãy 12 chữ số giống số căn cước công dân (CCCD): không công bố số định danh cá nhân."),
            )
        )
    return findings


RULES = [
    check_summary,
    check_title_length,
    check_title_capitals,
    check_acronyms,
    check_dates,
    check_image_alt_texts,
    check_personal_numbers,
    check_reading_time,
]


def check_page(page):
    """Every finding of every rule for this page, warnings first."""
    text = page_text(page)
    findings = [finding for rule in RULES for finding in rule(text)]
    return sorted(findings, key=lambda finding: finding.level != "warning")
