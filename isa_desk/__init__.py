"""ISA Desk: contacts, members, inquiries, events and letters of the ISA office."""

# the one home of the version: pyproject.toml reads it from here, --version and the window's
# About show it (a literal, so that the start need not read the installed metadata)
__version__ = "0.1.0"
