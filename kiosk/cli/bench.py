"""`kiosk bench …`: benchmarks print a table, and with --json one JSON object last."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from kiosk.bench import policy as policy_bench
from kiosk.cli.policy import EXIT_BAD_POLICY
from kiosk.core.policy import PolicyError, load_policy
from kiosk.paths import default_policy_path

POLICY_TARGETS = {"median_us": 5.0, "p99_us": 20.0}


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
