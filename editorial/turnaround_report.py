"""The turnaround report (Thời gian xử lý tin, bài): how fast the board reviews, and where pages wait.

For a reporting period it answers three questions of the editor-in-chief:
- how long pages spent at each review step, per agency and per section (median and 90th
  percentile, in working days, of the steps finished in the period);
- how many were returned for changes, and why: the reviewers' comments grouped by the
  kind of change asked for (`REASON_GROUPS`, matched on words the board uses);
- which reviewers hold the oldest pages waiting now (a step waits for every member of its
  groups, except the page's own authors, who may not approve it).

Durations come from Wagtail's TaskState (started_at → finished_at) on the working-day clock
of `editorial.working_days`, so Tết does not make the board look slow. The same figures
feed the admin page, its chart and the CSV and XLSX downloads (`editorial.report_export`).
"""

import math
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page, TaskState, WorkflowTask, get_default_page_content_type

from editorial import deadlines, report_export, services, working_days
from editorial.models import ReviewTask
from editorial.periods import Period
from news.dates import local_datetime
from news.models import Agency, ContentPage

TITLE = "BÁO CÁO THỜI GIAN XỬ LÝ, DUYỆT TIN BÀI"
NO_AGENCY = "(Chưa ghi cơ quan)"
NO_SECTION = "(Ngoài các chuyên mục)"
ALL = "Toàn bộ"
OTHER_REASON = "Khác"
# The kinds of change reviewers ask for, tried in order; a comment goes to the first whose
# words it contains (whole words, accents included), else to "Khác".
REASON_GROUPS = [
    ("Số liệu, dữ liệu", ["số liệu", "dữ liệu", "con số", "thống kê", "số lượng"]),
    ("Nguồn, căn cứ", ["nguồn", "trích dẫn", "căn cứ", "văn bản", "xác minh"]),
    ("Tiêu đề, sapo", ["tiêu đề", "tít", "sapo", "tóm tắt"]),
    ("Hình ảnh, tư liệu", ["ảnh", "hình", "video", "chú thích"]),
    ("Chính tả, văn phong", ["chính tả", "lỗi", "văn phong", "diễn đạt", "câu chữ", "dấu"]),
    ("Thể thức, chuyên mục", ["chuyên mục", "thể thức", "cơ quan", "đơn vị", "thẻ"]),
]
REASON_HEADINGS = ["Nhóm lý do", "Số lần trả lại", "Nhận xét của người duyệt"]
REVIEWER_HEADINGS = [
    "Người duyệt",
    "Số bài đang chờ",
    "Trong đó quá hạn",
    "Bài chờ lâu nhất",
    "Bước",
    "Chờ từ",
    "Đã chờ (ngày LV)",
]
FINISHED = [TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED]


def percentile(values, share):
    """The nearest-rank percentile: the smallest value with at least `share` of the values at or below it."""
    ordered = sorted(values)
    return ordered[max(math.ceil(share * len(ordered)) - 1, 0)]


def reason_group(comment):
    text = (comment or "").casefold()
    for group, words in REASON_GROUPS:
        if any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) for word in words):
            return group
    return OTHER_REASON


def _normalised(comment):
    return " ".join((comment or "").split()).rstrip(".;!")


@dataclass(frozen=True)
class StepFigures:
    count: int
    median: float | None
    p90: float | None

    @classmethod
    def of(cls, durations):
        if not durations:
            return cls(0, None, None)
        return cls(len(durations), round(statistics.median(durations), 2), round(percentile(durations, 0.9), 2))


@dataclass
class Breakdown:
    """Durations per step for each row (an agency or a section), and its returns."""

    caption: str
    heading: str
    rows: list = field(default_factory=list)  # row names, in order
    durations: dict = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))  # row → step → days
    returned: Counter = field(default_factory=Counter)  # row → returns

    def figures(self, row, step):
        return StepFigures.of(self.durations[row][step])


@dataclass
class PendingItem:
    title: str
    step: str
    started_at: object
    waited_days: float
    due: object


@dataclass
class ReviewerLoad:
    name: str
    items: list = field(default_factory=list)  # PendingItem, oldest first

    @property
    def overdue(self):
        return sum(1 for item in self.items if item.due is not None and item.due.is_overdue)


@dataclass
class TurnaroundReport:
    period: Period
    steps: list  # step names in workflow order
    by_agency: Breakdown
    by_section: Breakdown
    overall: dict  # step → list of days
    reasons: dict  # group → Counter(comment)
    reviewers: list  # ReviewerLoad, the one holding the oldest page first

    @property
    def returned_total(self):
        return sum(sum(comments.values()) for comments in self.reasons.values())

    @property
    def finished_total(self):
        return sum(len(days) for days in self.overall.values())

    def step_figures(self, step):
        return StepFigures.of(self.overall.get(step, []))

    def headings(self, breakdown):
        columns = [breakdown.heading]
        for step in self.steps:
            columns += [f"{step}: số lượt", f"{step}: trung vị (ngày LV)", f"{step}: 90% (ngày LV)"]
        return [*columns, "Bị trả lại"]

    def rows(self, breakdown):
        for name in breakdown.rows:
            cells = [name]
            for step in self.steps:
                figures = breakdown.figures(name, step)
                cells += [figures.count, figures.median, figures.p90]
            yield [*cells, breakdown.returned[name]]

    def totals(self):
        cells = [ALL]
        for step in self.steps:
            figures = self.step_figures(step)
            cells += [figures.count, figures.median, figures.p90]
        return [*cells, self.returned_total]

    @property
    def breakdown_tables(self):
        """(caption, (headings, rows)) of the two breakdowns, for the page."""
        return [
            (breakdown.caption, (self.headings(breakdown), list(self.rows(breakdown))))
            for breakdown in (self.by_agency, self.by_section)
        ]

    def reason_rows(self):
        """(group, returns, the comments with how often each was written), the most frequent group first."""
        groups = sorted(self.reasons.items(), key=lambda item: (-sum(item[1].values()), item[0]))
        for group, comments in groups:
            written = "; ".join(
                f"{comment} (×{count})" if count > 1 else comment for comment, count in comments.most_common()
            )
            yield [group, sum(comments.values()), written]

    def reviewer_rows(self):
        for load in self.reviewers:
            oldest = load.items[0]
            yield [
                load.name,
                len(load.items),
                load.overdue,
                oldest.title,
                oldest.step,
                local_datetime(oldest.started_at),
                round(oldest.waited_days, 1),
            ]

    def chart_bars(self):
        """(step, median, p90, median width %, p90 width %) for the chart, widths relative to the longest p90."""
        figures = [(step, self.step_figures(step)) for step in self.steps]
        longest = max((f.p90 or 0 for _step, f in figures), default=0) or 1
        return [
            (step, f.median, f.p90, round((f.median or 0) * 100 / longest), round((f.p90 or 0) * 100 / longest))
            for step, f in figures
            if f.count
        ]


def ordered_steps(task_ids):
    """Step names in the order of the workflow, for the tasks that appear in the data."""
    order = {}
    for task_id, sort_order in WorkflowTask.objects.filter(task_id__in=task_ids).values_list("task_id", "sort_order"):
        order[task_id] = min(order.get(task_id, sort_order), sort_order)
    names = dict(ReviewTask.objects.filter(pk__in=task_ids).values_list("pk", "name"))
    steps = []
    for task_id in sorted(names, key=lambda pk: (order.get(pk, 999), names[pk])):
        if names[task_id] not in steps:
            steps.append(names[task_id])
    return steps, names


def _pages(page_ids):
    """{page id: (agency name, section title)}."""
    agency_names = dict(Agency.objects.values_list("pk", "name"))
    agencies = dict(ContentPage.objects.filter(pk__in=page_ids).values_list("pk", "agency_id"))
    sections = deadlines.section_paths()
    result = {}
    for pk, path in Page.objects.filter(pk__in=page_ids).values_list("pk", "path"):
        section = deadlines.section_of_path(path, sections)
        result[pk] = (
            agency_names.get(agencies.get(pk), NO_AGENCY),
            section.title if section is not None else NO_SECTION,
        )
    return result


def _sorted_names(names, last):
    return sorted(names, key=lambda name: (name == last, name))


def build_report(period, now=None):
    now = now or timezone.now()
    start, end = period.bounds()
    finished = list(
        TaskState.objects.filter(
            status__in=FINISHED,
            finished_at__gte=start,
            finished_at__lt=end,
            task__in=ReviewTask.objects.all(),
            workflow_state__base_content_type=get_default_page_content_type(),
        ).values_list("task_id", "started_at", "finished_at", "status", "comment", "workflow_state__object_id")
    )
    pending = list(deadlines.pending_review_states().order_by("started_at", "pk"))
    steps, names = ordered_steps({row[0] for row in finished} | {state.task_id for state in pending})
    pages = _pages({int(row[5]) for row in finished})

    by_agency = Breakdown("Theo cơ quan, đơn vị", "Cơ quan, đơn vị")
    by_section = Breakdown("Theo chuyên mục", "Chuyên mục")
    overall, reasons = defaultdict(list), defaultdict(Counter)
    for task_id, started_at, finished_at, status, comment, object_id in finished:
        if int(object_id) not in pages:
            continue  # the page was deleted
        agency, section = pages[int(object_id)]
        step = names[task_id]
        days = working_days.working_days_between(started_at, finished_at)
        overall[step].append(days)
        for breakdown, row in ((by_agency, agency), (by_section, section)):
            breakdown.durations[row][step].append(days)
            if status == TaskState.STATUS_REJECTED:
                breakdown.returned[row] += 1
        if status == TaskState.STATUS_REJECTED:
            reasons[reason_group(comment)][_normalised(comment)] += 1
    by_agency.rows = _sorted_names(by_agency.durations, NO_AGENCY)
    by_section.rows = _sorted_names(by_section.durations, NO_SECTION)

    return TurnaroundReport(
        period=period,
        steps=steps,
        by_agency=by_agency,
        by_section=by_section,
        overall=dict(overall),
        reasons=dict(reasons),
        reviewers=reviewer_loads(pending, now),
    )


def reviewer_loads(pending, now):
    """Who holds the pages waiting now: each step's reviewers but the page's authors, the longest wait first."""
    dues = deadlines.dues_for(pending, now)
    members = defaultdict(set)  # task id → user ids
    for task_id, user_id in (
        ReviewTask.objects.filter(pk__in={state.task_id for state in pending}, groups__user__isnull=False)
        .values_list("pk", "groups__user")
        .distinct()
    ):
        members[task_id].add(user_id)
    user_ids = set().union(*members.values()) if members else set()
    users = get_user_model().objects.filter(is_active=True).in_bulk(user_ids)
    loads = {}
    for state in pending:
        page = state.workflow_state.content_object
        if page is None:
            continue
        excluded = services.authors_of(page.specific, state.workflow_state)
        item = PendingItem(
            title=page.get_admin_display_title(),
            step=state.task.name,
            started_at=state.started_at,
            waited_days=working_days.working_days_between(state.started_at, now),
            due=dues.get(state.pk),
        )
        for user_id in sorted(members[state.task_id] - excluded):
            user = users.get(user_id)
            if user is None:
                continue  # inactive
            name = user.get_full_name() or user.get_username()
            loads.setdefault(user_id, ReviewerLoad(name)).items.append(item)
    # pending is ordered oldest first, so each reviewer's first item is their oldest
    return sorted(loads.values(), key=lambda load: (load.items[0].started_at, load.name))


# Downloads --------------------------------------------------------------------------------------


def title_lines(report):
    return [TITLE, f"Kỳ báo cáo: {report.period.description}"]


def tables(report):
    breakdowns = [
        report_export.Table(
            breakdown.caption,
            report.headings(breakdown),
            list(report.rows(breakdown)),
            report.totals() if breakdown.rows else [],
        )
        for breakdown in (report.by_agency, report.by_section)
    ]
    return [
        *breakdowns,
        report_export.Table("Lý do trả lại", REASON_HEADINGS, list(report.reason_rows())),
        report_export.Table("Bài chờ duyệt lâu nhất", REVIEWER_HEADINGS, list(report.reviewer_rows())),
    ]


def download(report, kind):
    """The report as a CSV or XLSX attachment."""
    stem = f"bao-cao-thoi-gian-xu-ly-{report.period.start:%Y%m%d}-{report.period.end:%Y%m%d}"
    return report_export.download(title_lines(report), tables(report), kind, stem)
