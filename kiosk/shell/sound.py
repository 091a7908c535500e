"""A short chime with the time warnings and the idle check, for a guest looking at a paper
form rather than at the screen.

The chime is written once as a WAV file (two soft tones) and played by Qt Multimedia through
the station's sound server (PulseAudio or PipeWire). A station without one stays silent, and
says so once in its log: the warnings on screen do not depend on the sound.
"""

from __future__ import annotations

import logging
import math
import os
import struct
import wave
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir

log = logging.getLogger("kiosk.shell")
RATE = 22_050
TONES = ((660.0, 0.18), (880.0, 0.32))  # hertz, seconds: a rising "ding-dong"
VOLUME = 0.35


def write_chime(path: Path) -> Path:
    """The chime as 16-bit mono WAV, each tone faded in and out so that it never clicks."""
    samples: list[int] = []
    for frequency, seconds in TONES:
        count = int(RATE * seconds)
        for index in range(count):
            envelope = min(1.0, index / (0.01 * RATE), (count - index) / (0.08 * RATE))
            value = VOLUME * envelope * math.sin(2 * math.pi * frequency * index / RATE)
            samples.append(int(32767 * value))
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return path


def sound_server_present() -> bool:
    """A PulseAudio (or PipeWire's PulseAudio) server this user can reach."""
    if os.environ.get("PULSE_SERVER"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return runtime is not None and Path(runtime, "pulse", "native").exists()


class Chime:
    """Plays the chime; `requested` counts the times the shell asked for it."""

    def __init__(self, cache: Path | None = None) -> None:
        self.requested = 0
        self._cache = cache or Path(user_cache_dir("kiosk"))
        self._effect: Any = None
        self._unavailable = False

    def play(self) -> None:
        self.requested += 1
        effect = self._load()
        if effect is not None:
            effect.play()

    def _load(self) -> Any:  # noqa: ANN401 - a QSoundEffect, imported only when there is sound
        if self._effect is not None or self._unavailable:
            return self._effect
        if not sound_server_present():
            self._unavailable = True
            log.info("no sound server: the warnings are shown without their chime")
            return None
        try:
            from PySide6.QtCore import QUrl  # noqa: PLC0415
            from PySide6.QtMultimedia import QSoundEffect  # noqa: PLC0415
        except ImportError as error:  # Qt Multimedia needs libpulse0
            self._unavailable = True
            log.warning("no chime: Qt Multimedia cannot load (%s)", error)
            return None
        path = self._cache / "chime.wav"
        if not path.is_file():
            write_chime(path)
        self._effect = QSoundEffect()
        self._effect.setSource(QUrl.fromLocalFile(str(path)))
        return self._effect
