"""A station's shell in a session, in a process of its own, for a test to kill with -9.

Usage: python -m tests.cli.crashing_station STATE_DIR CODE
Prints "in-session" once a session is open with a document in its folder.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kiosk.agent.credentials import load_token
from kiosk.agent.outbox import Outbox
from kiosk.agent.station import StationAgent
from kiosk.agent.store_client import StoreClient
from kiosk.core.policy import load_policy
from kiosk.paths import default_policy_path
from kiosk.shell import app as shell_app


def main(state: Path, code: str) -> int:
    station = json.loads((state / "station.json").read_text(encoding="utf-8"))
    token = load_token(state, station["store_url"])
    policy = load_policy(default_policy_path())
    gate = shell_app.start_gate(policy)
    shell_app.prepare_environment(state / "session", gate_port=gate.port, offscreen=True)
    app = shell_app.make_application("fr")
    agent = StationAgent(client=StoreClient(station["store_url"], token=token),
                         outbox=Outbox(state / "outbox.sqlite3"), state_dir=state)
    window = shell_app.make_window(policy=policy, agent=agent, gate=gate,
                                   session_root=state / "session", place_name="Poste")
    window.show()
    window.open_with_code(code)
    if not shell_app.wait_for(lambda: window.running is not None, 60):
        return 1
    (window.running.folder.documents / "avis-imposition.pdf").write_bytes(b"%PDF-1.4")
    sys.stdout.write("in-session\n")
    sys.stdout.flush()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
