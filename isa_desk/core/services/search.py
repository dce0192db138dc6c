"""Search, filter and sort for the list services, all done by the database.

Every searchable record keeps a folded copy of its text in `search_text` (see
models.SEARCH_FIELDS and core.text.search_key); a search word is folded the same way
and must occur somewhere in it. Sorting always ends with the id, so that pages taken
one after another neither repeat nor skip a row.

How a page is found depends on how many rows match (tables with a trigram index,
see search_index.py: SQLite's FTS5 or PostgreSQL's pg_trgm, at 100,000 contacts):
- words the index can look up (three or more letters, any Chinese) that occur in at
  most PROBE_LIMIT rows: the index finds them, and they are sorted;
- more common words, words too short for the index (one or two Latin letters) and
  filters: rows are read along the sort order where an index gives it (contacts by
  name), stopping after the page. What the index entries can answer (the search text
  is part of the contacts' sort index; a tag is a list of ids) is tested on the entries
  alone, so even a rare word costs no more than one pass over that index; filters that
  need the table's rows give up after WALK_ROWS rows, and then the matching rows are
  found first and sorted.

On PostgreSQL (pg_trgm) the words the index can look up are LIKE conditions its GIN
index serves, counted as they are; a page is taken from their hits, sorted, when there
are no more than PROBE_LIMIT (found out together with the page, in one statement), else
read along the sort order as the planner chooses; a rare tag's records are fetched by
their ids and sorted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import (
    Column,
    Index,
    Select,
    and_,
    bindparam,
    func,
    literal_column,
    select,
    text,
    tuple_,
)
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql import visitors
from sqlalchemy.sql.elements import BinaryExpression, UnaryExpression
from sqlalchemy.sql.operators import custom_op, in_op

from isa_desk.core.db import search_index
from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Tag
from isa_desk.core.domain.text import search_key, without_controls
from isa_desk.core.services.common import ListQuery

MAX_WORDS = 8  # more words than this add no precision, only work
PROBE_LIMIT = 5000  # more index hits than this: reading along the sort order is quicker
WALK_ROWS = 5000  # rows read along the sort order, beyond a page, before sorting instead
SHORT_LIST = 2000  # a tag with fewer records: fetch them and sort, rather than walk


def words(text_: str) -> list[str]:
    """The folded search words of a search text, without repeats."""
    unique: list[str] = []
    for word in search_key(without_controls(text_ or "")).split():
        if word not in unique:
            unique.append(word)
    return unique[:MAX_WORDS]


def _like(column, found: list[str]) -> list:
    # % and _ in a word are taken literally
    return [column.contains(word, autoescape=True) for word in found]


def like_conditions(column, text_: str) -> list:
    """Every word must occur in `column`; % and _ in a word are taken literally."""
    return _like(column, words(text_))


def tag_condition(tags_relationship: InstrumentedAttribute, tag: str | None) -> list:
    """Only records that carry the tag of that name: their ids are read from the link
    table once, not looked up for every record."""
    if not tag:
        return []
    relation = tags_relationship.property
    ((owner_id, link_owner),) = relation.synchronize_pairs
    ((tag_id, link_tag),) = relation.secondary_synchronize_pairs
    tagged = select(link_owner).join(Tag, tag_id == link_tag).where(Tag.name == tag)
    return [owner_id.in_(tagged)]


def equal_conditions(filters: Mapping[InstrumentedAttribute, object]) -> list:
    """Exact filters; a value of None (or "") means any."""
    return [
        column == value for column, value in filters.items() if value is not None and value != ""
    ]


@dataclass(frozen=True)
class Match:
    """The WHERE conditions of a list query, and its count when already known."""

    conditions: list
    count: int | Select | None = None  # known, or a quicker way to count than the conditions
    text: bool = False  # a search text is part of it
    # found through the trigram index: few rows, sort them all (PostgreSQL: perhaps few,
    # page_ids finds out)
    few: bool = False
    # the same conditions with the LIKE words tested on a narrow index first: for
    # rare words, quicker than testing them on every row
    narrowed: list = field(default_factory=list)

    def after(self, following) -> Match:
        """The same match, limited to the rows `following` names (see `continuation`)."""
        narrowed = [*self.narrowed, following] if self.narrowed else []
        return replace(self, conditions=[*self.conditions, following], narrowed=narrowed)


def _trigram_like(table, found: list[str]) -> list:
    """PostgreSQL: the words as LIKE on the index text, which pg_trgm's index serves."""
    column = table.c[search_index.COLUMN]
    return [column.contains(search_index.index_text(word), autoescape=True) for word in found]


def _index_hits(index: search_index.Index, table, found: list[str], limit: int | None = None):
    """SELECT the ids (as `rowid`) of the rows holding every word, from the trigram index."""
    if index.dialect != "sqlite":
        hits = select(table.c.id.label("rowid")).where(*_trigram_like(table, found))
        return hits if limit is None else hits.limit(limit)
    name = index.name
    limited = f" LIMIT {int(limit)}" if limit is not None else ""
    rows = text(f"SELECT rowid FROM {name} WHERE {name} MATCH :words{limited}").bindparams(
        bindparam("words", search_index.fts_query(found), unique=True)
    )
    return rows.columns(literal_column("rowid"))


def _index_count(
    index: search_index.Index,
    table,
    found: list[str],
    limit: int | None = None,
    within: Sequence[Select] = (),
) -> Select:
    """SELECT how many rows the trigram index finds, counting no further than `limit`;
    with `within`, only those whose id each of these SELECTs lists (as a tag does)."""
    hits = _index_hits(index, table, found, limit).subquery()
    stmt = select(func.count()).select_from(hits)
    return stmt.where(*[_each(listed, hits.c.rowid) for listed in within])


def _each(listed: Select, id_column):
    """EXISTS: `listed` holds the id, tested for each row found (few of them)."""
    return listed.where(listed.selected_columns[0] == id_column).exists()


def _index_condition(id_column, index: search_index.Index, found: list[str]):
    if index.dialect != "sqlite":  # the table's own rows, found through its GIN index
        return and_(*_trigram_like(id_column.table, found))
    return id_column.in_(_index_hits(index, id_column.table, found))


def _index_of(db: Database, search_column) -> search_index.Index | None:
    return search_index.lookup(db.engine).get(search_column.table.name)


def match(session: Session, db: Database, search_column, text_: str, filters: list) -> Match:
    """The conditions for records whose `search_column` holds every word of `text_` and
    that meet `filters`; see the module's note on rare and common words."""
    found, filters = words(text_), list(filters)
    if not found:
        return Match(filters)
    index = _index_of(db, search_column)
    table = search_column.table
    looked_up = [w for w in found if index.indexable(w)] if index else []
    short = _like(search_column, [w for w in found if w not in looked_up])
    alone = not short and not filters
    if looked_up and index is not None and index.dialect != "sqlite":
        # PostgreSQL's planner reads the GIN index for these conditions where it helps;
        # whether the hits are few (sorted) or many (read along the sort order) is
        # found out by page_ids together with the page, not by a probe of its own
        conditions = [_index_condition(table.c.id, index, looked_up), *short, *filters]
        return Match(conditions, text=True, few=True)
    if looked_up and index is not None:
        probe = _index_count(index, table, looked_up, PROBE_LIMIT + 1)
        hits = session.execute(probe).scalar_one()
        id_column = table.c.id
        if hits <= PROBE_LIMIT:
            # the index's few hits are fetched; a tag is looked up for each of them
            lists = [_id_list(condition, id_column) for condition in filters]
            tests = [
                condition if listed is None else _each(listed, id_column)
                for condition, listed in zip(filters, lists, strict=True)
            ]
            conditions = [_index_condition(id_column, index, looked_up), *short, *tests]
            exact = hits if alone else None
            if exact is None and not short and None not in lists:  # a tag: count in the index
                tags = [x for x in lists if x is not None]
                exact = _index_count(index, table, looked_up, within=tags)
            return Match(conditions, exact, text=True, few=True)
    like = _like(search_column, found)
    exact = _index_count(index, table, looked_up) if index and looked_up and alone else None
    id_column = table.c.id
    narrowed = [id_column.in_(select(id_column).where(*like)), *filters]
    return Match(like + filters, exact, text=True, narrowed=narrowed)


def _id_list(condition, id_column) -> Select | None:
    """The SELECT of a condition `id IN (SELECT …)`, None for any other condition."""
    if not (
        isinstance(condition, BinaryExpression)
        and condition.operator is in_op
        and condition.left.compare(id_column)
    ):
        return None
    listed = getattr(condition.right, "element", None)
    return listed if isinstance(listed, Select) else None


def count(session: Session, model, found: Match) -> int:
    """How many records of `model` a match finds."""
    if isinstance(found.count, int):
        return found.count
    if found.count is not None:
        return session.execute(found.count).scalar_one()
    if len(found.conditions) == 1:
        listed = _id_list(found.conditions[0], model.__table__.c.id)
        if listed is not None:  # a tag alone: count its links, not the records they name
            ids = listed.subquery()
            distinct = func.count(ids.c[0].distinct())
            return session.execute(select(distinct)).scalar_one()
    stmt = select(func.count()).select_from(model).where(*found.conditions)
    return session.execute(stmt).scalar_one()


def sort_key(query: ListQuery, sort_columns: Mapping[str, Sequence], default: str) -> str:
    return query.sort if query.sort in sort_columns else default


def _unindexed(column, sqlite: bool):
    """The same order, but the database will not walk an index for it: SQLite's
    `+column`, elsewhere `coalesce(column, column)` (same type, collation and NULLs)."""
    if sqlite:
        return UnaryExpression(column, operator=custom_op("+"))
    return func.coalesce(column, column)


class Order(list):
    """The ORDER BY expressions of a list query, knowing the columns behind them."""

    def __init__(self, columns: list, descending: bool, sqlite: bool, sorting: bool):
        self.columns, self.descending, self.sqlite = columns, descending, sqlite
        # sorting: the database is kept from walking an index (see `sorting`)
        shown = [_unindexed(c, sqlite) for c in columns] if sorting else list(columns)
        super().__init__([c.desc() for c in shown] if descending else shown)

    def sorting(self) -> Order:
        """The order for finding the matching rows first, then sorting them: with a
        search word, the database would otherwise rather walk the sort index testing each
        row, which for a word found late in the order ("schmidt" by family name) reads
        most of the table."""
        return Order(self.columns, self.descending, self.sqlite, sorting=True)

    def walk_index(self) -> Index | None:
        """The index that gives this order (the sort columns, then the row's id), so
        that SQLite can read rows in this order (SQLite only)."""
        *keys, id_column = [column.expression for column in self.columns]
        if not self.sqlite or not keys or not all(isinstance(k, Column) for k in keys):
            return None
        table = id_column.table
        if any(k.table is not table or k.nullable for k in keys):
            return None  # row-value bounds (see _walk) need values
        names = [k.name for k in keys]
        for index in table.indexes:
            if [c.name for c in index.columns][: len(names) + 1] in (names, names + ["id"]):
                return index
        return None


def _covered(index: Index, conditions: list) -> bool:
    """Whether SQLite can test the conditions on the index's entries alone, without
    reading the table (the row id is part of every entry)."""
    table = index.table
    known = {column.name for column in index.columns} | {"id"}
    for condition in conditions:
        for element in visitors.iterate(condition):
            if isinstance(element, Column) and element.table is table:
                if element.name not in known:
                    return False
    return True


def order_by(
    db: Database,
    query: ListQuery,
    sort_columns: Mapping[str, Sequence],
    default: str,
    id_column,
    found: Match,
) -> Order:
    """The ORDER BY of `query.sort` (a whitelisted key, else the default), then the id."""
    columns = list(sort_columns[sort_key(query, sort_columns, default)]) + [id_column]
    sqlite = db.engine.dialect.name == "sqlite"
    return Order(columns, query.descending, sqlite, sorting=found.few and sqlite)


def list_order(db: Database, query: ListQuery, match, order) -> tuple[list, Order]:
    """The WHERE conditions and the ORDER BY of a whole list: `match(session, db, query)`
    gives the conditions, `order(db, query, found)` the order, as the list's pages use."""
    with db.session() as session:
        found = match(session, db, query)
    return found.conditions, order(db, query, found)


def _tested(conditions: list, id_column) -> list:
    """The conditions with `id IN (SELECT …)` turned into `+id IN (SELECT …)`: SQLite
    is to test the ids while it reads the sort index, rather than fetch every listed
    row and sort them."""
    tested = []
    for condition in conditions:
        if _id_list(condition, id_column) is not None:
            condition = BinaryExpression(_unindexed(condition.left, True), condition.right, in_op)
        tested.append(condition)
    return tested


def _short_list(session: Session, conditions: list, id_column) -> bool:
    """Whether one of the conditions is `id IN (SELECT …)` of fewer than SHORT_LIST ids."""
    for condition in conditions:
        listed = _id_list(condition, id_column.expression)
        if listed is not None and _fewer(session, listed, SHORT_LIST):
            return True
    return False


def _listed(session: Session, conditions: list, id_column) -> list:
    """The conditions with `id IN (SELECT …)` of fewer than SHORT_LIST ids replaced by
    the ids themselves (the same list when there is none): PostgreSQL's planner, which
    cannot know how many records a tag has, would read the whole table for a rare one."""
    replaced, changed = list(conditions), False
    for number, condition in enumerate(conditions):
        listed = _id_list(condition, id_column.expression)
        if listed is not None and _fewer(session, listed, SHORT_LIST):
            ids = list(session.scalars(listed))  # counted first: a common tag's stay there
            replaced[number], changed = id_column.expression.in_(ids), True
    return replaced if changed else conditions


def _fewer(session: Session, listed: Select, limit: int) -> bool:
    """Whether `listed` gives fewer than `limit` rows (counted no further)."""
    some = listed.limit(limit).subquery()
    return session.execute(select(func.count()).select_from(some)).scalar_one() < limit


def _walk(
    session: Session,
    ids: Select,
    conditions: list,
    order: Order,
    offset: int,
    limit: int,
    reach: int | None,
    following=None,
) -> list[int] | None:
    """The page read along the sort index, looking at no more than the first `reach`
    rows of the order (of those `following` names, the rows after the page before);
    None when they hold too few matches."""
    stmt = ids.where(*_tested(conditions, order.columns[-1].expression))
    bound = None
    if reach is not None:
        rows = select(*order.columns)
        if following is not None:
            rows = rows.where(following)
        bound = session.execute(rows.order_by(*order).offset(reach).limit(1)).first()
    walk = stmt.order_by(*order)
    if bound is not None:
        row, last = tuple_(*order.columns), tuple_(*bound)
        walk = walk.where(row >= last if order.descending else row <= last)
    page = list(session.scalars(walk.offset(offset).limit(limit)))
    return page if len(page) == limit or bound is None else None


def continuation(session: Session, found: Match, order: Sequence, offset: int, after: int | None):
    """The condition for the page at `offset` read on from the row `after` (the last of
    the page before): the rows that come after it in `order`, rather than counted off
    from the start. OFFSET reads every row before the page, and tests each for a filter:
    6 ms at the end of 100,000 contacts, 40 ms when a search word is tested on each. A
    row added or removed before `after` meanwhile then shifts no row of the next page.
    With the list's conditions, page_ids finds the page among the rows this one names.
    The few rows the trigram index found on SQLite stay fetched and sorted: the
    condition is kept from the sort index there.
    None where the page is to be counted off from the start instead: an order not by
    plain values of the table (a NULL or a joined name cannot be compared as a row
    value), a row that is gone."""
    if after is None or not offset or not isinstance(order, Order):
        return None
    *keys, id_column = [column.expression for column in order.columns]
    if not all(isinstance(k, Column) and k.table is id_column.table for k in keys):
        return None
    if any(k.nullable for k in keys):
        return None
    values = session.execute(select(*keys, id_column).where(id_column == after)).first()
    if values is None:
        return None
    compared = [*keys, id_column]
    if found.few and order.sqlite:
        compared = [_unindexed(column, True) for column in compared]
    row, last = tuple_(*compared), tuple_(*values)
    return row < last if order.descending else row > last


def _walk_index(session: Session, found: Match, order: Sequence) -> Index | None:
    """The sort index SQLite may read the page along, for a filtered list: None for the
    few rows the trigram index found and for a rare tag (both fetched and sorted)."""
    if not (isinstance(order, Order) and found.conditions and not found.few):
        return None
    index = order.walk_index()
    if index is not None and _short_list(session, found.conditions, order.columns[-1]):
        return None  # a rare tag: its few records are fetched and sorted
    return index


def rows_after(
    session: Session, rows: Select, found: Match, order: Sequence, limit: int, following
) -> Sequence | None:
    """The page after the row `following` names (see `continuation`) as whole rows of
    `rows` (the list's select), in one query along the sort index: for a list without
    conditions, and on SQLite where page_ids would walk the whole sort index (the
    conditions tested on its entries alone). None elsewhere: page_ids finds the ids."""
    conditions = [following]
    if found.conditions:
        found = found.after(following)
        index = _walk_index(session, found, order)
        if index is None or not isinstance(order, Order) or not _covered(index, found.conditions):
            return None
        conditions = _tested(found.conditions, order.columns[-1].expression)
    stmt = rows.where(*conditions).order_by(*order).limit(max(0, int(limit)))
    return session.execute(stmt).all()


def page_ids(
    session: Session,
    ids: Select,
    found: Match,
    order: Sequence,
    offset: int,
    limit: int,
    following=None,
) -> list[int]:
    """The ids of one page; `ids` is `select(Model.id)` with the joins the order needs.
    With `following` (see `continuation`), the first page of the rows it names, in
    place of counting `offset` rows off from the start.

    Read along the sort index where there is one: when the conditions need only the
    index, to the end if need be (no more than counting reads); when they need the
    table's rows, only so far (see the module's note)."""
    offset, limit = max(0, int(offset)), max(0, int(limit))
    if following is not None:
        found = found.after(following)
        offset = 0
    if isinstance(order, Order) and not order.sqlite:
        return _server_page(session, ids, found, order, offset, limit)
    conditions = found.conditions
    if isinstance(order, Order) and conditions and not found.few:
        index = _walk_index(session, found, order)
        whole = (
            _walk(session, ids, conditions, order, offset, limit, None)
            if index is not None and _covered(index, conditions)
            else None
        )
        if whole is not None:  # walked to the end if need be: always a page
            return whole
        if index is not None and offset + limit <= WALK_ROWS:
            reach = offset + limit + WALK_ROWS
            walked = _walk(session, ids, conditions, order, offset, limit, reach, following)
            if walked is not None:
                return walked
            conditions = found.narrowed or conditions  # the matches are rare
        order = order.sorting()
    stmt = ids.where(*conditions).order_by(*order).offset(offset).limit(limit)
    return list(session.scalars(stmt))


def _server_page(
    session: Session, ids: Select, found: Match, order: Order, offset: int, limit: int
) -> list[int]:
    """PostgreSQL: the trigram index's hits sorted when they are few; otherwise the
    planner weighs reading along the sort order against sorting, except for a rare tag,
    whose records are fetched by their ids and sorted."""
    conditions = found.conditions
    if found.few:
        few = _few_page(session, ids, conditions, order, offset, limit)
        if few is not None:
            return few
    else:
        listed = _listed(session, conditions, order.columns[-1])
        if listed is not conditions:
            conditions, order = listed, order.sorting()
    stmt = ids.where(*conditions).order_by(*order).offset(offset).limit(limit)
    return list(session.scalars(stmt))


def _few_page(
    session: Session, ids: Select, conditions: list, order: Order, offset: int, limit: int
) -> list[int] | None:
    """PostgreSQL: the page among the rows the trigram index finds, sorted, when they
    are no more than PROBE_LIMIT; None when there are more (or the page is past them).
    One statement: the hits (at most one more than PROBE_LIMIT), their number, the page."""
    keys = [column.label(f"key{n}") for n, column in enumerate(order.columns)]
    hits = ids.add_columns(*keys).where(*conditions).limit(PROBE_LIMIT + 1).subquery()
    sort = [hits.c[f"key{n}"] for n in range(len(keys))]
    stmt = select(hits.c[0], func.count().over()).order_by(
        *[key.desc() for key in sort] if order.descending else sort
    )
    rows = session.execute(stmt.offset(offset).limit(limit)).all()
    if not rows or rows[0][1] > PROBE_LIMIT:
        return None
    return [row[0] for row in rows]


def in_order(rows, ids: list[int]) -> list:
    """Rows fetched by id, put into the order of `ids`."""
    position = {row_id: i for i, row_id in enumerate(ids)}
    return sorted(rows, key=lambda row: position[row.id])
