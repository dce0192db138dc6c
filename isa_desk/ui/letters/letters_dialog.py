"""The "Serienbrief" dialog: template, recipients and output on the left, a live preview that
steps through the recipients on the right, progress with cancel at the bottom.

The letters are drawn off the GUI thread by a BackgroundOp (no database access there: the
plan holds detached records); its progress moves the bar at the bottom, and every widget
is touched in the GUI thread only.
The files stay under temporary names until the history (activities, invitation dates) is
written in the GUI thread, in one transaction, and are put in place right before it commits:
a cancel or a failure at any point keeps neither.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from isa_desk.core import paths
from isa_desk.core.db.models import ParticipantStatus
from isa_desk.core.documents.letters import languages, mailing, recipients, templates
from isa_desk.core.documents.letters import sender as sender_settings
from isa_desk.core.documents.letters.render import Renderer
from isa_desk.core.domain import labels
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.services import members, tags
from isa_desk.ui.common import style
from isa_desk.ui.common.background import BackgroundOp, show_failure
from isa_desk.ui.common.collation import collated
from isa_desk.ui.common.dates import DateInput
from isa_desk.ui.common.plain import as_typed, plain_label
from isa_desk.ui.common.screen import fit_to_screen, scrolled
from isa_desk.ui.events.event_picker import EventPicker
from isa_desk.ui.letters.language_options import (
    ElidedNames,
    LanguageOptions,
    NameChoice,
    fit_popup_to_names,
    shorten_names,
)
from isa_desk.ui.letters.letters_preview import PagePreview
from isa_desk.ui.letters.purpose_choice import PurposeChoice
from isa_desk.ui.letters.skipped import skipped_summary

translate = QCoreApplication.translate

# The characters a closed combo of names shows at least; a longer name is elided (its popup
# shows it whole), so that no name the office gives widens the dialog past the screen
NAME_CHARACTERS = 24
EVENT_CHARACTERS = 14  # the event and the purpose share a row
PURPOSE_CHARACTERS = 12  # beside the event: a longer purpose is elided (its popup shows it)


class EventChoice(ElidedNames, EventPicker):
    """The event picker, a long title elided when closed."""


class LettersDialog(QDialog):
    def __init__(
        self,
        db,
        parent: QWidget | None = None,
        contact_ids: list[int] = (),
        event_id: int | None = None,
        tag: str | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.contact_ids = list(contact_ids)
        self.setWindowTitle(translate("Letters", "Serienbrief – mail-merge letters"))
        self.setObjectName("letters_dialog")
        fit_to_screen(self, 1180, 780)
        self.plan: mailing.Plan | None = None
        self.index = 0
        self.operation: BackgroundOp | None = None
        self.outcome: mailing.Outcome | None = None
        self._refresh = QTimer(self, singleShot=True, interval=250)
        self._refresh.timeout.connect(self.refresh)

        splitter = QSplitter(self)
        splitter.addWidget(self._settings_side())
        splitter.addWidget(self._preview_side())
        splitter.setSizes([470, 710])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._bottom_row())
        self._choose_initial(event_id, tag)
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def _settings_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._letter_group())
        self.languages = LanguageOptions(self.db)
        self.languages.changed.connect(self._changed)
        column.addWidget(self.languages)
        column.addWidget(self._recipient_group())
        column.addWidget(self._output_group())
        self.summary = plain_label()  # lists the names of the skipped
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # the room left below the groups; a long list of the skipped scrolls in it
        area = scrolled(self.summary)
        area.setMinimumHeight(self.summary.fontMetrics().lineSpacing())
        column.addWidget(area, 1)
        return side

    def _letter_group(self) -> QGroupBox:
        box = QGroupBox(translate("Letters", "Letter"))
        form = QFormLayout(box)
        self.template = NameChoice(NAME_CHARACTERS, objectName="template")
        self._fill_templates()
        edit = QToolButton(text=translate("Letters", "Edit…"), objectName="edit_templates")
        edit.clicked.connect(self.edit_templates)
        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(edit)
        form.addRow(translate("Letters", "Template"), row)
        self.event = EventChoice(self.db, none_text=translate("Letters", "(no event)"))
        form.addRow(translate("Letters", "Event"), self._event_and_purpose())
        self.date = DateInput(required=True)
        self.date.setObjectName("date")
        self.date.set_value(dt.date.today())
        form.addRow(translate("Letters", "Date of the letters"), self.date)
        self.form_choice = QComboBox(objectName="form")
        self.form_choice.addItem(translate("Letters", "DIN 5008 Form B (letterhead 45 mm)"), "B")
        self.form_choice.addItem(translate("Letters", "DIN 5008 Form A (letterhead 27 mm)"), "A")
        self.form_choice.setCurrentIndex(1 if sender_settings.load(self.db).form == "A" else 0)
        sender = QToolButton(text=translate("Letters", "Sender…"), objectName="sender")
        sender.clicked.connect(self.edit_sender)
        row = QHBoxLayout()
        row.addWidget(self.form_choice, 1)
        row.addWidget(sender)
        form.addRow(translate("Letters", "Layout"), row)
        shorten_names(self.event, EVENT_CHARACTERS)
        for widget in (self.template, self.event, self.purpose, self.form_choice):
            widget.currentIndexChanged.connect(self._changed)
        self.date.edited.connect(self._changed)
        return box

    def _event_and_purpose(self) -> QHBoxLayout:
        """The event, and beside it what the run is for, which follows it (one row: the
        dialog fits 800 pixels high in every language)."""
        self.purpose = PurposeChoice(PURPOSE_CHARACTERS)
        self.event.currentIndexChanged.connect(
            lambda _index: self.purpose.follow_event(self.event.event_id() is not None)
        )
        label = QLabel(translate("Letters", "Purpose"))
        label.setBuddy(self.purpose)
        row = QHBoxLayout()
        row.addWidget(self.event, 3)
        row.addWidget(label)
        row.addWidget(self.purpose, 2)
        return row

    def _recipient_group(self) -> QGroupBox:
        box = QGroupBox(translate("Letters", "Recipients"))
        grid = QFormLayout(box)
        self.source = QButtonGroup(self)
        self.by_selection = QRadioButton(
            translate("Letters", "Selected contacts ({count})").format(count=len(self.contact_ids))
        )
        self.by_selection.setEnabled(bool(self.contact_ids))
        self.by_tag = QRadioButton(translate("Letters", "Tag"))
        self.by_member = QRadioButton(translate("Letters", "Member"))
        self.by_event = QRadioButton(translate("Letters", "Participants of the event"))
        self.tag = NameChoice(NAME_CHARACTERS, objectName="tag")
        self.tag.addItems(tags.names(self.db))
        self.member = NameChoice(NAME_CHARACTERS, objectName="member")
        for member_id, name in members.choices(self.db):
            self.member.addItem(name, member_id)
        self.statuses: dict[str, QCheckBox] = {}
        status_row = QHBoxLayout()
        for status in ParticipantStatus:
            check = QCheckBox(labels.label(ParticipantStatus, status))
            check.setChecked(status.value in recipients.DEFAULT_STATUSES)
            check.toggled.connect(self._changed)
            self.statuses[status.value] = check
            status_row.addWidget(check)
        status_row.addStretch(1)
        for number, button in enumerate(
            (self.by_selection, self.by_tag, self.by_member, self.by_event)
        ):
            self.source.addButton(button, number)
        grid.addRow(self.by_selection)
        grid.addRow(self.by_tag, self.tag)
        grid.addRow(self.by_member, self.member)
        grid.addRow(self.by_event)
        grid.addRow(status_row)
        for choice in (self.tag, self.member):  # filled after shorten_names: fit the popup
            fit_popup_to_names(choice)
        self.source.idToggled.connect(self._changed)
        self.tag.currentIndexChanged.connect(self._changed)
        self.member.currentIndexChanged.connect(self._changed)
        return box

    def _output_group(self) -> QGroupBox:
        box = QGroupBox(translate("Letters", "Output"))
        # a row for each output: what, where and "…"; the grid lines the paths up
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        folder = paths.documents_dir()
        stamp = dt.date.today().isoformat()
        self.combined, self.combined_path = self._path_row(
            grid,
            translate("Letters", "One PDF for printing"),
            folder / f"Serienbrief {stamp}.pdf",
            "combined",
            checked=True,
        )
        self.split, self.split_path = self._path_row(
            grid,
            translate("Letters", "One PDF per recipient"),
            folder / f"Briefe {stamp}",
            "split",
            folder_wanted=True,
        )
        self.labels, self.labels_path = self._path_row(
            grid,
            translate("Letters", "Address labels (3 × 8)"),
            folder / f"Etiketten {stamp}.pdf",
            "labels",
        )
        return box

    def _path_row(self, grid, text, default: Path, name, checked=False, folder_wanted=False):
        check = QCheckBox(text, checked=checked, objectName=f"{name}_wanted")
        field = QLineEdit(str(default), objectName=f"{name}_path")
        field.setToolTip(as_typed(field.text()))
        field.textChanged.connect(lambda text: field.setToolTip(as_typed(text)))
        browse = QToolButton(text="…")
        browse.clicked.connect(lambda: self._browse(field, folder_wanted))
        row = grid.rowCount()
        grid.addWidget(check, row, 0)
        grid.addWidget(field, row, 1)
        grid.addWidget(browse, row, 2)
        check.toggled.connect(self._update_buttons)
        return check, field

    def _preview_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        navigation = QHBoxLayout()
        self.previous = QPushButton(translate("Letters", "◀ Previous"), objectName="previous")
        self.next = QPushButton(translate("Letters", "Next ▶"), objectName="next")
        self.position = plain_label(objectName="position")
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        navigation.addWidget(self.previous)
        navigation.addWidget(self.position, 1)
        navigation.addWidget(self.next)
        column.addLayout(navigation)
        self.preview = PagePreview()
        column.addWidget(self.preview, 1)
        return side

    def _bottom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.progress = QProgressBar(objectName="progress", visible=False)
        self.cancel_button = QPushButton(
            translate("Letters", "Cancel"), objectName="cancel", visible=False
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.make_button = QPushButton(translate("Letters", "Make letters"), objectName="make")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.close_button = QPushButton(translate("Letters", "Close"), objectName="close")
        self.close_button.clicked.connect(self.reject)
        # beside the button it belongs to, which leaves the left column a row shorter
        self.open_result = QCheckBox(
            translate("Letters", "Open the result when done"),
            checked=True,
            objectName="open_result",
        )
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        row.addWidget(self.open_result)
        row.addWidget(self.make_button)
        row.addWidget(self.close_button)
        return row

    def _fill_templates(self, key: str | None = None) -> None:
        self.template.blockSignals(True)
        self.template.clear()
        found = templates.all_templates(self.db)
        # the built-in templates first, then the office's own, each by name
        for template in collated(found, lambda t: t.name, lambda t: not t.builtin):
            self.template.addItem(f"{template.name} ({template.key})", template.key)
        index = self.template.findData(key) if key else -1
        self.template.setCurrentIndex(max(index, 0))
        self.template.blockSignals(False)
        fit_popup_to_names(self.template)

    def _choose_initial(self, event_id, tag) -> None:
        if event_id is not None:
            self.event.set_event_id(event_id)
        if self.contact_ids:
            self.by_selection.setChecked(True)
        elif event_id is not None:
            self.by_event.setChecked(True)
            self.template.setCurrentIndex(max(self.template.findData("einladung"), 0))
        elif tag:
            self.tag.setCurrentText(tag)
            self.by_tag.setChecked(True)
        else:
            self.by_tag.setChecked(True)

    # -- what the user chose -------------------------------------------------------------

    def selection(self) -> recipients.Selection:
        event_id = self.event.event_id()
        source = self.source.checkedId()
        statuses = tuple(key for key, check in self.statuses.items() if check.isChecked())
        return recipients.Selection(
            contact_ids=tuple(self.contact_ids) if source == 0 else (),
            tag=self.tag.currentText() or None if source == 1 else None,
            member=str(self.member.currentData()) if source == 2 and self.member.count() else None,
            event=str(event_id) if event_id is not None else None,
            statuses=statuses,
            event_recipients=source == 3 and bool(statuses),
            purpose=self.purpose.purpose(),
        )

    def outputs(self) -> dict:
        chosen = {}
        for key, check, field in (
            ("out", self.combined, self.combined_path),
            ("split_dir", self.split, self.split_path),
            ("labels", self.labels, self.labels_path),
        ):
            if check.isChecked() and field.text().strip():
                chosen[key] = Path(field.text().strip())
        return chosen

    def letter_date(self) -> dt.date:
        """The typed date; a text that names none keeps the letters from being made."""
        problem = self.date.problem()
        if problem:
            raise IsaDeskError(problem)
        return self.date.value()

    # -- preview -------------------------------------------------------------------------

    def _changed(self, *_args) -> None:
        self._refresh.start()

    def refresh(self) -> None:
        """Check the template, find the recipients, show the summary and the preview."""
        self._refresh.stop()
        self.plan = None
        key = self.template.currentData()
        try:
            if key is None:
                raise IsaDeskError(translate("Letters", "Choose a template."))
            self.plan = mailing.prepare(
                self.db, key, self.selection(), self.letter_date(), **self.languages.run_options()
            )
        except IsaDeskError as error:
            self.summary.setText(str(error))
            self.summary.setStyleSheet(f"color: {style.ERROR};")
            self.preview.show_text(str(error))
            self._update_buttons()
            return
        self.summary.setStyleSheet("")
        self.summary.setText(self._summary_text(self.plan))
        self.index = min(self.index, max(len(self.plan.contacts) - 1, 0))
        self.show_current()

    def _summary_text(self, plan: mailing.Plan) -> str:
        letters = len(plan.contacts)  # a plain name: see core.i18n
        text = translate("Letters", "%n letters.", None, letters)
        if plan.by_language:
            text += " " + languages.summary(plan.language_counts())
        if plan.skipped:
            text += " " + skipped_summary(plan.skipped, plan.purpose)
        return text

    def show_current(self) -> None:
        plan = self.plan
        if plan is None or not plan.contacts:
            self.position.setText("")
            self.preview.show_text(translate("Letters", "No recipient: choose others."))
            self._update_buttons()
            return
        contact = plan.contacts[self.index]
        letter = plan.letter(contact)
        renderer = Renderer(plan.sender, self.form_choice.currentData())
        self.preview.show_pdf(renderer.pdf_bytes(letter))
        self.position.setText(
            translate("Letters", "Letter {number} of {count}: {name}").format(
                number=self.index + 1,
                count=len(plan.contacts),
                name=mailing.recipient_name(contact),
            )
        )
        self._update_buttons()

    def step(self, delta: int) -> None:
        if self.plan and self.plan.contacts:
            self.index = (self.index + delta) % len(self.plan.contacts)
            self.show_current()

    def _update_buttons(self) -> None:
        running = self.operation is not None
        count = len(self.plan.contacts) if self.plan else 0
        self.previous.setEnabled(count > 1 and not running)
        self.next.setEnabled(count > 1 and not running)
        self.make_button.setEnabled(count > 0 and bool(self.outputs()) and not running)

    # -- the run -------------------------------------------------------------------------

    def make(self) -> None:
        self.refresh()  # the data may have changed since the preview
        if self.plan is None or not self.plan.contacts or not self.outputs():
            return
        db, plan, outputs = self.db, self.plan, self.outputs()
        form = self.form_choice.currentData()
        self.operation = BackgroundOp(
            self,
            lambda progress: mailing.produce(
                db, plan, form=form, record_history=False, progress=progress, **outputs
            ),
            # the history is of the letters drawn, whatever the choices are by then
            success=lambda outcome: self._done(plan, outcome),
            failure=self._failed,
            cancelled=self._cancelled,
        ).with_progress(bar=self.progress)
        for widget in (self.progress, self.cancel_button):
            widget.setVisible(True)
        self.close_button.setEnabled(False)
        self._update_buttons()
        self.operation.run_in_background()

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.cancel_button.setEnabled(False)

    def _finish_run(self) -> None:
        self.operation = None
        for widget in (self.progress, self.cancel_button):
            widget.setVisible(False)
        self.cancel_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self._update_buttons()

    def _done(self, plan: mailing.Plan, outcome: mailing.Outcome) -> None:
        # a cancel that came after the last letter was drawn still keeps nothing
        cancelled = self.operation is not None and self.operation.progress.cancelled
        self._finish_run()
        if cancelled:
            outcome.discard()
            self._cancelled()
            return
        try:  # the files are put in place together with the history, or not at all
            mailing.record(self.db, plan, outcome)
        except Exception as error:
            outcome.discard()
            show_failure(self, error)
            return
        self.outcome = outcome
        letters, pages = outcome.letters, outcome.pages  # plain names: see core.i18n
        self.summary.setText(
            translate("Letters", "%n letters, {pages} written.", None, letters).format(
                pages=translate("Letters", "%n pages", None, pages)
            )
            + " "
            + self._summary_text(plan).split(".", 1)[-1].strip()
        )
        if self.open_result.isChecked() and outcome.files:
            first = outcome.files[0]
            target = first.parent if first.parent == self.outputs().get("split_dir") else first
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _cancelled(self) -> None:
        self._finish_run()
        self.summary.setText(translate("Letters", "Cancelled: no letter was kept."))

    def _failed(self, error: BaseException) -> None:
        self._finish_run()
        show_failure(self, error)

    def reject(self) -> None:
        if self.operation is not None:  # never leave a run behind: cancel it first
            self.cancel()
            return
        super().reject()

    # -- other dialogs -------------------------------------------------------------------

    def _browse(self, field: QLineEdit, folder_wanted: bool) -> None:
        if folder_wanted:
            chosen = QFileDialog.getExistingDirectory(
                self, translate("Letters", "Folder"), field.text()
            )
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self, translate("Letters", "Save as"), field.text(), "PDF (*.pdf)"
            )
        if chosen:
            field.setText(chosen)
            self._update_buttons()

    def edit_templates(self) -> None:
        from isa_desk.ui.letters.template_editor import TemplateEditor

        key = self.template.currentData()
        TemplateEditor(self.db, self, key).exec()
        self._fill_templates(key)
        self.languages.fill()
        self.refresh()

    def edit_sender(self) -> None:
        from isa_desk.ui.letters.sender_settings import SenderSettings

        if SenderSettings(self.db, self).exec():
            self.refresh()
