"""Run by the system's Python, which has pyatspi: start the probe, read its accessibility
tree over AT-SPI after each state, print one JSON list of trees as the last line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

import pyatspi  # the system's python3-pyatspi

PROBE_APP = "kiosk-shell-probe"


def tree(accessible: Any, depth: int = 0) -> dict[str, Any]:
    node: dict[str, Any] = {
        "role": accessible.getRoleName(), "name": accessible.name or "", "children": [],
        # What a screen reader presents: a hidden page or button is not on the screen.
        "showing": accessible.getState().contains(pyatspi.STATE_SHOWING)}
    if depth < 40:
        for index in range(accessible.childCount):
            child = accessible.getChildAtIndex(index)
            if child is not None:
                node["children"].append(tree(child, depth + 1))
    return node


def find_app(deadline: float) -> Any:
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == PROBE_APP:
                return app
        time.sleep(0.2)
    raise SystemExit("the probe never showed on the accessibility bus")


def main() -> None:
    python, probe, cache = sys.argv[1:4]
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    process = subprocess.Popen([python, probe, cache], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, env=env)
    trees = []
    try:
        for state in range(2):
            if state:
                process.stdin.write("next\n")
                process.stdin.flush()
            if process.stdout.readline().strip() != "ready":
                raise SystemExit("the probe did not start")
            time.sleep(1.0)  # the bridge publishes the new widgets
            trees.append(tree(find_app(time.monotonic() + 30)))
        process.stdin.write("quit\n")
        process.stdin.flush()
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    print(json.dumps(trees))  # noqa: T201 - the test reads it


if __name__ == "__main__":
    main()
