"""The import wizard over the test database, shown as a user sees it."""

from __future__ import annotations

import pytest

from isa_desk.ui.exchange.import_wizard import ImportWizard


@pytest.fixture
def wizard(qtbot, db, settings):
    wizard = ImportWizard(db, settings, "contacts")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard
