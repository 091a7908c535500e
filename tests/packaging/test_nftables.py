"""The packaged firewall rules (the fifth gate), loaded in a network namespace of the test's
own: the guest account reaches the gate and nothing else, while other accounts are free."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "packaging" / "station" / "kiosk-station.nft"

pytestmark = [
    pytest.mark.skipif(os.geteuid() != 0, reason="a network namespace and nftables need root"),
    pytest.mark.skipif(not all(shutil.which(tool) for tool in ("unshare", "nft", "setpriv")),
                       reason="unshare, nft (nftables) and setpriv (util-linux) are needed"),
]


def test_the_guest_account_reaches_the_gate_and_nothing_else() -> None:
    run = subprocess.run(["unshare", "--net", sys.executable, "-m",
                          "tests.packaging.netns_station", str(RULES)],
                         capture_output=True, text=True, timeout=120, cwd=ROOT, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    outcome = json.loads(run.stdout.splitlines()[-1])
    guest, received = outcome["guest"], outcome["received"]
    # Nothing but the gate: no site, no store, no local service, no DNS, no UDP, no IPv6.
    for attempt in ("direct_site", "direct_store", "direct_other", "direct_other_v6", "dns",
                    "udp_other"):
        assert guest[attempt] in ("OSError", "PermissionError", "ConnectionRefusedError",
                                  "TimeoutError"), (attempt, guest[attempt])
    # Through the gate, the policy decides; the agent reaches the store with its token only.
    assert guest["gate_site"] == "HTTP/1.1 200 Connection established | echo"
    assert guest["gate_other"] == "HTTP/1.1 403 Forbidden"
    assert guest["gate_store_without_token"] == "HTTP/1.1 403 Forbidden"
    assert guest["gate_store_with_token"] == "HTTP/1.1 200 Connection established | echo"
    assert received == {"site": ["through the gate"], "store": ["through the gate"],
                        "other": ["from root"],  # another account is not filtered
                        "other_udp": [], "dns": []}


def test_the_rules_load_twice_and_refuse_without_their_settings() -> None:
    load = ["nft", "-D", "KIOSK_GUEST_UID=65534", "-D", "KIOSK_GATE_PORT=8128", "-f",
            str(RULES)]
    script = f"{' '.join(load)} && {' '.join(load)} && nft list table inet kiosk_station"
    twice = subprocess.run(["unshare", "--net", "sh", "-c", script], capture_output=True,
                           text=True, timeout=60, check=False)
    assert twice.returncode == 0, twice.stderr
    assert twice.stdout.count("meta skuid 65534 jump guest") == 1
    bare = subprocess.run(["unshare", "--net", "nft", "-f", str(RULES)], capture_output=True,
                          text=True, timeout=60, check=False)
    assert bare.returncode != 0
    assert "KIOSK_GUEST_UID" in bare.stderr
