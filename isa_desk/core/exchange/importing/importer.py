"""Importing a received list of contacts or members: find the header row and map the
columns, read and check every row, find duplicates (`analyse`, nothing written), then
write it all in one transaction recorded as an import batch (`run`), which `undo` takes
back whole.

With any row in error nothing is written, unless the caller chooses to import the valid
rows (`skip_invalid`). A dry run writes in a transaction that is rolled back, so its
figures are exactly those of the real import.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import func, select

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import (
    Activity,
    Contact,
    ImportBatch,
    Inquiry,
    Member,
    MemberPlace,
    Organisation,
    Participant,
    utcnow,
)
from isa_desk.core.domain.text import search_key
from isa_desk.core.errors import ConflictError, NotFoundError
from isa_desk.core.exchange import columns
from isa_desk.core.exchange.importing import match as duplicates
from isa_desk.core.exchange.importing.plan import SKIP, Plan, PlannedRow, Result
from isa_desk.core.exchange.importing.read import ReadError, Source, SourceRow
from isa_desk.core.exchange.importing.validate import Problem, RowReader
from isa_desk.core.exchange.importing.write import CREATED, UPDATED, TagCache, writer_for
from isa_desk.core.exchange.values import text_value
from isa_desk.core.i18n import translate
from isa_desk.core.progress import Progress, or_silent
from isa_desk.core.services.editing import column_value, writing

HEADER_SEARCH_ROWS = 30  # the header may sit below a title and a few notes
PROGRESS_EVERY = 250


class NoColumnsError(ReadError):
    """No column of the file is one ISA Desk knows (exit code 2)."""


class _DryRun(Exception):
    """Ends a dry run's transaction with a rollback."""


@contextmanager
def _bulk() -> Iterator[None]:
    """No cyclic garbage collection while thousands of rows are read or written: the
    rows are long-lived and free of cycles, and a collector pass over them every few
    thousand allocations costs more than the work itself."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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
    with _bulk(), db.session() as session:
        members = duplicates.member_keys(session) if list_name == "contacts" else {}
        organisations = duplicates.Organisations(session) if list_name == "contacts" else None
        reader = RowReader(list_name, plan.headers, mapping, members)
        for source_row in source.rows():
            if source_row.number <= header.number or source_row.is_blank():
                continue
            row = _planned(reader, source_row, plan, members, organisations)
            if row is not None:
                plan.rows.append(row)
            if len(plan.rows) % PROGRESS_EVERY == 0:
                progress.step(len(plan.rows), 0)
        if list_name == "contacts":
            duplicates.match_contacts(session, plan)
        else:
            duplicates.match_members(session, plan)
    _check_new_records(plan)
    return plan


def _planned(
    reader: RowReader, source_row: SourceRow, plan: Plan, members: dict, organisations
) -> PlannedRow | None:
    data, problems = reader.read(source_row)
    if not any(value not in (None, "", []) for value in data.values()) and not problems:
        return None  # cells only in columns that are not imported
    row = PlannedRow(source_row.number, source_row.values, data, problems)
    if plan.list_name == "contacts":
        _link_contact(row, plan, members, organisations)
    return row


def _link_contact(row: PlannedRow, plan: Plan, members: dict, organisations) -> None:
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
        elif organisation not in plan.new_organisations:
            plan.new_organisations.append(organisation)


def _check_new_records(plan: Plan) -> None:
    """What a new record needs: a contact a family name or an organisation (as in the
    editor), a member its name and country."""
    for row in plan.rows:
        data = row.data
        member_of_organisation = data.pop("_organisation_member", None)
        if row.match is not None or not row.valid:
            continue
        if plan.list_name == "contacts":
            if member_of_organisation and not data.get("member_id"):
                data["member_id"] = member_of_organisation
            if not (data.get("family_name") or data.get("organisation") or data.get("name_zh")):
                row.problems.append(
                    Problem(
                        row.number,
                        "",
                        translate(
                            "Exchange", "A new contact needs a family name or an organisation."
                        ),
                    )
                )
        else:
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
        result.duplicates = len(plan.duplicates())
        return result
    rows = [row for row in plan.rows if row.valid]
    result.skipped = len(plan.rows) - len(rows)
    if not rows:
        return result
    try:
        with _bulk(), writing(db) as session:
            writer = writer_for(session, plan, on_duplicate)
            for done, row in enumerate(rows, start=1):
                outcome = writer.write(row)
                if row.match is not None and row.action(on_duplicate) != "create":
                    result.duplicates += 1
                if outcome == CREATED:
                    result.created += 1
                elif outcome == UPDATED:
                    result.updated += 1
                else:
                    result.skipped += 1
                if done % PROGRESS_EVERY == 0:
                    session.flush()
                    progress.step(done, len(rows))
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


# undo --------------------------------------------------------------------------------------
def batches(db: Database, limit: int = 50) -> list[ImportBatch]:
    """The latest imports, newest first."""
    with db.session() as session:
        stmt = select(ImportBatch).order_by(ImportBatch.id.desc()).limit(limit)
        return list(session.scalars(stmt))


def last_batch(db: Database) -> ImportBatch | None:
    """The newest import that was not undone yet."""
    with db.session() as session:
        stmt = (
            select(ImportBatch)
            .where(ImportBatch.undone_at.is_(None))
            .order_by(ImportBatch.id.desc())
            .limit(1)
        )
        return session.scalars(stmt).first()


def _label(record) -> str:
    return getattr(record, "full_name", None) or getattr(record, "name", "") or f"#{record.id}"


def _used_since(session, model, ids: list[int]) -> list[int]:
    """Records made by the import that other records refer to by now."""
    if not ids:
        return []
    if model is Contact:
        sources = [
            (Activity, Activity.contact_id),
            (Participant, Participant.contact_id),
            (Inquiry, Inquiry.contact_id),
        ]
    else:
        sources = [
            (Contact, Contact.member_id),
            (Organisation, Organisation.member_id),
            (Inquiry, Inquiry.member_id),
            (Activity, Activity.member_id),
        ]
    used: set[int] = set()
    for part in duplicates.chunks(ids):
        for _table, column in sources:
            used |= set(session.scalars(select(column).where(column.in_(part)).distinct()))
    return sorted(used)


def undo(db: Database, batch_id: int) -> str:
    """Take an import back: delete what it created, restore what it changed. Refused
    when any of those records changed since, so that no later work is lost."""
    with writing(db) as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFoundError(
                translate("Exchange", "The import {id} does not exist.").format(id=batch_id)
            )
        if batch.undone_at is not None:
            raise ConflictError(
                translate("Exchange", "The import {id} was undone already.").format(id=batch_id)
            )
        model = Contact if batch.entity == "contact" else Member
        data = json.loads(batch.undo_data or "{}")
        records = _records(session, model, data)
        _refuse_later_changes(session, model, data, records)
        for record_id, old in data.get("updated", {}).items():
            record = records.get(int(record_id))
            if record is not None:
                _restore(session, model, record, old)
        for record_id in data.get("created", []):
            if record_id in records:
                session.delete(records[record_id])
        session.flush()
        _remove_new_organisations(session, data.get("organisations", []))
        batch.undone_at = utcnow()
        return translate("Exchange", "Import of {source}").format(source=batch.source)


def _records(session, model, data: dict) -> dict[int, object]:
    ids = {int(i) for i in data.get("versions", {})} | set(data.get("created", []))
    found = {}
    for part in duplicates.chunks(ids):
        found.update({r.id: r for r in session.scalars(select(model).where(model.id.in_(part)))})
    return found


def _refuse_later_changes(session, model, data: dict, records: dict) -> None:
    changed = [
        records[int(i)]
        for i, version in data.get("versions", {}).items()
        if int(i) in records and records[int(i)].version != version
    ]
    used = _used_since(session, model, [i for i in data.get("created", []) if i in records])
    changed += [records[i] for i in used if records[i] not in changed]
    if changed:
        names = ", ".join(_label(r) for r in changed[:5])
        more = len(changed) - 5
        if more > 0:
            names += " " + translate("Exchange", "and {count} more").format(count=more)
        raise ConflictError(
            translate(
                "Exchange",
                "The import cannot be undone: these records were changed or used "
                "since ({names}). Undoing it would lose that work.",
            ).format(names=names)
        )


def _restore(session, model, record, old: dict) -> None:
    for key, value in old.items():
        if key == "tags":
            record.tags = TagCache(session).get(value)
            record.updated_at = utcnow()
        elif key == "places":
            record.places = [MemberPlace(name=n, position=i) for i, n in enumerate(value)]
            record.updated_at = utcnow()
        else:
            setattr(record, key, column_value(model, key, value))


def _remove_new_organisations(session, ids: list[int]) -> None:
    for organisation_id in ids:
        organisation = session.get(Organisation, organisation_id)
        if organisation is None:
            continue
        in_use = session.scalar(
            select(func.count(Contact.id)).where(Contact.organisation_id == organisation_id)
        )
        if not in_use:
            session.delete(organisation)
