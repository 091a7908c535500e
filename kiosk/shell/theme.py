"""The shell's small design system: colours, type scale, spacing and the look of its few
components (big button, tile, toast, modal panel), in one style sheet for the application.

Inspired by the French state's design system (DSFR: "bleu France", its system colours for
information, success, warning and error) and GOV.UK's patterns (one thing per screen, large
type, buttons that say what they do). Every pair of text and background colours used here
reaches WCAG AA contrast (4.5:1), checked by the tests with `contrast_ratio`.

Widgets say what they are with a Qt property, never with a colour of their own:
`set_role(label, "title")`, `set_kind(button, "primary")`. The "Grand texte" switch scales
the whole type scale and every target (`apply(app, large=True)`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtWidgets import QApplication, QWidget

# -- colours ---------------------------------------------------------------------------------

TEXT = "#161616"
TEXT_MUTED = "#3a3a3a"
BACKGROUND = "#ffffff"
SURFACE = "#f6f6f6"  # tiles, the top bar
BORDER = "#929292"
PRIMARY = "#000091"  # bleu France
PRIMARY_HOVER = "#1212ff"
PRIMARY_PRESSED = "#2323ff"
ON_PRIMARY = "#ffffff"
PRIMARY_TINT = "#e3e3fd"  # a secondary button's hover
DISABLED_TEXT = "#666666"
DISABLED_BACKGROUND = "#e5e5e5"
FOCUS = "#0a76f6"

W = TypeVar("W", bound=QWidget)


@dataclass(frozen=True)
class Tone:
    """A message's colours: its text and border, on its background."""

    text: str
    background: str


TONES = {
    "info": Tone("#0063cb", "#e8edff"),
    "success": Tone("#18753c", "#b8fec9"),
    "warning": Tone("#b34000", "#ffe9e6"),
    "error": Tone("#ce0500", "#ffe9e9"),
    "reception": Tone(PRIMARY, "#ececfe"),  # a message from the reception
}

# -- type scale and spacing (pixels at the normal size) --------------------------------------

SIZES = {
    "small": 18,  # the smallest text a guest reads
    "body": 20,
    "large": 24,
    "title": 28,
    "time": 32,  # the time left
    "code": 44,  # the access code being typed
}
MIN_TEXT_PX = SIZES["small"]
TARGET = 56  # a button's height; never under 48 (WCAG 2.5.5, DSFR's large buttons)
MIN_TARGET = 48
SPACE = 8  # the unit: margins and gaps are multiples of it
LARGE_SCALE = 1.3  # "Grand texte"

_scale = 1.0


def scale() -> float:
    """1.0, or LARGE_SCALE while "Grand texte" is on."""
    return _scale


def px(size: str) -> int:
    """A size of the type scale, in pixels, at the current scale."""
    return round(SIZES[size] * _scale)


def target() -> int:
    return round(TARGET * _scale)


def space(units: int = 1) -> int:
    return round(SPACE * units * _scale)


def set_role(widget: W, role: str) -> W:
    """What a text is ("title", "time", "lead", "muted"…): its size and weight come from the
    style sheet."""
    widget.setProperty("role", role)
    return widget


def set_kind(widget: W, kind: str) -> W:
    """A button's kind: "primary" (the one thing to do), "secondary", "danger", "key"."""
    widget.setProperty("kind", kind)
    return widget


def set_tone(widget: QWidget, tone: str) -> None:
    """A message's tone ("info", "success", "warning", "error", "reception"), restyled now."""
    widget.setProperty("tone", tone)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


# -- contrast (WCAG 2.1) ---------------------------------------------------------------------

def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_pairs() -> list[tuple[str, str, str]]:
    """Every text colour on every background it is drawn on: (what, text, background)."""
    pairs = [("text", TEXT, BACKGROUND), ("text on surface", TEXT, SURFACE),
             ("muted", TEXT_MUTED, BACKGROUND), ("muted on surface", TEXT_MUTED, SURFACE),
             ("primary button", ON_PRIMARY, PRIMARY),
             ("primary button hovered", ON_PRIMARY, PRIMARY_HOVER),
             ("secondary button", PRIMARY, BACKGROUND),
             ("secondary button hovered", PRIMARY, PRIMARY_TINT),
             ("disabled", DISABLED_TEXT, DISABLED_BACKGROUND),
             ("danger button", ON_PRIMARY, TONES["error"].text)]
    pairs += [(f"{name} message", tone.text, tone.background) for name, tone in TONES.items()]
    pairs += [(f"{name} message body", TEXT, tone.background) for name, tone in TONES.items()]
    return pairs


# -- the style sheet -------------------------------------------------------------------------

def stylesheet() -> str:
    """The application's style sheet at the current scale."""
    body, small, large = px("body"), px("small"), px("large")
    radius = space(1) // 2
    pad = space(2)
    rules = [
        f"QWidget {{ font-size: {body}px; color: {TEXT}; }}",
        f"QWidget#kioskShell, QWidget#lockScreen, QDialog {{ background: {BACKGROUND}; }}",
        # Labels by role.
        f"QLabel[role=\"title\"] {{ font-size: {px('title')}px; font-weight: bold; }}",
        f"QLabel[role=\"lead\"] {{ font-size: {large}px; }}",
        f"QLabel[role=\"time\"] {{ font-size: {px('time')}px; font-weight: bold; }}",
        f"QLabel[role=\"muted\"] {{ font-size: {small}px; color: {TEXT_MUTED}; }}",
        f"QLabel[role=\"tile-title\"] {{ font-size: {large}px; font-weight: bold; "
        f"color: {PRIMARY}; }}",
        f"QLabel[role=\"tile-text\"] {{ font-size: {small}px; color: {TEXT_MUTED}; }}",
        # Buttons: secondary by default (outlined), primary filled, danger red.
        f"QPushButton, QToolButton {{ font-size: {body}px; min-height: {target()}px; "
        f"min-width: {target()}px; padding: 0 {pad}px; border: 2px solid {PRIMARY}; "
        f"border-radius: {radius}px; background: {BACKGROUND}; color: {PRIMARY}; }}",
        f"QPushButton:hover, QToolButton:hover {{ background: {PRIMARY_TINT}; }}",
        f"QPushButton:focus, QToolButton:focus {{ border: 3px solid {FOCUS}; }}",
        f"QPushButton[kind=\"primary\"] {{ background: {PRIMARY}; color: {ON_PRIMARY}; "
        f"font-weight: bold; }}",
        f"QPushButton[kind=\"primary\"]:hover {{ background: {PRIMARY_HOVER}; }}",
        f"QPushButton[kind=\"primary\"]:pressed {{ background: {PRIMARY_PRESSED}; }}",
        f"QPushButton[kind=\"danger\"] {{ background: {TONES['error'].text}; "
        f"color: {ON_PRIMARY}; border-color: {TONES['error'].text}; font-weight: bold; }}",
        f"QPushButton[kind=\"key\"] {{ font-size: {large}px; font-weight: bold; "
        f"padding: 0; }}",
        f"QToolButton[kind=\"choice\"] {{ border: 2px solid {BORDER}; padding: {space()}px; "
        f"font-size: {small}px; color: {TEXT}; }}",
        f"QToolButton[kind=\"choice\"]:checked {{ border: {space()}px solid {PRIMARY}; "
        f"background: {PRIMARY_TINT}; font-weight: bold; }}",
        f"QPushButton:disabled, QToolButton:disabled {{ background: {DISABLED_BACKGROUND}; "
        f"color: {DISABLED_TEXT}; border-color: {DISABLED_BACKGROUND}; }}",
        f"QPushButton:checked {{ background: {PRIMARY}; color: {ON_PRIMARY}; }}",
        # Tiles: a card with a blue bottom border, DSFR's "tuile".
        f"Tile {{ background: {SURFACE}; border: 1px solid {BORDER}; "
        f"border-bottom: 4px solid {PRIMARY}; border-radius: 0; text-align: left; }}",
        f"Tile:hover {{ background: {PRIMARY_TINT}; }}",
        f"Tile:focus {{ border: 3px solid {FOCUS}; border-bottom: 4px solid {PRIMARY}; }}",
        # Fields.
        f"QLineEdit, QSpinBox, QComboBox {{ min-height: {target()}px; padding: 0 {space()}px; "
        f"border: 2px solid {TEXT_MUTED}; border-radius: {radius}px; "
        f"background: {BACKGROUND}; }}",
        f"QLineEdit:focus, QSpinBox:focus, QComboBox:focus {{ border: 3px solid {FOCUS}; }}",
        f"QLineEdit[role=\"code\"], QLabel[role=\"code\"] {{ font-size: {px('code')}px; "
        f"font-weight: bold; }}",
        f"QSpinBox::up-button, QSpinBox::down-button {{ width: {target()}px; }}",
        f"QComboBox::drop-down {{ width: {target()}px; }}",
        f"QRadioButton, QCheckBox {{ min-height: {MIN_TARGET}px; spacing: {space()}px; }}",
        f"QRadioButton::indicator, QCheckBox::indicator {{ width: {body + 6}px; "
        f"height: {body + 6}px; }}",
        f"QListWidget {{ border: 2px solid {BORDER}; }}",
        f"QListWidget::item {{ min-height: {target()}px; padding: 0 {space()}px; }}",
        f"QListWidget::item:selected {{ background: {PRIMARY}; color: {ON_PRIMARY}; }}",
        # Tabs of the browser: readable titles, large close buttons.
        f"QTabBar::tab {{ font-size: {small}px; min-height: {target()}px; "
        f"padding: 0 {pad}px; max-width: {space(40)}px; }}",
        f"QTabBar::tab:selected {{ font-weight: bold; border-bottom: 4px solid {PRIMARY}; }}",
        f"QScrollBar:vertical {{ width: {space(3)}px; }}",
        # Top bar, modal panels, messages.
        f"QWidget#topBar {{ background: {SURFACE}; border-bottom: 1px solid {BORDER}; }}",
        f"ShellDialog {{ border: 3px solid {PRIMARY}; background: {BACKGROUND}; }}",
    ]
    for name, tone in TONES.items():
        rules.append(f"QFrame[tone=\"{name}\"] {{ background: {tone.background}; "
                     f"border: none; border-left: {space(1)}px solid {tone.text}; }}")
        rules.append(f"QLabel[tone=\"{name}\"] {{ color: {tone.text}; font-weight: bold; }}")
        rules.append(f"QLabel[heading=\"{name}\"] {{ color: {tone.text}; font-weight: bold; }}")
    rules.append("QFrame[tone] QLabel { background: transparent; }")
    # A message in a label of its own: its words clear of the coloured edge.
    rules.append(f"QLabel[tone] {{ padding: {space() // 2}px {space()}px; }}")
    return "\n".join(rules)


def apply(app: QApplication, *, large: bool = False) -> None:
    """Style the whole application, at the normal or the "Grand texte" size."""
    global _scale  # noqa: PLW0603 - one look for the whole application
    _scale = LARGE_SCALE if large else 1.0
    app.setStyleSheet(stylesheet())
