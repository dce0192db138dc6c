"""Make a large database for the benchmarks: members, organisations, contacts.

python bench/generate.py OUT.sqlite [--contacts 100000] [--organisations 5000] [--members 500]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from sqlalchemy import insert

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Contact, Member, Organisation, contact_keys, utcnow
from isa_desk.core.domain.sorting import name_sort_key
from isa_desk.core.domain.text import search_key

GIVEN = [
    "Anna",
    "Jürgen",
    "Stefanie",
    "Björn",
    "Sören",
    "Käthe",
    "Hans",
    "Lea",
    "Müge",
    "Zoë",
    "Yi",
    "Wei",
    "Li",
    "Jing",
    "Hao",
    "Xiaoming",
    "Fang",
    "Lukas",
    "Marie",
    "Ömer",
]
FAMILY = [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Koch",
    "Bauer",
    "Liu",
    "Wang",
    "Zhang",
    "Chen",
    "Yang",
    "Huang",
    "Zhao",
    "Wu",
    "Düren",
    "Öztürk",
    "Groß",
    "Krüger",
    "Lehmann",
]
TOWNS = [
    "Aachen",
    "Köln",
    "Düsseldorf",
    "Nürnberg",
    "Göttingen",
    "Mainz",
    "Foshan",
    "Lanzhou",
    "Weihai",
    "Chemnitz",
    "Solingen",
    "Bottrop",
    "Zhuzhou",
    "Nanning",
]
REGIONS_DE = [
    "Nordrhein-Westfalen",
    "Bayern",
    "Hessen",
    "Sachsen",
    "Niedersachsen",
    "Rheinland-Pfalz",
    "Baden-Württemberg",
    "Hamburg",
]
REGIONS_CN = ["Guangdong", "Henan", "Guangxi", "Zhejiang", "Sichuan", "Gansu", "Shandong"]
ZH_FAMILY = ["刘", "王", "张", "陈", "杨", "黄", "赵", "吴"]
ZH_GIVEN = ["毅", "伟", "丽", "静", "浩", "晓明", "芳"]


def _stamp(row: dict) -> dict:
    now = utcnow()
    row.update(created_at=now, updated_at=now, version=1)
    return row


def members(count: int, rng: random.Random) -> list[dict]:
    rows = []
    for number in range(1, count + 1):
        german = number % 2 == 0
        name = f"{rng.choice(TOWNS)} {number}"
        rows.append(
            _stamp(
                {
                    "id": number,
                    "name": name,
                    "name_zh": "" if german else f"城市{number}",
                    "kind": "city",
                    "country": "DE" if german else "CN",
                    "region": rng.choice(REGIONS_DE if german else REGIONS_CN),
                    "status": rng.choice(["member", "member", "member", "prospect", "guest"]),
                    "website": "",
                    "notes": "",
                    "search_text": search_key(name),
                    "sort_name": name_sort_key(name, "" if german else f"城市{number}"),
                }
            )
        )
    return rows


def organisations(count: int, member_count: int, rng: random.Random) -> list[dict]:
    rows = []
    for number in range(1, count + 1):
        name = f"Wirtschaftsförderung {rng.choice(TOWNS)} {number}"
        town = rng.choice(TOWNS)
        rows.append(
            _stamp(
                {
                    "id": number,
                    "name": name,
                    "name_zh": "",
                    "kind": "economic_development",
                    "member_id": rng.randint(1, member_count),
                    "advisory_board": False,
                    "street": f"Marktplatz {number % 90 + 1}",
                    "postcode": f"{rng.randint(1000, 99999):05d}",
                    "town": town,
                    "region": "",
                    "country": "DE",
                    "phone": "",
                    "email": "",
                    "website": "",
                    "notes": "",
                    "search_text": search_key(f"{name} {town}"),
                    "sort_name": name_sort_key(name),
                }
            )
        )
    return rows


def contacts(count: int, organisation_count: int, member_count: int, rng: random.Random):
    for number in range(1, count + 1):
        chinese = number % 3 == 0
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        name_zh = rng.choice(ZH_FAMILY) + rng.choice(ZH_GIVEN) if chinese else ""
        email = f"person{number}@example.org"
        town = rng.choice(TOWNS)
        position = rng.choice(["Referentin", "Leiter Wirtschaftsförderung", "Bürgermeister", ""])
        row = _stamp(
            {
                "id": number,
                "gender": rng.choice(["female", "male", "unknown"]),
                "title": "",
                "position": position,
                "given_name": given,
                "family_name": family,
                "name_order": "chinese" if chinese else "western",
                "name_zh": name_zh,
                "organisation_id": rng.randint(1, organisation_count),
                "member_id": rng.randint(1, member_count),
                "department": "",
                "email": email,
                "email_key": email,
                "phone": "+49 30 1234567",
                "mobile": "",
                "fax": "",
                "street": f"Hauptstraße {number % 200 + 1}",
                "postcode": f"{rng.randint(1000, 99999):05d}",
                "town": town,
                "region": "",
                "country": "DE",
                "language": "de",
                "salutation_override": "",
                "no_post": False,
                "no_email": False,
                "consent_source": "",
                "notes": "",
                "active": True,
                "search_text": search_key(
                    " ".join([given, family, name_zh, position, email, town])
                ),
            }
        )
        row.update(contact_keys(row))  # the sort and phone keys, as a save computes them
        yield row


def generate(
    path: Path, contact_count=100_000, organisation_count=5_000, member_count=500, seed=2021
) -> None:
    rng = random.Random(seed)
    if path.exists():
        path.unlink()
    db = Database.open(str(path))
    with db.engine.begin() as connection:
        connection.execute(insert(Member), members(member_count, rng))
        connection.execute(
            insert(Organisation), organisations(organisation_count, member_count, rng)
        )
        batch = []
        for row in contacts(contact_count, organisation_count, member_count, rng):
            batch.append(row)
            if len(batch) == 10_000:
                connection.execute(insert(Contact), batch)
                batch.clear()
        if batch:
            connection.execute(insert(Contact), batch)
    db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--organisations", type=int, default=5_000)
    parser.add_argument("--members", type=int, default=500)
    args = parser.parse_args()
    started = time.perf_counter()
    generate(args.out, args.contacts, args.organisations, args.members)
    print(f"generated {args.out} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
