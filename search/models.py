"""What the search app stores in the database.

SearchEntry is one row per page a citizen may find, denormalized: it is the database
engine's index and the single source every Elasticsearch document is built from.
IndexingOutbox remembers every change Elasticsearch must hear about, so that none is lost
while it is down; rows are marked done when Elasticsearch has taken them.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """A published, public, unexpired page as the search engines see it."""

    # Short columns first: SQLite reads a row's long text (overflow pages) only when asked.
    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+", verbose_name=_("trang")
    )
    type_key = models.CharField(_("loại"), max_length=40)
    agency_key = models.CharField(_("cơ quan"), max_length=120, blank=True)
    area_key = models.CharField(_("lĩnh vực CCHC"), max_length=30, blank=True)
    year = models.PositiveSmallIntegerField(_("năm"))
    published_date = models.DateField(_("ngày đăng (giờ Việt Nam)"))
    published_at = models.DateTimeField(_("ngày đăng"), db_index=True)
    expires_at = models.DateTimeField(_("hết hạn"), null=True, blank=True, db_index=True)
    indexed_at = models.DateTimeField(_("lập chỉ mục lúc"), auto_now=True)
    image_id = models.PositiveIntegerField(_("ảnh đại diện"), null=True, blank=True)
    type_label = models.CharField(_("tên loại"), max_length=100)
    agency_label = models.CharField(_("tên cơ quan"), max_length=255, blank=True)
    byline = models.CharField(_("tác giả"), max_length=255, blank=True)
    url = models.CharField(_("đường dẫn"), max_length=2048)
    topics = models.JSONField(_("chuyên mục"), default=list, help_text=_("[[đường dẫn, tên], …]"))
    tags = models.JSONField(_("từ khóa"), default=list, help_text=_("[[đường dẫn, tên], …]"))
    # Words joined by spaces, padded (" dat dai "), lower case: with and without diacritics.
    # The title's are read to rank; the whole text's feed the full-text index (search/fulltext.py).
    search_title = models.TextField(editable=False)
    search_title_folded = models.TextField(editable=False)
    title = models.CharField(_("tiêu đề"), max_length=255)
    summary = models.TextField(_("sapo"), blank=True)
    body = models.TextField(_("nội dung (văn bản thuần)"), blank=True)
    search_text = models.TextField(editable=False)
    search_text_folded = models.TextField(editable=False)

    class Meta:
        verbose_name = _("mục tìm kiếm")
        verbose_name_plural = _("mục tìm kiếm")

    def __str__(self):
        return self.title


class SearchFacet(models.Model):
    """One value an entry has for a filter or facet (type, topic, agency, tag, area, year, date).

    The database engine filters and counts on this narrow table alone (one covering index),
    never reading the entries' long text: a filter is "entry in (rows with this key)", a
    facet is a GROUP BY over the rows of the matching entries.
    """

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facets")
    field = models.CharField(max_length=10)
    key = models.CharField(max_length=120)
    label = models.CharField(max_length=255)

    class Meta:
        verbose_name = _("giá trị bộ lọc")
        indexes = [models.Index(fields=["field", "key", "label", "entry"], name="search_facet_lookup")]

    def __str__(self):
        return f"{self.field}={self.key}"


class IndexingOutbox(models.Model):
    """A page whose state Elasticsearch must be told, written in the same transaction as the change.

    Pending rows (done_at empty) are what `search_index sync` replays; done rows are kept
    a day so a rebuild can replay the changes made while it was running.
    """

    page_id = models.BigIntegerField(_("mã trang"), db_index=True)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True, db_index=True)
    done_at = models.DateTimeField(_("đã gửi lúc"), null=True, blank=True, db_index=True)
    attempts = models.PositiveIntegerField(_("số lần thử"), default=0)
    last_error = models.TextField(_("lỗi gần nhất"), blank=True)

    class Meta:
        verbose_name = _("hàng đợi lập chỉ mục")
        verbose_name_plural = _("hàng đợi lập chỉ mục")

    def __str__(self):
        return f"page {self.page_id} ({'done' if self.done_at else 'pending'})"
