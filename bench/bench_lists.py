"""The contacts list at scale, each figure beside a bare baseline measured in the same run.

    python bench/bench_lists.py [--contacts 100000] [--database PATH] [--strict]
    python bench/bench_lists.py --postgresql start     (a throwaway server, removed after)
    python bench/bench_lists.py --postgresql postgresql+psycopg://user@host/isa_bench

Uses the data of bench/generate.py (100,000 contacts, 5,000 organisations, 500 members;
an existing bench/out/contacts-<n>.sqlite is reused), with tags added to some contacts and
佛山市 as the town of every 40th, and the real contacts list of the window (ContactsView
over its RecordTableModel). With --postgresql the same data is copied into the server's
database (isa-desk transfer; a database already holding them is reused) and the list runs
there; the baselines are the same plain SQL sent with psycopg.
- opening: the view built, shown, its first page on screen; baseline: a plain
  QTableView over an empty QStandardItemModel. Target < 0.3 s.
- search keystrokes: "m", "mu", … "mueller", Chinese words and a tag filter through the
  model's set_query (count + first page + repaint); baseline: a bare SQL LIKE query (count
  and first page) on the same table. Target < 50 ms each.
- sorting: a click on the header of the family name and of the given name, each
  ascending and descending (count + first page + repaint; names sort by their stored
  keys, DIN 5007 and pinyin); baseline: a bare SQL count and first page in that order.
  Target < 300 ms each.
- scrolling top to bottom: scrollToBottom until every row is fetched (the next page
  fetched, the rows painted), per page and in total, the whole list and the contacts of
  a tag; baseline: the same pages read with plain SQL. Target: the median page within
  one frame at 60 frames/s (16 ms). Printed beside, without a goal: a bare QTableView
  over a Python model that only makes up a text for each cell, scrolled the same way
  (what Qt itself takes for a page).
- memory: the process's peak resident size (VmHWM) after all that; baseline: the peak
  before the database was opened. Target < 300 MB.

Each figure is printed through bench/figures.py (and gathered by run_all.py), the
details of each keystroke and header click before it.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from figures import figure  # noqa: E402
from generate import generate  # noqa: E402
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt  # noqa: E402
from PySide6.QtGui import QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QTableView  # noqa: E402
from sqlalchemy.orm import configure_mappers  # noqa: E402

from isa_desk.core.db.engine import Database  # noqa: E402
from isa_desk.core.domain.text import search_key  # noqa: E402
from isa_desk.ui.records.contacts_view import ContactsView  # noqa: E402
from isa_desk.ui.shell.settings import Settings  # noqa: E402

OPEN_TARGET_S = 0.3
SORT_TARGET_MS = 300
KEYSTROKE_TARGET_MS = 50
MEMORY_TARGET_MB = 300
PAGE_TARGET_MS = 16  # one frame at 60 frames/s
SIZE = (1280, 800)
ROUNDS = 3  # each keystroke is timed this often; the median counts
KEYSTROKES = [
    "m",
    "mu",
    "mue",
    "muel",
    "muell",
    "muelle",
    "mueller",
    "duren",
    "佛",
    "佛山",
    "刘",
    "王伟",
    "schmidt",
    "schmidt anna",
    "qx",
]
TAGGED = [("m", "Presse"), ("mueller", "Presse"), ("刘", "Presse"), ("", "Presse"), ("", "Beirat")]
TAGS = {"Presse": 10, "Newsletter": 3, "Beirat": 500}  # every n-th contact carries it
# a header click: the list's field, descending?, and the stored key the database sorts by
SORTS = [
    ("family_name", False, "sort_name"),
    ("family_name", True, "sort_name"),
    ("given_name", False, "sort_given"),
    ("given_name", True, "sort_given"),
]


def peak_mb() -> float:
    """The process's peak resident set size so far."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource  # not Linux: ru_maxrss is in KiB on Linux, bytes on macOS

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def mark(ok: bool) -> str:
    return "ok" if ok else "OVER TARGET"


# the data ------------------------------------------------------------------------------
def usable(path: Path, contacts: int) -> bool:
    """An earlier run's database of the right size and of the current schema."""
    if not path.exists():
        return False
    connection = sqlite3.connect(path)
    try:
        count = connection.execute("SELECT count(*) FROM contact").fetchone()[0]
        columns = {row[1] for row in connection.execute("PRAGMA table_info(contact)")}
        if "sort_name" in columns:  # made by a generator that filled no sort keys?
            unsorted = "SELECT count(*) FROM contact WHERE sort_name = '' OR sort_given = ''"
            count -= connection.execute(unsorted).fetchone()[0]
    except sqlite3.Error:
        return False
    finally:
        connection.close()
    return count == contacts and {"search_index_text", "sort_name"} <= columns


def add_tags(path: Path) -> None:
    """Tag some contacts (the generator makes none), so that tag filters have work."""
    connection = sqlite3.connect(path)
    with connection:
        if connection.execute("SELECT count(*) FROM contact_tag").fetchone()[0]:
            return
        for name, every in TAGS.items():
            connection.execute("INSERT OR IGNORE INTO tag(name) VALUES (?)", (name,))
            (tag_id,) = connection.execute("SELECT id FROM tag WHERE name = ?", (name,)).fetchone()
            connection.execute(
                "INSERT INTO contact_tag(contact_id, tag_id) SELECT id, ? "
                "FROM contact WHERE id % ? = 1",
                (tag_id, every),
            )
    connection.close()


def add_chinese_towns(path: Path) -> None:
    """Every 40th contact lives in 佛山市, so that "佛山" and "佛" find some (the generator
    writes Chinese names of people only); the trigger keeps the search index in step."""
    connection = sqlite3.connect(path)
    with connection:
        if connection.execute("SELECT 1 FROM contact WHERE town = '佛山市' LIMIT 1").fetchone():
            return
        connection.execute(
            "UPDATE contact SET town = '佛山市', search_text = search_text || ' 佛山市', "
            "search_index_text = search_index_text || ' 佛佛佛山山山市市市' WHERE id % 40 = 7"
        )
    connection.close()


def database(path: Path, contacts: int) -> Path:
    if not usable(path, contacts):
        path.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        generate(path, contacts, max(1, contacts // 20), max(1, contacts // 200))
        print(f"generated {contacts} contacts in {time.perf_counter() - started:.1f} s ({path})")
    else:
        print(f"using {path}")
    add_tags(path)
    add_chinese_towns(path)
    return path


# PostgreSQL ----------------------------------------------------------------------------
@contextmanager
def server_database(given: str):
    """The URL of the database to run on: `given`, or with "start" a throwaway server's."""
    if given != "start":
        yield given
        return
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from tests import postgres_server

    folder = Path(tempfile.mkdtemp(prefix="isa-bench-postgres-"))
    try:
        server = postgres_server.start(folder)
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.exec_driver_sql("CREATE DATABASE isa_bench")
        admin.dispose()
        print(f"started a PostgreSQL server in {folder}")
        yield make_url(server).set(database="isa_bench").render_as_string(hide_password=False)
    finally:
        postgres_server.stop(folder)
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


def fill_server(url: str, path: Path, contacts: int) -> None:
    """The SQLite file's data copied into the server's database, unless it holds them."""
    import psycopg
    from sqlalchemy.engine import make_url

    from isa_desk.core.db.transfer import transfer

    db = Database.open(url)  # the schema, the search index
    try:
        with db.engine.connect() as connection:
            count = connection.exec_driver_sql("SELECT count(*) FROM contact").scalar()
        if count != contacts:
            started = time.perf_counter()
            source = Database.open(str(path))
            try:
                transfer(source, url)
            finally:
                source.close()
            print(f"copied {contacts} contacts in {time.perf_counter() - started:.1f} s")
    finally:
        db.close()
    # as autovacuum leaves a table some time after a load: statistics for the planner,
    # the visibility map for reading indexes alone. After a moment: a server without
    # synchronous commit (the throwaway one) marks rows visible to all only once the
    # commit is written.
    time.sleep(1)
    plain = make_url(url).set(drivername="postgresql")
    with psycopg.connect(plain.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


class Bare:
    """The baselines' plain connection: sqlite3 on a file, psycopg on a server."""

    def __init__(self, target: str):
        self.server = "://" in target
        if self.server:
            import psycopg
            from sqlalchemy.engine import make_url

            plain = make_url(target).set(drivername="postgresql")
            self.connection = psycopg.connect(plain.render_as_string(hide_password=False))
            self.connection.autocommit = True
        else:
            self.connection = sqlite3.connect(target)

    def execute(self, sql: str, params=()):
        if self.server:
            sql = sql.replace("?", "%s")
        return self.connection.execute(sql, params)

    def close(self) -> None:
        self.connection.close()


# the figures ---------------------------------------------------------------------------
def opening(app: QApplication, db: Database, settings: Settings) -> tuple[float, float, object]:
    warm = QLabel("warm-up")  # Qt's first window pays for fonts and styles: not counted
    warm.show()
    app.processEvents()
    started = time.perf_counter()
    table = QTableView()
    table.setModel(QStandardItemModel(0, 8))
    table.resize(*SIZE)
    table.show()
    app.processEvents()
    baseline = time.perf_counter() - started

    started = time.perf_counter()
    view = ContactsView(db, settings)
    view.resize(*SIZE)
    view.show()
    app.processEvents()
    ours = time.perf_counter() - started
    assert view.model.loaded() > 0, "the first page is shown"
    table.close()
    warm.close()
    return ours, baseline, view


def bare_search(connection: Bare, text: str, tag: str | None) -> int:
    """A plain LIKE search: the count and the first page, every word on every row."""
    where, params = [], []
    for word in search_key(text).split():
        where.append("search_text LIKE ?")
        params.append(f"%{word}%")
    if tag:
        where.append(
            "id IN (SELECT contact_id FROM contact_tag JOIN tag ON tag.id = "
            "contact_tag.tag_id WHERE tag.name = ?)"
        )
        params.append(tag)
    clause = " WHERE " + " AND ".join(where) if where else ""
    total = connection.execute(f"SELECT count(*) FROM contact{clause}", params).fetchone()[0]
    connection.execute(
        f"SELECT id, family_name, given_name, email FROM contact{clause} "
        "ORDER BY sort_name, id LIMIT 200",
        params,
    ).fetchall()
    return total


def search_figures(app, view, connection, text: str, tag: str | None) -> dict:
    """Median milliseconds: the model's answer (wall and CPU), the repaint, the bare query."""
    times: dict[str, list[float]] = {"answer": [], "cpu": [], "paint": [], "bare": []}
    query = view.query().with_(text=text, tag=tag)
    for _ in range(ROUNDS):
        started, cpu = time.perf_counter(), time.process_time()
        view.model.set_query(query)  # count + first page + model reset
        times["answer"].append(time.perf_counter() - started)
        times["cpu"].append(time.process_time() - cpu)
        started = time.perf_counter()
        app.processEvents()  # the rows painted
        times["paint"].append(time.perf_counter() - started)
        started = time.perf_counter()
        total = bare_search(connection, text, tag)
        times["bare"].append(time.perf_counter() - started)
        assert view.model.total() == total, (text, tag, view.model.total(), total)
    figures = {name: statistics.median(values) * 1000 for name, values in times.items()}
    figures["rows"] = total
    return figures


def keystrokes(app, view, connection, contacts: str) -> bool:
    print(
        f"search keystroke: set_query = count + first page (median of {ROUNDS}), target < "
        f"{KEYSTROKE_TARGET_MS} ms; then the repaint; the bare LIKE count + first page"
    )
    slowest: tuple[float, float, str] = (0.0, 0.0, "")
    for text, tag in [(k, None) for k in KEYSTROKES] + TAGGED:
        f = search_figures(app, view, connection, text, tag)
        label = repr(text) + (f" + tag {tag}" if tag else "")
        slowest = max(slowest, (f["answer"], f["bare"], label))
        print(
            f"  {label:24} {f['answer']:6.1f} ms (cpu {f['cpu']:5.1f})  paint "
            f"{f['paint']:5.1f} ms   bare LIKE {f['bare']:6.1f} ms  {f['rows']:6} rows  "
            f"{mark(f['answer'] < KEYSTROKE_TARGET_MS)}"
        )
    answer, bare, label = slowest
    print(f"  the slowest: {label}")
    return figure(
        f"search keystroke in {contacts} contacts (the slowest of "
        f"{len(KEYSTROKES) + len(TAGGED)}: count + first page)",
        answer,
        "ms",
        baseline=bare,
        baseline_what="plain SQL LIKE count + first page",
        limit=KEYSTROKE_TARGET_MS,
    )


def bare_sorted(connection: Bare, key: str, descending: bool) -> None:
    """The count and the first page in the order of a stored sort key, in plain SQL."""
    direction = " DESC" if descending else ""
    connection.execute("SELECT count(*) FROM contact").fetchone()
    connection.execute(
        f"SELECT id, family_name, given_name, email FROM contact "
        f"ORDER BY {key}{direction}, id{direction} LIMIT 200"
    ).fetchall()


def header_clicks(app, view, connection, contacts: str) -> bool:
    """Median milliseconds of a click on a name column's header, beside the bare SQL."""
    print(
        f"sorting by a header click: count + first page (median of {ROUNDS}), then the "
        f"repaint; target < {SORT_TARGET_MS} ms; the bare SQL count + first page"
    )
    model, header = view.model, view.table.horizontalHeader()
    model.set_query(view.query().with_(text="", tag=None))
    slowest: tuple[float, float, str] = (0.0, 0.0, "")
    for field, descending, key in SORTS:
        column = model.column_of(field)
        order, other = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder
        if not descending:
            order, other = other, order
        times: dict[str, list[float]] = {"answer": [], "paint": [], "bare": []}
        for _ in range(ROUNDS):
            header.setSortIndicator(column, other)  # the other way first: not timed
            app.processEvents()
            started = time.perf_counter()
            header.setSortIndicator(column, order)  # as a click does: the view sorts the model
            times["answer"].append(time.perf_counter() - started)
            started = time.perf_counter()
            app.processEvents()
            times["paint"].append(time.perf_counter() - started)
            assert (model.query.sort, model.query.descending) == (field, descending)
            started = time.perf_counter()
            bare_sorted(connection, key, descending)
            times["bare"].append(time.perf_counter() - started)
        f = {name: statistics.median(values) * 1000 for name, values in times.items()}
        fast = f["answer"] + f["paint"] < SORT_TARGET_MS
        label = f"{field} {'descending' if descending else 'ascending'}"
        slowest = max(slowest, (f["answer"] + f["paint"], f["bare"], label))
        first = model.index(0, model.column_of("family_name")).data()
        print(
            f"  {label:24} {f['answer']:6.1f} ms  paint {f['paint']:5.1f} ms   bare SQL "
            f"{f['bare']:6.1f} ms   first row {first!r:14} {mark(fast)}"
        )
    answer, bare, label = slowest
    print(f"  the slowest: {label}")
    return figure(
        f"sorting {contacts} contacts by a header click (the slowest of {len(SORTS)}: "
        "count + first page + repaint)",
        answer,
        "ms",
        baseline=bare,
        baseline_what="plain SQL count + first page in that order",
        limit=SORT_TARGET_MS,
    )


def bare_pages(connection: Bare, total: int, size: int, tag: str | None = None) -> list[float]:
    """The same pages in the same order, read with plain SQL (no names of linked records);
    with `tag`, only the contacts carrying it."""
    where, parameters = "", []
    if tag:
        where = (
            "WHERE id IN (SELECT contact_id FROM contact_tag JOIN tag ON tag.id = "
            "contact_tag.tag_id WHERE tag.name = ?) "
        )
        parameters = [tag]
    times = []
    for offset in range(0, total, size):
        started = time.perf_counter()
        connection.execute(
            "SELECT id, family_name, given_name, name_zh, title, position, email, phone, town, "
            f"country, language, active FROM contact {where}"
            "ORDER BY sort_name, id LIMIT ? OFFSET ?",
            (*parameters, size, offset),
        ).fetchall()
        times.append(time.perf_counter() - started)
    return times


class _BareModel(QAbstractTableModel):
    """As many rows and columns as the list, with a made-up text in each cell and
    nothing else, fetched 200 rows at a time: what any Python model costs Qt."""

    def __init__(self, rows: int, columns: int, page: int):
        super().__init__()
        self.rows, self.columns, self.page, self.loaded = rows, columns, page, page

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.loaded

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.columns

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"Müller {index.row()}/{index.column()}"
        return None

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return self.loaded < self.rows

    def fetchMore(self, parent=QModelIndex()) -> None:
        more = min(self.page, self.rows - self.loaded)
        self.beginInsertRows(QModelIndex(), self.loaded, self.loaded + more - 1)
        self.loaded += more
        self.endInsertRows()


def bare_table_pages(app, view) -> list[float]:
    """A bare QTableView set up as the list's (size, row height, column widths) over
    _BareModel, scrolled the same way: Qt's own part of a page, fetched and painted."""
    model = _BareModel(view.model.total(), view.model.columnCount(), view.model.page_size)
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(view.table.verticalHeader().defaultSectionSize())
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    for column in range(model.columns):
        table.setColumnWidth(column, view.table.columnWidth(column))
    table.horizontalHeader().setStretchLastSection(True)
    table.resize(view.table.size())
    table.show()
    app.processEvents()
    times = []
    while model.canFetchMore():
        before = model.loaded
        started = time.perf_counter()
        table.scrollToBottom()
        if model.loaded == before:
            model.fetchMore()
        app.processEvents()
        times.append(time.perf_counter() - started)
    table.close()
    return times


def scrolling(app, view, connection, contacts: str, tag: str | None = None) -> bool:
    """Scrolling the whole list (with `tag`, the contacts carrying it) top to bottom."""
    model = view.model
    model.set_query(view.query().with_(text="", tag=tag))
    app.processEvents()
    times, cpu = [], []
    started = time.perf_counter()
    while model.canFetchMore():
        before = model.loaded()
        page_started, page_cpu = time.perf_counter(), time.process_time()
        view.table.scrollToBottom()  # the view asks the model for more at the end
        if model.loaded() == before:
            model.fetchMore()
        app.processEvents()
        times.append(time.perf_counter() - page_started)
        cpu.append(time.process_time() - page_cpu)
    total = time.perf_counter() - started
    bare = bare_pages(connection, model.total(), model.page_size, tag)
    what = f"{contacts} contacts"
    if tag:
        what = f"the {model.total():,} tagged “{tag}” of {what}"
    print(
        f"scrolling {what} top to bottom: {model.loaded()} rows in {len(times)} pages of "
        f"{model.page_size}"
    )
    print(
        f"  per page   median {statistics.median(times) * 1000:6.1f} ms (cpu "
        f"{statistics.median(cpu) * 1000:5.1f}), slowest {max(times) * 1000:6.1f} ms   "
        f"bare SQL median "
        f"{statistics.median(bare) * 1000:6.1f} ms, slowest {max(bare) * 1000:6.1f} ms"
    )
    print(f"  in total   {total:6.2f} s   bare SQL {sum(bare):6.2f} s")
    if not tag:  # Qt's part of each page, for comparison (no goal)
        qt = bare_table_pages(app, view)
        print(
            f"  a bare QTableView over a Python model of as many rows, scrolled the same way:"
            f" median {statistics.median(qt) * 1000:6.1f} ms a page"
        )
    return figure(
        f"scrolling {what}, a page of {model.page_size} rows",
        statistics.median(times) * 1000,  # fetched and painted
        "ms",
        baseline=statistics.median(bare) * 1000,
        baseline_what="the same page read with plain SQL; medians",
        limit=PAGE_TARGET_MS,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--database", type=Path, help="default: bench/out/contacts-<n>.sqlite")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--postgresql",
        metavar="URL",
        help='run on a PostgreSQL database (a URL, or "start" for a throwaway server)',
    )
    args = parser.parse_args(argv)
    path = database(
        args.database or HERE / "out" / f"contacts-{args.contacts}.sqlite", args.contacts
    )
    if not args.postgresql:
        return run(str(path), args.strict)
    with server_database(args.postgresql) as url:
        fill_server(url, path, args.contacts)
        return run(url, args.strict)


def run(target: str, strict: bool) -> int:
    """Every figure of the contacts list on the database `target` (a file or a URL)."""
    app = QApplication.instance() or QApplication([])
    baseline_memory = peak_mb()
    with tempfile.TemporaryDirectory(prefix="isa-bench-lists-") as home:
        os.environ["ISA_DESK_HOME"] = home  # settings and log of this run stay here
        started = time.perf_counter()
        db = Database.open(target)
        configure_mappers()  # once per program, at its first query: not the list's time
        print(
            f"{db.engine.dialect.name}: database opened and models set up in "
            f"{(time.perf_counter() - started) * 1000:.0f} ms"
        )
        connection = Bare(target)
        try:
            ours, baseline, view = opening(app, db, Settings(Path(home) / "settings.ini"))
            contacts = f"{view.model.total():,}"
            met = [
                figure(
                    f"contacts list of {contacts} contacts opens (first page on screen)",
                    ours * 1000,
                    "ms",
                    baseline=baseline * 1000,
                    baseline_what="a bare QTableView shown",
                    limit=OPEN_TARGET_S * 1000,
                )
            ]
            met.append(keystrokes(app, view, connection, contacts))
            met.append(header_clicks(app, view, connection, contacts))
            met.append(scrolling(app, view, connection, contacts))
            met.append(scrolling(app, view, connection, contacts, tag="Presse"))
            view.close()
        finally:
            connection.close()
            db.close()
    met.append(
        figure(
            f"contacts list of {contacts} contacts: memory peak (VmHWM)",
            peak_mb(),
            "MB",
            baseline=baseline_memory,
            baseline_what="the peak before the database was opened",
            limit=MEMORY_TARGET_MB,
        )
    )
    return 1 if strict and not all(met) else 0


if __name__ == "__main__":
    sys.exit(main())
