import sys

from isa_desk.cli import main

sys.exit(main())
