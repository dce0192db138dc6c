"""The rotation keeps the newest backup of each of the last 7 days, 4 weeks and 12 months
that have one; the daily backup is made once a day."""

from __future__ import annotations

import datetime as dt

import pytest

from isa_desk.core.backups import listing, rotation
from tests import copy_database
from tests.core.backups import count


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def every_day(last: str, days: int, hour: int = 8) -> list[dt.datetime]:
    end = at(last).replace(hour=hour)
    return [end - dt.timedelta(days=n) for n in range(days)]


def test_a_year_and_more_of_daily_backups():
    moments = every_day("2024-03-07", 500)  # Thursday, ISO week 10
    kept = sorted(rotation.to_keep(moments), reverse=True)
    days = [at(f"2024-03-{d:02d}T08:00") for d in range(7, 0, -1)]  # 7 days: 7th … 1st
    weeks = [at("2024-02-25T08:00"), at("2024-02-18T08:00")]  # Sundays of weeks 8 and 7
    # week 9 ends on Sunday 3 March, which is among the days already
    months = [
        at(f"{y}-{m:02d}-{d}T08:00")
        for y, m, d in [
            (2024, 2, 29),
            (2024, 1, 31),
            (2023, 12, 31),
            (2023, 11, 30),
            (2023, 10, 31),
            (2023, 9, 30),
            (2023, 8, 31),
            (2023, 7, 31),
            (2023, 6, 30),
            (2023, 5, 31),
            (2023, 4, 30),
        ]
    ]  # March 2024 is counted by the 7th; 11 more months end on their last day
    assert kept == sorted(set(days + weeks + months), reverse=True)
    assert len(kept) == 7 + 2 + 11


def test_of_several_backups_a_day_the_newest_is_kept():
    moments = [at("2024-03-07T08:00"), at("2024-03-07T17:30"), at("2024-03-06T09:00")]
    assert rotation.to_keep(moments) == {at("2024-03-07T17:30"), at("2024-03-06T09:00")}


def test_a_program_left_unused_for_months_keeps_its_old_backups():
    moments = [at("2022-05-10T08:00"), at("2022-05-09T08:00"), at("2024-03-07T08:00")]
    assert rotation.to_keep(moments) == set(moments)


def test_fewer_backups_than_places_are_all_kept():
    assert rotation.to_keep(every_day("2024-03-07", 5)) == set(every_day("2024-03-07", 5))
    assert rotation.to_keep([]) == set()


@pytest.mark.parametrize(("days", "weeks", "months", "expected"), [(1, 0, 0, 1), (0, 0, 3, 3)])
def test_the_numbers_can_be_chosen(days, weeks, months, expected):
    kept = rotation.to_keep(every_day("2024-03-07", 200), days, weeks, months)
    assert len(kept) == expected


def test_only_dated_backups_of_this_database_are_removed(tmp_path):
    database = tmp_path / "office.sqlite"
    folder = tmp_path / "backups"
    folder.mkdir()
    dated = [listing.backup_name(database, moment) for moment in every_day("2024-03-07", 60)]
    others = [
        "office-before-restore-2023-01-01_080000.sqlite",
        "office-damaged-2023-01-01_080000.sqlite",
        "before-the-move.sqlite",
        "annex-2023-01-01_080000.sqlite",  # another database's
        "office-2023-01-01_080000.sqlite.txt",
    ]
    for name in dated + others:
        (folder / name).write_bytes(b"x")

    removed = rotation.rotate(database)

    left = {path.name for path in folder.iterdir()}
    assert set(others) <= left
    assert {path.name for path in removed} == set(dated) - left
    # 1-7 March; Sundays 25 and 18 February (4 March's week and 3 March's are in the days);
    # the ends of February and January
    assert len(left & set(dated)) == 7 + 2 + 2


def test_the_daily_backup_is_made_once_a_day_and_thins_out_the_old_ones(tmp_path, demo_file):
    database = copy_database(demo_file, tmp_path / "office" / "office.sqlite")
    folder = database.parent / "backups"
    folder.mkdir()
    for moment in every_day("2024-03-06", 30):
        (folder / listing.backup_name(database, moment)).write_bytes(b"old")

    made = rotation.daily_backup(database, now=at("2024-03-07T09:15:00"))

    assert made == folder / "office-2024-03-07_091500.sqlite"
    assert count(made) == count(database)
    assert rotation.daily_backup(database, now=at("2024-03-07T18:00:00")) is None
    dated = [b for b in listing.backups(database) if b.kind == listing.DATED]
    assert len(dated) == 7 + 2 + 1  # 1-7 March, 25 and 18 February, 29 February
    assert rotation.daily_backup(database, now=at("2024-03-08T07:00:00")) is not None
