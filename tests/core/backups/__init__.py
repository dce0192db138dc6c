"""Backups and recovery; `damage` spoils a database file the way a failing disk does."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def damage(path: Path, table: str = "contact") -> None:
    """Overwrite one of `table`'s pages in the middle with garbage, so that SQLite's quick
    check fails while a plain count still answers (the silent kind of damage)."""
    connection = sqlite3.connect(path)
    try:
        (page,) = connection.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' LIMIT 1 OFFSET 3",
            (table,),
        ).fetchone()
        (size,) = connection.execute("PRAGMA page_size").fetchone()
    finally:
        connection.close()
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size + 8)  # the page header stays, its cells are garbage
        handle.write(bytes((i * 37 + 11) % 256 for i in range(size - 16)))


def count(path: Path, table: str = "contact") -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def journal_mode(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        connection.close()


def delete_contacts(path: Path) -> None:
    """Every contact gone, as a user's mistake would have it."""
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("DELETE FROM contact")
    connection.close()
