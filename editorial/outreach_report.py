"""The quarterly outreach report (Kết quả thông tin, tuyên truyền CCHC) for Sở Nội vụ.

For a reporting period (Q1, 6 months, Q3, 9 months, the year, or any date range) it
counts what each agency had published, by content type and by topic section, and how
its submissions fared in the approval workflow (submitted, returned, still waiting).
The same figures feed the admin page, its chart and the CSV and XLSX downloads.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, TaskState, WorkflowState

from editorial import report_export
from editorial.periods import Period
from news.models import Agency, ContentPage, TopicIndexPage, content_page_models

NO_AGENCY = "(Chưa ghi cơ quan)"
TITLE = "BÁO CÁO KẾT QUẢ THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH"


def content_type_columns():
    """(content type id, plural label) for every published-content page type, in a stable order."""
    models = content_page_models()
    types = ContentType.objects.get_for_models(*models)
    return [(types[model].pk, str(model._meta.verbose_name_plural).capitalize()) for model in models]


@dataclass
class OutreachReport:
    period: Period
    type_columns: list
    topic_columns: list
    agencies: list = field(default_factory=list)  # agency names, rows of every table
    by_type: dict = field(default_factory=dict)  # agency → Counter(content type id)
    by_topic: dict = field(default_factory=dict)  # agency → Counter(topic id)
    workflow: dict = field(default_factory=dict)  # agency → Counter(submitted / returned / pending)

    def type_row(self, agency):
        counts = self.by_type.get(agency, Counter())
        return [counts[type_id] for type_id, _label in self.type_columns]

    def topic_row(self, agency):
        counts = self.by_topic.get(agency, Counter())
        return [counts[topic_id] for topic_id, _label in self.topic_columns]

    def workflow_row(self, agency):
        counts = self.workflow.get(agency, Counter())
        return [counts["submitted"], counts["returned"], counts["pending"]]

    @property
    def total_published(self):
        return sum(sum(counts.values()) for counts in self.by_type.values())

    def rows(self):
        """Table rows: agency, counts by type, total, counts by topic, submitted, returned, pending."""
        for agency in self.agencies:
            by_type = self.type_row(agency)
            yield [agency, *by_type, sum(by_type), *self.topic_row(agency), *self.workflow_row(agency)]

    def totals(self):
        columns = list(zip(*[row[1:] for row in self.rows()], strict=True)) or [[]]
        return ["Tổng cộng", *[sum(column) for column in columns]] if self.agencies else []

    def headings(self):
        return [
            "Cơ quan, đơn vị",
            *[label for _id, label in self.type_columns],
            "Tổng số tin, bài",
            *[label for _id, label in self.topic_columns],
            "Gửi duyệt",
            "Bị trả lại",
            "Đang chờ duyệt",
        ]

    def chart_bars(self):
        """(agency, published, width in percent of the largest) for the bar chart."""
        totals = [(agency, sum(self.type_row(agency))) for agency in self.agencies]
        largest = max((count for _agency, count in totals), default=0) or 1
        return [(agency, count, round(count * 100 / largest)) for agency, count in totals]


def build_report(period):
    start, end = period.bounds()
    report = OutreachReport(
        period=period,
        type_columns=content_type_columns(),
        topic_columns=[(t.pk, f"Mục {t.code}" if t.code else t.title) for t in TopicIndexPage.objects.order_by("path")],
    )
    agency_names = dict(Agency.objects.values_list("pk", "name"))
    topics_by_path = {t.path: t.pk for t in TopicIndexPage.objects.only("pk", "path")}

    published = ContentPage.objects.filter(first_published_at__gte=start, first_published_at__lt=end).values_list(
        "agency_id", "content_type_id", "path"
    )
    by_type, by_topic = defaultdict(Counter), defaultdict(Counter)
    for agency_id, content_type_id, path in published:
        agency = agency_names.get(agency_id, NO_AGENCY)
        by_type[agency][content_type_id] += 1
        topic_id = topics_by_path.get(path[: -Page.steplen])
        if topic_id is not None:
            by_topic[agency][topic_id] += 1

    workflow = defaultdict(Counter)
    page_type = ContentType.objects.get_for_model(Page)
    states = WorkflowState.objects.filter(base_content_type=page_type)
    events = [
        ("submitted", states.filter(created_at__gte=start, created_at__lt=end).values_list("object_id", flat=True)),
        (
            "pending",
            states.filter(status=WorkflowState.STATUS_IN_PROGRESS, created_at__lt=end).values_list(
                "object_id", flat=True
            ),
        ),
        (
            "returned",
            TaskState.objects.filter(
                status=TaskState.STATUS_REJECTED,
                finished_at__gte=start,
                finished_at__lt=end,
                workflow_state__base_content_type=page_type,
            ).values_list("workflow_state__object_id", flat=True),
        ),
    ]
    page_ids = {int(object_id) for _kind, ids in events for object_id in ids}
    agency_of_page = dict(ContentPage.objects.filter(pk__in=page_ids).values_list("pk", "agency_id"))
    for kind, ids in events:
        for object_id in ids:
            if int(object_id) in agency_of_page:
                workflow[agency_names.get(agency_of_page[int(object_id)], NO_AGENCY)][kind] += 1

    report.by_type, report.by_topic, report.workflow = dict(by_type), dict(by_topic), dict(workflow)
    report.agencies = sorted(set(by_type) | set(workflow), key=lambda name: (name == NO_AGENCY, name))
    return report


def title_lines(report):
    return [TITLE, f"Kỳ báo cáo: {report.period.description}"]


def tables(report):
    return [
        report_export.Table(
            caption="Kết quả tuyên truyền",
            headings=report.headings(),
            rows=list(report.rows()),
            totals=report.totals(),
        )
    ]


def download(report, kind):
    """The report as a CSV or XLSX attachment."""
    stem = f"bao-cao-tuyen-truyen-cchc-{report.period.start:%Y%m%d}-{report.period.end:%Y%m%d}"
    return report_export.download(title_lines(report), tables(report), kind, stem)
