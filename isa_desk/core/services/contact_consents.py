"""A contact's consents as forms, lists and merges carry them.

The editor, the import and the export see each purpose's consent as three fields of
the contact: `consent_<purpose>_given_on`, `consent_<purpose>_source` and
`consent_<purpose>_withdrawn_on` (`field_key`). The contacts service takes them, or
`consents` as {purpose: {"given_on", "source", "withdrawn_on"}}; a part left out keeps
its stored value, so a save after a colleague's change writes only the user's parts.
Whether a consent is in force is decided in privacy/consent.py, nowhere else.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping

from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.db.models import Consent, Contact
from isa_desk.core.domain import labels
from isa_desk.core.errors import ValidationError
from isa_desk.core.i18n import translate
from isa_desk.core.privacy import consent
from isa_desk.core.privacy.consent import PURPOSES, ConsentState
from isa_desk.core.services.editing import column_value

GIVEN_ON, SOURCE, WITHDRAWN_ON = "given_on", "source", "withdrawn_on"
PARTS = (GIVEN_ON, SOURCE, WITHDRAWN_ON)
DATE_PARTS = (GIVEN_ON, WITHDRAWN_ON)

States = dict[ConsentPurpose, ConsentState]


def field_key(purpose: ConsentPurpose | str, part: str) -> str:
    """The name of one part of a purpose's consent among a contact's fields."""
    return f"consent_{ConsentPurpose(purpose).value}_{part}"


FIELD_KEYS: dict[str, tuple[ConsentPurpose, str]] = {
    field_key(purpose, part): (purpose, part) for purpose in PURPOSES for part in PARTS
}


def is_field(key: str) -> bool:
    return key in FIELD_KEYS


def as_fields(states: Mapping[ConsentPurpose, ConsentState]) -> dict[str, object]:
    """Every purpose's consent as the contact's fields (the editor's and the export's)."""
    return {
        field_key(purpose, part): getattr(state, part)
        for purpose, state in states.items()
        for part in PARTS
    }


def wanted_parts(data: Mapping) -> dict[ConsentPurpose, dict[str, object]]:
    """The consent parts `data` sets: its consent fields and its `consents`."""
    found: dict[ConsentPurpose, dict[str, object]] = {}
    for key, value in data.items():
        if key in FIELD_KEYS:
            purpose, part = FIELD_KEYS[key]
            found.setdefault(purpose, {})[part] = value
    for key, value in (data.get("consents") or {}).items():
        purpose = _purpose(key)
        parts = dataclasses.asdict(value) if isinstance(value, ConsentState) else dict(value)
        found.setdefault(purpose, {}).update(parts)
    return found


def _purpose(key) -> ConsentPurpose:
    try:
        return ConsentPurpose(getattr(key, "value", key))
    except ValueError:
        raise ValidationError(
            translate("Contacts", "“{purpose}” is not a purpose of consent.").format(purpose=key),
            "consents",
        ) from None


def _state(
    purpose: ConsentPurpose, current: ConsentState, parts: Mapping, fill: bool
) -> ConsentState:
    values = dataclasses.asdict(current)
    for part, value in parts.items():
        if part not in PARTS:
            raise ValueError(f"a consent has no part {part!r}")
        if fill and values[part] not in (None, ""):
            continue
        try:
            values[part] = column_value(Consent, part, value)
        except ValidationError:
            raise ValidationError(
                translate("Contacts", "{purpose}: “{value}” is not a date.").format(
                    purpose=labels.label(ConsentPurpose, purpose), value=value
                ),
                field_key(purpose, part),
            ) from None
    return ConsentState(**values)


def changes(current: Mapping[ConsentPurpose, ConsentState], data: Mapping, fill=False) -> States:
    """The consents `data` changes, each its current state with the parts `data` sets
    (with `fill` only the parts that are empty now)."""
    wanted = wanted_parts(data)
    found = {}
    for purpose, parts in wanted.items():
        now = current.get(purpose, ConsentState())
        state = _state(purpose, now, parts, fill)
        if state != now:
            found[purpose] = state
    return found


def apply(contact: Contact, data: Mapping, fill: bool = False) -> States:
    """Put the consent parts of `data` into the contact; the consents that changed, as
    they were before."""
    if not wanted_parts(data):
        return {}
    current = consent.states(contact)
    changed = changes(current, data, fill)
    if changed:
        # (its parameter takes codes too; a Mapping's key type is invariant)
        consent.apply(contact, changed)
    return {purpose: current[purpose] for purpose in changed}


def latest_word(state: ConsentState) -> dt.date | None:
    """The day of the person's latest word on the purpose: given, or withdrawn."""
    days = [day for day in (state.given_on, state.withdrawn_on) if day is not None]
    return max(days) if days else None


def merged(first: ConsentState, second: ConsentState) -> ConsentState:
    """One person's consent from two records of them: the record with the later word
    counts (a withdrawal after the other record's consent ends it; a consent given
    after the other's withdrawal stands). On the same day the one not in force wins,
    so a withdrawal is never lost; a record with no date at all counts least."""
    if first.empty or second.empty:
        return second if first.empty else first
    day_first, day_second = latest_word(first), latest_word(second)
    if day_first is None or day_second is None:
        return second if day_first is None and day_second is not None else first
    if day_first != day_second:
        return first if day_first > day_second else second
    return second if first.in_force and not second.in_force else first


def merged_states(keep: Contact, drop: Contact) -> States:
    """The consents a merge of `drop` into `keep` leaves `keep` with."""
    kept, dropped = consent.states(keep), consent.states(drop)
    return {purpose: merged(kept[purpose], dropped[purpose]) for purpose in PURPOSES}
