"""Record editors: modal dialogs for members, organisations and contacts.

`open_editor` is the way in for the rest of the program.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from isa_desk.core.errors import NotFoundError
from isa_desk.ui.common.plain import as_typed

KINDS = ("member", "organisation", "contact")


def editor_class(kind: str):
    from isa_desk.ui.records.editors.contact_editor import ContactEditor
    from isa_desk.ui.records.editors.member_editor import MemberEditor
    from isa_desk.ui.records.editors.organisation_editor import OrganisationEditor

    return {"member": MemberEditor, "organisation": OrganisationEditor, "contact": ContactEditor}[
        kind
    ]


def open_editor(
    parent: QWidget | None, db, kind: str, record_id: int | None = None, initial: dict | None = None
) -> int | None:
    """Edit a record (record_id None: a new one, preset with `initial`) in a modal dialog.

    Returns the id of the saved record, or None when the dialog was cancelled.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown record kind {kind!r}")
    try:
        dialog = editor_class(kind)(parent, db, record_id, initial)
    except NotFoundError as error:  # deleted by someone else since the list was read
        QMessageBox.warning(
            parent, QCoreApplication.translate("Editor", "Record not found"), as_typed(str(error))
        )
        return None
    try:
        dialog.exec()
        return dialog.saved_id
    finally:
        dialog.deleteLater()
