"""What the lists and editors do with whole records: delete (with undo), merge two
contacts, write an e-mail, copy postal addresses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from isa_desk.core.addressing.address import address_lines
from isa_desk.core.domain.emails import mailto_links
from isa_desk.core.errors import IsaDeskError, NotFoundError
from isa_desk.core.services import contacts, members, organisations
from isa_desk.ui.common import errors
from isa_desk.ui.common.deleting import ask_then_delete
from isa_desk.ui.common.plain import as_typed

translate = QCoreApplication.translate

SERVICES = {"member": members, "organisation": organisations, "contact": contacts}
NAMES_SHOWN = 8  # a confirmation names at most this many records, then "and N more"


# --- delete -----------------------------------------------------------------------


def record_name(kind: str, record) -> str:
    if kind == "contact":
        return record.full_name or record.name_zh or record.email or f"#{record.id}"
    return record.name


def _names(db, kind: str, ids: list[int]) -> list[str]:
    names = []
    for record_id in ids[:NAMES_SHOWN]:
        try:
            names.append(record_name(kind, SERVICES[kind].get(db, record_id)))
        except NotFoundError:
            continue
    return names


def _question(kind: str, ids: list[int], names: list[str]) -> str:
    if len(ids) == 1:
        name = names[0] if names else f"#{ids[0]}"
        return {
            "member": translate("RecordActions", "Delete the member “{name}”?"),
            "organisation": translate("RecordActions", "Delete the organisation “{name}”?"),
            "contact": translate("RecordActions", "Delete the contact “{name}”?"),
        }[kind].format(name=name)
    text = {
        "member": translate("RecordActions", "Delete these {count} members?"),
        "organisation": translate("RecordActions", "Delete these {count} organisations?"),
        "contact": translate("RecordActions", "Delete these {count} contacts?"),
    }[kind].format(count=len(ids))
    lines = [f"• {name}" for name in names]
    if len(ids) > len(names):
        lines.append(
            translate("RecordActions", "… and {count} more").format(count=len(ids) - len(names))
        )
    return text + "\n\n" + "\n".join(lines)


def _ask_about_contacts(parent, question: str, count: int, several: bool) -> str | None:
    """Keep the members' contacts ("unlink"), delete them too ("delete") or cancel (None)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("RecordActions", "Delete members"),
        question,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    if several:
        detail = translate(
            "RecordActions",
            "Contacts linked to these members: {count}. "
            "Keep them (without member) or delete them too?",
        )
    else:
        detail = translate(
            "RecordActions",
            "Contacts linked to the member: {count}. "
            "Keep them (without member) or delete them too?",
        )
    box.setInformativeText(detail.format(count=count))
    keep = box.addButton(
        translate("RecordActions", "Keep contacts"), QMessageBox.ButtonRole.AcceptRole
    )
    keep.setObjectName("unlink")
    delete = box.addButton(
        translate("RecordActions", "Delete contacts too"), QMessageBox.ButtonRole.DestructiveRole
    )
    delete.setObjectName("delete")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancel")
    box.setDefaultButton(keep)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return {keep: "unlink", delete: "delete"}.get(clicked)


def delete_records(parent: QWidget | None, db, kind: str, ids: list[int], undo_stack) -> bool:
    """Ask, delete, and put the deletion on the undo stack. True when something was deleted."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return False
    question = _question(kind, ids, _names(db, kind, ids))
    options = {}
    contact_count = members.contact_count(db, ids) if kind == "member" else 0
    if contact_count:
        choice = _ask_about_contacts(parent, question, contact_count, len(ids) > 1)
        if choice is None:
            return False
        options["contacts"] = choice
        try:
            deleted = SERVICES[kind].delete(db, ids, **options)
        except IsaDeskError as error:
            errors.show_message(parent, str(error), translate("RecordActions", "Not deleted"))
            return False
        undo_stack.push(deleted)
        return True
    return ask_then_delete(parent, question, lambda: SERVICES[kind].delete(db, ids), undo_stack)


# --- merge ------------------------------------------------------------------------


def merge_contacts(parent: QWidget | None, db, ids: list[int]) -> int | None:
    """Merge exactly two contacts, choosing per field; returns the id of the kept one."""
    from isa_desk.ui.records.merge_dialog import MergeDialog

    ids = list(dict.fromkeys(ids))
    if len(ids) != 2:
        QMessageBox.information(
            parent,
            translate("RecordActions", "Merge contacts"),
            translate("RecordActions", "Choose exactly two contacts to merge."),
        )
        return None
    try:
        dialog = MergeDialog(parent, db, ids[0], ids[1])
    except NotFoundError as error:
        QMessageBox.warning(
            parent, translate("RecordActions", "Merge contacts"), as_typed(str(error))
        )
        return None
    try:
        dialog.exec()
        return dialog.kept_id
    finally:
        dialog.deleteLater()


# --- e-mail and addresses ---------------------------------------------------------


def mailto_url(addresses: list[str]) -> QUrl:
    """One address as recipient; several go into BCC so nobody sees the others' addresses."""
    urls = mailto_urls(addresses)
    return urls[0] if urls else QUrl("mailto:")


def mailto_urls(addresses: list[str]) -> list[QUrl]:
    """The links to write to these addresses: several when one link would be too long for
    Windows and the mail programs (see emails.mailto_links)."""
    return [QUrl(link) for link in mailto_links(addresses)]


def open_mail(parent: QWidget | None, addresses: list[str]) -> bool:
    """Open the mail program with these addresses. When they need several e-mails, the
    user is asked first, naming how many, and they are opened one after another. False
    when nothing was opened."""
    urls = mailto_urls(addresses)
    if not urls:
        return False
    count = len(urls)
    if count > 1:
        answer = QMessageBox.question(
            parent,
            translate("RecordActions", "Write e-mail"),
            translate(
                "RecordActions",
                "The addresses are too many for one e-mail link. Open %n e-mails, "
                "each with a part of the recipients in Bcc?",
                None,
                count,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    opened = [QDesktopServices.openUrl(url) for url in urls]  # each, even if one failed
    return any(opened)


def _contacts(db, contact_ids: list[int]) -> list:
    found = []
    for contact_id in dict.fromkeys(contact_ids):
        try:
            found.append(contacts.get(db, contact_id))
        except NotFoundError:
            continue
    return found


def write_email(db, contact_ids: list[int], parent: QWidget | None = None) -> bool:
    """Open the mail program for these contacts; those with "no e-mail" or no address are
    left out. False when nobody was left (or the user did not want several e-mails)."""
    addresses = [c.email for c in _contacts(db, contact_ids) if c.email and not c.no_email]
    if not addresses:
        return False
    return open_mail(parent, addresses)


def copy_addresses(db, contact_ids: list[int]) -> str:
    """Put the contacts' address blocks, as letters print them, on the clipboard (a blank
    line between them; contacts without a postal address are left out)."""
    blocks = ["\n".join(address_lines(c)) for c in _contacts(db, contact_ids)]
    text = "\n\n".join(block for block in blocks if block)
    QGuiApplication.clipboard().setText(text)
    return text
