"""The reception desk: codes and slips, the live station board, the people turned away."""

from pathlib import Path

DESK_TRANSLATIONS = Path(__file__).resolve().parent / "translations"
