"""The board's reports as files Sở Nội vụ can open: CSV (Excel-ready UTF-8) and XLSX.

A report is a title (its name, its period) and one or more tables, each with headings,
numbered rows (the STT column of Vietnamese administrative tables) and an optional
totals row. In XLSX every table gets its own sheet; in CSV they follow each other, each
under its caption.
"""

import csv
import io
from dataclasses import dataclass, field

from django.http import HttpResponse

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SHEET_NAME_LENGTH = 31  # Excel's limit


@dataclass
class Table:
    caption: str  # the sheet's name, and the line above the table in a CSV with several tables
    headings: list
    rows: list = field(default_factory=list)
    totals: list = field(default_factory=list)  # without the STT cell; empty for none


def _numbered(table):
    for number, row in enumerate(table.rows, start=1):
        yield [number, *row]


def as_csv(title_lines, tables):
    buffer = io.StringIO()
    buffer.write("\ufeff")  # so that Excel opens the UTF-8 file with its Vietnamese intact
    writer = csv.writer(buffer)
    writer.writerows([[line] for line in title_lines])
    writer.writerow([])
    for index, table in enumerate(tables):
        if index:
            writer.writerow([])
        if len(tables) > 1:
            writer.writerow([table.caption])
        writer.writerow(["STT", *table.headings])
        writer.writerows(_numbered(table))
        if table.totals:
            writer.writerow(["", *table.totals])
    return buffer.getvalue().encode("utf-8")


def as_xlsx(title_lines, tables):
    # openpyxl is needed only when someone downloads a spreadsheet.
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in tables:
        _write_sheet(workbook.create_sheet(table.caption[:SHEET_NAME_LENGTH]), title_lines, table)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _write_sheet(sheet, title_lines, table):
    # openpyxl is needed only when someone downloads a spreadsheet.
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    headings = ["STT", *table.headings]
    last = get_column_letter(len(headings))
    for line in title_lines:
        sheet.append([line])
        row = sheet.max_row
        sheet.merge_cells(f"A{row}:{last}{row}")
        sheet[f"A{row}"].alignment = Alignment(horizontal="center")
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    sheet.append(headings)
    heading_row = sheet.max_row
    for cell in sheet[heading_row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for row in _numbered(table):
        sheet.append(row)
    if table.totals:
        sheet.append(["", *table.totals])
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 5
    sheet.column_dimensions["B"].width = 42
    for index in range(3, len(headings) + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 13
    sheet.freeze_panes = f"C{heading_row + 1}"


def download(title_lines, tables, kind, stem):
    """The report as an attachment: `kind` is "csv" or "xlsx"."""
    if kind == "csv":
        response = HttpResponse(as_csv(title_lines, tables), content_type="text/csv; charset=utf-8")
    else:
        response = HttpResponse(as_xlsx(title_lines, tables), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{stem}.{kind}"'
    return response
