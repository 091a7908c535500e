"""Charts drawn on the server as SVG: nothing to load from elsewhere, nothing to run in the
browser, and they print.

Every bar carries its value written beside it and the heat map writes its rates in its
cells, so a chart printed in black and white says everything it says on screen. The
numbers are also given as a table next to each chart (in the template) for screen readers;
the SVG itself is one image with a title.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from markupsafe import Markup

INK = "#161616"
BAR = "#000091"  # Bleu France: prints as a dark grey
GRID = "#929292"
CLOSED = "#e5e5e5"
FONT = 'font-family="Noto Sans, DejaVu Sans, Arial, sans-serif"'


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as written beside the bar


def _svg(width: int, height: int, title: str, body: list[str]) -> Markup:
    # role="img" with a title: one image to assistive technologies, whose numbers the
    # table next to it gives.
    return Markup(  # noqa: S704 - every text inside went through escape()
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label={quoteattr(title)} class="chart" {FONT}>'
        f"<title>{escape(title)}</title>{''.join(body)}</svg>")


def columns(bars: Sequence[Bar], title: str, *, label_every: int = 1) -> Markup:
    """Vertical bars in time order (days, weeks or months)."""
    width, height, left, bottom, top = 960, 300, 8, 48, 28
    count = max(len(bars), 1)
    step = (width - 2 * left) / count
    peak = max((b.value for b in bars), default=0) or 1
    plot = height - bottom - top
    body = [f'<line x1="{left}" y1="{height - bottom}" x2="{width - left}" '
            f'y2="{height - bottom}" stroke="{GRID}" stroke-width="1"/>']
    show_values = step >= 22
    for index, bar in enumerate(bars):
        x = left + index * step
        h = plot * bar.value / peak
        y = height - bottom - h
        body.append(f'<rect x="{x + step * 0.12:.1f}" y="{y:.1f}" width="{step * 0.76:.1f}" '
                    f'height="{h:.1f}" fill="{BAR}"><title>{escape(bar.label)} : '
                    f"{escape(bar.text)}</title></rect>")
        if show_values and bar.value:
            body.append(f'<text x="{x + step / 2:.1f}" y="{y - 6:.1f}" font-size="15" '
                        f'text-anchor="middle" fill="{INK}">{escape(bar.text)}</text>')
        if index % label_every == 0:
            body.append(f'<text x="{x + step / 2:.1f}" y="{height - bottom + 20}" '
                        f'font-size="15" text-anchor="middle" fill="{INK}">'
                        f"{escape(bar.label)}</text>")
    if not show_values:
        # Too many bars to write each value: the highest is written at the top.
        body.append(f'<text x="{width - left}" y="16" font-size="15" text-anchor="end" '
                    f'fill="{INK}">max. {escape(max(bars, key=lambda b: b.value).text)}</text>'
                    if bars else "")
    return _svg(width, height, title, body)


def rows(bars: Sequence[Bar], title: str) -> Markup:
    """Horizontal bars, largest first: services, how sessions ended, refused hosts."""
    label_width, width, line = 320, 960, 38
    height = max(len(bars), 1) * line + 8
    peak = max((b.value for b in bars), default=0) or 1
    room = width - label_width - 90
    body = []
    for index, bar in enumerate(bars):
        y = 4 + index * line
        w = room * bar.value / peak
        label = bar.label if len(bar.label) <= 38 else bar.label[:37] + "…"
        body.append(f'<text x="{label_width - 10}" y="{y + 22}" font-size="16" '
                    f'text-anchor="end" fill="{INK}">{escape(label)}</text>')
        body.append(f'<rect x="{label_width}" y="{y + 5}" width="{max(w, 1):.1f}" '
                    f'height="{line - 10}" fill="{BAR}"/>')
        body.append(f'<text x="{label_width + w + 8:.1f}" y="{y + 22}" font-size="15" '
                    f'fill="{INK}">{escape(bar.text)}</text>')
    return _svg(width, height, title, body)


def heat_map(rates: Sequence[Sequence[float | None]], title: str, weekdays: Sequence[str],
             hours: Sequence[int], percent: Callable[[float], str]) -> Markup:
    """Weekdays down, hours across; each cell darker as the computers were busier, with
    its rate written in it (in white on the darkest cells)."""
    left, top, cell_w, cell_h = 110, 34, 64, 44
    width = left + cell_w * len(hours) + 8
    height = top + cell_h * len(weekdays) + 8
    body = []
    for column, hour in enumerate(hours):
        body.append(f'<text x="{left + column * cell_w + cell_w / 2}" y="20" font-size="16" '
                    f'text-anchor="middle" fill="{INK}">{hour} h</text>')
    for row, name in enumerate(weekdays):
        y = top + row * cell_h
        body.append(f'<text x="{left - 10}" y="{y + cell_h / 2 + 5}" font-size="16" '
                    f'text-anchor="end" fill="{INK}">{escape(name)}</text>')
        for column, hour in enumerate(hours):
            rate = rates[row][hour]
            x = left + column * cell_w
            if rate is None:  # closed then: grey, with nothing written
                fill, text, colour = CLOSED, "", INK
            else:
                # From white to Bleu France by the rate; text turns white past the middle.
                mix = min(max(rate, 0.0), 1.0)
                channel = round(255 * (1 - mix))
                fill = f"#{channel:02x}{channel:02x}{round(255 - mix * (255 - 145)):02x}"
                text, colour = percent(rate), ("#ffffff" if mix > 0.45 else INK)
            body.append(f'<rect x="{x}" y="{y}" width="{cell_w - 2}" height="{cell_h - 2}" '
                        f'fill="{fill}" stroke="{GRID}" stroke-width="0.5"/>')
            if text:
                body.append(f'<text x="{x + cell_w / 2 - 1}" y="{y + cell_h / 2 + 5}" '
                            f'font-size="15" text-anchor="middle" fill="{colour}">'
                            f"{escape(text)}</text>")
    return _svg(width, height, title, body)
