"""The whole-database duplicate finder at scale, beside bare baselines measured in the same run.

    python bench/bench_duplicates.py [--contacts 10000]

The contacts come from bench/generate.py's generator, with more family names than its
short list (syllables added), names in characters only where the Latin name is Chinese,
and phone numbers as offices have them (the organisation's switchboard, a mobile for
some), plus planted duplicates: a copy of a contact spelt "ue" for "ü", with given and
family name swapped, with a typo and without the organisation (the same member), or with
the same mobile elsewhere.

Figures (a median of three runs each):
- the finder: services.duplicate_finder.find_pairs over all contacts, with the pairs
  found and how many of the planted ones are among them;
- baseline: reading the same contacts alone (the finder's query);
- baseline: every name against every other in rapidfuzz (process.extract, the plain
  ratio, no rules, no blocks), which is what comparing all pairs costs even in C.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from generate import FAMILY, GIVEN, ZH_FAMILY, ZH_GIVEN, contacts, generate  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from isa_desk.core.db.engine import Database  # noqa: E402
from isa_desk.core.db.models import Contact, contact_keys  # noqa: E402
from isa_desk.core.domain.duplicates import NAME_SIMILARITY, person_key  # noqa: E402
from isa_desk.core.services import duplicate_finder  # noqa: E402

ROUNDS = 3
SYLLABLES = ["", "er", "mann", "ke", "s", "berg", "feld", "hoff", "ner", "rich", "ow", "ski"]
# the generator's Chinese names in pinyin and in characters, in the order of its lists
CHINESE = dict(zip(FAMILY[12:20] + GIVEN[10:17], ZH_FAMILY + ZH_GIVEN, strict=True))
TYPOS = {"a": "e", "e": "a", "i": "y", "o": "u", "n": "m", "t": "d"}


def varied(count: int, organisations: int, members: int, rng: random.Random):
    """The generator's contacts with more names and with phone numbers as offices have them."""
    for row in contacts(count, organisations, members, rng):
        family, given = row["family_name"], row["given_name"]
        if family in CHINESE and given in CHINESE:  # the characters of the name itself
            row["name_zh"] = CHINESE[family] + CHINESE[given]
        else:
            row["name_zh"] = ""
            row["family_name"] += rng.choice(SYLLABLES) + rng.choice(SYLLABLES)
        row["phone"] = f"+49 30 {1_000_000 + row['organisation_id']}"  # the switchboard
        row["mobile"] = (
            f"+49 151 {rng.randint(10_000_000, 99_999_999)}" if rng.random() < 0.3 else ""
        )
        row.update(contact_keys(row))
        yield row


def planted(rows: list[dict], count: int, rng: random.Random) -> list[dict]:
    """Copies of `count` contacts written another way; each copy's `twin` is the original."""
    copies = []
    for number, original in enumerate(rng.sample(rows, count)):
        copy = dict(original, id=len(rows) + number + 1, twin=original["id"])
        copy["email"] = f"copy{number}@example.net"
        kind = number % 4
        if kind == 0:  # ü spelt ue, ß as ss
            for field in ("given_name", "family_name"):
                copy[field] = copy[field].replace("ü", "ue").replace("ö", "oe").replace("ß", "ss")
        elif kind == 1:  # the Chinese order, the other way round
            copy["given_name"], copy["family_name"] = (
                original["family_name"],
                original["given_name"],
            )
        elif kind == 2:  # a typo, without the organisation (the same member)
            family = copy["family_name"]
            at = next((i for i, c in enumerate(family) if i > 1 and c in TYPOS), len(family) - 1)
            copy["family_name"] = family[:at] + TYPOS.get(family[at], "x") + family[at + 1 :]
            copy["organisation_id"] = None
        else:  # the same mobile, elsewhere
            copy["mobile"] = copy["mobile"] or f"+49 160 {rng.randint(10_000_000, 99_999_999)}"
            original["mobile"] = copy["mobile"]
            copy["organisation_id"], copy["member_id"], copy["town"] = None, None, "Irgendwo"
        copy.update(contact_keys(copy))
        original.update(contact_keys(original))
        copies.append(copy)
    return copies


def make_database(folder: Path, count: int) -> tuple[Database, set[tuple[int, int]]]:
    path = folder / "duplicates.sqlite"
    organisations, members = max(count // 10, 10), max(count // 100, 5)
    generate(path, contact_count=0, organisation_count=organisations, member_count=members)
    rng = random.Random(2021)
    rows = list(varied(count - count // 100, organisations, members, rng))
    copies = planted(rows, count // 100, rng)
    twins = {(c.pop("twin"), c["id"]) for c in copies}
    db = Database.open(str(path))
    with db.engine.begin() as connection:
        connection.execute(insert(Contact), rows + copies)
    return db, twins


def timed(work) -> tuple[float, object]:
    times, result = [], None
    for _ in range(ROUNDS):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def read_alone(db: Database) -> list:
    with db.session() as session:
        return duplicate_finder.people(session)


def all_against_all(names: list[str]) -> int:
    found = 0
    for name in names:
        found += len(
            process.extract(
                name,
                names,
                scorer=fuzz.ratio,
                processor=None,
                score_cutoff=NAME_SIMILARITY,
                limit=None,
            )
        )
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db, twins = make_database(Path(folder), args.contacts)
        try:
            finder_s, pairs = timed(lambda: duplicate_finder.find_pairs(db))
            read_s, rows = timed(lambda: read_alone(db))
        finally:
            db.close()
    names = [person_key(row.given_name, row.family_name) for row in rows]
    brute_s, _found = timed(lambda: all_against_all(names))
    found = {(p.first.id, p.second.id) for p in pairs}
    reasons: dict[str, int] = {}
    for pair in pairs:
        reasons[pair.reason] = reasons.get(pair.reason, 0) + 1
    print(f"contacts: {len(rows):,} ({len(twins)} planted duplicates)")
    print(
        f"finder (find_pairs):                 {finder_s:6.2f} s   {len(pairs):,} pairs "
        f"{reasons}, {len(found & twins)} of {len(twins)} planted found"
    )
    print(f"baseline: reading the contacts:      {read_s:6.2f} s")
    print(f"baseline: all names against all (C): {brute_s:6.2f} s   no rules, plain ratio")
    return 0


if __name__ == "__main__":
    sys.exit(main())
