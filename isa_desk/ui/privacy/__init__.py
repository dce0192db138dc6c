"""The privacy dialogs: a person's data on request, erasure for good, retention, and the
audit trail."""
