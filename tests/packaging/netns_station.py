"""A station's network in a namespace of its own: run as root inside `unshare --net`.

Loopback only. It loads the packaged nftables rule set for a guest account (nobody), starts
the real gate (`kiosk gate serve`, as root: another account than the guest's), listeners
that stand for an allowed site, the store, another local service and a DNS server, then has
a process running as the guest try every way out. Prints one JSON object: what the guest
got, and what each listener received.

Usage: python -m tests.packaging.netns_station RULES_FILE
"""

from __future__ import annotations

import json
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

GUEST_UID = 65534  # nobody
GATE_PORT = 8128

GUEST_PROBE = r"""
import json, socket, sys
ports = json.loads(sys.argv[1])
token = sys.argv[2]
result = {}

def tcp(name, host, port, family=socket.AF_INET):
    try:
        with socket.socket(family, socket.SOCK_STREAM) as s:
            s.settimeout(2)
            s.connect((host, port))
            s.sendall(b"leak from the guest")
        result[name] = "connected"
    except OSError as error:
        result[name] = type(error).__name__

def udp(name, host, port):
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.sendto(b"leak from the guest", (host, port))
        result[name] = "sent"
    except OSError as error:
        result[name] = type(error).__name__

def through_gate(name, authority, extra=""):
    try:
        with socket.create_connection(("127.0.0.1", ports["gate"]), timeout=5) as s:
            s.sendall(f"CONNECT {authority} HTTP/1.1\r\n{extra}\r\n".encode())
            answer = s.recv(200).split(b"\r\n")[0].decode()
            if answer.startswith("HTTP/1.1 200"):
                s.sendall(b"through the gate")
                answer += " | " + s.recv(100).decode()
            result[name] = answer
    except OSError as error:
        result[name] = type(error).__name__

tcp("direct_site", "127.0.0.1", ports["site"])
tcp("direct_store", "127.0.0.1", ports["store"])
tcp("direct_other", "127.0.0.1", ports["other"])
tcp("direct_other_v6", "::1", ports["other"], socket.AF_INET6)
udp("dns", "127.0.0.1", ports["dns"])
udp("udp_other", "127.0.0.1", ports["other"])
through_gate("gate_site", f"127.0.0.1:{ports['site']}")
through_gate("gate_other", f"127.0.0.1:{ports['other']}")
through_gate("gate_store_without_token", f"127.0.0.1:{ports['store']}")
through_gate("gate_store_with_token", f"127.0.0.1:{ports['store']}",
             f"Proxy-Authorization: Bearer {token}\r\n")
print(json.dumps(result))
"""


class Listener:
    """Records what reaches a port on loopback; a TCP one echoes."""

    def __init__(self, kind: int, port: int = 0, family: int = socket.AF_INET,
                 host: str = "127.0.0.1") -> None:
        self.received: list[str] = []
        self.sock = socket.socket(family, kind)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, port))
        self.port = self.sock.getsockname()[1]
        if kind == socket.SOCK_STREAM:
            self.sock.listen(16)
            threading.Thread(target=self._accept, daemon=True).start()
        else:
            threading.Thread(target=self._datagrams, daemon=True).start()

    def _accept(self) -> None:
        while True:
            client, _ = self.sock.accept()
            with client:
                client.settimeout(3)
                try:
                    data = client.recv(100)
                    self.received.append(data.decode(errors="replace"))
                    client.sendall(b"echo")
                except OSError:
                    self.received.append("")

    def _datagrams(self) -> None:
        while True:
            data, _ = self.sock.recvfrom(100)
            self.received.append(data.decode(errors="replace"))


def main(rules: Path) -> int:
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    subprocess.run(["nft", "-D", f"KIOSK_GUEST_UID={GUEST_UID}", "-D",
                    f"KIOSK_GATE_PORT={GATE_PORT}", "-f", str(rules)], check=True)
    site, store = Listener(socket.SOCK_STREAM), Listener(socket.SOCK_STREAM)
    other = Listener(socket.SOCK_STREAM)
    other_v6 = Listener(socket.SOCK_STREAM, other.port, socket.AF_INET6, "::1")
    other_udp = Listener(socket.SOCK_DGRAM, other.port)
    dns = Listener(socket.SOCK_DGRAM, 53)
    token = secrets.token_urlsafe(32)
    folder = Path(tempfile.mkdtemp(prefix="kiosk-netns-"))
    (folder / "token").write_text(token)
    (folder / "policy.toml").write_text(f"""
[policy]
name = "Station"

[[site]]
id = "site"
title = "Site"
description = "An allowed site"
home = "https://127.0.0.1:{site.port}/"
allow = ["127.0.0.1:{site.port}"]
""")
    gate = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "gate", "serve", "--policy", str(folder / "policy.toml"),
         "--listen", f"127.0.0.1:{GATE_PORT}", "--agent-endpoint", f"127.0.0.1:{store.port}",
         "--agent-token-file", str(folder / "token")],
        stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", GATE_PORT), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        ports = {"gate": GATE_PORT, "site": site.port, "store": store.port,
                 "other": other.port, "dns": 53}
        guest = subprocess.run(
            ["setpriv", f"--reuid={GUEST_UID}", f"--regid={GUEST_UID}", "--clear-groups",
             "/usr/bin/python3", "-c", GUEST_PROBE, json.dumps(ports), token],
            capture_output=True, text=True, timeout=60, check=True, cwd="/")
        # The same port, from an account the rules leave alone.
        with socket.create_connection(("127.0.0.1", other.port), timeout=3) as root:
            root.sendall(b"from root")
            root.recv(10)
        time.sleep(0.5)  # anything in flight lands
    finally:
        gate.terminate()
        gate.wait(10)
    sys.stdout.write(json.dumps({
        "guest": json.loads(guest.stdout),
        "received": {"site": site.received, "store": store.received,
                     "other": other.received + other_v6.received,
                     "other_udp": other_udp.received, "dns": dns.received}}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
