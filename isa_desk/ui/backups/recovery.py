"""Opening a database in the window, and what happens when it is missing or damaged.

A database file named at start that does not exist is made only when the user says so
(else another is chosen, or the program stops); the default database is made on first
use without asking. A damaged database is refused by `Database.open` without being
changed; the window then offers the last good backup ("Restore the last backup" restores
it, after backing up the damaged file, and opens the result), another file (at start) or
to stop. The restore also runs from File › Backups… (`restore_in_window`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from isa_desk.core import files, paths
from isa_desk.core.db.engine import Database, sqlite_file
from isa_desk.core.db.health import DamagedDatabaseError
from isa_desk.core.errors import DatabaseError
from isa_desk.ui.common import errors
from isa_desk.ui.common.background import BackgroundOp, show_failure
from isa_desk.ui.common.plain import plain_box

if TYPE_CHECKING:
    from isa_desk.core.backups.restore import Restored

RESTORE, OTHER, STOP, CREATE = "restore", "other", "stop", "create"
DATABASE_FILTER = "*.sqlite *.db"


def open_database(parent: QWidget | None, target: str, at_start: bool = False) -> Database | None:
    """`target` opened, or the database the user chose instead; None when given up (the
    user was told why). At start, a missing file that was named explicitly is made only
    when the user says so (see `ask_about_missing`)."""
    while True:
        if at_start and not paths.made_without_asking(target):
            choice = ask_about_missing(parent, Path(target))
            if choice == OTHER:
                target = choose_file(parent, _folder_of(Path(target))) or target
                continue
            if choice != CREATE or not _make_folder(parent, Path(target).parent):
                return None
        try:
            return Database.open(target)
        except DamagedDatabaseError as error:
            choice = ask_about_damage(parent, error, at_start)
            if choice == RESTORE and error.backup is not None:
                if run_restore(parent, error.path, error.backup) is None:
                    return None
            elif choice == OTHER and (other := choose_file(parent, error.path.parent)):
                target = other
            else:
                return None
        except DatabaseError as error:
            errors.log.warning("Cannot open the database: %s", error)
            errors.show_message(
                parent,
                str(error),
                QCoreApplication.translate("Backups", "Cannot open the database"),
            )
            return None


def ask_about_missing(parent: QWidget | None, path: Path) -> str:
    """CREATE, OTHER or STOP for a database file that does not exist."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Backups", "The database does not exist"))
    box.setText(
        QCoreApplication.translate("Backups", "Create a new, empty database at {path}?").format(
            path=path.absolute()
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Backups",
            "There is no file of that name. If you meant an existing database, choose it.",
        )
    )
    plain_box(box)  # a path is shown as it is, never as markup
    answers = {
        CREATE: box.addButton(
            QCoreApplication.translate("Backups", "Create"), QMessageBox.ButtonRole.AcceptRole
        ),
        OTHER: box.addButton(
            QCoreApplication.translate("Backups", "Choose another…"),
            QMessageBox.ButtonRole.ActionRole,
        ),
        STOP: box.addButton(
            QCoreApplication.translate("Backups", "Quit"), QMessageBox.ButtonRole.RejectRole
        ),
    }
    for key, button in answers.items():
        button.setObjectName(f"{key}Button")
    box.setDefaultButton(answers[OTHER])  # Return does not make a file by mistake
    box.exec()
    return next((key for key, button in answers.items() if box.clickedButton() is button), STOP)


def _folder_of(path: Path) -> Path:
    """Where to start looking for another database: the named folder, if it is there."""
    return path.parent if path.parent.is_dir() else paths.data_dir()


def _make_folder(parent: QWidget | None, folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        errors.show_message(
            parent,
            str(files.write_error(error, folder)),
            QCoreApplication.translate("Backups", "Cannot open the database"),
        )
        return False
    return True


def ask_about_damage(parent: QWidget | None, error: DamagedDatabaseError, at_start: bool) -> str:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Backups", "The database is damaged"))
    box.setText(
        QCoreApplication.translate(
            "Backups", "{name} is damaged. It was not changed, and ISA Desk does not work with it."
        ).format(name=error.path.name)
    )
    if error.backup is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "Backups",
                "The last good backup is {backup}. Restoring it replaces the damaged data; "
                "the damaged file is kept in the backups folder.",
            ).format(backup=error.backup.name)
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate("Backups", "There is no backup of it in the backups folder.")
        )
    box.setDetailedText(str(error))
    answers = {}
    if error.backup is not None:
        answers[RESTORE] = box.addButton(
            QCoreApplication.translate("Backups", "Restore the last backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    if at_start:
        answers[OTHER] = box.addButton(
            QCoreApplication.translate("Backups", "Open another database…"),
            QMessageBox.ButtonRole.ActionRole,
        )
    answers[STOP] = box.addButton(
        QCoreApplication.translate("Backups", "Quit")
        if at_start
        else QCoreApplication.translate("Backups", "Cancel"),
        QMessageBox.ButtonRole.RejectRole,
    )
    for key, button in answers.items():
        button.setObjectName(f"{key}Button")
    box.setDefaultButton(answers.get(RESTORE, answers[STOP]))
    plain_box(box)  # file names are shown as they are, never as markup
    box.exec()
    return next((key for key, button in answers.items() if box.clickedButton() is button), STOP)


def choose_file(parent: QWidget | None, folder: Path) -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Backups", "Open database"),
        str(folder),
        QCoreApplication.translate(
            "Backups", "ISA Desk databases ({patterns});;All files (*)"
        ).format(patterns=DATABASE_FILTER),
    )
    return path


def run_restore(
    parent: QWidget | None,
    database: Path,
    backup: Path,
    done: Callable[[Restored | None], None] | None = None,
) -> Restored | None:
    """Restore `backup` over `database` with a progress dialog; tells the user about a
    failure. With `done` it returns at once and calls `done` later, else it waits."""
    from isa_desk.core.backups.restore import restore  # Alembic with it

    outcome: list[Restored | None] = [None]

    def finish(result: Restored | None) -> None:
        outcome[0] = result
        if done is not None:
            done(result)

    def failed(error: BaseException) -> None:
        show_failure(parent, error)
        finish(None)

    op = BackgroundOp(
        parent,
        lambda progress: restore(database, backup, progress),
        finish,
        failed,
        lambda: finish(None),
    ).with_progress(
        QCoreApplication.translate("Backups", "Restoring {name}…").format(name=backup.name)
    )
    op.run_in_background()
    if done is None:
        op.wait()
    return outcome[0]


def restore_in_window(window, backup: Path, done: Callable[[bool], None] | None = None) -> None:
    """Restore `backup` over the window's database file, then show the restored data. The
    window's connections are closed first, so that the file is free to be replaced."""
    database = sqlite_file(window.db.engine)
    if database is None:
        return
    window.db.close()

    def finished(result: Restored | None) -> None:
        if result is not None and window.switch_database(str(database)):
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Backups", "Restored {backup}; the replaced data was backed up to {kept}."
                ).format(backup=backup.name, kept=result.kept.name if result.kept else "–"),
                15000,
            )
        if done is not None:
            done(result is not None)

    run_restore(window, database, backup, finished)
