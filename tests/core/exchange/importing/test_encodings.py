"""CSV files in the encodings offices send them in, read without mojibake: GBK from
Chinese Excel, Big5, UTF-16 with and without a byte order mark, UTF-8 with one, lists
pasted together from UTF-8 and Windows-1252; the separator found below a title line."""

from __future__ import annotations

import pytest

from isa_desk.core.exchange.importing import encoding, separators
from isa_desk.core.exchange.importing.read import ReadError, open_source
from tests.core.exchange.files import csv_file


def rows_of(source) -> list[list]:
    return [row.values for row in source.rows()]


def test_gbk_from_chinese_excel_is_read_as_gb18030(tmp_path):
    path = csv_file(
        tmp_path / "名单.csv",
        ["姓名,单位,城市", "张伟,佛山市人民政府,佛山市", "李娜,佛山市外事局,佛山市"],
        "gbk",
    )
    source = open_source(path)
    assert (source.encoding, source.separator) == ("gb18030", ",")
    assert rows_of(source)[1:] == [
        ["张伟", "佛山市人民政府", "佛山市"],
        ["李娜", "佛山市外事局", "佛山市"],
    ]
    assert source.notices() == []


def test_short_gbk_lines_that_happen_to_be_valid_utf8_stay_gbk(tmp_path):
    # GBK "毛" and "女" are valid UTF-8 by chance ("ë", "Ů")
    path = csv_file(tmp_path / "a.csv", ["姓;名;性别", "毛;伟;男", "王;英;女", "张;伟;男"], "gbk")
    source = open_source(path)
    assert source.encoding == "gb18030"
    assert rows_of(source)[1:3] == [["毛", "伟", "男"], ["王", "英", "女"]]


def test_big5_from_taiwan(tmp_path):
    path = csv_file(tmp_path / "a.csv", ["姓名;單位;城市", "張偉;臺北市政府;臺北市"], "big5")
    source = open_source(path)
    assert (source.encoding, source.separator) == ("big5", ";")
    assert rows_of(source)[1] == ["張偉", "臺北市政府", "臺北市"]


def test_lines_in_utf8_and_windows_1252_are_each_read_in_their_own(tmp_path):
    path = tmp_path / "zusammen.csv"
    path.write_bytes(
        b"Vorname;Nachname;Ort\r\n"
        + "Jürgen;Groß;Düsseldorf\r\n".encode()
        + "Käthe;Weiß;Köln\r\n".encode("cp1252")
        + "Zoë;Müller;Jülich\r\n".encode()
        + b"Anna;Schmidt;Aachen\r\n"
        + "Jörg;Bäcker;Düren\r\n".encode("cp1252")
    )
    source = open_source(path)
    assert source.encoding == "utf-8+cp1252"
    assert [row[0] for row in rows_of(source)] == [
        "Vorname",
        "Jürgen",
        "Käthe",
        "Zoë",
        "Anna",
        "Jörg",
    ]
    [notice] = source.notices()
    assert "2 row(s) were read as Windows-1252" in notice and "UTF-8" in notice
    assert notice.endswith(": 3, 6")


def test_the_rows_named_are_the_rows_excel_shows_and_many_are_counted(tmp_path):
    lines = ["Vorname;Notizen", 'Jürgen;"zwei\r\nZeilen"'] + ["Käthe;x"] * 25
    path = tmp_path / "viele.csv"
    path.write_bytes(
        (lines[0] + "\r\n" + lines[1] + "\r\n").encode("utf-8")
        + "".join(line + "\r\n" for line in lines[2:]).encode("cp1252")
        + "Zoë;y\r\n".encode()
    )
    source = open_source(path)
    rows = rows_of(source)
    assert rows[1] == ["Jürgen", "zwei\r\nZeilen"] and rows[-1] == ["Zoë", "y"]
    [notice] = source.notices()
    # the UTF-8 rows are fewer: the cell over two lines is row 2, the last row is 28
    assert "2 row(s) were read as UTF-8, the other rows as Windows-1252" in notice
    assert notice.endswith(": 2, 28")

    path.write_bytes(
        b"Vorname\r\n" + "Jürgen\r\n".encode() * 30 + "Käthe\r\n".encode("cp1252") * 25
    )
    source = open_source(path)
    list(source.rows())
    [notice] = source.notices()
    assert notice.endswith(", ".join(str(n) for n in range(32, 52)) + " and 5 more")


def test_a_mixed_file_is_told_only_once_every_row_was_read(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"Vorname\r\n" + "Jürgen\r\n".encode() * 40 + "Käthe\r\n".encode("cp1252"))
    source = open_source(path)
    assert source.notices() == []  # only the first rows were read
    list(source.rows())
    assert len(source.notices()) == 1


def test_utf16_little_endian_without_byte_order_mark_with_tabs(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes(
        "Vorname\tNachname\tOrt\r\n伟\t王\t佛山市\r\nJürgen\tGroß\tKöln\r\n".encode("utf-16-le")
    )
    source = open_source(path)
    assert (source.encoding, source.separator) == ("utf-16-le", "\t")
    assert rows_of(source) == [
        ["Vorname", "Nachname", "Ort"],
        ["伟", "王", "佛山市"],
        ["Jürgen", "Groß", "Köln"],
    ]


@pytest.mark.parametrize(
    "data, found",
    [
        (b"\xff\xfe" + "Vorname\tOrt\r\n伟\t佛山\r\n".encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + "Vorname\tOrt\r\n伟\t佛山\r\n".encode("utf-16-be"), "utf-16-be"),
        ("Vorname\tOrt\r\n伟\t佛山\r\n".encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_utf16_with_a_byte_order_mark_and_big_endian(tmp_path, data, found):
    path = tmp_path / "unicode.txt"
    path.write_bytes(data)
    source = open_source(path)
    assert source.encoding == found
    assert rows_of(source) == [["Vorname", "Ort"], ["伟", "佛山"]]  # no mark left


def test_utf8_with_byte_order_mark(tmp_path):
    path = csv_file(
        tmp_path / "a.csv", ["Vorname;Nachname", "Wei;王", "Jürgen;Groß"], "utf-8", bom=True
    )
    source = open_source(path)
    assert (source.encoding, source.separator) == ("utf-8", ";")
    assert rows_of(source) == [["Vorname", "Nachname"], ["Wei", "王"], ["Jürgen", "Groß"]]


def test_a_title_line_above_semicolon_data_is_found_and_told(tmp_path):
    path = csv_file(
        tmp_path / "a.csv",
        [
            "Kontakte Foshan, Stand Mai 2024",
            "",
            "Vorname;Nachname;Ort",
            "Anna;Schmidt;Chemnitz, Sachsen",
            "Wei;Wang;Foshan, Guangdong",
        ],
        "cp1252",
    )
    source = open_source(path)
    assert source.separator == ";"
    assert source.layout.header_line == 3
    assert rows_of(source)[2:] == [
        ["Vorname", "Nachname", "Ort"],
        ["Anna", "Schmidt", "Chemnitz, Sachsen"],
        ["Wei", "Wang", "Foshan, Guangdong"],
    ]
    assert source.notices() == [
        "1 row(s) above the column headers were taken as a title and not imported: "
        "1 “Kontakte Foshan, Stand Mai 2024”"
    ]


@pytest.mark.parametrize(
    "lines, separator, header",
    [
        (["a,b,c", "1,2,3"], ",", 1),
        (["a|b|c", "1|2|3"], "|", 1),
        (["a\tb", "1\t2"], "\t", 1),
        # commas in unquoted free text do not outvote the semicolons
        (["Name;Notizen", "A;Termin am 3., 4. und 5.", "B;ja, gern", "C;x"], ";", 1),
        (["Liste; Stand Mai", "", "a;b;c", "1;2;3", "4;5;6"], ";", 3),
        (['"Müller; Hans",PLZ', '"Groß; Anna",01067'], ",", 1),  # quoted ; ignored
        (["Vorname"], ",", 1),  # one column
    ],
)
def test_the_separator_of_most_lines_and_the_line_the_table_starts_on(lines, separator, header):
    layout = separators.detect([line + "\r\n" for line in lines])
    assert (layout.separator, layout.header_line) == (separator, header)


@pytest.mark.parametrize(
    "given, expected",
    [
        ("GBK", "gb18030"),
        ("windows-1252", "cp1252"),
        ("UTF8", "utf-8"),
        ("utf-16", "utf-16-le"),
        ("UTF-16BE", "utf-16-be"),
        ("big5", "big5"),
        ("utf-8+cp1252", "utf-8+cp1252"),
        ("latin-9", None),
        ("", None),
    ],
)
def test_encodings_by_the_names_people_give_them(given, expected):
    assert encoding.known(given) == expected


def test_separators_by_name():
    assert [separators.known(t) for t in (";", "tab", "Semicolon", "pipe", "\t", "x")] == [
        ";",
        "\t",
        ";",
        "|",
        "\t",
        None,
    ]


def test_the_encoding_and_separator_can_be_given(tmp_path):
    path = csv_file(tmp_path / "a.csv", ["Vorname;Ort", "Jürgen;Köln,Rhein"], "cp1252")
    source = open_source(path, encoding="gb18030", separator=",")
    assert (source.encoding, source.separator) == ("gb18030", ",")
    assert rows_of(source)[1][1] == "Rhein"
    source = open_source(path, encoding="cp1252")
    assert rows_of(source)[1] == ["Jürgen", "Köln,Rhein"]  # the separator found again


def test_a_byte_the_encoding_lacks_is_shown_never_guessed(tmp_path):
    path = csv_file(tmp_path / "a.csv", ["Vorname;Ort", "张伟;佛山"], "gbk")
    row = rows_of(open_source(path, encoding="utf-8"))[1]
    assert "\ufffd" in row[0]


def test_a_binary_file_is_still_refused(tmp_path):
    path = tmp_path / "bild.csv"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(ReadError, match="neither a workbook nor a text file"):
        open_source(path)
