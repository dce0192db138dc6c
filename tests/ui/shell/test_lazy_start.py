"""The window starts lazily: it is shown before the overview reads its figures, which it
reads once it has painted itself (or at once when asked for), and an area is built when
it is first shown."""

from __future__ import annotations

from isa_desk.ui.shell.app import create_main_window


def test_the_window_is_shown_before_the_overview_reads_its_figures(qtbot, demo_db, settings):
    window = create_main_window(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    overview = window.areas.area("overview")  # the area, without what it waits for
    assert window.isVisible() and window.stack.currentWidget() is overview
    assert overview.tiles["members"].number.text() == "–"  # not read yet
    assert not window._due_notice.text()
    qtbot.waitUntil(lambda: overview.tiles["members"].number.text() == "46", timeout=3000)
    assert "6 follow-ups overdue" in window._due_notice.text()  # read with the figures


def test_the_figures_are_read_at_once_when_asked_for(qtbot, demo_db, settings):
    window = create_main_window(demo_db, settings)  # never shown, so never painted
    qtbot.addWidget(window)
    assert window.areas["overview"].tiles["contacts"].number.text() == "152"
    assert "6 follow-ups overdue" in window.due_notice.text()


def test_an_area_is_built_when_first_shown(window):
    built = set(window.areas.built())
    assert built == {"overview"}
    assert window.stack.count() == 1
    window.show_area("events")  # the events invite from the contacts list: built with them
    assert set(window.areas.built()) == {"overview", "events", "contacts"}
    assert window.current_list() is window.areas.area("events")
    assert window.count_label.text() == "1 event"
    inquiries = window.areas["inquiries"]  # asked for by key: built, not shown
    assert window.areas.is_built("inquiries") and window.current_area_key() == "events"
    assert window.stack.indexOf(inquiries) >= 0
    assert list(window.areas) == window.area_keys()  # every key, built or not
