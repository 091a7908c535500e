"""A printer's state in plain words, with what to do: for the guest ("Prévenez l'accueil")
and for the secretariat's console.

CUPS reports `printer-state` (3 idle, 4 printing, 5 stopped), `printer-state-reasons`
(keywords, possibly with a -error, -warning or -report suffix) and whether the queue accepts
jobs. This module turns them into sentences, French by default, English available.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class PrinterState(IntEnum):
    IDLE = 3
    PRINTING = 4
    STOPPED = 5


# Reasons that stop printing (the guest must not print) and those worth a word only.
BLOCKING_REASONS = frozenset({
    "media-empty", "media-needed", "media-jam", "paused", "offline", "shutdown",
    "door-open", "cover-open", "toner-empty", "marker-supply-empty", "input-tray-missing",
    "output-area-full", "connecting-to-device", "timed-out", "stopped",
})

# reason → (French, English): what happened, then what to do.
REASONS: dict[str, tuple[str, str]] = {
    "media-empty": ("Il n'y a plus de papier. Remettez du papier dans le bac.",
                    "The printer is out of paper. Put paper in the tray."),
    "media-needed": ("L'imprimante attend du papier. Remettez du papier dans le bac.",
                     "The printer needs paper. Put paper in the tray."),
    "media-jam": ("Le papier est coincé. Ouvrez l'imprimante et retirez la feuille coincée.",
                  "Paper is jammed. Open the printer and remove the jammed sheet."),
    "toner-low": ("Le toner est presque vide. Prévoyez une cartouche de rechange.",
                  "Toner is low. Have a spare cartridge ready."),
    "toner-empty": ("Le toner est vide. Remplacez la cartouche.",
                    "Toner is empty. Replace the cartridge."),
    "marker-supply-low": ("L'encre ou le toner est presque vide. Prévoyez une cartouche.",
                          "Ink or toner is low. Have a spare cartridge ready."),
    "marker-supply-empty": ("L'encre ou le toner est vide. Remplacez la cartouche.",
                            "Ink or toner is empty. Replace the cartridge."),
    "offline": ("L'imprimante ne répond pas. Vérifiez qu'elle est allumée et branchée.",
                "The printer does not answer. Check that it is on and connected."),
    "connecting-to-device": ("L'ordinateur n'arrive pas à joindre l'imprimante. Vérifiez "
                             "qu'elle est allumée et branchée.",
                             "The computer cannot reach the printer. Check that it is on "
                             "and connected."),
    "timed-out": ("L'imprimante ne répond plus. Éteignez-la puis rallumez-la.",
                  "The printer stopped answering. Turn it off and on again."),
    "paused": ("L'impression est suspendue. Reprenez l'imprimante depuis la console de "
               "l'accueil.", "Printing is paused. Resume the printer from the desk console."),
    "stopped": ("L'impression est arrêtée. Reprenez l'imprimante depuis la console de "
                "l'accueil.", "Printing is stopped. Resume the printer from the desk console."),
    "shutdown": ("L'imprimante est éteinte. Allumez-la.", "The printer is off. Turn it on."),
    "door-open": ("Une porte de l'imprimante est ouverte. Refermez-la.",
                  "A door of the printer is open. Close it."),
    "cover-open": ("Le capot de l'imprimante est ouvert. Refermez-le.",
                   "The printer's cover is open. Close it."),
    "input-tray-missing": ("Un bac à papier est retiré. Remettez-le en place.",
                           "A paper tray is out. Put it back."),
    "output-area-full": ("Le bac de sortie est plein. Retirez les feuilles imprimées.",
                         "The output tray is full. Take the printed sheets out."),
    "not-accepting": ("La file d'impression refuse les travaux. Acceptez à nouveau les travaux "
                      "depuis la console de l'accueil.",
                      "The queue refuses jobs. Accept jobs again from the desk console."),
    "unknown-printer": ("Cette imprimante n'existe pas sur l'ordinateur. Vérifiez les "
                        "réglages du poste.",
                        "This printer does not exist on the computer. Check the station's "
                        "settings."),
    "unreachable": ("Le service d'impression ne répond pas. Redémarrez l'ordinateur ou "
                    "appelez le support.",
                    "The printing service does not answer. Restart the computer or call "
                    "support."),
}

HEADLINES = {
    "ready": ("L'imprimante est prête.", "The printer is ready."),
    "printing": ("L'imprimante imprime.", "The printer is printing."),
    "warning": ("L'imprimante fonctionne, avec une alerte.",
                "The printer works, with a warning."),
    "blocked": ("L'imprimante ne peut pas imprimer pour le moment. Prévenez l'accueil.",
                "The printer cannot print right now. Tell the reception."),
}


def reason_keyword(reason: str) -> str:
    """`media-empty-error` → `media-empty`."""
    for suffix in ("-error", "-warning", "-report"):
        if reason.endswith(suffix):
            return reason[: -len(suffix)]
    return reason


@dataclass(frozen=True)
class PrinterStatus:
    can_print: bool
    headline: str
    advice: tuple[str, ...]  # one sentence per reason, what happened and what to do
    reasons: tuple[str, ...]  # keywords, for the console and the events


def describe(state: int | None, reasons: list[str] | tuple[str, ...], *,
             accepting: bool = True, language: str = "fr") -> PrinterStatus:
    """The status of a printer; `state` None means the printing service could not say."""
    index = 0 if language == "fr" else 1
    keywords = tuple(dict.fromkeys(reason_keyword(reason) for reason in reasons
                                   if reason and reason != "none"))
    if state is None:
        keywords = keywords or ("unreachable",)
    if state == PrinterState.STOPPED and "paused" not in keywords and not (
            set(keywords) & BLOCKING_REASONS):
        keywords = (*keywords, "stopped")
    if not accepting:
        keywords = (*keywords, "not-accepting")
    blocking = (state is None or state == PrinterState.STOPPED or not accepting
                or bool(set(keywords) & BLOCKING_REASONS))
    if blocking:
        headline = "blocked"
    elif keywords:
        headline = "warning"
    else:
        headline = "printing" if state == PrinterState.PRINTING else "ready"
    advice = tuple(REASONS[keyword][index] for keyword in keywords if keyword in REASONS)
    return PrinterStatus(not blocking, HEADLINES[headline][index], advice, keywords)
