"""Contacts written as vCard 3.0 and 4.0 files, the files read back as text, and imported
into a fresh database through the import: every field comes back, umlauts and Chinese
included."""

from __future__ import annotations

import pytest

from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.read import VcardSource, open_source
from isa_desk.core.exchange.vcard.writing import export_vcard_folder, export_vcards
from isa_desk.core.files import ProtectedFileError
from isa_desk.core.progress import Cancelled, Progress
from tests.core.exchange.partners import stored


def imported(db, path) -> importer.Result:
    source = open_source(path)
    assert isinstance(source, VcardSource)
    plan = importer.analyse(db, source, "contacts")
    assert [p.text() for p in plan.errors() + plan.warnings()] == []
    return importer.run(db, plan)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_round_trip_keeps_every_field(db, fresh, partners, tmp_path, version):
    path = tmp_path / "kontakte.vcf"
    assert export_vcards(db, path, version=version) == 3
    result = imported(fresh, path)
    assert (result.created, result.updated, result.skipped) == (3, 0, 0)
    before, after = stored(db), stored(fresh)
    assert sorted(after) == sorted(before) == ["Wang", "Weiß", "欧阳娜娜"]
    for name, fields in before.items():
        if version == "3.0":  # 3.0 has no language: a new contact gets German
            fields["language"] = "de"
        assert after[name] == fields, name
    assert after["Wang"]["name_order"] == "chinese"
    assert after["Weiß"]["notes"].endswith("Semikolon \\ Rückstrich")


def test_a_3_0_file_as_outlook_and_thunderbird_read_it(db, partners, tmp_path):
    path = tmp_path / "kontakte.vcf"
    export_vcards(db, path, version="3.0")
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # no byte order mark
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.decode("utf-8").split("\r\n")
    assert all(len(line.encode()) <= 75 for line in lines)  # folded as the standard says
    text = raw.decode("utf-8").replace("\r\n ", "")  # unfolded
    assert "VERSION:3.0" in text
    assert "N;CHARSET=UTF-8:Weiß;Käthe;;Dr.;" in text
    assert "ORG;CHARSET=UTF-8:Stadtverwaltung Düren;Büro\\; OB\\, Stab" in text
    assert "TEL;TYPE=WORK,VOICE:+49 2421 25-0" in text
    assert "TEL;TYPE=CELL,VOICE:+49 171 1234567" in text
    assert "TEL;TYPE=WORK,FAX:+49 2421 25-9" in text
    assert "EMAIL;TYPE=INTERNET,WORK,PREF:k.weiss@example.org" in text
    assert "TITLE;CHARSET=UTF-8:Oberbürgermeisterin" in text
    assert (
        "ADR;CHARSET=UTF-8;TYPE=WORK:;;Kaiserplatz 2–4;Düren;Nordrhein-Westfalen;52349;Deutschland"
        in text
    )
    assert "CATEGORIES:Newsletter,Presse" in text  # ASCII lines do without CHARSET
    assert "X-GENDER:Female" in text
    # the name in characters as a nickname, which Outlook and Thunderbird keep
    assert "FN:Wang Li" in text and "NICKNAME;CHARSET=UTF-8;LANGUAGE=zh:王力" in text
    assert "FN;CHARSET=UTF-8:欧阳娜娜" in text


def test_a_4_0_file_names_the_chinese_name_as_rfc_6350_does(db, partners, tmp_path):
    path = tmp_path / "kontakte.vcf"
    export_vcards(db, path, version="4.0")
    text = path.read_text(encoding="utf-8").replace("\r\n ", "")
    assert "CHARSET" not in text
    assert "FN;ALTID=1:Wang Li" in text
    assert "FN;ALTID=1;LANGUAGE=zh:王力" in text
    assert "NICKNAME;LANGUAGE=zh:王力" in text
    assert "FN;LANGUAGE=zh:欧阳娜娜" in text
    assert "GENDER:M" in text and "GENDER:F" in text and "LANG:zh" in text
    assert "TEL;TYPE=work,voice:+49 2421 25-0" in text
    assert "TEL;TYPE=cell,voice:+49 171 1234567" in text
    assert "ADR;TYPE=work:;;汾江中路 1号;佛山;广东;528000;China" in text


def test_the_addresses_country_in_the_language_asked_for(db, partners, tmp_path):
    path = tmp_path / "kontakte.vcf"
    export_vcards(db, path, version="4.0", language="zh")
    assert ";528000;中国" in path.read_text(encoding="utf-8")


def test_one_file_per_contact_in_a_folder(db, fresh, partners, tmp_path):
    folder = tmp_path / "Karten"
    assert export_vcard_folder(db, folder, version="3.0") == 3
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["Wang_Li.vcf", "Weiß_Käthe.vcf", "欧阳娜娜.vcf"]
    for path in folder.iterdir():
        text = path.read_text(encoding="utf-8")
        assert text.count("BEGIN:VCARD") == 1 and text.count("END:VCARD") == 1
    assert imported(fresh, folder / "Weiß_Käthe.vcf").created == 1
    assert stored(fresh)["Weiß"]["given_name"] == "Käthe"


def test_two_contacts_of_one_name_get_two_files(db, tmp_path):
    from isa_desk.core.services import contacts

    for email in ("a@example.org", "b@example.org"):
        contacts.create(db, {"given_name": "Hans", "family_name": "Müller", "email": email})
    assert export_vcard_folder(db, tmp_path / "out") == 2
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "Müller_Hans.vcf",
        "Müller_Hans_2.vcf",
    ]


@pytest.mark.sqlite_only  # a server's database is no file to write over
def test_never_written_over_the_database(db, partners, tmp_path):
    database = tmp_path / "t.sqlite"
    size = database.stat().st_size
    with pytest.raises(ProtectedFileError):
        export_vcards(db, database)
    assert database.stat().st_size == size


def test_a_cancelled_export_leaves_no_file(db, partners, tmp_path):
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        export_vcards(db, tmp_path / "k.vcf", progress=progress)
    with pytest.raises(Cancelled):
        export_vcard_folder(db, tmp_path / "Karten", progress=progress)
    assert not list(tmp_path.glob("*.vcf")) and not list(tmp_path.glob(".~*"))
    assert not (tmp_path / "Karten").exists()


def test_an_import_of_cards_is_undone_whole(db, fresh, partners, tmp_path):
    path = tmp_path / "kontakte.vcf"
    export_vcards(db, path, version="4.0")
    result = imported(fresh, path)
    importer.undo(fresh, result.batch_id)
    assert stored(fresh) == {}
    again = imported(fresh, path)  # and a second import of the same file finds them
    assert again.created == 3
    plan = importer.analyse(fresh, open_source(path), "contacts")
    assert plan.duplicate_count() == 3  # by e-mail, the third by name and organisation
