"""The network gate: the station's filtering proxy, through which QtWebEngine makes every
connection (design §5, the fourth gate).

Page-level hooks do not see every connection Chromium makes (service-worker WebSockets,
preconnect, sub-resource redirects, WebRTC over TCP). The gate decides each CONNECT tunnel
and each plain-HTTP request by host and port with the same policy engine, answers 403 to a
refused one without any connection or DNS look-up, and while it is not running nothing
gets out: Chromium never falls back to a direct connection.
"""

from kiosk.gate.proxy import FilteringProxy, Upstream, UpstreamError
from kiosk.gate.runner import ExternalGate, GateProcess, answers_as_gate, chromium_flags

Gate = GateProcess | ExternalGate

__all__ = ["ExternalGate", "FilteringProxy", "Gate", "GateProcess", "Upstream", "UpstreamError",
           "answers_as_gate", "chromium_flags"]
