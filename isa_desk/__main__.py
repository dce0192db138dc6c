import sys

from isa_desk.cli import program

sys.exit(program())
