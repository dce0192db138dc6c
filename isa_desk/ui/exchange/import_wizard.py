"""The import wizard: file → sheet → columns → preview with each row's problems →
duplicates → import → summary. Reading and writing run off the GUI thread with progress
and cancel; the import is one transaction, recorded as a batch that can be undone from
the summary page or later from the list of imports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from isa_desk.core.db.engine import Database
from isa_desk.core.errors import IsaDeskError
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.error_rows import write_error_rows
from isa_desk.core.exchange.importing.plan import FILL, SKIP, UPDATE, Plan, Result
from isa_desk.core.exchange.importing.read import Source
from isa_desk.core.files import database_files
from isa_desk.ui.common import errors
from isa_desk.ui.common.background import BackgroundOp
from isa_desk.ui.common.plain import plain_label
from isa_desk.ui.exchange.import_models import ActionDelegate, DuplicatesModel, PlanModel
from isa_desk.ui.exchange.import_pages import (
    FOLDER_KEY,
    FilePage,
    MappingPage,
    SheetPage,
    error_label,
    show_on_page,
)
from isa_desk.ui.shell.settings import Settings

FILE, SHEET, MAPPING, PREVIEW, DUPLICATES, IMPORT, SUMMARY = range(7)


translate = QCoreApplication.translate


def table_view(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    return view


def save_error_rows(parent: QWidget, wizard: ImportWizard) -> str | None:
    """Ask where, then write the rows with errors and their messages as a workbook."""
    start = (
        f"{wizard.settings.last_folder(FOLDER_KEY)}/{wizard.source.path.stem} - "
        + translate("ImportWizard", "errors")
        + ".xlsx"
    )
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("ImportWizard", "Save rows with errors"),
        start,
        translate("ImportWizard", "Excel workbooks (*.xlsx)"),
    )
    if not path:
        return None
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    write_error_rows(wizard.plan, path, database_files(wizard.db))
    return path


class PreviewPage(QWizardPage):
    """Every row checked, with its problems; rows with errors block the import unless
    the user chooses to leave them out."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Check the rows"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "Every row was checked. Rows with errors are not imported unless "
                "you choose to leave them out; point at a problem to read it.",
            )
        )
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.notices = plain_label()  # on the file as a whole: title lines, two encodings
        self.notices.setObjectName("previewNotices")
        self.notices.setWordWrap(True)
        self.only_problems = QCheckBox(translate("ImportWizard", "Show only rows with problems"))
        self.only_problems.toggled.connect(self._show_rows)
        self.skip_invalid = QCheckBox(
            translate("ImportWizard", "Import the valid rows and leave out the rows with errors")
        )
        self.skip_invalid.setObjectName("skipInvalid")
        self.skip_invalid.toggled.connect(self.completeChanged)
        self.save_errors = QPushButton(translate("ImportWizard", "Save rows with errors …"))
        self.save_errors.clicked.connect(lambda: save_error_rows(self, wizard))
        self.error = error_label()
        self.view = table_view(PlanModel(Plan("contacts", None, "", "", 0, [], [])))
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_invalid, 1)
        bottom.addWidget(self.save_errors)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.notices)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        wizard = self.wizard_
        wizard.plan = None
        self.error.clear()

        def analysed(plan: Plan) -> None:
            wizard.plan = plan

        BackgroundOp(
            self,
            lambda progress: importer.analyse(
                wizard.db,
                wizard.source,
                wizard.list_name,
                wizard.mapping,
                wizard.header_row,
                progress,
            ),
            success=analysed,
            failure=lambda error: show_on_page(self.error, error),
            cancelled=lambda: self.error.setText(
                translate("ImportWizard", "Cancelled. Go back, or check the rows again with Next.")
            ),
        ).with_progress(
            translate("ImportWizard", "Reading and checking {file} …").format(
                file=wizard.source.path.name
            ),
            translate("ImportWizard", "Import"),
        ).run_in_background().wait()
        self._show_rows()
        self.completeChanged.emit()

    def _show_rows(self) -> None:
        plan = self.wizard_.plan
        self.notices.setText("\n".join(p.text() for p in plan.notices) if plan else "")
        self.notices.setVisible(bool(self.notices.text()))
        if plan is None:
            self.summary.clear()
            self.view.setModel(PlanModel(Plan("contacts", None, "", "", 0, [], [])))
            return
        self.view.setModel(PlanModel(plan, self.only_problems.isChecked(), self.view))
        for column, width in enumerate((45, 120, 160, 170, 150)):
            self.view.setColumnWidth(column, width)
        invalid = len(plan.invalid_rows())
        warnings = sum(1 for row in plan.rows if row.problems and row.valid)
        rows = len(plan.rows)  # plain names as counts: see core.i18n
        text = translate(
            "ImportWizard",
            "%n rows read from {file}: {ok} without errors, {invalid} with errors, "
            "{warnings} with warnings.",
            None,
            rows,
        ).format(
            file=plan.description,
            ok=rows - invalid,
            invalid=invalid,
            warnings=warnings,
        )
        if plan.new_organisations:
            text += " " + translate("ImportWizard", "New organisations: {count}.").format(
                count=len(plan.new_organisations)
            )
        self.summary.setText(text)
        self.skip_invalid.setVisible(invalid > 0)
        self.save_errors.setVisible(invalid > 0)

    def isComplete(self) -> bool:
        plan = self.wizard_.plan
        if plan is None or not plan.rows:
            return False
        return not plan.invalid_rows() or (
            self.skip_invalid.isChecked() and len(plan.invalid_rows()) < len(plan.rows)
        )

    def nextId(self) -> int:
        plan = self.wizard_.plan
        return DUPLICATES if plan is not None and plan.duplicates() else IMPORT


class DuplicatesPage(QWizardPage):
    """What to do with rows that are records the database (or the file) has already."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Duplicates"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "These rows match a record ISA Desk has, or an earlier row of "
                "the file. Suspected duplicates (a very similar name) are marked: "
                "decide for each.",
            )
        )
        self.skip = QRadioButton(
            translate("ImportWizard", "Skip them (keep the records as they are)")
        )
        self.update_ = QRadioButton(
            translate("ImportWizard", "Update the records with the file's values")
        )
        self.fill = QRadioButton(translate("ImportWizard", "Fill only the records' empty fields"))
        self.policy = QButtonGroup(self)
        for button, policy in ((self.skip, SKIP), (self.update_, UPDATE), (self.fill, FILL)):
            self.policy.addButton(button)
            button.setProperty("policy", policy)
        self.skip.setChecked(True)
        self.policy.buttonToggled.connect(self._policy_changed)
        self.view = table_view(None)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setItemDelegateForColumn(DuplicatesModel.ACTION, ActionDelegate(self.view))
        layout = QVBoxLayout(self)
        for button in (self.skip, self.update_, self.fill):
            layout.addWidget(button)
        layout.addWidget(self.view, 1)

    def initializePage(self) -> None:
        self.model = DuplicatesModel(self.wizard_.plan, self.view)
        self.view.setModel(self.model)
        for column, width in enumerate((45, 250, 210, 170)):
            self.view.setColumnWidth(column, width)
        self._policy_changed()

    def _policy_changed(self, *_args) -> None:
        button = self.policy.checkedButton()
        self.wizard_.policy = button.property("policy") if button else SKIP

    def set_policy(self, policy: str) -> None:
        {SKIP: self.skip, UPDATE: self.update_, FILL: self.fill}[policy].setChecked(True)

    def nextId(self) -> int:
        return IMPORT


class ImportPage(QWizardPage):
    """The last look before writing; Import writes everything in one transaction."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Import"))
        self.setSubTitle(translate("ImportWizard", "Nothing has been written yet."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("ImportWizard", "Import"))
        self.text = QLabel()
        self.text.setObjectName("importText")
        self.text.setWordWrap(True)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        plan = self.wizard_.plan
        valid = [row for row in plan.rows if row.valid]
        duplicates = [row for row in valid if row.match is not None]
        # plain names as counts: see core.i18n
        importing, doubled, left_out = len(valid), len(duplicates), len(plan.rows) - len(valid)
        policy = {
            SKIP: translate("ImportWizard", "skipped"),
            UPDATE: translate("ImportWizard", "updated"),
            FILL: translate("ImportWizard", "filled"),
        }[self.wizard_.policy]
        lines = [
            translate(
                "ImportWizard",
                "%n rows will be imported from {file} as one step that can be undone.",
                None,
                importing,
            ).format(file=plan.description),
            translate(
                "ImportWizard",
                "%n of them are duplicates; unless chosen otherwise they are {what}.",
                None,
                doubled,
            ).format(what=policy),
        ]
        if left_out:
            lines.append(
                translate("ImportWizard", "%n rows with errors are left out.", None, left_out)
            )
        self.text.setText("\n\n".join(lines))
        self.error.clear()

    def validatePage(self) -> bool:
        wizard = self.wizard_
        wizard.result = None

        def imported(result: Result) -> None:
            wizard.result = result

        BackgroundOp(
            self,
            lambda progress: importer.run(
                wizard.db, wizard.plan, wizard.policy, skip_invalid=True, progress=progress
            ),
            success=imported,
            failure=lambda error: show_on_page(self.error, error),
            cancelled=lambda: self.error.setText(
                translate("ImportWizard", "The import was cancelled; nothing was written.")
            ),
        ).with_progress(
            translate("ImportWizard", "Importing {file} …").format(file=wizard.plan.description),
            translate("ImportWizard", "Import"),
        ).run_in_background().wait()
        if wizard.result is None:
            return False
        wizard.imported.emit()
        return True


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Done"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "The import can be undone here, or later with File › Undo last import.",
            )
        )
        self.text = QLabel()
        self.text.setObjectName("summaryText")
        self.text.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.undo_button = QPushButton(translate("ImportWizard", "Undo this import"))
        self.undo_button.setObjectName("undoImport")
        self.undo_button.clicked.connect(self.undo)
        self.save_errors = QPushButton(translate("ImportWizard", "Save rows with errors …"))
        self.save_errors.clicked.connect(lambda: save_error_rows(self, wizard))
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_errors)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        result: Result = self.wizard_.result
        self.text.setText(
            translate(
                "ImportWizard",
                "{created} created, {updated} updated, {skipped} skipped. "
                "Duplicates found: {duplicates}.",
            ).format(
                created=result.created,
                updated=result.updated,
                skipped=result.skipped,
                duplicates=result.duplicates,
            )
        )
        self.problems.setPlainText("\n".join(p.text() for p in result.errors))
        self.problems.setVisible(bool(result.errors))
        self.save_errors.setVisible(bool(result.errors))
        self.undo_button.setEnabled(result.batch_id is not None)

    def undo(self) -> bool:
        try:
            importer.undo(self.wizard_.db, self.wizard_.result.batch_id)
        except IsaDeskError as error:
            errors.show_message(self, str(error))
            return False
        self.undo_button.setEnabled(False)
        self.text.setText(translate("ImportWizard", "The import was undone."))
        self.wizard_.imported.emit()
        return True


class ImportWizard(QWizard):
    imported = Signal()  # records were written (or an import undone): lists reload

    def __init__(
        self,
        db: Database,
        settings: Settings,
        list_name: str = "contacts",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.list_name = list_name
        self.source: Source | None = None
        self.header_row = 1
        self.headers: list[str] = []
        self.mapping: list[str | None] | None = None
        self.plan: Plan | None = None
        self.policy = SKIP
        self.result: Result | None = None
        self.setWindowTitle(translate("ImportWizard", "Import a list"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.resize(900, 620)
        self.pages = {
            FILE: FilePage(self),
            SHEET: SheetPage(self),
            MAPPING: MappingPage(self),
            PREVIEW: PreviewPage(self),
            DUPLICATES: DuplicatesPage(self),
            IMPORT: ImportPage(self),
            SUMMARY: SummaryPage(self),
        }
        for number, page in self.pages.items():
            self.setPage(number, page)

    def set_source(self, source: Source) -> None:
        if self.source is not None and self.source is not source:
            self.source.close()
        self.source = source
        self.mapping = None

    def done(self, result: int) -> None:
        if self.source is not None:
            self.source.close()
        super().done(result)


def open_import_wizard(
    parent: QWidget | None, db: Database, settings: Settings, list_name: str = "contacts"
) -> ImportWizard:
    wizard = ImportWizard(db, settings, list_name, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
