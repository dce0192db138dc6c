"""Fixtures for the editor, merge and record-action tests.

The `db` here replaces the suite's empty one: a copy of a small sample database, made once
per run.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Gender, NameOrder
from isa_desk.core.services import activities, contacts, members, organisations


@dataclass
class Sample:
    aachen: int
    foshan: int
    city_hall: int
    secretariat: int
    anna: int
    wang: int
    loose: int


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory) -> tuple[Path, Sample]:
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite"
    database = Database.open(str(path))
    try:
        ids = make_sample(database)
    finally:
        database.close()  # folds the write-ahead log into the file before it is copied
    return path, ids


@pytest.fixture
def db(tmp_path, sample_file):
    """A database of its own holding the sample records."""
    path = tmp_path / "t.sqlite"
    shutil.copyfile(sample_file[0], path)
    database = Database.open(str(path))
    yield database
    database.close()


@pytest.fixture
def sample(db, sample_file) -> Sample:
    """The ids of the sample records in `db`."""
    return sample_file[1]


def make_sample(db) -> Sample:
    """Two members, two organisations, three contacts (one Chinese) and some history."""
    aachen = members.create(
        db,
        {
            "name": "Aachen",
            "name_zh": "亚琛",
            "kind": "city",
            "country": "DE",
            "region": "Nordrhein-Westfalen",
            "status": "member",
            "member_since": dt.date(2017, 12, 1),
            "tags": ["Plenarversammlung"],
        },
    )
    foshan = members.create(
        db,
        {
            "name": "Foshan",
            "name_zh": "佛山",
            "kind": "city",
            "country": "CN",
            "region": "Guangdong",
            "status": "member",
            "places": ["Chancheng", "Nanhai", "Shunde"],
        },
    )
    city_hall = organisations.create(
        db,
        {
            "name": "Stadt Aachen",
            "kind": "city_administration",
            "member_id": aachen.id,
            "street": "Markt 39",
            "postcode": "52062",
            "town": "Aachen",
            "country": "DE",
        },
    )
    secretariat = organisations.create(
        db,
        {
            "name": "ISA-Sekretariat Foshan",
            "name_zh": "中德工业城市联盟秘书处",
            "kind": "other",
            "member_id": foshan.id,
            "country": "CN",
            "town": "Foshan",
        },
    )
    anna = contacts.create(
        db,
        {
            "gender": Gender.FEMALE,
            "title": "Dr.",
            "given_name": "Anna",
            "family_name": "Berg",
            "position": "Oberbürgermeisterin",
            "organisation_id": city_hall.id,
            "member_id": aachen.id,
            "email": "anna.berg@example.org",
            "phone": "+49 241 4320",
            "street": "Markt 39",
            "postcode": "52062",
            "town": "Aachen",
            "country": "DE",
            "tags": ["Newsletter", "Presse"],
        },
    )
    wang = contacts.create(
        db,
        {
            "gender": Gender.MALE,
            "given_name": "Li",
            "family_name": "Wang",
            "name_order": NameOrder.CHINESE,
            "name_zh": "王力",
            "position": "市长",
            "organisation_id": secretariat.id,
            "member_id": foshan.id,
            "email": "wang.li@example.cn",
            "street": "汾江中路 1号",
            "postcode": "528000",
            "town": "佛山",
            "region": "广东省",
            "country": "CN",
            "language": "zh",
        },
    )
    loose = contacts.create(
        db,
        {
            "given_name": "Jens",
            "family_name": "Kühn",
            "member_id": aachen.id,
            "email": "jens.kuehn@example.net",
        },
    )
    activities.add(
        db,
        "call",
        "Asked about the plenary assembly.",
        contact_id=anna.id,
        subject="Plenarversammlung",
        author="office",
        occurred_at=dt.datetime(2021, 9, 1, 10, 30),
    )
    activities.add(
        db,
        "email",
        "Sent the invitation.",
        contact_id=anna.id,
        subject="Einladung",
        author="office",
        occurred_at=dt.datetime(2021, 9, 15, 9, 0),
    )
    return Sample(aachen.id, foshan.id, city_hall.id, secretariat.id, anna.id, wang.id, loose.id)
