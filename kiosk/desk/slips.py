"""The slips the reception hands out: the access code in very large type, grouped as the lock
screen shows it, with the time, the pages, how long it is valid, the place and three short
lines of instructions.

Written as a PDF (Qt's PDF writer), then sent to the chosen CUPS queue: an A4 sheet of eight
slips with cut marks, or one slip per 80-mm receipt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from kiosk.core.codes import format_partial_code

SlipFormat = Literal["a4", "receipt"]
RECEIPT_WIDTH_MM = 80.0
RECEIPT_HEIGHT_MM = 110.0
A4_COLUMNS, A4_ROWS = 2, 4
RESOLUTION = 300

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


@dataclass(frozen=True)
class Slip:
    code: str
    minutes: int
    print_pages: int
    scan_pages: int
    valid_until: datetime
    place: str


def valid_until_text(slip: Slip, zone: ZoneInfo, today: datetime) -> str:
    local = slip.valid_until.astimezone(zone)
    day = today.astimezone(zone).date()
    if (local.hour, local.minute) == (0, 0) and (local - timedelta(days=1)).date() == day:
        return translate("Slip", "Valid all day today")  # until midnight
    hour = f"{local.hour} h" if local.minute == 0 else f"{local.hour} h {local.minute:02d}"
    if local.date() == day:
        return translate("Slip", "Valid today until %1").replace("%1", hour)
    return translate("Slip", "Valid until %1, %2").replace(
        "%1", local.strftime("%d/%m/%Y")).replace("%2", hour)


def slip_lines(slip: Slip, zone: ZoneInfo, today: datetime) -> list[str]:
    """What a slip says under the code, in the desk's language."""
    pages = translate("Slip", "Printing: %1 pages · Scanning: %2 pages").replace(
        "%1", str(slip.print_pages)).replace("%2", str(slip.scan_pages))
    return [
        translate("Slip", "Time: %1 min").replace("%1", str(slip.minutes)),
        pages,
        valid_until_text(slip, zone, today),
        "",
        translate("Slip", "1. Sit at a free computer."),
        translate("Slip", "2. Type this code on the screen, then OK."),
        translate("Slip", "3. At the end, press “End my session”."),
    ]


def _draw_slip(painter: QPainter, box: QRectF, slip: Slip, zone: ZoneInfo,
               today: datetime) -> None:
    # One millimetre of an 80-mm receipt, or less on an eighth of an A4 sheet: what a slip
    # says needs 80 of them each way.
    unit = min(box.width(), box.height()) / 80.0
    margin = 5 * unit
    inner = box.adjusted(margin, margin, -margin, -margin)
    y = inner.top()

    def text(words: str, size_mm: float, *, bold: bool = False, mono: bool = False,
             height_mm: float | None = None) -> None:
        nonlocal y
        font = QFont("DejaVu Sans Mono" if mono else "DejaVu Sans")
        font.setPixelSize(max(1, round(size_mm * unit)))
        font.setBold(bold)
        painter.setFont(font)
        line = (height_mm or size_mm * 1.45) * unit
        painter.drawText(QRectF(inner.left(), y, inner.width(), line),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                         words)
        y += line

    text(slip.place, 4.2, bold=True)
    text(translate("Slip", "Your access code"), 3.6)
    text(format_partial_code(slip.code), 9.5, bold=True, mono=True, height_mm=15)
    for line in slip_lines(slip, zone, today):
        text(line, 3.4 if line else 1.5)


def _cut_marks(painter: QPainter, page: QRectF, columns: int, rows: int) -> None:
    painter.setPen(QPen(Qt.GlobalColor.black, 2, Qt.PenStyle.DashLine))
    for column in range(1, columns):
        x = page.left() + page.width() * column / columns
        painter.drawLine(QPointF(x, page.top()), QPointF(x, page.bottom()))
    for row in range(1, rows):
        y = page.top() + page.height() * row / rows
        painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y))


def _pdf_writer(target: Path, layout: SlipFormat, sheet: QPageSize.PageSizeId) -> QPdfWriter:
    """A PDF for the slip printer: an 80-mm receipt, or `sheet` on an office printer."""
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setCreator("kiosk desk")
    if layout == "receipt":
        writer.setPageSize(QPageSize(QSizeF(RECEIPT_WIDTH_MM, RECEIPT_HEIGHT_MM),
                                     QPageSize.Unit.Millimeter, "receipt"))
    else:
        writer.setPageSize(QPageSize(sheet))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    return writer


def write_slips(slips: list[Slip], target: Path, *, layout: SlipFormat = "a4",
                zone: ZoneInfo | None = None, today: datetime | None = None) -> Path:
    """The slips as a PDF at `target`, ready for the printer."""
    if not slips:
        raise ValueError("no slip to print")
    zone = zone or ZoneInfo("Europe/Paris")
    today = today or datetime.now(zone)
    writer = _pdf_writer(target, layout, QPageSize.PageSizeId.A4)
    writer.setTitle(translate("Slip", "Access codes"))
    painter = QPainter(writer)
    try:
        page = QRectF(0, 0, writer.width(), writer.height())
        per_page = 1 if layout == "receipt" else A4_COLUMNS * A4_ROWS
        for index, slip in enumerate(slips):
            position = index % per_page
            if index and position == 0:
                writer.newPage()
            if layout == "receipt":
                box = page
            else:
                if position == 0:
                    _cut_marks(painter, page, A4_COLUMNS, A4_ROWS)
                width, height = page.width() / A4_COLUMNS, page.height() / A4_ROWS
                box = QRectF((position % A4_COLUMNS) * width, (position // A4_COLUMNS) * height,
                             width, height)
            _draw_slip(painter, box, slip, zone, today)
    finally:
        painter.end()
    return target


def write_ticket(number: int, minutes: int | None, place: str, target: Path, *,
                 layout: SlipFormat = "a4") -> Path:
    """A waiting-line ticket: its number, very large, and the wait the board suggests."""
    writer = _pdf_writer(target, layout, QPageSize.PageSizeId.A6)
    wait = (translate("Slip", "Waiting: about %1 min").replace("%1", str(minutes))
            if minutes is not None else "")
    lines = [(place, 4.2, False), (translate("Slip", "Your ticket"), 4.0, False),
             (str(number), 30.0, True), (wait, 4.0, False),
             (translate("Slip", "Your number will show on the screen with a computer."),
              3.4, False)]
    painter = QPainter(writer)
    try:
        page = QRectF(0, 0, writer.width(), writer.height())
        unit = min(page.width(), page.height()) / 80.0
        y = page.top() + 6 * unit
        for text, size, bold in lines:
            font = QFont("DejaVu Sans")
            font.setPixelSize(max(1, round(size * unit)))
            font.setBold(bold)
            painter.setFont(font)
            height = size * 1.5 * unit
            painter.drawText(QRectF(page.left() + 4 * unit, y, page.width() - 8 * unit,
                                    height),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
                                 | Qt.TextFlag.TextWordWrap), text)
            y += height
    finally:
        painter.end()
    return target
