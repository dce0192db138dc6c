"""The member editor: a city, district, region or city network with its places,
organisations and contacts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.db.models import MemberKind, MemberStatus
from isa_desk.core.services import members, tags
from isa_desk.ui.common import style
from isa_desk.ui.common.collation import person_key, record_key
from isa_desk.ui.common.screen import fit_to_screen
from isa_desk.ui.records.editors.dialog import EditorDialog, RelatedList
from isa_desk.ui.records.editors.form import enum_label
from isa_desk.ui.records.editors.widgets import country_label

translate = QCoreApplication.translate

FIELDS = (
    "name",
    "name_zh",
    "kind",
    "country",
    "region",
    "status",
    "member_since",
    "left_on",
    "website",
    "notes",
)


def related_page(items: RelatedList, buttons: list[QPushButton]) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(items, 1)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    return page


def contact_rows(contacts: list, with_organisation: bool = True) -> list[tuple[int, list[str]]]:
    """Rows for a contact list; without organisation when the list is an organisation's own."""
    rows = []
    for contact in sorted(contacts, key=lambda c: (person_key(c), c.id)):
        name = contact.full_name or contact.name_zh
        if contact.name_zh and contact.name_zh != name:
            name = f"{name} ({contact.name_zh})"
        organisation = ""
        if with_organisation and contact.organisation is not None:
            organisation = contact.organisation.name
        rows.append(
            (contact.id, [name, contact.position, organisation, contact.email, contact.phone])
        )
    return rows


def contact_headers() -> list[str]:
    return [
        translate("Editor", "Name"),
        translate("Editor", "Office or position"),
        translate("Editor", "Organisation"),
        translate("Editor", "E-mail"),
        translate("Editor", "Phone"),
    ]


class MemberEditor(EditorDialog):
    entity = "members"

    def service(self):
        return members

    def build(self) -> QWidget:
        fit_to_screen(self, 1000, 720)
        f = self.form
        f.line("name", translate("MemberEditor", "Name"), required=True)
        f.line("name_zh", translate("MemberEditor", "Name in Chinese characters"))
        f.choice("kind", translate("MemberEditor", "Kind"), MemberKind)
        f.country(
            "country",
            translate("MemberEditor", "Country"),
            members.countries(self.db),
            required=True,
        )
        f.region("region", translate("MemberEditor", "State or province"))
        f.choice("status", translate("MemberEditor", "Status"), MemberStatus)
        f.date("member_since", translate("MemberEditor", "Member since"))
        f.date("left_on", translate("MemberEditor", "Left on"), checks=[self._left_after_joining])
        f.line("website", translate("MemberEditor", "Website"), placeholder="https://")
        f.tags("tags", translate("MemberEditor", "Tags"), tags.names(self.db))
        f.places("places", translate("MemberEditor", "Places"))
        f.text("notes", translate("MemberEditor", "Notes"))
        f.fields["country"].widget.currentIndexChanged.connect(self._country_changed)
        self._country_changed()

        details = QFormLayout()
        f.add_rows(
            details,
            "name",
            "name_zh",
            "kind",
            "country",
            "region",
            "status",
            "member_since",
            "left_on",
            "website",
            "tags",
        )
        places = QVBoxLayout()
        hint = QLabel(
            translate(
                "MemberEditor", "The towns of a region or city network, in the order to show."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {style.MUTED};")
        places.addWidget(hint)
        places.addWidget(f.fields["places"].container, 1)
        notes = QVBoxLayout()
        notes.addWidget(f.fields["notes"].container)
        f.fields["places"].widget.setMaximumHeight(130)
        f.fields["notes"].widget.setMaximumHeight(110)

        right = QVBoxLayout()
        right.addWidget(_group(translate("MemberEditor", "Places"), places), 1)
        right.addWidget(_group(translate("MemberEditor", "Notes"), notes), 1)
        top = QHBoxLayout()
        top.addWidget(_group(translate("MemberEditor", "Member"), details), 3)
        top.addLayout(right, 2)

        self.related = QTabWidget(self)
        self.organisation_list = RelatedList(
            [
                translate("Editor", "Name"),
                translate("Editor", "Kind"),
                translate("Editor", "Town"),
                translate("Editor", "Phone"),
            ],
            lambda record_id: self.open_other("organisation", record_id),
        )
        self.contact_list = RelatedList(
            contact_headers(), lambda record_id: self.open_other("contact", record_id)
        )
        self.new_organisation = QPushButton(translate("MemberEditor", "New organisation…"))
        self.new_organisation.clicked.connect(
            lambda: self.open_other("organisation", None, {"member_id": self.record_id})
        )
        self.new_contact = QPushButton(translate("MemberEditor", "New contact…"))
        self.new_contact.clicked.connect(
            lambda: self.open_other("contact", None, {"member_id": self.record_id})
        )
        self.related.addTab(related_page(self.organisation_list, [self.new_organisation]), "")
        self.related.addTab(related_page(self.contact_list, [self.new_contact]), "")

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.related, 1)
        return page

    def _left_after_joining(self, left_on) -> str | None:
        joined = self.form.value("member_since")
        if left_on and joined and left_on < joined:
            return translate("MemberEditor", "The member cannot leave before joining.")
        return None

    def _country_changed(self) -> None:
        widget = self.form.fields["region"].widget
        widget.set_items(members.regions(self.db, self.form.value("country") or None))

    def defaults(self) -> dict:
        return {
            "kind": MemberKind.CITY,
            "status": MemberStatus.MEMBER,
            "country": "DE",
            "tags": [],
            "places": [],
        }

    def values_of(self, member) -> dict:
        values = {key: getattr(member, key) for key in FIELDS}
        values["tags"] = [tag.name for tag in member.tags]
        values["places"] = [place.name for place in member.places]
        return values

    def show_record(self, member) -> None:
        organisations = (
            sorted(member.organisations, key=lambda o: (record_key(o), o.id)) if member else []
        )
        self.organisation_list.set_rows(
            [(o.id, [o.name, enum_label(o.kind), o.town, o.phone]) for o in organisations]
        )
        self.contact_list.set_rows(contact_rows(member.contacts) if member else [])
        self.related.setTabText(
            0, translate("MemberEditor", "Organisations ({count})").format(count=len(organisations))
        )
        self.related.setTabText(
            1,
            translate("MemberEditor", "Contacts ({count})").format(
                count=len(member.contacts) if member else 0
            ),
        )
        # related records can only hang on a member that is stored
        self.new_organisation.setEnabled(member is not None)
        self.new_contact.setEnabled(member is not None)

    def kind_label(self) -> str:
        return translate("MemberEditor", "Member")

    def heading(self) -> tuple[str, str]:
        values = self.form.values()
        name = values["name"] or translate("MemberEditor", "New member")
        if values["name_zh"]:
            name = f"{name} · {values['name_zh']}"
        where = ", ".join(p for p in (values["region"], country_label(values["country"])) if p)
        return name, " · ".join(
            p for p in (enum_label(values["kind"]), where, enum_label(values["status"])) if p
        )


def _group(title: str, layout) -> QGroupBox:
    box = QGroupBox(title)
    box.setLayout(layout)
    return box
