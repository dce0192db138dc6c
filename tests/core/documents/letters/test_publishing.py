"""A letter run's files and its history come together or not at all: the combined PDF, the
PDFs per recipient and the labels are drawn under temporary names and put in place right
before the history commits; a cancel, a drawing error or a failed commit keeps no file, no
temporary one and no history, and what a killed run left is removed by the next one."""

from __future__ import annotations

import os
import sqlite3
import time

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from isa_desk.core.db import engine as engine_module
from isa_desk.core.db.engine import Database
from isa_desk.core.documents.letters import file_names, mailing, recipients
from isa_desk.core.documents.letters.render import Renderer
from isa_desk.core.errors import Cancelled
from isa_desk.core.files import STALE_SECONDS, ProtectedFileError
from isa_desk.core.progress import Progress
from tests.core.documents.letters.test_mailing import EVENT, TODAY, letter_count
from tests.core.documents.pdf_text import needs_poppler, page_count, text

pytestmark = needs_poppler


@pytest.fixture
def plan(demo_db) -> mailing.Plan:
    return mailing.prepare(demo_db, "einladung", recipients.Selection(event=EVENT), TODAY)


@pytest.fixture
def outputs(tmp_path) -> dict:
    folder = tmp_path / "out"
    folder.mkdir()
    return {
        "out": folder / "all.pdf",
        "split_dir": folder / "split",
        "labels": folder / "labels.pdf",
    }


def pdfs(folder) -> list[str]:
    """The PDFs under their final names (temporary ones are in folders named ".~…")."""
    found = (path.relative_to(folder) for path in folder.rglob("*.pdf"))
    return sorted(str(p) for p in found if not any(part.startswith(".~") for part in p.parts))


def leftovers(folder) -> list[str]:
    return sorted(path.name for path in folder.rglob(".~*"))


def first_split_name(plan) -> str:
    return file_names.unique_name(file_names.split_name(plan.contacts[0]), set())


def test_a_run_puts_every_file_in_place_with_its_history(demo_db, plan, outputs):
    folder = outputs["out"].parent
    before = letter_count(demo_db)
    outcome = mailing.produce(demo_db, plan, **outputs)
    count = len(plan.contacts)
    assert page_count(outputs["out"]) == outcome.pages >= count
    assert len(list(outputs["split_dir"].glob("*.pdf"))) == count
    assert page_count(outputs["labels"]) >= 1
    assert letter_count(demo_db) == before + count
    assert leftovers(folder) == [] and outcome.publication is None


def test_a_file_of_the_same_name_is_replaced_and_the_others_stay(demo_db, plan, outputs):
    split = outputs["split_dir"]
    split.mkdir()
    same = split / first_split_name(plan)
    same.write_bytes(b"last year's letter")
    (split / "Notizen.txt").write_text("kept")
    mailing.produce(demo_db, plan, split_dir=split)
    assert same.read_bytes().startswith(b"%PDF")
    assert plan.contacts[0].family_name in text(same)
    assert (split / "Notizen.txt").read_text() == "kept"
    assert leftovers(split) == []


def test_cancel_amid_the_split_keeps_nothing(demo_db, plan, outputs):
    folder = outputs["out"].parent
    before = letter_count(demo_db)
    total = len(plan.contacts)
    seen = []

    def step(done, steps, _message):
        seen.append(done)
        if len(seen) == total + 3:  # the combined file is complete, three split ones too
            progress.cancel()

    progress = Progress(step)
    with pytest.raises(Cancelled):
        mailing.produce(demo_db, plan, progress=progress, **outputs)
    assert pdfs(folder) == [] and leftovers(folder) == []
    assert not outputs["split_dir"].exists()  # the folder made for the run is gone too
    assert letter_count(demo_db) == before


def test_an_error_drawing_the_third_split_letter_keeps_nothing(demo_db, plan, outputs, monkeypatch):
    folder = outputs["out"].parent
    before = letter_count(demo_db)
    drawn = []
    original = Renderer.draw

    def draw(self, canvas, letter):
        drawn.append(letter)
        if len(drawn) == len(plan.contacts) + 3:
            raise RuntimeError("the font file went away")
        return original(self, canvas, letter)

    monkeypatch.setattr(Renderer, "draw", draw)
    with pytest.raises(RuntimeError):
        mailing.produce(demo_db, plan, **outputs)
    assert pdfs(folder) == [] and leftovers(folder) == []
    assert letter_count(demo_db) == before


@pytest.fixture
def failing_commit():
    def refuse(_session):
        raise RuntimeError("disk I/O error")

    event.listen(Session, "before_commit", refuse)
    yield
    event.remove(Session, "before_commit", refuse)


def test_a_failed_history_commit_keeps_no_file(demo_db, plan, outputs, failing_commit):
    folder = outputs["out"].parent
    split = outputs["split_dir"]
    split.mkdir()
    same = split / first_split_name(plan)
    same.write_bytes(b"last year's letter")
    before = letter_count(demo_db)
    with pytest.raises(RuntimeError, match="disk I/O"):
        mailing.produce(demo_db, plan, **outputs)
    assert pdfs(folder) == [f"split/{same.name}"]
    assert same.read_bytes() == b"last year's letter"  # the old file is back
    assert leftovers(folder) == []
    assert letter_count(demo_db) == before


def test_a_locked_database_keeps_no_file(demo_db, plan, outputs, monkeypatch, backend):
    folder = outputs["out"].parent
    before = letter_count(demo_db)
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    demo_db.engine.dispose()  # new connections wait only that long
    colleague = None
    if backend == "sqlite":
        other = sqlite3.connect(demo_db.target, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another program is writing
    else:  # a colleague's transaction holds the table the history is written into
        colleague = Database.open(demo_db.target)
        other = colleague.engine.connect()
        other.exec_driver_sql("LOCK TABLE activity IN EXCLUSIVE MODE")
    try:
        with pytest.raises(Exception, match="lock"):  # "database is locked", "lock timeout"
            mailing.produce(demo_db, plan, **outputs)
    finally:
        other.close()
        if colleague is not None:
            colleague.close()
    assert pdfs(folder) == [] and leftovers(folder) == []
    assert letter_count(demo_db) == before


def test_without_the_history_the_files_wait_for_record(demo_db, plan, outputs):
    folder = outputs["out"].parent
    before = letter_count(demo_db)
    outcome = mailing.produce(demo_db, plan, record_history=False, **outputs)
    assert pdfs(folder) == [] and letter_count(demo_db) == before
    mailing.record(demo_db, plan, outcome)
    assert outputs["out"].is_file() and outputs["labels"].is_file()
    assert len(pdfs(outputs["split_dir"])) == len(plan.contacts)
    assert letter_count(demo_db) == before + len(plan.contacts)
    assert leftovers(folder) == []


def test_a_discarded_outcome_leaves_nothing(demo_db, plan, outputs):
    folder = outputs["out"].parent
    outcome = mailing.produce(demo_db, plan, record_history=False, **outputs)
    outcome.discard()
    assert list(folder.iterdir()) == []


def killed_run(folder, name: str, seconds_ago: float):
    """What a run killed while drawing leaves: a hidden folder with a half letter."""
    staging = folder / name
    (staging / "new").mkdir(parents=True)
    (staging / "new" / "Müller_Hans.pdf").write_bytes(b"%PDF-1.4 half")
    then = time.time() - seconds_ago
    os.utime(staging, (then, then))
    return staging


def test_the_next_run_removes_what_a_killed_one_left(demo_db, plan, outputs):
    split = outputs["split_dir"]
    split.mkdir()
    old = killed_run(split, ".~isa-desk-0badf00d", 2 * STALE_SECONDS)
    beside = killed_run(outputs["out"].parent, ".~isa-desk-1badf00d", 2 * STALE_SECONDS)
    running = killed_run(split, ".~isa-desk-2badf00d", 60)  # may be another run right now
    mailing.produce(demo_db, plan, **outputs)
    assert not old.exists() and not beside.exists()
    assert running.exists()
    assert leftovers(split) == [".~isa-desk-2badf00d"]


def test_an_output_chosen_twice_is_refused_and_nothing_kept(demo_db, plan, outputs):
    folder, split = outputs["out"].parent, outputs["split_dir"]
    with pytest.raises(ProtectedFileError, match="two outputs"):
        mailing.produce(demo_db, plan, out=split / first_split_name(plan), split_dir=split)
    assert pdfs(folder) == [] and leftovers(folder) == []
