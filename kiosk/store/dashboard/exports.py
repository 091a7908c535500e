"""A table written as CSV, ODS or XLSX: what a coordinator pastes into her report.

Numbers stay numbers and dates stay dates in the spreadsheets, so that sums and charts work
at once in LibreOffice Calc or Excel. The CSV is what French spreadsheets open without a
question: UTF-8 with its mark, semicolons, decimal commas.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal
from xml.sax.saxutils import escape, quoteattr

from openpyxl import Workbook

Cell = str | int | float | date | datetime | None
ExportFormat = Literal["csv", "ods", "xlsx"]
FORMATS: tuple[ExportFormat, ...] = ("csv", "ods", "xlsx")
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@dataclass(frozen=True)
class Sheet:
    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Cell]]


def write(sheet: Sheet, fmt: ExportFormat) -> bytes:
    match fmt:
        case "csv":
            return _csv(sheet)
        case "ods":
            return _ods(sheet)
        case "xlsx":
            return _xlsx(sheet)


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    # A cell starting with these is a formula to a spreadsheet: never run what a host name
    # or a station's name could smuggle in.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv(sheet: Sheet) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(sheet.headers)
    for row in sheet.rows:
        writer.writerow([_csv_text(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _xlsx(sheet: Sheet) -> bytes:
    book = Workbook(write_only=True)
    page = book.create_sheet(sheet.title[:31])
    page.append(list(sheet.headers))
    for row in sheet.rows:
        page.append([_plain(v) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _plain(value: Cell) -> Cell:
    """What goes into a spreadsheet cell: times without their zone (spreadsheets have
    none), text that cannot be read as a formula."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, str) and value[:1] == "=":
        return "'" + value
    return value


_ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" \
manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""
_ODS_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name={name}>')
_ODS_TAIL = "</table:table></office:spreadsheet></office:body></office:document-content>"


def _ods_cell(value: Cell) -> str:
    match value:
        case None:
            return "<table:table-cell/>"
        case bool():
            return _ods_text(str(value))
        case int() | float():
            return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                    f"<text:p>{value}</text:p></table:table-cell>")
        case datetime():
            plain = value.replace(tzinfo=None, microsecond=0)
            return (f'<table:table-cell office:value-type="date" '
                    f'office:date-value="{plain.isoformat()}">'
                    f'<text:p>{plain.strftime("%Y-%m-%d %H:%M")}</text:p></table:table-cell>')
        case date():
            return (f'<table:table-cell office:value-type="date" '
                    f'office:date-value="{value.isoformat()}">'
                    f"<text:p>{value.isoformat()}</text:p></table:table-cell>")
        case _:
            return _ods_text(str(value))


def _ods_text(text: str) -> str:
    return (f'<table:table-cell office:value-type="string"><text:p>{escape(text)}</text:p>'
            "</table:table-cell>")


def _ods(sheet: Sheet) -> bytes:
    """OpenDocument written as it goes: a year of sessions is tens of thousands of rows,
    which a document object model (odfpy's) takes seconds and much memory to build."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        # The mimetype comes first and uncompressed, as the format requires.
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", _ODS_MANIFEST)
        with archive.open("content.xml", "w") as content:
            content.write(_ODS_HEAD.format(name=quoteattr(sheet.title[:31])).encode())
            for row in _with_headers(sheet):
                content.write(("<table:table-row>" + "".join(_ods_cell(v) for v in row)
                               + "</table:table-row>").encode())
            content.write(_ODS_TAIL.encode())
    return out.getvalue()


def _with_headers(sheet: Sheet) -> Iterable[Sequence[Cell]]:
    yield list(sheet.headers)
    yield from sheet.rows
