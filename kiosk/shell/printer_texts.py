"""A printer's state as the guest reads it, in the guest's language.

The core describes a printer for everyone (`kiosk.core.printer_status`); a guest is told what
they can do themselves, and to tell the reception for everything else — never to use the desk
console, which is for staff.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core.printer_status import PrinterStatus

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def headline(status: PrinterStatus) -> str:
    if not status.can_print:
        return translate("PrinterState", "The printer cannot print right now.")
    if status.reasons:
        return translate("PrinterState", "The printer works, with a warning.")
    return translate("PrinterState", "The printer is ready.")


def reason_text(keyword: str) -> str | None:
    """One reason in the guest's words; None for one a guest need not hear about."""
    texts = {
        "media-empty": translate("PrinterState", "It is out of paper."),
        "media-needed": translate("PrinterState", "It needs paper."),
        "media-jam": translate("PrinterState", "Paper is jammed in it."),
        "toner-empty": translate("PrinterState", "Its ink or toner is empty."),
        "marker-supply-empty": translate("PrinterState", "Its ink or toner is empty."),
        "offline": translate("PrinterState", "It does not answer."),
        "connecting-to-device": translate("PrinterState", "It does not answer."),
        "timed-out": translate("PrinterState", "It does not answer."),
        "shutdown": translate("PrinterState", "It is switched off."),
        "door-open": translate("PrinterState", "A door of the printer is open."),
        "cover-open": translate("PrinterState", "A door of the printer is open."),
        "input-tray-missing": translate("PrinterState", "A paper tray is out."),
        "output-area-full": translate("PrinterState",
                                      "Its output tray is full: take the printed sheets."),
        "paused": translate("PrinterState", "It has been paused."),
        "stopped": translate("PrinterState", "It has been stopped."),
        "not-accepting": translate("PrinterState", "It has been paused."),
        "unknown-printer": translate("PrinterState", "It is not set up on this computer."),
        "unreachable": translate("PrinterState", "The printing service does not answer."),
    }
    return texts.get(keyword)


def guest_status_text(status: PrinterStatus) -> tuple[str, ...]:
    """The headline, what is wrong (each thing once), and what to do."""
    reasons = tuple(dict.fromkeys(text for keyword in status.reasons
                                  if (text := reason_text(keyword)) is not None))
    if status.can_print:
        return (headline(status), *reasons)
    return (headline(status), *reasons,
            translate("PrinterState", "Tell the reception: they will fix it."))
