"""Lists from Chinese, Taiwanese and German offices imported into a real database with
their names as written: GBK and Big5 CSV files, an Outlook contact export from a Chinese
Windows, a list pasted together from UTF-8 and Windows-1252 (with a warning naming the
rows), a list with a title line above its semicolon-separated table."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from isa_desk.core.db.models import Contact, Organisation
from isa_desk.core.exchange.importing import importer
from isa_desk.core.exchange.importing.read import open_source
from tests.core.exchange.files import csv_file

# Outlook's contact export on a Chinese Windows, as it names its columns (a selection)
OUTLOOK_ZH = [
    "称谓",
    "名",
    "中间名",
    "姓",
    "单位",
    "部门",
    "职务",
    "商务地址 街道",
    "商务地址 市/县",
    "商务地址 省/市/自治区",
    "商务地址 邮政编码",
    "商务地址 国家/地区",
    "商务电话",
    "移动电话",
    "商务传真",
    "电子邮件地址",
    "电子邮件显示名称",
    "备注",
]
WANG = [
    "Mr.",
    "伟",
    "",
    "王",
    "佛山市人民政府外事局",
    "欧洲处",
    "处长",
    "汾江中路1号",
    "佛山市",
    "广东省",
    "528000",
    "中国",
    "+86 757 8303 0000",
    "+86 138 0000 0000",
    "+86 757 8303 0001",
    "wang.wei@example.cn",
    "王伟 (wang.wei@example.cn)",
    "德中工业城市联盟",
]


def analyse(db, path):
    return importer.analyse(db, open_source(path), "contacts")


def stored(db) -> list[Contact]:
    with db.session() as session:
        return list(session.scalars(select(Contact).order_by(Contact.id)))


def organisation_names(db) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(Organisation.name).order_by(Organisation.id)))


def chinese_name(contact: Contact) -> str:
    """The name in characters, however the import files it (one field or family + given)."""
    return contact.name_zh or f"{contact.family_name or ''}{contact.given_name or ''}"


def test_a_gbk_list_from_chinese_excel_keeps_its_names_and_organisations(db, tmp_path):
    path = csv_file(
        tmp_path / "名单.csv",
        [
            "姓名,单位,城市,电子邮件",
            "张伟,佛山市人民政府,佛山市,zhang.wei@example.cn",
            "李娜,佛山市外事局,佛山市,li.na@example.cn",
        ],
        "gbk",
    )
    plan = analyse(db, path)
    assert plan.new_organisations == ["佛山市人民政府", "佛山市外事局"]
    result = importer.run(db, plan)
    assert (result.created, result.errors) == (2, [])
    zhang, li = stored(db)
    assert (chinese_name(zhang), chinese_name(li)) == ("张伟", "李娜")
    assert zhang.town == "佛山市" and zhang.email == "zhang.wei@example.cn"
    assert organisation_names(db) == ["佛山市人民政府", "佛山市外事局"]


def test_a_big5_list_from_taiwan(db, tmp_path):
    path = csv_file(
        tmp_path / "名單.csv",
        ["姓名;單位;城市", "張偉;臺北市政府;臺北市"],
        "big5",
    )
    result = importer.run(db, analyse(db, path))
    assert result.created == 1
    [zhang] = stored(db)
    assert chinese_name(zhang) == "張偉" and zhang.town == "臺北市"
    assert organisation_names(db) == ["臺北市政府"]


@pytest.mark.parametrize("encoding, separator", [("gbk", ","), ("utf-16-le", "\t")])
def test_an_outlook_export_from_a_chinese_windows(db, tmp_path, encoding, separator):
    def line(cells):
        return separator.join(f'"{cell}"' for cell in cells)

    path = tmp_path / "联系人.csv"
    path.write_bytes(f"{line(OUTLOOK_ZH)}\r\n{line(WANG)}\r\n".encode(encoding))
    plan = analyse(db, path)
    assert dict(zip(OUTLOOK_ZH, plan.mapping, strict=True)) == {
        "称谓": "salutation",
        "名": "given_name",
        "中间名": None,
        "姓": "family_name",
        "单位": "organisation",
        "部门": "department",
        "职务": "position",
        "商务地址 街道": "street",
        "商务地址 市/县": "town",
        "商务地址 省/市/自治区": "region",
        "商务地址 邮政编码": "postcode",
        "商务地址 国家/地区": "country",
        "商务电话": "phone",
        "移动电话": "mobile",
        "商务传真": "fax",
        "电子邮件地址": "email",
        "电子邮件显示名称": None,
        "备注": "notes",
    }
    result = importer.run(db, plan)
    assert (result.created, result.errors) == (1, [])
    [wang] = stored(db)
    assert chinese_name(wang) == "王伟" and wang.gender == "male"
    assert (wang.department, wang.position, wang.street) == ("欧洲处", "处长", "汾江中路1号")
    assert (wang.town, wang.region, wang.postcode, wang.country) == (
        "佛山市",
        "广东省",
        "528000",
        "CN",
    )
    assert (wang.email, wang.mobile, wang.notes) == (
        "wang.wei@example.cn",
        "+86 138 0000 0000",
        "德中工业城市联盟",
    )
    assert organisation_names(db) == ["佛山市人民政府外事局"]


@pytest.mark.parametrize(
    "headers",
    [
        ["First Name", "Last Name", "Company", "E-mail Address", "Business Phone", "Mobile Phone"],
        ["Vorname", "Nachname", "Firma", "E-Mail-Adresse", "Telefon geschäftlich", "Mobiltelefon"],
    ],
)
def test_outlook_exports_in_english_and_german(db, tmp_path, headers):
    path = csv_file(
        tmp_path / "outlook.csv",
        [",".join(headers), "Jürgen,Groß,Stadt Köln,j.gross@example.org,+49 221 0,+49 171 0"],
        "cp1252",
    )
    plan = analyse(db, path)
    assert plan.mapping == ["given_name", "family_name", "organisation", "email", "phone", "mobile"]


def test_a_list_pasted_from_utf8_and_windows_1252_is_read_right_and_told(db, tmp_path):
    path = tmp_path / "zusammen.csv"
    path.write_bytes(
        b"Vorname;Nachname;Organisation\r\n"
        + "Jürgen;Groß;Stadt Düsseldorf\r\n".encode()
        + "Käthe;Weiß;Stadt Düsseldorf\r\n".encode("cp1252")
        + "Zoë;Müller;Kreis Düren\r\n".encode()
    )
    plan = analyse(db, path)
    [warning] = plan.warnings()
    assert warning.warning and warning.row == 0
    assert warning.text() == (
        "The file mixes two encodings: 1 row(s) were read as Windows-1252, the other rows "
        "as UTF-8. Check the names in these rows: 3"
    )
    result = importer.run(db, plan)
    assert result.created == 3
    assert [(c.given_name, c.family_name) for c in stored(db)] == [
        ("Jürgen", "Groß"),
        ("Käthe", "Weiß"),
        ("Zoë", "Müller"),
    ]
    assert organisation_names(db) == ["Stadt Düsseldorf", "Kreis Düren"]


def test_a_title_line_above_the_semicolon_table(db, tmp_path):
    path = csv_file(
        tmp_path / "kontakte.csv",
        [
            "Kontakte Foshan, Stand Mai 2024",
            "Vorname;Nachname;Organisation;Ort",
            "Wei;Wang;Stadt Foshan;Foshan, Guangdong",
            "Anna;Schmidt;Stadt Chemnitz;Chemnitz",
        ],
        "cp1252",
    )
    plan = analyse(db, path)
    assert plan.header_row == 2
    assert [w.text() for w in plan.warnings()] == [
        "1 row(s) above the column headers were taken as a title and not imported: "
        "1 “Kontakte Foshan, Stand Mai 2024”"
    ]
    assert importer.run(db, plan).created == 2
    assert [(c.family_name, c.town) for c in stored(db)] == [
        ("Wang", "Foshan, Guangdong"),
        ("Schmidt", "Chemnitz"),
    ]
