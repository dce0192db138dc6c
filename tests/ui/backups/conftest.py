"""The window tests' fixtures for starting the program and changing its language."""

from tests.ui.shell.test_app import started  # noqa: F401
from tests.ui.shell.test_screen_size import restore_locale  # noqa: F401
