"""Importing a received list of contacts or members: find the header row and map the
columns, read and check every row, find duplicates (`analyse`, nothing written), then
write it all in one transaction recorded as an import batch (`run`), which `undo` takes
back whole.

With any row in error nothing is written, unless the caller chooses to import the valid
rows (`skip_invalid`). A dry run writes in a transaction that is rolled back, so its
figures are exactly those of the real import.
"""

from __future__ import annotations

from isa_desk.core import collector
from isa_desk.core.db import locks
from isa_desk.core.db.engine import Database
from isa_desk.core.domain.text import search_key
from isa_desk.core.exchange import columns
from isa_desk.core.exchange.importing import match as duplicates
from isa_desk.core.exchange.importing.date_columns import DateColumns
from isa_desk.core.exchange.importing.plan import SKIP, Plan, PlannedRow, Result
from isa_desk.core.exchange.importing.read import ReadError, Source, SourceRow
from isa_desk.core.exchange.importing.undo import batches, last_batch, undo
from isa_desk.core.exchange.importing.validate import Problem, RowReader
from isa_desk.core.exchange.importing.write import CREATED, UPDATED, known_keys, writer_for
from isa_desk.core.exchange.values import text_value
from isa_desk.core.i18n import translate
from isa_desk.core.progress import Progress, or_silent
from isa_desk.core.services.editing import retry_while_busy, writing

HEADER_SEARCH_ROWS = 30  # the header may sit below a title and a few notes
PROGRESS_EVERY = 250
IMPORT_PATIENCE_S = 300.0  # waiting for another import to finish writing (cancellable)


class NoColumnsError(ReadError):
    """No column of the file is one ISA Desk knows (exit code 2)."""


class _DryRun(Exception):
    """Ends a dry run's transaction with a rollback."""


def _expected_headers(list_name: str) -> str:
    if list_name == "members":
        return translate("Exchange", "Name, Land, Bundesland/Provinz, Status, Mitglied seit")
    return translate(
        "Exchange",
        "Anrede, Vorname, Nachname, Organisation, E-Mail, Telefon (or an Outlook contact export)",
    )


def find_header(source: Source, list_name: str) -> tuple[SourceRow, list[str | None]]:
    """The row among the first ones whose cells name the most known fields."""
    best: tuple[int, SourceRow, list] | None = None
    for row in source.head(HEADER_SEARCH_ROWS):
        if row.is_blank():
            continue
        mapping = columns.recognise(row.values, list_name)
        score = sum(1 for key in mapping if key)
        if score and (best is None or score > best[0]):
            best = (score, row, mapping)
    if best is None:
        raise NoColumnsError(
            translate(
                "Exchange",
                "{file}: no column is recognised in the sheet “{sheet}”. Expected "
                "headers such as {headers}, or those of a list exported by ISA Desk.",
            ).format(
                file=source.path.name, sheet=source.sheet, headers=_expected_headers(list_name)
            )
        )
    return best[1], best[2]


def headers_of(row: SourceRow) -> list[str]:
    return [text_value(value) for value in row.values]


def analyse(
    db: Database,
    source: Source,
    list_name: str,
    mapping: list[str | None] | None = None,
    header_row: int | None = None,
    progress: Progress | None = None,
) -> Plan:
    """Read and check every row of `source`; nothing is written. Raises Cancelled when
    the progress is cancelled."""
    progress = or_silent(progress)
    if list_name not in columns.IMPORTABLE:
        raise ValueError(f"cannot import {list_name!r}")
    if header_row is not None:  # chosen by the user
        header = next((r for r in source.head(HEADER_SEARCH_ROWS) if r.number == header_row), None)
        if header is None:
            raise NoColumnsError(
                translate("Exchange", "{file}: the sheet has no row {row}.").format(
                    file=source.path.name, row=header_row
                )
            )
        found = columns.recognise(header.values, list_name)
    else:
        header, found = find_header(source, list_name)
    mapping = list(mapping) if mapping is not None else found
    if not any(mapping):
        raise NoColumnsError(
            translate(
                "Exchange", "{file}: no column is assigned to a field. Assign at least one."
            ).format(file=source.path.name)
        )
    plan = Plan(
        list_name,
        source.path,
        source.sheet,
        source.description(),
        header.number,
        headers_of(header),
        mapping,
    )
    with collector.paused(), db.session() as session:
        contacts = list_name == "contacts"
        members = duplicates.member_keys(session) if contacts else {}
        organisations = duplicates.Organisations(session) if contacts else None
        matcher = (duplicates.ContactMatcher if contacts else duplicates.MemberMatcher)(
            session, plan
        )
        reader = RowReader(list_name, plan.headers, mapping, members)
        reader.dates = dates = DateColumns(reader.header)
        known: set[str] = set()  # the new organisations, for a quick look-up
        chunk: list[PlannedRow] = []
        for source_row in source.rows():
            if source_row.number <= header.number:
                continue  # (a blank row gives no values: _planned leaves it out)
            row = _planned(reader, source_row, plan, members, organisations, known)
            if row is not None:
                chunk.append(row)
            if len(chunk) >= PROGRESS_EVERY:
                _settle(plan, matcher, chunk)
                progress.step(len(plan.rows), 0)
        _settle(plan, matcher, chunk)
    plan.notices = [Problem(0, "", text, warning=True) for text in source.notices()]
    plan.notices += dates.settle(plan, source)  # one order of day and month a column
    return plan


def _settle(plan: Plan, matcher, chunk: list[PlannedRow]) -> None:
    """Match a chunk of checked rows, check what new records need, and keep the rows in
    the plan's store (in the order of the file, so each is matched against those before)."""
    matcher.prepare(chunk)
    for row in chunk:
        keys = matcher.match(row) if row.valid else None
        _check_new_record(plan, row)
        plan.rows.add(row, keys)
    chunk.clear()


def _planned(
    reader: RowReader,
    source_row: SourceRow,
    plan: Plan,
    members: dict,
    organisations,
    known: set[str],
) -> PlannedRow | None:
    data, problems = reader.read(source_row)
    if not any(value not in (None, "", []) for value in data.values()) and not problems:
        return None  # cells only in columns that are not imported
    row = PlannedRow(source_row.number, source_row.values, data, problems)
    if plan.list_name == "contacts":
        _link_contact(row, plan, members, organisations, known)
        if row.valid:
            row.keys = known_keys(data)
    return row


def _link_contact(row: PlannedRow, plan: Plan, members: dict, organisations, known) -> None:
    data = row.data
    name = data.pop("member", "")
    if name:
        member_id = members.get(search_key(name))
        if member_id is None:
            header, index = plan.column("member")
            row.problems.append(
                Problem(
                    row.number,
                    header,
                    translate("Exchange", "No member is called “{name}”.").format(name=name),
                    column_index=index,
                )
            )
        else:
            data["member_id"] = member_id
    organisation = (data.get("organisation") or "").strip()
    if organisation:
        found = organisations.find(organisation)
        if found is not None:
            data["organisation_id"] = found[0]
            data["_organisation_member"] = found[1]
        elif organisation not in known:
            known.add(organisation)
            plan.new_organisations.append(organisation)


def _check_new_record(plan: Plan, row: PlannedRow) -> None:
    """What a new record needs: a contact a family name or an organisation (as in the
    editor), a member its name and country."""
    data = row.data
    member_of_organisation = data.pop("_organisation_member", None)
    if row.match is not None or not row.valid:
        return
    if plan.list_name == "contacts":
        if member_of_organisation and not data.get("member_id"):
            data["member_id"] = member_of_organisation
        if not (data.get("family_name") or data.get("organisation") or data.get("name_zh")):
            row.problems.append(
                Problem(
                    row.number,
                    "",
                    translate("Exchange", "A new contact needs a family name or an organisation."),
                )
            )
        return
    for key, message in (
        ("name", translate("Exchange", "A new member needs a name.")),
        ("country", translate("Exchange", "A new member needs a country.")),
    ):
        if not data.get(key):
            header, index = plan.column(key)
            row.problems.append(Problem(row.number, header, message, column_index=index))


def run(
    db: Database,
    plan: Plan,
    on_duplicate: str = SKIP,
    skip_invalid: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> Result:
    """Write the plan in one transaction; with errors and without `skip_invalid`, nothing.
    Raises Cancelled, with nothing written, when the progress is cancelled."""
    progress = or_silent(progress)
    result = Result(errors=plan.errors(), duplicates=0)
    if result.errors and not skip_invalid:
        result.duplicates = plan.duplicate_count()
        return result
    total = plan.valid_count()
    result.skipped = len(plan.rows) - total
    if not total:
        return result
    decisions = plan.decisions()

    def attempt() -> Result:
        counted = Result(errors=result.errors, duplicates=0, skipped=result.skipped)
        return _write(db, plan, on_duplicate, dry_run, decisions, counted, progress)

    # another import writing meanwhile: this one waits for its turn (on SQLite past the busy
    # timeout, too: an attempt that gave up had written nothing, being one transaction)
    return retry_while_busy(attempt, progress.check, patience=IMPORT_PATIENCE_S)


def _write(
    db: Database,
    plan: Plan,
    on_duplicate: str,
    dry_run: bool,
    decisions: dict,
    result: Result,
    progress: Progress,
) -> Result:
    try:
        with collector.paused(), writing(db) as session:
            # one import writes at a time: the tags, organisations and duplicates this one
            # looks up are then those the other import made, not made a second time
            locks.take_turn(session, "import", progress.check)
            with writer_for(session, plan, on_duplicate) as writer:
                _write_rows(plan, writer, decisions, result, on_duplicate, progress)
                if not (result.created or result.updated):
                    raise _DryRun  # nothing changed: no batch to undo either
                batch = writer.batch()
            batch.created, batch.updated, batch.skipped = (
                result.created,
                result.updated,
                result.skipped,
            )
            result.batch_id = batch.id
            if dry_run:
                raise _DryRun
    except _DryRun:
        result.batch_id = None
        return result
    result.written = True
    return result


def _write_rows(
    plan: Plan, writer, decisions: dict, result: Result, on_duplicate: str, progress: Progress
) -> None:
    total, done = plan.valid_count(), 0
    for chunk in plan.rows.chunks("valid"):
        writer.prepare(chunk)
        for row in chunk:
            row.decision = decisions.get(row.number, row.decision)
            _count(result, row, writer.write(row), on_duplicate)
        writer.checkpoint()  # what the chunk made is written; memory let go
        done += len(chunk)
        progress.step(done, total)


def _count(result: Result, row: PlannedRow, outcome: str, on_duplicate: str) -> None:
    if row.match is not None and row.action(on_duplicate) != "create":
        result.duplicates += 1
    if outcome == CREATED:
        result.created += 1
    elif outcome == UPDATED:
        result.updated += 1
    else:
        result.skipped += 1


# undo: in undo.py, here too for the callers of the importer
__all__ = [
    "HEADER_SEARCH_ROWS",
    "NoColumnsError",
    "analyse",
    "batches",
    "find_header",
    "headers_of",
    "last_batch",
    "run",
    "undo",
]
