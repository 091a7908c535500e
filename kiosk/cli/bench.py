"""`kiosk bench …`: benchmarks print a table, and with --json one JSON object last."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kiosk.bench import policy as policy_bench
from kiosk.cli.policy import EXIT_BAD_POLICY
from kiosk.core.policy import PolicyError, load_policy
from kiosk.paths import default_policy_path

POLICY_TARGETS = {"median_us": 5.0, "p99_us": 20.0}
# The heartbeat's throughput as a share of the bare framework endpoint's, in the same run;
# latencies at the real pattern (open loop); no errors.
STORE_TARGETS = {"heartbeat_ratio": 0.5, "real_p99_ms": 20.0, "open_p99_ms": 50.0}


def register(commands: Any) -> None:  # noqa: ANN401 - argparse's subparsers action is private
    parser = commands.add_parser("bench", help="measure speed against the product's targets")
    which = parser.add_subparsers(dest="bench", metavar="BENCHMARK", required=True)
    policy = which.add_parser("policy", help="time whitelist decisions on a mix of URLs")
    policy.add_argument("--policy", metavar="FILE", default=None,
                        help="policy file (default: policies/default.toml)")
    policy.add_argument("--count", type=_positive, default=100_000,
                        help="how many decisions (default: 100000)")
    policy.add_argument("--json", action="store_true", help="end with one JSON line")
    policy.set_defaults(handler=run_policy)

    store = which.add_parser("store", help="load the store with simulated stations")
    store.add_argument("--stations", type=_positive, default=50,
                       help="simulated stations, each with its own connection (default: 50)")
    store.add_argument("--seconds", type=_positive, default=10,
                       help="length of each phase (default: 10)")
    store.add_argument("--real-stations", type=_positive, default=5000, metavar="N",
                       help="stations of the open-loop phases, the real pattern "
                       "(default: 5000)")
    store.add_argument("--rate", type=_rate, default=0.1,
                       help="heartbeats per second of each station in the open-loop phase "
                       "(default: 0.1, one every 10 s as the shell sends them)")
    store.add_argument("--workers", type=_positive, default=1,
                       help="store worker processes (default: 1, as the targets assume)")
    store.add_argument("--postgresql", metavar="URL",
                       default=os.environ.get("KIOSK_TEST_DATABASE_URL"),
                       help="also measure on this PostgreSQL database, in a fresh schema "
                       "(default: KIOSK_TEST_DATABASE_URL)")
    store.add_argument("--json", action="store_true", help="end with one JSON line")
    store.set_defaults(handler=run_store)

    dashboard = which.add_parser(
        "dashboard", help="time every dashboard page and export on a year of history")
    dashboard.add_argument("--events", type=_positive, default=1_000_000,
                           help="events of the history, over a year (default: 1000000)")
    dashboard.add_argument("--sites", type=_positive, default=5,
                           help="sites of the history (default: 5)")
    dashboard.add_argument("--stations", type=_positive, default=10,
                           help="computers at each site (default: 10)")
    dashboard.add_argument("--postgresql", metavar="URL",
                           default=os.environ.get("KIOSK_TEST_DATABASE_URL"),
                           help="also measure on this PostgreSQL database, in a fresh schema "
                           "(default: KIOSK_TEST_DATABASE_URL)")
    dashboard.add_argument("--json", action="store_true", help="end with one JSON line")
    dashboard.set_defaults(handler=run_dashboard)

    shell = which.add_parser("shell", help="start, session and wipe times of the guest shell, "
                             "and its memory, beside Debian's Chromium")
    shell.add_argument("--runs", type=_positive, default=3,
                       help="fresh starts of the shell (and of Chromium); medians are shown "
                       "(default: 3)")
    shell.add_argument("--json", action="store_true", help="end with one JSON line")
    shell.set_defaults(handler=run_shell)


def _rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 < value <= 100:
        raise argparse.ArgumentTypeError("the rate must be above 0 and at most 100 per second")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def run_policy(args: argparse.Namespace) -> int:
    try:
        policy = load_policy(args.policy or default_policy_path())
    except PolicyError as error:
        print(error, file=sys.stderr)
        return EXIT_BAD_POLICY
    result = policy_bench.run(policy, args.count)
    print(f"kiosk bench policy: {result.count} decisions, {len(policy.sites)} sites "
          f"({policy.source})")
    print(f"{'measure':<22}{'value':>12}{'target':>12}")
    for key, unit in (("median_us", "µs"), ("p99_us", "µs"), ("mean_us", "µs")):
        target = POLICY_TARGETS.get(key)
        shown = f"≤ {target:g} {unit}" if target else ""
        print(f"{key:<22}{getattr(result, key):>9.2f} {unit}{shown:>12}")
    print(f"{'decisions_per_s':<22}{result.decisions_per_s:>12,.0f}")
    met = all(getattr(result, key) <= target for key, target in POLICY_TARGETS.items())
    print(f"targets {'met' if met else 'NOT met'}")
    if args.json:
        print(json.dumps({**asdict(result), "targets_met": met}))
    return 0


def run_store(args: argparse.Namespace) -> int:
    from kiosk.bench import store as store_bench  # noqa: PLC0415 - heavy, only needed here

    shape = {"stations_count": args.stations, "seconds": args.seconds, "workers": args.workers,
             "real_stations": args.real_stations, "rate": args.rate}
    results: dict[str, dict[str, float | int] | None] = {"sqlite": None, "postgresql": None}
    with store_bench.temporary_folder() as folder:
        measured = store_bench.run_store(store_bench.sqlite_url(Path(folder)), **shape)
        results["sqlite"] = store_bench.summary(measured)
    if args.postgresql:
        with store_bench.postgresql_schema(args.postgresql) as url:
            measured = store_bench.run_store(url, **shape)
            results["postgresql"] = store_bench.summary(measured)
    bare_highest = store_bench.baseline_highest_rate(
        seconds=args.seconds, real_stations=args.real_stations, rate=args.rate)
    print(f"kiosk bench store: closed loop {args.stations} stations, open loop "
          f"{args.real_stations} stations x {args.rate:g} heartbeat/s, {args.seconds} s a "
          f"phase, {args.workers} uvicorn worker{'s' if args.workers > 1 else ''}")
    keys = ("heartbeat_rps", "baseline_rps", "heartbeat_ratio", "heartbeat_p50_ms",
            "heartbeat_p99_ms", "real_rps", "real_p50_ms", "real_p99_ms",
            "highest_rps_p99_50ms", "open_p50_ms", "open_p99_ms", "sessions_ops_per_s",
            "events_batches_per_s", "errors")
    print(f"{'measure':<24}{'sqlite':>12}{'postgresql':>12}{'target':>12}")
    for key in keys:
        values = [results[db][key] if results[db] else "-"  # type: ignore[index]
                  for db in ("sqlite", "postgresql")]
        target = STORE_TARGETS.get(key)
        shown = "" if target is None else (f">= {target:g}" if key.endswith("ratio")
                                           else f"<= {target:g}")
        if key == "errors":
            shown = "0"
        print(f"{key:<24}{values[0]!s:>12}{values[1]!s:>12}{shown:>12}")
    print(f"baseline_rps: a bare FastAPI endpoint, closed loop, same client, in turns with "
          f"the heartbeat (best of {store_bench.ROUNDS} each)")
    print(f"{'baseline_highest_rps':<24}{bare_highest:>12.1f}   (bare endpoint, open loop, "
          f"p99 <= {store_bench.LATENCY_LIMIT_MS:g} ms; compare highest_rps_p99_50ms)")
    met = all(_store_met(result) for result in results.values() if result is not None)
    print(f"targets {'met' if met else 'NOT met'}")
    if args.json:
        print(json.dumps({**results, "baseline_highest_rps": round(bare_highest, 1),
                          "targets_met": met}))
    return 0


def _store_met(result: dict[str, float | int]) -> bool:
    return (result["heartbeat_ratio"] >= STORE_TARGETS["heartbeat_ratio"]
            and result["real_p99_ms"] <= STORE_TARGETS["real_p99_ms"]
            and result["open_p99_ms"] <= STORE_TARGETS["open_p99_ms"]
            and result["errors"] == 0)


def run_dashboard(args: argparse.Namespace) -> int:
    from kiosk.bench import dashboard as dashboard_bench  # noqa: PLC0415 - heavy
    from kiosk.bench import store as store_bench  # noqa: PLC0415

    def progress(done: int) -> None:
        print(f"\r  {done:,} events written", end="", file=sys.stderr, flush=True)

    shape = {"events": args.events, "sites": args.sites, "stations": args.stations,
             "progress": progress if sys.stderr.isatty() else None}
    results: dict[str, Any] = {}
    with store_bench.temporary_folder() as folder:
        results["sqlite"] = dashboard_bench.measure(
            store_bench.sqlite_url(Path(folder)), **shape)
    if args.postgresql:
        with store_bench.postgresql_schema(args.postgresql) as url:
            results["postgresql"] = dashboard_bench.measure(url, **shape)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    baseline = dashboard_bench.baseline_ms()
    first = results["sqlite"]
    print(f"kiosk bench dashboard: {first.events:,} events, {first.sessions:,} sessions over "
          f"a year at {args.sites} sites of {args.stations} computers; median of "
          f"{dashboard_bench.RUNS} requests each, over HTTP")
    print(f"{'page or export':<30}{'sqlite ms':>11}{'postgresql ms':>15}{'ratio':>8}"
          f"{'target':>10}")
    target = dashboard_bench.TARGET_MS
    met = True
    summary: dict[str, Any] = {"events": first.events, "sessions": first.sessions,
                               "baseline_ms": baseline}
    for name, value in first.timings_ms.items():
        other = results.get("postgresql")
        second = other.timings_ms[name] if other else None
        is_page = not name.startswith("export_sessions_year")
        if is_page:
            met = met and value <= target and (second is None or second <= target)
        print(f"{name:<30}{value:>11.1f}{second if second is not None else '-':>15}"
              f"{value / baseline if baseline else 0:>8.0f}"
              f"{f'<= {target:g}' if is_page else '':>10}")
        summary[f"{name}_ms"] = value
        if second is not None:
            summary[f"postgresql_{name}_ms"] = second
    print(f"{'baseline (bare endpoint)':<30}{baseline:>11.1f}")
    print(f"history written in {first.fill_seconds:g} s on SQLite"
          + (f", {results['postgresql'].fill_seconds:g} s on PostgreSQL"
             if "postgresql" in results else ""))
    print("a year of one site's sessions, listed one by one, has no target: it is a file "
          "to download, not a page")
    print(f"targets {'met' if met else 'NOT met'}")
    summary["targets_met"] = met
    if args.json:
        print(json.dumps(summary))
    return 0


def run_shell(args: argparse.Namespace) -> int:
    from kiosk.bench import shell as shell_bench  # noqa: PLC0415 - starts Qt processes

    try:
        result = shell_bench.run_bench(args.runs)
    except RuntimeError as error:
        print(f"kiosk bench shell: {error}", file=sys.stderr)
        return 1
    chromium = result["chromium"]
    print(f"kiosk bench shell: offscreen, {args.runs} fresh start(s), medians")
    print(f"{'measure':<20}{'shell':>10}{'chromium':>10}{'target':>10}")
    for key, target in shell_bench.TARGETS.items():
        beside = chromium.get(key, "-") if chromium else "-"
        print(f"{key:<20}{result[key]!s:>10}{beside!s:>10}{'<= ' + format(target, 'g'):>10}")
    direct = result["without_gate"]
    print(f"{'page load':<20}{'gate':>10}{'no gate':>10}")
    for key in ("page_load_ms", "reload_ms", "https_load_ms", "https_reload_ms"):
        print(f"{key:<20}{result[key]!s:>10}{direct[key]!s:>10}")
    print(f"wipe verified: {'yes' if result['wipe_verified'] else 'NO'}")
    if chromium is None:
        print("chromium: not installed (apt-get install chromium), comparison left out")
    else:
        print("chromium: Debian's Chromium, headless, --kiosk --incognito, same page and proxy")
    print(f"targets {'met' if shell_bench.targets_met(result) else 'NOT met'}")
    if args.json:
        print(json.dumps(result))
    return 0
