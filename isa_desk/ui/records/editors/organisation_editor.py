"""The organisation editor: a city administration, chamber, agency, company or newspaper."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.db.models import OrganisationKind
from isa_desk.core.services import members, organisations, tags
from isa_desk.ui.common.screen import fit_to_screen
from isa_desk.ui.records.editors.dialog import EditorDialog, RelatedList
from isa_desk.ui.records.editors.form import enum_label
from isa_desk.ui.records.editors.member_editor import contact_headers, contact_rows, related_page

translate = QCoreApplication.translate

FIELDS = (
    "name",
    "name_zh",
    "kind",
    "member_id",
    "advisory_board",
    "street",
    "postcode",
    "town",
    "region",
    "country",
    "phone",
    "email",
    "website",
    "notes",
)


class OrganisationEditor(EditorDialog):
    entity = "organisations"

    def service(self):
        return organisations

    def build(self) -> QWidget:
        fit_to_screen(self, 1000, 700)
        f = self.form
        f.line("name", translate("OrganisationEditor", "Name"), required=True)
        f.line("name_zh", translate("OrganisationEditor", "Name in Chinese characters"))
        f.choice("kind", translate("OrganisationEditor", "Kind"), OrganisationKind)
        f.link("member_id", translate("OrganisationEditor", "Member"), members.choices(self.db))
        f.check("advisory_board", translate("OrganisationEditor", "On the advisory board"))
        f.tags("tags", translate("OrganisationEditor", "Tags"), tags.names(self.db))
        f.line("street", translate("OrganisationEditor", "Street"))
        f.postcode("postcode", translate("OrganisationEditor", "Postcode"))
        f.line("town", translate("OrganisationEditor", "Town"))
        f.line("region", translate("OrganisationEditor", "State or province"))
        f.country("country", translate("OrganisationEditor", "Country"))
        f.phone("phone", translate("OrganisationEditor", "Phone"))
        f.email("email", translate("OrganisationEditor", "E-mail"))
        f.line("website", translate("OrganisationEditor", "Website"), placeholder="https://")
        f.text("notes", translate("OrganisationEditor", "Notes"))
        f.fields["country"].widget.currentIndexChanged.connect(self._country_changed)

        general = QFormLayout()
        f.add_rows(general, "name", "name_zh", "kind", "member_id", "advisory_board", "tags")
        reach = QFormLayout()
        f.add_rows(reach, "phone", "email", "website")
        address = QFormLayout()
        f.add_rows(address, "street")
        address.addRow(
            translate("OrganisationEditor", "Postcode, town"), f.pair("postcode", "town")
        )
        f.add_rows(address, "region", "country")

        left = QVBoxLayout()
        left.addWidget(_group(translate("OrganisationEditor", "Organisation"), general))
        left.addWidget(_group(translate("OrganisationEditor", "Phone and e-mail"), reach))
        right = QVBoxLayout()
        right.addWidget(_group(translate("OrganisationEditor", "Address"), address))
        notes = QVBoxLayout()
        notes.addWidget(f.fields["notes"].container)
        f.fields["notes"].widget.setMaximumHeight(150)
        right.addWidget(_group(translate("OrganisationEditor", "Notes"), notes), 1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addLayout(right, 1)

        self.contact_list = RelatedList(
            contact_headers(), lambda record_id: self.open_other("contact", record_id)
        )
        self.new_contact = QPushButton(translate("OrganisationEditor", "New contact…"))
        self.new_contact.clicked.connect(self._new_contact)
        self.contacts_box = QGroupBox()
        box = QVBoxLayout(self.contacts_box)
        box.addWidget(related_page(self.contact_list, [self.new_contact]))

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.contacts_box, 1)
        return page

    def _country_changed(self) -> None:
        if not self.form.loading and self.form.value("postcode"):
            self.form.touch("postcode")
            self._form_changed()

    def _new_contact(self) -> None:
        initial = {"organisation_id": self.record_id}
        member_id = self.form.value("member_id")
        if member_id is not None:
            initial["member_id"] = member_id
        self.open_other("contact", None, initial)

    def defaults(self) -> dict:
        return {
            "kind": OrganisationKind.OTHER,
            "country": "DE",
            "advisory_board": False,
            "tags": [],
        }

    def values_of(self, organisation) -> dict:
        values = {key: getattr(organisation, key) for key in FIELDS}
        values["tags"] = [tag.name for tag in organisation.tags]
        return values

    def show_record(self, organisation) -> None:
        contacts = organisation.contacts if organisation else []
        self.contact_list.set_rows(contact_rows(contacts, with_organisation=False))
        self.contact_list.setColumnHidden(2, True)  # the organisation is this one
        self.contacts_box.setTitle(
            translate("OrganisationEditor", "Contacts ({count})").format(count=len(contacts))
        )
        self.new_contact.setEnabled(organisation is not None)

    def kind_label(self) -> str:
        return translate("OrganisationEditor", "Organisation")

    def heading(self) -> tuple[str, str]:
        values = self.form.values()
        name = values["name"] or translate("OrganisationEditor", "New organisation")
        if values["name_zh"]:
            name = f"{name} · {values['name_zh']}"
        member = self.form.fields["member_id"].widget.currentText().strip()
        details = [enum_label(values["kind"]), values["town"], member]
        if values["advisory_board"]:
            details.append(translate("OrganisationEditor", "advisory board"))
        return name, " · ".join(d for d in details if d)


def _group(title: str, layout) -> QGroupBox:
    box = QGroupBox(title)
    box.setLayout(layout)
    return box
