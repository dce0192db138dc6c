"""The window tests' fixture for starting the program."""

from tests.ui.shell.test_app import started  # noqa: F401
