"""A database file named at start that does not exist: made only when the user says so,
else another one is chosen or the program stops; the default database is made on the
first start without a question."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from isa_desk.core import paths
from isa_desk.ui.shell import app as app_module
from tests import copy_database
from tests.ui.dialogs import answer_next_dialog, click_named


@pytest.fixture
def asked(monkeypatch):
    """The questions asked; any message box fails the test unless a test answers it."""
    texts = []
    real_exec = QMessageBox.exec

    def exec_(box):
        texts.append((box.text(), [b.text() for b in box.buttons()]))
        return real_exec(box)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return texts


def test_create_makes_the_named_database_and_its_folder(started, asked, tmp_path):
    target = tmp_path / "new folder" / "office.sqlite"
    answered = answer_next_dialog(click_named("createButton"), QMessageBox)
    assert app_module.run_gui(str(target), "en") == 0
    assert answered == [] and target.is_file()
    text, buttons = asked[0]
    assert text == f"Create a new, empty database at {target}?"
    assert set(buttons) == {"Create", "Choose another…", "Quit"}
    (window,) = started
    assert window.windowTitle() == "ISA Desk – office.sqlite"


def test_choose_another_opens_the_chosen_database_and_makes_nothing(
    started, asked, tmp_path, demo_file, monkeypatch
):
    typed = tmp_path / "ofice.sqlite"  # a typing error in --database
    meant = copy_database(demo_file, tmp_path / "office.sqlite")
    offered = []

    def choose(parent, title, folder, filters):
        offered.append(folder)
        return str(meant), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    answered = answer_next_dialog(click_named("otherButton"), QMessageBox)
    assert app_module.run_gui(str(typed), "en") == 0
    assert answered == [] and len(asked) == 1
    assert offered == [str(tmp_path)]
    assert not typed.exists()
    (window,) = started
    assert window.windowTitle() == "ISA Desk – office.sqlite"


def test_the_default_database_is_made_on_the_first_start_without_a_question(started, asked):
    target = paths.default_database_path()
    assert not target.exists()
    assert app_module.run_gui(str(target), "en") == 0
    assert asked == [] and target.is_file()


def test_an_existing_database_opens_without_a_question(started, asked, tmp_path, empty_file):
    target = copy_database(empty_file, tmp_path / "office.sqlite")
    assert app_module.run_gui(str(target), "en") == 0
    assert asked == []
