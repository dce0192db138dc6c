"""The first start: an empty database is welcomed with four ways to begin and where its
data lives, instead of a page of zeros; the page goes once there is data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from isa_desk import language
from isa_desk.core import paths
from isa_desk.core.demo import dataset as demo
from isa_desk.core.services import members
from isa_desk.ui.exchange.import_wizard import ImportWizard
from isa_desk.ui.records.editors.contact_editor import ContactEditor
from isa_desk.ui.shell.app import create_main_window
from tests.ui.dialogs import answer_next_dialog


@pytest.fixture
def first_start(qtbot, db, settings):
    """The window over a new, empty database, at the size of a small laptop."""
    window = create_main_window(db, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def welcome(window):
    return window.areas["overview"].welcome


def figures_shown(window) -> bool:
    return window.areas["overview"].tiles["members"].isVisible()


def test_an_empty_database_is_welcomed_with_where_its_data_lives(first_start):
    page = welcome(first_start)
    assert page.isVisible() and not figures_shown(first_start)
    assert set(page.buttons) == {
        "newMemberButton",
        "newContactButton",
        "importButton",
        "demoButton",
    }
    assert all(button.isVisible() for button in page.buttons.values())
    assert page.location.text() == first_start.db.location
    assert page.location.textFormat() == Qt.TextFormat.PlainText


def test_a_database_with_data_shows_its_figures(window):
    window.show_area("overview")
    assert not welcome(window).isVisible() and figures_shown(window)


def test_the_page_goes_once_a_member_is_saved_and_comes_back_when_empty(first_start, db):
    member = members.create(db, {"name": "Kreis Düren", "country": "DE"})
    first_start.reload()  # as after any change: the overview reads its figures again
    assert not welcome(first_start).isVisible() and figures_shown(first_start)
    members.delete(db, [member.id])
    first_start.reload()
    assert welcome(first_start).isVisible()


def test_new_contact_opens_the_editor_and_the_saved_contact_ends_the_welcome(qtbot, first_start):
    def fill_in(editor):
        assert isinstance(editor, ContactEditor)
        editor.form.fields["family_name"].widget.setFocus()
        qtbot.keyClicks(editor.form.fields["family_name"].widget, "Berg")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    answered = answer_next_dialog(fill_in, ContactEditor)
    qtbot.mouseClick(welcome(first_start).buttons["newContactButton"], Qt.MouseButton.LeftButton)
    assert answered == []
    assert first_start.current_area_key() == "contacts"
    assert first_start.areas["contacts"].model.total() == 1
    first_start.show_area("overview")
    assert not welcome(first_start).isVisible() and figures_shown(first_start)
    assert first_start.areas["overview"].tiles["contacts"].number.text() == "1"


def test_new_member_opens_the_member_editor_on_the_members_list(qtbot, first_start):
    seen = []
    answered = answer_next_dialog(
        lambda editor: seen.append(type(editor).__name__) or editor.reject()
    )
    qtbot.mouseClick(welcome(first_start).buttons["newMemberButton"], Qt.MouseButton.LeftButton)
    assert answered == [] and seen == ["MemberEditor"]
    assert first_start.current_area_key() == "members"


def test_import_opens_the_import_wizard(qtbot, first_start):
    qtbot.mouseClick(welcome(first_start).buttons["importButton"], Qt.MouseButton.LeftButton)
    wizard = first_start.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()


def test_the_demo_data_opens_in_its_own_database_and_this_one_stays_empty(qtbot, first_start):
    own = first_start.db.location
    qtbot.mouseClick(welcome(first_start).buttons["demoButton"], Qt.MouseButton.LeftButton)
    assert first_start.db.location == str(paths.demo_database_path().resolve())
    qtbot.waitUntil(lambda: figures_shown(first_start), timeout=30000)
    assert not welcome(first_start).isVisible()
    assert first_start.windowTitle().endswith("isa-desk-demo.sqlite")
    assert demo.counts(first_start.db)["members"] > 0
    assert first_start.switch_database(own)
    qtbot.waitUntil(lambda: welcome(first_start).isVisible())  # still empty


@pytest.mark.parametrize("lang", ["de", "en", "zh"])
def test_the_welcome_page_fits_1280_by_800(qtbot, db, settings, restore_locale, lang):
    assert language.load(lang) == lang
    window = create_main_window(db, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    page = welcome(window)
    assert page.isVisible()
    needed = window.minimumSizeHint()
    assert needed.width() <= 1280 - 16 and needed.height() <= 800 - 40 - 32, needed
    # every choice and the location are whole on the screen, without scrolling
    overview = window.areas["overview"]
    for widget in [*page.buttons.values(), page.location]:
        corner = widget.mapTo(overview.viewport(), widget.rect().bottomRight())
        assert overview.viewport().rect().contains(corner), (lang, widget.objectName())
        assert widget.height() >= widget.minimumSizeHint().height()
