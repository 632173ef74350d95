"""The indices page's logic: rows grouped per index, the trend chart's geometry, the CSV download.

The chart is drawn on the server as SVG (no script, no CDN: the portal runs inside a closed
provincial network). It plots the national rank, which every source gives and which stays
comparable when a score is missing or the scale changes; the table beside it, with the
scores, is its text alternative.

A rank is only comparable with ranks out of the same number of localities: 14th of 34
provinces (after the 2025 merger) is not a rise from 38th of 63. So each run of years with
the same number gets its own chart and axis, and a lone year is left to the table.

`IndexScore.note` is the editors' working note (doubts about a source, what to check): it
stays in the admin and never reaches the page or the CSV.
"""

import csv
import io
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.http import HttpResponse

from news.models.indices import SHORT_NAMES, IndexScore, IndexSubScore, ParIndex

CHART_WIDTH = 640
CHART_HEIGHT = 300
MARGIN = {"top": 34, "right": 40, "bottom": 40, "left": 56}
INSET = 28  # keeps the first and last points (and their labels) off the axis labels
CSV_HEADER = [
    "Chỉ số",
    "Năm",
    "Chỉ số thành phần",
    "Điểm",
    "Đơn vị, thang điểm",
    "Xếp hạng",
    "Trên tổng số địa phương",
    "Dữ liệu mẫu",
    "Nguồn",
    "Đường dẫn nguồn",
]


@dataclass
class Series:
    """One index: its rows oldest first, the latest one, and the chart."""

    key: str
    label: str
    short_name: str
    rows: list = field(default_factory=list)
    charts: list = field(default_factory=list)
    csv_url: str = ""

    @property
    def latest(self):
        return self.rows[-1] if self.rows else None

    @property
    def previous(self):
        return self.rows[-2] if len(self.rows) > 1 else None

    @property
    def rows_newest_first(self):
        return list(reversed(self.rows))

    @property
    def has_sample(self):
        return any(row.is_sample for row in self.rows)

    @property
    def has_sub_scores(self):
        return any(row.sub_scores.all() for row in self.rows)

    @property
    def fields_of_localities(self):
        """The different numbers of localities the ranks are out of, oldest first (e.g. [63, 34])."""
        numbers = []
        for row in self.rows:
            if row.rank is not None and row.out_of and row.out_of not in numbers:
                numbers.append(row.out_of)
        return numbers

    @property
    def rank_change(self):
        """Places gained (+) or lost (−) since the year before, when both ranks are out of the same number."""
        latest, previous = self.latest, self.previous
        if not latest or not previous or latest.rank is None or previous.rank is None:
            return None
        if latest.out_of != previous.out_of or latest.year != previous.year + 1:
            return None
        return previous.rank - latest.rank

    @property
    def rank_change_abs(self):
        change = self.rank_change
        return abs(change) if change is not None else None


def scores():
    """Every row with its sub-indices, in two queries."""
    return IndexScore.objects.order_by("index", "year").prefetch_related(
        Prefetch("sub_scores", queryset=IndexSubScore.objects.order_by("sort_order", "pk"))
    )


def all_series():
    """One Series per index that has data, in the order of ParIndex."""
    by_index = {}
    for row in scores():
        by_index.setdefault(row.index, []).append(row)
    series = []
    for index in ParIndex:
        rows = by_index.get(index.value)
        if not rows:
            continue
        item = Series(key=index.value, label=str(index.label), short_name=SHORT_NAMES[index], rows=rows)
        item.charts = [rank_chart(item, run) for run in same_field_runs(rows) if len(run) > 1]
        series.append(item)
    return series


def nice_ticks(bottom):
    """Rank grid lines: 1 (the top), every 10, and the number of localities at the bottom."""
    ticks = [1] + list(range(10, bottom, 10))
    if bottom - ticks[-1] < 4 and len(ticks) > 1:
        ticks.pop()  # too close to the bottom label
    return ticks + [bottom]


def same_field_runs(rows):
    """The ranked rows cut into runs of consecutive years ranked out of the same number of localities."""
    runs = []
    for row in rows:
        if row.rank is None:
            continue
        if runs and runs[-1][-1].out_of == row.out_of:
            runs[-1].append(row)
        else:
            runs.append([row])
    return runs


def rank_chart(series, ranked):
    """The geometry of the chart of one run of ranks out of the same number of localities.

    y: rank 1 at the top, the number of localities at the bottom (the whole field, so the
    line's height is honest). x: one slot per year from the first to the last, so a year
    without data leaves a gap, drawn as a dashed segment.
    """
    bottom = max([row.out_of or row.rank for row in ranked] + [row.rank for row in ranked] + [2])
    first_year, last_year = ranked[0].year, ranked[-1].year
    plot_w = CHART_WIDTH - MARGIN["left"] - MARGIN["right"] - 2 * INSET
    plot_h = CHART_HEIGHT - MARGIN["top"] - MARGIN["bottom"]

    def x_of(year):
        if last_year == first_year:
            return MARGIN["left"] + INSET + plot_w / 2
        return MARGIN["left"] + INSET + (year - first_year) / (last_year - first_year) * plot_w

    def y_of(rank):
        return MARGIN["top"] + (rank - 1) / (bottom - 1) * plot_h

    latest = ranked[-1]
    points = [
        {
            "x": round(x_of(row.year), 1),
            "y": round(y_of(row.rank), 1),
            "year": row.year,
            "label": row.rank_display,
            "is_latest": row is latest,
        }
        for row in ranked
    ]
    segments = [
        {"x1": a["x"], "y1": a["y"], "x2": b["x"], "y2": b["y"], "gap": b["year"] - a["year"] > 1}
        for a, b in zip(points, points[1:], strict=False)
    ]
    grid = [{"y": round(y_of(tick), 1), "label": tick} for tick in nice_ticks(bottom)]
    years = [{"x": round(x_of(year), 1), "label": year} for year in range(first_year, last_year + 1)]
    description = "; ".join(f"năm {row.year}: thứ {row.rank_display}" for row in ranked)
    field_text = f"trên {ranked[0].out_of} tỉnh, thành phố" if ranked[0].out_of else "trong cả nước"
    years_text = f"{first_year}–{last_year}"
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "left": MARGIN["left"],
        "right": CHART_WIDTH - MARGIN["right"],
        "top": MARGIN["top"],
        "bottom": CHART_HEIGHT - MARGIN["bottom"],
        "axis_label_y": CHART_HEIGHT - 8,
        "points": points,
        "segments": segments,
        "grid": grid,
        "years": years,
        "key": f"{series.key}-{first_year}",
        "title": f"Thứ hạng {series.short_name} của tỉnh Lào Cai {field_text}, {years_text}",
        "description": f"Thứ hạng {field_text} (thứ 1 là cao nhất): {description}.",
    }


def csv_rows(key):
    """The rows of one index's CSV: one line per year, then one per sub-index of that year."""
    short_name = SHORT_NAMES[ParIndex(key)]
    for row in scores().filter(index=key):
        yield [
            short_name,
            row.year,
            "",
            csv_number(row.score),
            row.unit,
            row.rank if row.rank is not None else "",
            row.out_of if row.out_of is not None else "",
            "Có" if row.is_sample else "Không",
            row.source_name,
            row.source_url,
        ]
        for sub in row.sub_scores.all():
            yield [
                short_name,
                row.year,
                sub.name,
                csv_number(sub.score),
                f"tối đa {csv_number(sub.max_score)}" if sub.max_score is not None else "",
                sub.rank if sub.rank is not None else "",
                "",
                "Có" if row.is_sample else "Không",
                row.source_name,
                row.source_url,
            ]


def csv_number(value):
    """Machine-readable: a decimal point, trailing zeros dropped ("89.03", "0.7167")."""
    if value is None:
        return ""
    return format(value.normalize(), "f")


def csv_text(key):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(csv_rows(key))
    return out.getvalue()


def csv_response(key):
    """The CSV download of one index, UTF-8 with a BOM so that Excel shows the Vietnamese right."""
    response = HttpResponse(("\ufeff" + csv_text(key)).encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="chi-so-{key}-lao-cai.csv"'
    return response
