"""The contact editor: every field of a person, their organisation, member, tags and history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.addressing.address import address_lines
from isa_desk.core.addressing.person import latin_name
from isa_desk.core.addressing.salutation import salutation
from isa_desk.core.db.models import Gender, Language, NameOrder
from isa_desk.core.privacy import consent
from isa_desk.core.services import (
    activities,
    contact_consents,
    contacts,
    members,
    organisations,
    tags,
)
from isa_desk.ui.common import display
from isa_desk.ui.common.screen import fit_to_screen, scrolled
from isa_desk.ui.records import record_actions
from isa_desk.ui.records.editors import consent_fields
from isa_desk.ui.records.editors.dialog import EditorDialog, RelatedList
from isa_desk.ui.records.editors.duplicate_warning import DuplicateDialog
from isa_desk.ui.records.editors.form import enum_label

translate = QCoreApplication.translate

FIELDS = (
    "gender",
    "title",
    "position",
    "given_name",
    "family_name",
    "name_order",
    "name_zh",
    "organisation_id",
    "member_id",
    "department",
    "email",
    "phone",
    "mobile",
    "fax",
    "street",
    "postcode",
    "town",
    "region",
    "country",
    "language",
    "salutation_override",
    "tags",
    "no_post",
    "no_email",
    "notes",
    "active",
)


class ContactEditor(EditorDialog):
    entity = "contacts"

    def service(self):
        return contacts

    def build(self) -> QWidget:
        fit_to_screen(self, 1060, 720)
        f = self.form
        f.choice("gender", translate("ContactEditor", "Gender"), Gender)
        f.line("title", translate("ContactEditor", "Academic title"), placeholder="Dr.")
        f.line("position", translate("ContactEditor", "Office or position"))
        f.line("given_name", translate("ContactEditor", "Given name"))
        family = f.line(
            "family_name",
            translate("ContactEditor", "Family name"),
            required=lambda: f.value("organisation_id") is None,
        )
        family.required_message = translate(
            "ContactEditor", "Enter a family name or choose an organisation."
        )
        family.label.setToolTip(family.required_message)
        f.choice("name_order", translate("ContactEditor", "Name order"), NameOrder)
        f.line("name_zh", translate("ContactEditor", "Name in Chinese characters"))
        f.link(
            "organisation_id",
            translate("ContactEditor", "Organisation"),
            organisations.choices(self.db),
        )
        f.link("member_id", translate("ContactEditor", "Member"), members.choices(self.db))
        f.line("department", translate("ContactEditor", "Department"))
        f.email("email", translate("ContactEditor", "E-mail"))
        f.phone("phone", translate("ContactEditor", "Phone"))
        f.phone("mobile", translate("ContactEditor", "Mobile"))
        f.phone("fax", translate("ContactEditor", "Fax"))
        f.line("street", translate("ContactEditor", "Street"))
        f.postcode("postcode", translate("ContactEditor", "Postcode"))
        f.line("town", translate("ContactEditor", "Town"))
        f.line("region", translate("ContactEditor", "State or province"))
        f.country("country", translate("ContactEditor", "Country"))
        f.choice("language", translate("ContactEditor", "Preferred language"), Language)
        f.line(
            "salutation_override",
            translate("ContactEditor", "Own salutation"),
            placeholder=translate("ContactEditor", "e.g. Lieber Herr Berg,"),
        )
        f.tags("tags", translate("ContactEditor", "Tags"), tags.names(self.db))
        f.check("no_post", translate("ContactEditor", "No post"))
        f.check("no_email", translate("ContactEditor", "No e-mail"))
        f.text("notes", translate("ContactEditor", "Notes"))
        f.check("active", translate("ContactEditor", "Active"))
        consent_fields.add_fields(f)
        f.fields["country"].widget.currentIndexChanged.connect(self._country_changed)
        f.fields["organisation_id"].widget.currentIndexChanged.connect(self._organisation_chosen)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(scrolled(self._details_page()), translate("ContactEditor", "Details"))
        self.tabs.addTab(self._notes_page(), translate("ContactEditor", "Notes"))
        self.consent_page = consent_fields.ConsentPage(f)
        self.consent_index = self.tabs.addTab(
            scrolled(self.consent_page), translate("ContactEditor", "Consent")
        )
        self.history_index = self.tabs.addTab(
            self._history_page(), translate("ContactEditor", "History")
        )
        return self.tabs

    def _details_page(self) -> QWidget:
        f = self.form
        self._open_buttons: dict[str, QToolButton] = {}
        person = QFormLayout()
        f.add_rows(
            person,
            "gender",
            "title",
            "given_name",
            "family_name",
            "name_order",
            "name_zh",
            "position",
            "language",
            "salutation_override",
        )
        self.salutation_shown = QLineEdit(readOnly=True, objectName="salutation_in_letters")
        self.salutation_shown.setToolTip(
            translate("ContactEditor", "What letters will say, by the rules or your own salutation")
        )
        person.addRow(translate("ContactEditor", "Salutation in letters"), self.salutation_shown)
        work = QFormLayout()
        work.addRow(
            f.fields["organisation_id"].label,
            self._with_open_button("organisation_id", "organisation"),
        )
        work.addRow(f.fields["member_id"].label, self._with_open_button("member_id", "member"))
        f.add_rows(work, "department")
        reach = QFormLayout()
        f.add_rows(reach, "email", "phone", "mobile", "fax")
        reach.addRow("", f.pair("no_email", "no_post"))
        address = QFormLayout()
        f.add_rows(address, "street")
        address.addRow(translate("ContactEditor", "Postcode, town"), f.pair("postcode", "town"))
        f.add_rows(address, "region", "country")
        more = QFormLayout()
        f.add_rows(more, "tags", "active")

        page = QWidget()
        grid = QGridLayout(page)
        grid.addWidget(_group(translate("ContactEditor", "Person"), person), 0, 0)
        grid.addWidget(_group(translate("ContactEditor", "Organisation"), work), 1, 0)
        grid.addWidget(_group(translate("ContactEditor", "E-mail and phone"), reach), 0, 1)
        grid.addWidget(_group(translate("ContactEditor", "Postal address"), address), 1, 1)
        grid.addWidget(_group(translate("ContactEditor", "Tags"), more), 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        return page

    def _with_open_button(self, key: str, kind: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.form.fields[key].container, 1)
        button = QToolButton(box)
        button.setObjectName(f"open_{kind}")
        button.setText(translate("ContactEditor", "Open"))
        button.setToolTip(translate("ContactEditor", "Open this record"))
        button.clicked.connect(lambda: self._open_link(key, kind))
        self._open_buttons[key] = button
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return box

    def _notes_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.form.fields["notes"].container)
        return page

    def _history_page(self) -> QWidget:
        self.history = RelatedList(
            [
                translate("ContactEditor", "Date"),
                translate("ContactEditor", "Kind"),
                translate("ContactEditor", "Author"),
                translate("ContactEditor", "Subject"),
            ],
            lambda _id: None,
            sortable=False,  # newest first, as the service gives them
        )
        self.history_text = QPlainTextEdit()
        self.history_text.setReadOnly(True)
        self.history_text.setPlaceholderText(
            translate("ContactEditor", "Choose an entry to read it in full.")
        )
        self.history.currentItemChanged.connect(self._show_activity)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.history)
        splitter.addWidget(self.history_text)
        splitter.setSizes([380, 180])
        self._activities: dict[int, str] = {}
        return splitter

    def extra_buttons(self) -> list[QPushButton]:
        self.email_button = QPushButton(translate("ContactEditor", "Write e-mail"), self)
        self.email_button.setObjectName("write_email")
        self.email_button.clicked.connect(self.write_email)
        self.copy_button = QPushButton(translate("ContactEditor", "Copy address"), self)
        self.copy_button.setObjectName("copy_address")
        self.copy_button.clicked.connect(self.copy_address)
        self.privacy_button = QPushButton(translate("ContactEditor", "Privacy"), self)
        self.privacy_button.setObjectName("privacy")
        menu = QMenu(self.privacy_button)
        self.export_data_action = menu.addAction(
            translate("ContactEditor", "Export personal data…"), self.export_personal_data
        )
        self.erase_action = menu.addAction(
            translate("ContactEditor", "Erase for good…"), self.erase_for_good
        )
        self.privacy_button.setMenu(menu)
        self.privacy_button.setEnabled(self.record_id is not None)  # nothing held yet
        return [self.email_button, self.copy_button, self.privacy_button]

    def export_personal_data(self):
        from isa_desk.ui.privacy.export_action import export_contact_data

        if self.record_id is None:
            return None
        return export_contact_data(self, self.db, self.record_id)

    def erase_for_good(self) -> bool:
        """Erase the person (after the erase dialog's confirmation) and close the editor:
        there is nothing left to edit."""
        from isa_desk.ui.privacy.erase_dialog import erase_contact

        if self.record_id is None:
            return False
        holder = self.parent()
        while holder is not None and getattr(holder, "undo_stack", None) is None:
            holder = holder.parent()
        undo_stack = getattr(holder, "undo_stack", None)
        if not erase_contact(self, self.db, self.record_id, undo_stack):
            return False
        self.done(QDialog.DialogCode.Rejected)  # no question about unsaved changes
        return True

    # --- values -------------------------------------------------------------------

    def load(self, initial: dict) -> None:
        # a new contact at an organisation usually belongs to its member too
        organisation_id = initial.get("organisation_id")
        if self.record_id is None and organisation_id is not None and "member_id" not in initial:
            member_id = organisations.get(self.db, organisation_id).member_id
            initial = {**initial, "member_id": member_id}
        super().load(initial)

    def defaults(self) -> dict:
        return {
            "gender": Gender.UNKNOWN,
            "name_order": NameOrder.WESTERN,
            "country": "DE",
            "language": Language.DE,
            "active": True,
            "no_post": False,
            "no_email": False,
            "tags": [],
        }

    def values_of(self, contact) -> dict:
        values = {key: getattr(contact, key) for key in FIELDS if key != "tags"}
        values["tags"] = [tag.name for tag in contact.tags]
        values.update(contact_consents.as_fields(consent.states(contact)))
        return values

    def show_record(self, contact) -> None:
        rows, self._activities = [], {}
        if contact is not None:
            for activity in activities.for_contact(self.db, contact.id):
                when = display.date_text(activity.occurred_at)
                subject = activity.subject or (activity.text or "").split("\n", 1)[0]
                rows.append(
                    (activity.id, [when, enum_label(activity.kind), activity.author, subject])
                )
                self._activities[activity.id] = "\n\n".join(
                    part for part in (activity.subject, activity.text) if part
                )
        self.history.set_rows(rows)
        self.tabs.setTabText(
            self.history_index,
            translate("ContactEditor", "History ({count})").format(count=len(rows)),
        )

    def _show_activity(self, item, _previous) -> None:
        text = self._activities.get(item.data(0, Qt.ItemDataRole.UserRole), "") if item else ""
        self.history_text.setPlainText(text)

    def kind_label(self) -> str:
        return translate("ContactEditor", "Contact")

    def heading(self) -> tuple[str, str]:
        values = self.form.values()
        name = latin_name(values, values.get("title") or "") or values.get("name_zh") or ""
        if not name:
            name = translate("ContactEditor", "New contact")
        if values.get("name_zh") and values["name_zh"] != name:
            name = f"{name} · {values['name_zh']}"
        organisation = self.form.fields["organisation_id"].widget.currentText().strip()
        details = [values.get("position"), organisation]
        if not values.get("active", True):
            details.append(translate("ContactEditor", "inactive"))
        return name, " · ".join(d for d in details if d)

    def _form_changed(self) -> None:
        super()._form_changed()
        values = self.form.values()
        self.salutation_shown.setText(letter_salutations(values))
        self.consent_page.refresh()
        self.tabs.setTabText(
            self.consent_index,
            translate("ContactEditor", "Consent ({count})").format(
                count=consent_fields.in_force_count(self.form)
            ),
        )
        can_mail = bool(values["email"]) and not self.form.problem("email")
        self.email_button.setEnabled(can_mail and not values["no_email"])
        for key, button in self._open_buttons.items():
            button.setEnabled(values[key] is not None)
        self.email_button.setToolTip(
            translate("ContactEditor", "This contact does not want e-mails.")
            if values["no_email"]
            else ""
        )

    # --- actions ------------------------------------------------------------------

    def _country_changed(self) -> None:
        # the postcode rule depends on the country
        if not self.form.loading and self.form.value("postcode"):
            self.form.touch("postcode")
            self._form_changed()

    def _organisation_chosen(self) -> None:
        """A contact usually belongs to the member of their organisation: offer it."""
        organisation_id = self.form.value("organisation_id")
        if self.form.loading or organisation_id is None or self.form.value("member_id"):
            return
        organisation = organisations.get(self.db, organisation_id)
        if organisation.member_id is not None:
            self.form.set_value("member_id", organisation.member_id)

    def _open_link(self, key: str, kind: str) -> None:
        record_id = self.form.value(key)
        if record_id is not None:
            self.open_other(kind, record_id)

    def write_email(self) -> None:
        address = self.form.value("email")
        if address:
            record_actions.open_mail(self, [address])

    def address_block(self) -> list[str]:
        """The address block of the values in the form, as a letter would print it."""
        values = self.form.values()
        organisation_id = values["organisation_id"]
        if organisation_id is not None:
            values["organisation"] = organisations.get(self.db, organisation_id)
        return address_lines(values)

    def copy_address(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.address_block()))
        self.flash(translate("ContactEditor", "Address copied to the clipboard."))

    def write(self, values: dict) -> int | None:
        if self.record_id is None:
            hits = contacts.find_duplicates(self.db, values)
            if hits:
                answer, hit_id = DuplicateDialog.ask(self, hits)
                if answer == DuplicateDialog.OPEN:
                    self.open_other("contact", hit_id)
                    return None
                if answer != DuplicateDialog.SAVE:
                    return None
        return super().write(values)


def letter_salutations(values: dict) -> str:
    """The German salutation, and the one in the contact's language when that differs."""
    german = salutation(values, "de")
    language = getattr(values.get("language"), "value", values.get("language")) or "de"
    if language == "de":
        return german
    return f"{german}  ·  {salutation(values, language)}"


def _group(title: str, layout) -> QGroupBox:
    box = QGroupBox(title)
    box.setLayout(layout)
    return box
