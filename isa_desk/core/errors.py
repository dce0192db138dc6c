"""Errors that carry a message meant for the user (already translated)."""

from isa_desk.core.i18n import translate


class IsaDeskError(Exception):
    """Base of every error whose message can be shown to the user as it is."""


class DatabaseError(IsaDeskError):
    """The database cannot be opened, created or upgraded."""


class ValidationError(IsaDeskError):
    """A value does not validate; `field` names the field."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFoundError(IsaDeskError):
    """A record asked for does not exist (any more)."""


class ConflictError(IsaDeskError):
    """The record was changed by someone else, or the change would break a rule."""


class Cancelled(IsaDeskError):
    """The user cancelled a long operation; what it had begun to write was taken back."""

    def __init__(self, message: str = ""):
        super().__init__(message or translate("Errors", "Cancelled."))
