"""A new membership inquiry in one dialog: the interested city (existing or new), the
contact person (found by typing, or new), and how and when the inquiry came in.

Nothing is written until Save, and then all of it in one transaction; a problem is
shown in the dialog with every typed value kept.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core.db import audit
from isa_desk.core.db.models import Gender, InquiryChannel, MemberKind, MemberStatus
from isa_desk.core.domain import labels
from isa_desk.core.errors import IsaDeskError, ValidationError
from isa_desk.core.services import contacts, inquiries, members
from isa_desk.core.services.common import ListQuery
from isa_desk.ui.common import display, saving, style
from isa_desk.ui.common.collation import collated
from isa_desk.ui.common.completion import typed_choice
from isa_desk.ui.common.dates import DateInput
from isa_desk.ui.common.plain import as_typed
from isa_desk.ui.records.editors.dialog import Banner
from isa_desk.ui.records.editors.form import EnumCombo
from isa_desk.ui.records.editors.widgets import ChoiceCombo, CountryCombo, RegionCombo

SEARCH_DELAY_MS = 150
HITS = 20  # contacts offered for what was typed
FOLLOW_UP_DAYS = 7

translate = QCoreApplication.translate


def required(text: str) -> str:
    return f'{text} <span style="color:{style.ERROR}">*</span>'


def contact_label(row) -> str:
    """ "Dr. Miriam Schmidt · Stadt Talbrück · m.schmidt@…" for the list of hits."""
    name = inquiries.contact_name(
        row.title, row.given_name, row.family_name, "western", row.name_zh
    )
    where = row.organisation or row.member
    return " · ".join(part for part in (name, where, row.email) if part)


class ContactFinder(QWidget):
    """Find a contact by typing part of the name, e-mail or Chinese name; shows the
    contacts of the chosen city while nothing is typed."""

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.member_id: int | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("contactSearch")
        self.search.setPlaceholderText(
            translate("InquiryDialog", "Type a name, e-mail or Chinese name")
        )
        self.search.setClearButtonEnabled(True)
        self.hits = QListWidget(self)
        self.hits.setObjectName("contactHits")
        self.hits.setMinimumHeight(110)
        self.hits.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.hits.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(self)
        self.empty.setStyleSheet(f"color: {style.MUTED};")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.hits, 1)
        layout.addWidget(self.empty)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.setFocusProxy(self.search)
        self.refresh()

    def set_member(self, member_id: int | None) -> None:
        self.member_id = member_id
        if not self.search.text().strip():
            self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        chosen = self.value()
        if text:
            query = ListQuery(text=text)
        elif self.member_id is not None:
            query = ListQuery(member_id=self.member_id)
        else:
            query = None
        rows = contacts.page(self.db, query, 0, HITS) if query is not None else []
        self.hits.clear()
        for row in rows:
            item = QListWidgetItem(contact_label(row))
            item.setToolTip(as_typed(contact_label(row)))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.hits.addItem(item)
            if row.id == chosen:
                self.hits.setCurrentItem(item)
        if len(rows) == 1 and text:
            self.hits.setCurrentRow(0)
        if text and not rows:
            self.empty.setText(
                translate("InquiryDialog", "No contact found. Choose “New contact” to enter one.")
            )
        elif not text and self.member_id is not None and not rows:
            self.empty.setText(
                translate(
                    "InquiryDialog",
                    "This city has no contacts yet. Type to search, or enter a new contact.",
                )
            )
        elif not text:
            self.empty.setText(translate("InquiryDialog", "Type to find a contact."))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))

    def value(self) -> int | None:
        item = self.hits.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def choose(self, contact_id: int) -> bool:
        for number in range(self.hits.count()):
            if self.hits.item(number).data(Qt.ItemDataRole.UserRole) == contact_id:
                self.hits.setCurrentRow(number)
                return True
        return False


class NewInquiryDialog(QDialog):
    """Records a new inquiry; `saved_id` holds its id after a successful save."""

    def __init__(
        self, parent: QWidget | None, db, initial: dict | None = None, today: dt.date | None = None
    ):
        super().__init__(parent)
        self.db = db
        self.today = inquiries.today_or(today)
        self.saved_id: int | None = None
        self.setWindowTitle(translate("InquiryDialog", "New membership inquiry"))
        self.setSizeGripEnabled(True)
        title = QLabel(translate("InquiryDialog", "New membership inquiry"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        title.setFont(font)
        self.banner = Banner(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(self._city_box(), 0, 0)
        grid.addWidget(self._contact_box(), 1, 0)
        grid.addWidget(self._inquiry_box(), 0, 1, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.banner)
        layout.addLayout(grid, 1)
        layout.addWidget(self.buttons)
        self._apply_initial(initial or {})
        self.resize(920, 640)
        self.city.setFocus(Qt.FocusReason.OtherFocusReason)  # typing starts with the city

    # building --------------------------------------------------------------------------------
    @staticmethod
    def _switch(first: str, second: str, pages: QStackedWidget) -> tuple:
        a, b = QRadioButton(first), QRadioButton(second)
        group = QButtonGroup(pages)
        group.addButton(a, 0)
        group.addButton(b, 1)
        group.idToggled.connect(lambda number, on: on and pages.setCurrentIndex(number))
        a.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(a)
        row.addWidget(b)
        row.addStretch(1)
        return row, a, b

    def _city_box(self) -> QGroupBox:
        box = QGroupBox(translate("InquiryDialog", "Interested city"))
        self.city_pages = QStackedWidget()
        switch, self.existing_city, self.new_city = self._switch(
            translate("InquiryDialog", "Existing city"),
            translate("InquiryDialog", "New city"),
            self.city_pages,
        )
        self.city = ChoiceCombo(inquiries.candidates(self.db))
        self.city.setObjectName("city")
        self.city.lineEdit().setPlaceholderText(
            translate("InquiryDialog", "Type to find a prospect or applicant")
        )
        self.city.currentIndexChanged.connect(lambda _i: self._city_changed())
        self.city_facts = QLabel()
        self.city_facts.setObjectName("cityFacts")
        self.city_facts.setTextFormat(Qt.TextFormat.PlainText)
        self.city_facts.setStyleSheet(f"color: {style.MUTED};")
        self.city_facts.setWordWrap(True)
        existing = QWidget()
        form = QFormLayout(existing)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QLabel(required(translate("InquiryDialog", "City"))), self.city)
        form.addRow("", self.city_facts)
        self.city_name = QLineEdit()
        self.city_name.setObjectName("city_name")
        self.city_name_zh = QLineEdit()
        self.city_name_zh.setPlaceholderText(translate("InquiryDialog", "e.g. 佛山市"))
        self.city_kind = EnumCombo(MemberKind)
        self.city_country = CountryCombo()
        self.city_country.currentIndexChanged.connect(lambda _i: self._fill_regions())
        self.city_region = RegionCombo()
        new = QWidget()
        form = QFormLayout(new)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QLabel(required(translate("InquiryDialog", "Name"))), self.city_name)
        form.addRow(translate("InquiryDialog", "Name in Chinese characters"), self.city_name_zh)
        form.addRow(translate("InquiryDialog", "Kind"), self.city_kind)
        form.addRow(QLabel(required(translate("InquiryDialog", "Country"))), self.city_country)
        form.addRow(translate("InquiryDialog", "State/province"), self.city_region)
        self.city_pages.addWidget(existing)
        self.city_pages.addWidget(new)
        self.city_pages.currentChanged.connect(lambda _i: self._city_changed())
        self.new_city.toggled.connect(lambda on: on and self.city_name.setFocus())
        self._fill_regions()
        layout = QVBoxLayout(box)
        layout.addLayout(switch)
        layout.addWidget(self.city_pages)
        return box

    def _contact_box(self) -> QGroupBox:
        box = QGroupBox(translate("InquiryDialog", "Contact person"))
        self.contact_pages = QStackedWidget()
        switch, self.existing_contact, self.new_contact = self._switch(
            translate("InquiryDialog", "Existing contact"),
            translate("InquiryDialog", "New contact"),
            self.contact_pages,
        )
        self.finder = ContactFinder(self.db)
        self.contact_fields: dict[str, QWidget] = {}
        new = QWidget()
        form = QFormLayout(new)
        form.setContentsMargins(0, 0, 0, 0)
        self.gender = EnumCombo(Gender)
        self.gender.set_value(Gender.UNKNOWN)  # never guessed from the name
        form.addRow(translate("InquiryDialog", "Gender"), self.gender)
        fields = (
            ("title", translate("InquiryDialog", "Academic title"), False),
            ("given_name", translate("InquiryDialog", "Given name"), False),
            ("family_name", translate("InquiryDialog", "Family name"), True),
            ("name_zh", translate("InquiryDialog", "Name in Chinese characters"), False),
            ("position", translate("InquiryDialog", "Office or position"), False),
            ("email", translate("InquiryDialog", "E-mail"), False),
            ("phone", translate("InquiryDialog", "Phone"), False),
        )
        for key, text, need in fields:
            edit = QLineEdit()
            edit.setObjectName(f"contact_{key}")
            self.contact_fields[key] = edit
            form.addRow(QLabel(required(text) if need else text), edit)
        self.contact_pages.addWidget(self.finder)
        self.contact_pages.addWidget(new)
        layout = QVBoxLayout(box)
        layout.addLayout(switch)
        layout.addWidget(self.contact_pages, 1)
        return box

    def _inquiry_box(self) -> QGroupBox:
        box = QGroupBox(translate("InquiryDialog", "Inquiry"))
        self.channel = EnumCombo(InquiryChannel)
        self.received_on = DateInput(required=True)
        self.received_on.setObjectName("received_on")
        self.received_on.set_value(self.today)
        self.assigned_to = typed_choice(QComboBox())
        self.assigned_to.setObjectName("assigned_to")
        me = audit.current_user()
        self.assigned_to.addItems(collated(set(inquiries.assignees(self.db)) | {me}))
        self.assigned_to.setCurrentText(me)
        self.follow_up = DateInput()
        self.follow_up.setObjectName("next_follow_up")
        self.follow_up.set_value(self.today + dt.timedelta(days=FOLLOW_UP_DAYS))
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(
            translate("InquiryDialog", "What does the city want to know or achieve?")
        )
        form = QFormLayout(box)
        form.addRow(translate("InquiryDialog", "Channel"), self.channel)
        form.addRow(translate("InquiryDialog", "Received on"), self.received_on)
        form.addRow(translate("InquiryDialog", "Assigned to"), self.assigned_to)
        form.addRow(translate("InquiryDialog", "Next follow-up"), self.follow_up)
        form.addRow(translate("InquiryDialog", "Summary"), self.summary)
        return box

    def _fill_regions(self) -> None:
        self.city_region.set_items(members.regions(self.db, self.city_country.value() or None))

    def _city_changed(self) -> None:
        existing = self.existing_city.isChecked()
        member_id = self.city.value() if existing else None
        self.finder.set_member(member_id)
        self.city_facts.setText(self._facts(member_id) if member_id is not None else "")

    def _facts(self, member_id: int) -> str:
        """ "Germany · Bayern · Prospect · 2 contacts": what the office knows of the city."""
        member = members.get(self.db, member_id)
        count = len(member.contacts)
        contacts_text = (
            translate("InquiryDialog", "1 contact")
            if count == 1
            else translate("InquiryDialog", "{count} contacts").format(count=count)
        )
        facts = [
            display.country_name(member.country),
            member.region,
            labels.label(MemberStatus, member.status),
            contacts_text,
        ]
        return " · ".join(fact for fact in facts if fact)

    def _apply_initial(self, initial: dict) -> None:
        if initial.get("member_id") is not None:
            self.city.set_value(initial["member_id"])
        if initial.get("contact_id") is not None:
            self.finder.choose(initial["contact_id"])

    # saving ----------------------------------------------------------------------------------
    def data(self) -> dict:
        data: dict = {
            "channel": self.channel.value().value,
            "received_on": self.received_on.value(),
            "assigned_to": self.assigned_to.currentText().strip(),
            "next_follow_up": self.follow_up.value(),
            "summary": self.summary.toPlainText().strip(),
        }
        if self.existing_city.isChecked():
            data["member_id"] = self.city.value()
        else:
            data["city"] = {
                "name": self.city_name.text(),
                "name_zh": self.city_name_zh.text(),
                "kind": self.city_kind.value().value,
                "country": self.city_country.value(),
                "region": self.city_region.value(),
            }
        if self.existing_contact.isChecked():
            data["contact_id"] = self.finder.value()
        else:
            values = {key: edit.text().strip() for key, edit in self.contact_fields.items()}
            if any(values.values()):
                values["gender"] = self.gender.value().value
                data["contact"] = values
        return data

    def _widget_for(self, field: str | None) -> QWidget | None:
        city_new = self.new_city.isChecked()
        return {
            "member_id": self.city,
            "city": self.city_name if city_new else self.city,
            "country": self.city_country,
            "contact": self.finder,
            "contact_id": self.finder,
            "received_on": self.received_on,
            "next_follow_up": self.follow_up,
        }.get(field) or self.contact_fields.get(field or "")

    def save(self) -> None:
        for field in (self.received_on, self.follow_up):
            if field.problem():  # never saved as another day, nor silently left out
                self.banner.show_message(field.problem())
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        data = self.data()
        try:
            inquiry = saving.in_background(
                self, lambda: inquiries.create(self.db, data, today=self.today)
            )
        except ValidationError as error:
            self.banner.show_message(str(error))
            widget = self._widget_for(error.field)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except IsaDeskError as error:
            self.banner.show_message(str(error))
            return
        self.saved_id = inquiry.id
        self.accept()
