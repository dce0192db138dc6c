"""The `isa-desk` command (placeholder until the command line is built)."""

import sys


def main(argv=None) -> int:
    print("isa-desk", file=sys.stderr)
    return 0
