"""`python -m kiosk.gate`: `kiosk gate serve` alone, without the rest of the command line,
so that the shell's own gate starts in a fraction of a second."""

import argparse
import sys

from kiosk.cli.gate import add_serve_arguments, run_serve

parser = argparse.ArgumentParser(prog="kiosk gate serve",
                                 description="The station's network gate (filtering proxy).")
add_serve_arguments(parser)
sys.exit(run_serve(parser.parse_args()))
