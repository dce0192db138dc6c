"""Writing to many contacts at once: the addresses are shared out over several e-mail
links, each short enough for Windows and the mail program; the user is asked first and
the e-mails open one after another (the mail program is not started: openUrl is
replaced, it is outside the program)."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from isa_desk.core.domain.emails import MAILTO_LIMIT
from isa_desk.core.services import contacts
from isa_desk.ui.records import record_actions
from isa_desk.ui.records.contacts_view import ContactsView
from tests.ui.dialogs import patch_question


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url) or True)
    )
    return urls


@pytest.fixture
def view(qtbot, demo_db, settings):
    view = ContactsView(demo_db, settings)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def recipients(url: QUrl) -> list[str]:
    text = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert len(text) <= MAILTO_LIMIT
    assert text.startswith("mailto:?bcc=")
    return [unquote(part) for part in text.removeprefix("mailto:?bcc=").split(",")]


def wanted(db, ids: list[int]) -> list[str]:
    found = [contacts.get(db, i) for i in ids]
    return [c.email for c in found if c.email and not c.no_email]


def test_the_whole_list_opens_several_emails_after_asking(view, opened, monkeypatch):
    asked = patch_question(monkeypatch, QMessageBox.StandardButton.Yes)
    view.table.selectAll()
    ids = view.selected_ids()
    addresses = wanted(view.db, ids)
    assert len(",".join(addresses)) > MAILTO_LIMIT  # too many for one link
    view.email_action.trigger()
    assert len(opened) > 1
    assert len(asked) == 1 and f"Open {len(opened)} e-mails" in asked[0]
    found = [address for url in opened for address in recipients(url)]
    assert sorted(found) == sorted(addresses)  # every address once
    assert len(set(found)) == len(found)


def test_nothing_opens_when_the_user_says_no(view, opened, monkeypatch):
    patch_question(monkeypatch, QMessageBox.StandardButton.No)
    view.table.selectAll()
    view.email_action.trigger()
    assert opened == []


def test_a_few_addresses_open_one_email_without_asking(view, opened, monkeypatch):
    asked = patch_question(monkeypatch, QMessageBox.StandardButton.No)
    view.table.selectRow(0)
    ids = view.selected_ids()
    assert record_actions.write_email(view.db, ids, view) == bool(wanted(view.db, ids))
    assert asked == [] and len(opened) == len(wanted(view.db, ids)) <= 1
