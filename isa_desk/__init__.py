"""ISA Desk: contacts, members, inquiries, events and letters of the ISA office."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("isa-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
