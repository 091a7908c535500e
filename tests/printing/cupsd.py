"""A private, real CUPS server for the tests: its own ServerRoot, socket and port.

Queues print to files (`FileDevice Yes`), so what reached the printer can be checked; job
history and job files are not kept, as on a station.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

from kiosk.store.embedded import free_port

CUPSD = shutil.which("cupsd", path="/usr/sbin:/usr/bin:/sbin") or "/usr/sbin/cupsd"
LPADMIN = shutil.which("lpadmin", path="/usr/sbin:/usr/bin") or "/usr/sbin/lpadmin"
# A PDF printer: what reaches the device is a PDF, with every copy in it.
GENERIC_PDF_PPD = "/usr/share/ppd/cupsfilters/Generic-PDF_Printer-PDF.ppd"

CUPSD_CONF = """
Listen {socket}
Listen 127.0.0.1:{port}
LogLevel {log_level}
WebInterface No
Browsing No
DefaultAuthType None
PreserveJobHistory No
PreserveJobFiles No
MaxJobs 500
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""

CUPS_FILES_CONF = """
User lp
Group lp
SystemGroup root
FileDevice Yes
ServerRoot {root}/etc
RequestRoot {root}/spool
TempDir {root}/spool/tmp
CacheDir {root}/cache
StateDir {root}/state
ServerBin /usr/lib/cups
DataDir /usr/share/cups
AccessLog {root}/log/access_log
ErrorLog {root}/log/error_log
PageLog {root}/log/page_log
"""


class Cupsd:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.socket = root / "cups.sock"
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.log_level = "warn"

    def start(self) -> None:
        for name in ("etc", "spool/tmp", "cache", "state", "log", "out"):
            (self.root / name).mkdir(parents=True, exist_ok=True)
        (self.root / "etc" / "cupsd.conf").write_text(
            CUPSD_CONF.format(socket=self.socket, port=self.port, log_level=self.log_level),
            encoding="utf-8")
        (self.root / "etc" / "cups-files.conf").write_text(
            CUPS_FILES_CONF.format(root=self.root), encoding="utf-8")
        # cupsd works as lp: it must reach its spool and the files the queues print to.
        for path in [self.root, *self.root.rglob("*")]:
            shutil.chown(path, user="lp", group="lp")
        path = self.root
        while path != path.parent:
            path.chmod(path.stat().st_mode | 0o711)
            path = path.parent
        self.process = subprocess.Popen(
            [CUPSD, "-f", "-c", str(self.root / "etc" / "cupsd.conf"),
             "-s", str(self.root / "etc" / "cups-files.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while not self.socket.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                log = self.root / "log" / "error_log"
                raise RuntimeError("cupsd did not start: " + (
                    log.read_text(encoding="utf-8") if log.exists() else "no log"))
            time.sleep(0.05)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    @property
    def server(self) -> str:
        return str(self.socket)

    def run(self, *command: str) -> str:
        """A CUPS command-line tool against this server (lpadmin, cupsdisable, lpstat…)."""
        environment = {**os.environ, "CUPS_SERVER": self.server}
        result = subprocess.run(list(command), env=environment, capture_output=True,
                                text=True, check=False, timeout=60)
        if result.returncode != 0:
            raise RuntimeError(f"{command[0]} failed: {result.stderr.strip()}")
        return result.stdout

    def add_queue(self, name: str, device_uri: str) -> None:
        self.run(LPADMIN, "-p", name, "-v", device_uri, "-E", "-P", GENERIC_PDF_PPD)

    def output_file(self, name: str) -> Path:
        path = self.root / "out" / name
        path.touch()
        shutil.chown(path, user="lp", group="lp")
        return path
