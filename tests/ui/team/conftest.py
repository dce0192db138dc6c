"""The team dialogs' tests: the password store in memory (never the system's)."""

from tests.core.db.password_store import password_store  # noqa: F401  (fixture)
