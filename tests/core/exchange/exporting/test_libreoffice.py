"""Exported workbooks open in LibreOffice: converted to CSV by `soffice --headless`, with
Chinese text, text postcodes and formula-like text as they were written. One soffice run
for two files (it starts slowly)."""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest
from sqlalchemy import select

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Contact
from isa_desk.core.exchange.exporting.export import export
from isa_desk.core.exchange.exporting.rows import Selection
from isa_desk.core.services.common import ListQuery
from tests import copy_database

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# field separator 44 (,), text delimiter 34 ("), character set 76 (UTF-8), first line 1
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1"


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (.ci/run installs it)")
def test_exported_workbooks_open_in_libreoffice(current_demo_file, tmp_path):
    db = Database.open(str(copy_database(current_demo_file, tmp_path / "copy.sqlite")))
    try:
        with db.transaction() as session:
            contact = session.scalars(select(Contact).where(Contact.name_zh != "")).first()
            contact.notes = "=SUM(1;2)"
            contact.postcode = "01067"
            contact_id, name_zh = contact.id, contact.name_zh
        contacts_file = tmp_path / "contacts.xlsx"
        members_file = tmp_path / "members.xlsx"
        export(db, "contacts", contacts_file, Selection(ListQuery()))
        export(db, "members", members_file)
    finally:
        db.close()
    out = tmp_path / "csv"
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            CSV_FILTER,
            "--outdir",
            str(out),
            str(contacts_file),
            str(members_file),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr

    with open(out / "contacts.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    assert header[:3] == ["ID", "Gender", "Title"]
    row = next(r for r in rows[1:] if r[0] == str(contact_id))
    assert row[header.index("Chinese name")] == name_zh
    assert row[header.index("Postcode")] == "01067"  # text, the zero kept
    assert row[header.index("Notes")] == "=SUM(1;2)"  # text, never computed
    with open(out / "members.csv", encoding="utf-8", newline="") as handle:
        members = list(csv.reader(handle))
    assert members[0][1] == "Name" and len(members) > 46
