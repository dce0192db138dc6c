"""vCard files as other programs write them, imported: vCard 2.1 from old Outlook and
phones (QUOTED-PRINTABLE, CHARSET=Windows-1252 and UTF-8), Apple's cards in characters,
files of many cards, broken files (refused naming the card and the line, nothing
written), and the limits of an import."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from isa_desk.core.db.models import Contact
from isa_desk.core.exchange.importing import bounds, importer
from isa_desk.core.exchange.importing.read import ReadError, VcardSource, open_source
from isa_desk.core.exchange.vcard.source import refuse_members
from tests.core.exchange.partners import stored

# a card as Outlook 2003 saves it: the file in Windows-1252, the address and the notes in
# QUOTED-PRINTABLE with soft line breaks, bare parameters, the title in the name's prefix
OLD_OUTLOOK = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;LANGUAGE=de;CHARSET=Windows-1252:Groß;Jürgen;;Herr Dr.\r\n"
    "FN;CHARSET=Windows-1252:Dr. Jürgen Groß\r\n"
    "ORG;CHARSET=Windows-1252:Stadt Düsseldorf;Amt für Wirtschaftsförderung\r\n"
    "TITLE;CHARSET=Windows-1252:Amtsleiter\r\n"
    "TEL;WORK;VOICE:+49 211 89-0\r\n"
    "TEL;CELL;VOICE:+49 172 7654321\r\n"
    "TEL;WORK;FAX:+49 211 89-29000\r\n"
    "TEL;HOME;VOICE:+49 211 555\r\n"
    "ADR;WORK;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:;;Marktplatz 1=0D=0AHaus =\r\n"
    "B;D=FCsseldorf;Nordrhein-Westfalen;40213;Deutschland\r\n"
    "LABEL;WORK;ENCODING=QUOTED-PRINTABLE:Marktplatz 1=0D=0AD=FCsseldorf\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:Gespr=E4ch am 3. M=E4rz, Termin folgt=\r\n"
    "; Unterlagen per Post\r\n"
    "EMAIL;PREF;INTERNET:j.gross@duesseldorf.example.de\r\n"
    "EMAIL;INTERNET:privat@example.de\r\n"
    "PHOTO;TYPE=JPEG;ENCODING=BASE64:\r\n"
    " /9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U\r\n"
    " HRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgN\r\n"
    "\r\n"
    "REV:20080424T195243Z\r\n"
    "END:VCARD\r\n"
)

# a phone's export: every text in QUOTED-PRINTABLE UTF-8, the name in characters with
# its pinyin as Apple writes it
PHONE = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E9=99=88;=E9=9D=99;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E9=99=88=E9=9D=99\r\n"
    "X-PHONETIC-FIRST-NAME:Jing\r\n"
    "X-PHONETIC-LAST-NAME:Chen\r\n"
    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E4=BD=9B=E5=B1=B1=E5=B8=82=E5=95=86=E5=8A=A1=E5=B1=80\r\n"
    "TEL;CELL:+86 138 0013 8000\r\n"
    "ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;=E5=AD=A3=E5=8D=8E=E4=BA=94=E8=B7=AF;=E4=BD=9B=E5=B1=B1;;;China\r\n"
    "END:VCARD\r\n"
)


def write(path, text: str, encoding: str = "utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Contact.id)))


def imported(db, path) -> importer.Result:
    plan = importer.analyse(db, open_source(path), "contacts")
    assert [p.text() for p in plan.errors() + plan.warnings()] == []
    return importer.run(db, plan)


def test_a_card_as_old_outlook_writes_it(db, tmp_path):
    path = write(tmp_path / "Groß.vcf", OLD_OUTLOOK, "cp1252")
    source = open_source(path)
    assert isinstance(source, VcardSource) and source.encoding == "cp1252"
    assert imported(db, path).created == 1
    gross = stored(db)["Groß"]
    assert gross | {"organisation": "Stadt Düsseldorf"} == gross
    assert (gross["gender"], gross["title"], gross["given_name"]) == ("male", "Dr.", "Jürgen")
    assert gross["department"] == "Amt für Wirtschaftsförderung"
    assert gross["position"] == "Amtsleiter"
    assert (gross["phone"], gross["mobile"], gross["fax"]) == (
        "+49 211 89-0",
        "+49 172 7654321",
        "+49 211 89-29000",
    )
    assert gross["street"] == "Marktplatz 1, Haus B"  # the soft line break joined
    assert (gross["postcode"], gross["town"], gross["country"]) == ("40213", "Düsseldorf", "DE")
    assert gross["email"] == "j.gross@duesseldorf.example.de"  # the preferred one
    # a comma is no list separator in 2.1: the whole note
    assert gross["notes"] == "Gespräch am 3. März, Termin folgt; Unterlagen per Post"


def test_quoted_printable_in_windows_1252_inside_a_utf_8_file(db, tmp_path):
    """The card names its CHARSET: the bytes of the QUOTED-PRINTABLE value are read in it,
    whatever the file's own encoding."""
    text = OLD_OUTLOOK.replace("Groß;Jürgen", "Gross;Juergen").replace("Jürgen Groß", "J G")
    text = text.replace("Stadt Düsseldorf;Amt für Wirtschaftsförderung", "Stadt D;Amt")
    path = write(tmp_path / "k.vcf", text, "ascii")
    assert imported(db, path).created == 1
    assert stored(db)["Gross"]["town"] == "Düsseldorf"


def test_a_phones_cards_in_utf_8_quoted_printable_and_in_characters(db, tmp_path):
    path = write(tmp_path / "phone.vcf", PHONE)
    assert imported(db, path).created == 1
    chen = stored(db)["Chen"]
    assert (chen["name_zh"], chen["family_name"], chen["given_name"]) == ("陈静", "Chen", "Jing")
    assert (chen["organisation"], chen["mobile"]) == ("佛山市商务局", "+86 138 0013 8000")
    assert (chen["street"], chen["town"], chen["country"]) == ("季华五路", "佛山", "CN")


def test_a_file_with_a_byte_order_mark_and_an_organisations_card(db, tmp_path):
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Stadtwerke Aachen\nORG:Stadtwerke Aachen\n"
        "EMAIL;TYPE=INTERNET:info@stawag.example.de\nEND:VCARD\n"
    )
    path = tmp_path / "firma.vcf"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert imported(db, path).created == 1
    with db.session() as session:
        contact = session.scalars(select(Contact)).one()
        assert (contact.family_name, contact.given_name) == ("", "")  # no person named
        assert contact.organisation.name == "Stadtwerke Aachen"


def test_many_cards_in_one_file_each_a_row_numbered_by_its_line(db, tmp_path):
    cards = [
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller-{n};Anna;;;\r\nFN:Anna Müller-{n}\r\n"
        f"EMAIL:anna{n}@example.org\r\nEND:VCARD\r\n"
        for n in range(1, 501)
    ]
    path = write(tmp_path / "alle.vcf", "".join(cards))
    source = open_source(path)
    numbers = [row.number for row in source.head(4)]
    assert numbers == [0, 1, 7, 13]  # the header row, then the line each card begins on
    assert imported(db, path).created == 500
    assert count(db) == 500


def test_a_row_with_an_error_names_the_line_of_its_card(db, tmp_path):
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Berg;Anna\nFN:Anna Berg\nEMAIL:anna@example.org\n"
        "END:VCARD\n\nBEGIN:VCARD\nVERSION:3.0\nN:Kühn;Jens\nFN:Jens Kühn\n"
        "EMAIL:jens(at)example.org\nEND:VCARD\n"
    )
    path = write(tmp_path / "k.vcf", text)
    plan = importer.analyse(db, open_source(path), "contacts")
    assert [p.text() for p in plan.errors()] == [
        "Row 8, column “E-mail” (J): “jens(at)example.org” is not a valid e-mail address."
    ]
    assert importer.run(db, plan).created == 0 and count(db) == 0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "BEGIN:VCARD\nVERSION:3.0\nN:Berg;Anna\nFN:Anna Berg\n",
            "k.vcf cannot be read: card 1, begun on line 1, has no END:VCARD.",
        ),
        (
            "BEGIN:VCARD\nVERSION:3.0\nFN:Anna Berg\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nFN:Jens Kühn\nTelefon 0241 1234\nEND:VCARD\n",
            "k.vcf cannot be read: card 2 (begun on line 5), line 8: it is no property "
            "(NAME:value): “Telefon 0241 1234”",
        ),
        (
            "Name;E-Mail\nAnna Berg;anna@example.org\n",
            "k.vcf cannot be read: line 1 is outside a card (BEGIN:VCARD … END:VCARD): "
            "“Name;E-Mail”.",
        ),
        ("\n\n", "k.vcf cannot be read: it holds no card (BEGIN:VCARD … END:VCARD)."),
    ],
)
def test_a_broken_file_is_refused_naming_the_card_and_line(db, tmp_path, text, message):
    path = write(tmp_path / "k.vcf", text)
    with pytest.raises(ReadError) as raised:
        importer.analyse(db, open_source(path), "contacts")
    assert str(raised.value) == message
    assert count(db) == 0


def test_a_broken_card_far_down_stops_the_import_before_anything_is_written(db, tmp_path):
    good = "".join(
        f"BEGIN:VCARD\nVERSION:3.0\nN:Name{n};Vor\nFN:Vor Name{n}\nEND:VCARD\n" for n in range(40)
    )
    path = write(tmp_path / "k.vcf", good + "BEGIN:VCARD\nVERSION:3.0\nFN:Letzte\n")
    source = open_source(path)  # the first cards read well
    with pytest.raises(ReadError, match="card 41, begun on line 201, has no END:VCARD"):
        importer.analyse(db, source, "contacts")
    assert count(db) == 0


def test_a_value_longer_than_a_cell_is_refused(db, tmp_path):
    note = "x" * (bounds.MAX_CELL_CHARS + 1)
    path = write(tmp_path / "k.vcf", f"BEGIN:VCARD\nFN:A B\nN:B;A\nNOTE:{note}\nEND:VCARD\n")
    with pytest.raises(bounds.LimitError, match="the card on line 1 \\(Notes\\) holds more"):
        importer.analyse(db, open_source(path), "contacts")


def test_a_folded_value_is_refused_while_it_is_read(db, tmp_path):
    folded = "\n ".join(["y" * 70] * (4 * bounds.MAX_CELL_CHARS // 70 + 2))
    path = write(tmp_path / "k.vcf", f"BEGIN:VCARD\nFN:A B\nNOTE:{folded}\nEND:VCARD\n")
    with pytest.raises(bounds.LimitError, match="line 3 holds more than"):
        open_source(path)


def test_too_many_cards(db, tmp_path, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_ROWS", 3)
    card = "BEGIN:VCARD\nFN:A B\nN:B;A\nEND:VCARD\n"
    path = write(tmp_path / "k.vcf", card * 4)
    with pytest.raises(bounds.LimitError, match="more than 3 rows"):
        importer.analyse(db, open_source(path), "contacts")


def test_a_vcard_file_is_not_a_list_of_members(db, tmp_path):
    path = write(tmp_path / "k.vcf", PHONE)
    with pytest.raises(ReadError, match="k.vcf is a vCard file: it holds persons"):
        refuse_members(open_source(path), "members")
    refuse_members(open_source(path), "contacts")  # as contacts it is welcome


def test_a_file_of_cards_is_known_by_its_content_too(db, tmp_path):
    path = write(tmp_path / "export.txt", PHONE)
    assert isinstance(open_source(path), VcardSource)
