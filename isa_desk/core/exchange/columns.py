"""The columns of the exported lists and how the headers of received lists are recognised.

Every list has its fields in a fixed order; the header of each is an English source text
translated in the context "Columns" (the same texts as the lists in the window), so an
exported workbook speaks the user's language. Recognising a header folds it (case,
accents, spaces and punctuation do not matter) and looks it up among our own headers in
German, English and Chinese, the headers of Outlook's contact export in German, English
and Chinese, and the usual headers of German lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.domain.text import search_key
from isa_desk.core.i18n import translate
from isa_desk.core.services.contact_consents import GIVEN_ON, SOURCE, WITHDRAWN_ON, field_key

# kinds of value: how a field is written into a cell and read back from one
TEXT = "text"
CODE = "code"  # digits that are text: postcodes and phone numbers ("@" format, no number)
DATE = "date"
BOOL = "bool"
INT = "int"
ENUM = "enum"
COUNTRY = "country"
LIST = "list"  # several names in one cell: tags, places


@dataclass(frozen=True)
class Field:
    key: str  # a column of the model, or: id, salutation, full_name, organisation, member, tags
    header: str  # English source text, translated in the context "Columns"
    kind: str = TEXT
    importable: bool = True

    def title(self) -> str:
        return column_title(self.header)


def column_title(header: str) -> str:
    """A header in the loaded language."""
    return translate("Columns", header)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text for the translation extractor; translated later by `column_title`."""
    return text


# Our own headers in German and Chinese, so that a list exported in one language is
# recognised while the program runs in another.
_OWN: dict[str, tuple[str, ...]] = {
    "ID": ("ID", "Kennung", "编号"),
    "Gender": ("Geschlecht", "性别"),
    "Title": ("Titel", "Akademischer Titel", "头衔", "职称"),
    "Position": ("Funktion", "Amt", "Position", "Funktion/Amt", "职务", "职位"),
    "Given name": ("Vorname", "名"),
    "Family name": ("Nachname", "Familienname", "姓"),
    "Chinese name": ("Chinesischer Name", "Name chinesisch", "中文名", "中文姓名", "中文名称"),
    "Name order": ("Namensreihenfolge", "姓名顺序"),
    "Organisation": ("Organisation", "Institution", "Einrichtung", "Behörde", "单位", "机构"),
    "Member": ("Mitglied", "Mitgliedsstadt", "成员", "会员"),
    "Department": ("Abteilung", "Referat", "部门"),
    "E-mail": ("E-Mail", "Mail", "Email", "E-Mail-Adresse", "电子邮件", "电子邮箱", "邮箱"),
    "Phone": ("Telefon", "Tel.", "Telefonnummer", "电话"),
    "Mobile": ("Mobil", "Mobiltelefon", "Handy", "手机"),
    "Fax": ("Fax", "Telefax", "传真"),
    "Street": ("Straße", "Strasse", "Anschrift", "Adresse", "地址", "街道"),
    "Postcode": ("PLZ", "Postleitzahl", "邮编", "邮政编码"),
    "Town": ("Ort", "Stadt", "Wohnort", "城市"),
    "State/province": (
        "Bundesland",
        "Provinz",
        "Bundesland/Provinz",
        "Region",
        "省份",
        "省",
        "联邦州/省份",
        "联邦州",
        "省/州",
    ),
    "Country": ("Land", "Staat", "国家"),
    "Language": ("Sprache", "Korrespondenzsprache", "语言"),
    "Salutation in letters": ("Briefanrede", "Anrede im Brief", "信函称呼"),
    "Tags": ("Schlagwörter", "Schlagworte", "Stichwörter", "Verteiler", "标签"),
    "No post": ("Keine Post", "不寄信"),
    "No e-mail": ("Keine E-Mail", "不发邮件"),
    # the one consent of lists from older versions was the newsletter's
    "Newsletter consent given on": (
        "Einwilligung Newsletter erteilt am",
        "新闻通讯同意日期",
        "Consent on",
        "Einwilligung am",
        "Einwilligung vom",
        "同意日期",
    ),
    "Newsletter consent source": (
        "Einwilligung Newsletter Quelle",
        "新闻通讯同意来源",
        "Consent source",
        "Einwilligung durch",
        "Quelle der Einwilligung",
        "同意来源",
    ),
    "Active": ("Aktiv", "有效"),
    "Notes": ("Notizen", "Bemerkung", "Bemerkungen", "Anmerkungen", "备注"),
    "Name": ("Name", "名称"),
    "Kind": ("Art", "Typ", "类型"),
    "Status": ("Status", "状态"),
    "Member since": ("Mitglied seit", "Beitritt", "入会时间", "加入时间"),
    "Left on": ("Ausgetreten am", "Austritt", "退出时间"),
    "Places": ("Orte", "Kommunen", "Städte", "地点"),
    "Website": ("Webseite", "Internet", "Homepage", "Internetseite", "网站"),
    "Salutation": ("Anrede", "称呼", "称谓"),
    # the consent columns as a German or Chinese window heads them (translations/)
    "Newsletter consent withdrawn on": (
        "Einwilligung Newsletter widerrufen am",
        "新闻通讯撤回日期",
    ),
    "Invitations consent given on": ("Einwilligung Einladungen erteilt am", "邀请同意日期"),
    "Invitations consent source": ("Einwilligung Einladungen Quelle", "邀请同意来源"),
    "Invitations consent withdrawn on": ("Einwilligung Einladungen widerrufen am", "邀请撤回日期"),
    "Press list consent given on": ("Einwilligung Presseverteiler erteilt am", "媒体名单同意日期"),
    "Press list consent source": ("Einwilligung Presseverteiler Quelle", "媒体名单同意来源"),
    "Press list consent withdrawn on": (
        "Einwilligung Presseverteiler widerrufen am",
        "媒体名单撤回日期",
    ),
    "Secretariat sharing consent given on": (
        "Einwilligung Weitergabe an das Sekretariat erteilt am",
        "共享给秘书处同意日期",
    ),
    "Secretariat sharing consent source": (
        "Einwilligung Weitergabe an das Sekretariat Quelle",
        "共享给秘书处同意来源",
    ),
    "Secretariat sharing consent withdrawn on": (
        "Einwilligung Weitergabe an das Sekretariat widerrufen am",
        "共享给秘书处撤回日期",
    ),
}

# Outlook's contact export (German, English and Chinese) and other usual headers.
_OUTLOOK: dict[str, tuple[str, ...]] = {
    "salutation": ("Anrede", "Title", "Salutation", "Prefix", "英文称谓"),
    "title": ("Titel", "Akad. Titel"),
    "given_name": ("Vorname", "First Name", "Given Name", "Forename"),
    "family_name": ("Nachname", "Last Name", "Surname", "Family Name"),
    "full_name": ("Vollständiger Name", "Full Name", "Name", "姓名"),
    "organisation": (
        "Firma",
        "Company",
        "Organisation",
        "Organization",
        "Unternehmen",
        "Institution",
        "Behörde",
        "Kommune",
        "Stadtverwaltung",
        "單位",  # (traditional characters, as Taiwan and Hong Kong write)
        "公司",
    ),
    "department": ("Abteilung", "Department"),
    "position": (
        "Position",
        "Job Title",
        "Funktion",
        "Amt",
        "Funktion/Amt",
        "Dienststellung",
        "Beruf",
        "Job",
    ),
    "street": (
        "Straße geschäftlich",
        "Business Street",
        "Straße",
        "Street",
        "Address",
        "Adresse",
        "Anschrift",
        "商务地址 街道",
    ),
    "postcode": (
        "Postleitzahl geschäftlich",
        "Business Postal Code",
        "PLZ",
        "Postal Code",
        "Zip",
        "Zip Code",
        "Postcode",
        "商务地址 邮政编码",
    ),
    "town": ("Ort geschäftlich", "Business City", "Ort", "City", "Town", "Stadt", "商务地址 市/县"),
    "region": (
        "Region geschäftlich",
        "Bundesland geschäftlich",
        "Business State",
        "State",
        "Province",
        "Bundesland",
        "Provinz",
        "商务地址 省/市/自治区",
    ),
    "country": (
        "Land/Region geschäftlich",
        "Land geschäftlich",
        "Business Country/Region",
        "Business Country",
        "Country/Region",
        "Country",
        "Land",
        "商务地址 国家/地区",
    ),
    "email": (
        "E-Mail-Adresse",
        "E-mail Address",
        "E-Mail Address",
        "E-Mail",
        "Email",
        "E-Mail 1",
        "Mail",
        "电子邮件地址",
    ),
    "phone": (
        "Telefon geschäftlich",
        "Business Phone",
        "Telefon",
        "Phone",
        "Telephone",
        "Tel",
        "Tel.",
        "商务电话",
    ),
    "mobile": (
        "Mobiltelefon",
        "Mobile Phone",
        "Mobile",
        "Handy",
        "Mobil",
        "Cell Phone",
        "移动电话",
    ),
    "fax": ("Fax geschäftlich", "Business Fax", "Fax", "商务传真"),
    "language": ("Sprache", "Language", "Korrespondenzsprache"),
    "notes": ("Notizen", "Notes", "Bemerkung", "Bemerkungen", "Anmerkungen", "Kommentar", "附注"),
    "tags": ("Kategorien", "Categories", "Verteiler", "Schlagwörter", "类别"),
    "website": ("Webseite", "Web Page", "Website", "Internet", "Homepage", "网页"),
    "gender": ("Geschlecht", "Gender", "Sex"),
    # ISA Desk's Outlook export keeps the name in characters in Outlook's "User 1"
    "name_zh": ("Benutzer 1", "User 1"),
}


def _contact_fields() -> list[Field]:
    return [
        Field("id", QT_TRANSLATE_NOOP("Columns", "ID"), INT),
        Field("gender", QT_TRANSLATE_NOOP("Columns", "Gender"), ENUM),
        Field("title", QT_TRANSLATE_NOOP("Columns", "Title"), TEXT),
        Field("position", QT_TRANSLATE_NOOP("Columns", "Position")),
        Field("given_name", QT_TRANSLATE_NOOP("Columns", "Given name")),
        Field("family_name", QT_TRANSLATE_NOOP("Columns", "Family name")),
        Field("name_zh", QT_TRANSLATE_NOOP("Columns", "Chinese name")),
        Field("name_order", QT_TRANSLATE_NOOP("Columns", "Name order"), ENUM),
        Field("organisation", QT_TRANSLATE_NOOP("Columns", "Organisation")),
        Field("member", QT_TRANSLATE_NOOP("Columns", "Member")),
        Field("department", QT_TRANSLATE_NOOP("Columns", "Department")),
        Field("email", QT_TRANSLATE_NOOP("Columns", "E-mail")),
        Field("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), CODE),
        Field("mobile", QT_TRANSLATE_NOOP("Columns", "Mobile"), CODE),
        Field("fax", QT_TRANSLATE_NOOP("Columns", "Fax"), CODE),
        Field("street", QT_TRANSLATE_NOOP("Columns", "Street")),
        Field("postcode", QT_TRANSLATE_NOOP("Columns", "Postcode"), CODE),
        Field("town", QT_TRANSLATE_NOOP("Columns", "Town")),
        Field("region", QT_TRANSLATE_NOOP("Columns", "State/province")),
        Field("country", QT_TRANSLATE_NOOP("Columns", "Country"), COUNTRY),
        Field("language", QT_TRANSLATE_NOOP("Columns", "Language"), ENUM),
        Field("salutation_override", QT_TRANSLATE_NOOP("Columns", "Salutation in letters")),
        Field("tags", QT_TRANSLATE_NOOP("Columns", "Tags"), LIST),
        Field("no_post", QT_TRANSLATE_NOOP("Columns", "No post"), BOOL),
        Field("no_email", QT_TRANSLATE_NOOP("Columns", "No e-mail"), BOOL),
        Field("active", QT_TRANSLATE_NOOP("Columns", "Active"), BOOL),
        Field("notes", QT_TRANSLATE_NOOP("Columns", "Notes")),
        *_consent_fields(),
    ]


def _consent_fields() -> list[Field]:
    """Per purpose three columns, as the editor shows them: the day the consent was given,
    how, and the day it was withdrawn. A list read by people shows a withdrawal beside the
    consent it ends, and a list imported again gives back the same consents."""
    headers = {
        ConsentPurpose.NEWSLETTER: (
            QT_TRANSLATE_NOOP("Columns", "Newsletter consent given on"),
            QT_TRANSLATE_NOOP("Columns", "Newsletter consent source"),
            QT_TRANSLATE_NOOP("Columns", "Newsletter consent withdrawn on"),
        ),
        ConsentPurpose.INVITATIONS: (
            QT_TRANSLATE_NOOP("Columns", "Invitations consent given on"),
            QT_TRANSLATE_NOOP("Columns", "Invitations consent source"),
            QT_TRANSLATE_NOOP("Columns", "Invitations consent withdrawn on"),
        ),
        ConsentPurpose.PRESS: (
            QT_TRANSLATE_NOOP("Columns", "Press list consent given on"),
            QT_TRANSLATE_NOOP("Columns", "Press list consent source"),
            QT_TRANSLATE_NOOP("Columns", "Press list consent withdrawn on"),
        ),
        ConsentPurpose.SECRETARIAT: (
            QT_TRANSLATE_NOOP("Columns", "Secretariat sharing consent given on"),
            QT_TRANSLATE_NOOP("Columns", "Secretariat sharing consent source"),
            QT_TRANSLATE_NOOP("Columns", "Secretariat sharing consent withdrawn on"),
        ),
    }
    found = []
    for purpose, (given, source, withdrawn) in headers.items():
        found += [
            Field(field_key(purpose, GIVEN_ON), given, DATE),
            Field(field_key(purpose, SOURCE), source),
            Field(field_key(purpose, WITHDRAWN_ON), withdrawn, DATE),
        ]
    return found


def _member_fields() -> list[Field]:
    return [
        Field("id", QT_TRANSLATE_NOOP("Columns", "ID"), INT),
        Field("name", QT_TRANSLATE_NOOP("Columns", "Name")),
        Field("name_zh", QT_TRANSLATE_NOOP("Columns", "Chinese name")),
        Field("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), ENUM),
        Field("country", QT_TRANSLATE_NOOP("Columns", "Country"), COUNTRY),
        Field("region", QT_TRANSLATE_NOOP("Columns", "State/province")),
        Field("status", QT_TRANSLATE_NOOP("Columns", "Status"), ENUM),
        Field("member_since", QT_TRANSLATE_NOOP("Columns", "Member since"), DATE),
        Field("left_on", QT_TRANSLATE_NOOP("Columns", "Left on"), DATE),
        Field("places", QT_TRANSLATE_NOOP("Columns", "Places"), LIST),
        Field("website", QT_TRANSLATE_NOOP("Columns", "Website")),
        Field("tags", QT_TRANSLATE_NOOP("Columns", "Tags"), LIST),
        Field("contacts", QT_TRANSLATE_NOOP("Columns", "Contacts"), INT, importable=False),
        Field("notes", QT_TRANSLATE_NOOP("Columns", "Notes")),
    ]


def _organisation_fields() -> list[Field]:
    return [
        Field("id", QT_TRANSLATE_NOOP("Columns", "ID"), INT),
        Field("name", QT_TRANSLATE_NOOP("Columns", "Name")),
        Field("name_zh", QT_TRANSLATE_NOOP("Columns", "Chinese name")),
        Field("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), ENUM),
        Field("member", QT_TRANSLATE_NOOP("Columns", "Member")),
        Field("advisory_board", QT_TRANSLATE_NOOP("Columns", "Advisory board"), BOOL),
        Field("street", QT_TRANSLATE_NOOP("Columns", "Street")),
        Field("postcode", QT_TRANSLATE_NOOP("Columns", "Postcode"), CODE),
        Field("town", QT_TRANSLATE_NOOP("Columns", "Town")),
        Field("region", QT_TRANSLATE_NOOP("Columns", "State/province")),
        Field("country", QT_TRANSLATE_NOOP("Columns", "Country"), COUNTRY),
        Field("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), CODE),
        Field("email", QT_TRANSLATE_NOOP("Columns", "E-mail")),
        Field("website", QT_TRANSLATE_NOOP("Columns", "Website")),
        Field("tags", QT_TRANSLATE_NOOP("Columns", "Tags"), LIST),
        Field("notes", QT_TRANSLATE_NOOP("Columns", "Notes")),
    ]


def _inquiry_fields() -> list[Field]:
    return [
        Field("id", QT_TRANSLATE_NOOP("Columns", "ID"), INT),
        Field("member", QT_TRANSLATE_NOOP("Columns", "Interested city")),
        Field("country", QT_TRANSLATE_NOOP("Columns", "Country"), COUNTRY),
        Field("region", QT_TRANSLATE_NOOP("Columns", "State/province")),
        Field("contact", QT_TRANSLATE_NOOP("Columns", "Contact person")),
        Field("email", QT_TRANSLATE_NOOP("Columns", "E-mail")),
        Field("received_on", QT_TRANSLATE_NOOP("Columns", "Received on"), DATE),
        Field("channel", QT_TRANSLATE_NOOP("Columns", "Channel"), ENUM),
        Field("status", QT_TRANSLATE_NOOP("Columns", "Status"), ENUM),
        Field("assigned_to", QT_TRANSLATE_NOOP("Columns", "Assigned to")),
        Field("next_follow_up", QT_TRANSLATE_NOOP("Columns", "Next follow-up"), DATE),
        Field("closed_on", QT_TRANSLATE_NOOP("Columns", "Closed on"), DATE),
        Field("summary", QT_TRANSLATE_NOOP("Columns", "Summary")),
    ]


def _participant_fields() -> list[Field]:
    # the ID is the contact's: a re-import as contacts updates the same persons
    return [
        Field("id", QT_TRANSLATE_NOOP("Columns", "ID"), INT),
        Field("gender", QT_TRANSLATE_NOOP("Columns", "Gender"), ENUM),
        Field("title", QT_TRANSLATE_NOOP("Columns", "Title")),
        Field("given_name", QT_TRANSLATE_NOOP("Columns", "Given name")),
        Field("family_name", QT_TRANSLATE_NOOP("Columns", "Family name")),
        Field("name_zh", QT_TRANSLATE_NOOP("Columns", "Chinese name")),
        Field("position", QT_TRANSLATE_NOOP("Columns", "Position")),
        Field("organisation", QT_TRANSLATE_NOOP("Columns", "Organisation")),
        Field("email", QT_TRANSLATE_NOOP("Columns", "E-mail")),
        Field("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), CODE),
        Field("country", QT_TRANSLATE_NOOP("Columns", "Country"), COUNTRY),
        Field("language", QT_TRANSLATE_NOOP("Columns", "Language"), ENUM),
        # the participation: shown, but an import of the sheet only changes the persons
        Field("participation", QT_TRANSLATE_NOOP("Columns", "Participation"), ENUM, False),
        Field("invited_on", QT_TRANSLATE_NOOP("Columns", "Invited on"), DATE, False),
        Field("registered_on", QT_TRANSLATE_NOOP("Columns", "Registered on"), DATE, False),
        Field("accompanying", QT_TRANSLATE_NOOP("Columns", "Accompanying persons"), INT, False),
        Field(
            "interpreting_language",
            QT_TRANSLATE_NOOP("Columns", "Interpreting language"),
            TEXT,
            False,
        ),
        Field(
            "participation_notes", QT_TRANSLATE_NOOP("Columns", "Participation notes"), TEXT, False
        ),
    ]


_FIELDS = {
    "contacts": _contact_fields,
    "members": _member_fields,
    "organisations": _organisation_fields,
    "inquiries": _inquiry_fields,
    "participants": _participant_fields,
}
LISTS = tuple(_FIELDS)
IMPORTABLE = ("contacts", "members")

# pseudo fields an import understands beyond the exported ones
SALUTATION = Field("salutation", QT_TRANSLATE_NOOP("Columns", "Salutation"))
FULL_NAME = Field("full_name", QT_TRANSLATE_NOOP("Columns", "Name"))


def fields(list_name: str) -> list[Field]:
    """The exported columns of a list, in order."""
    return _FIELDS[list_name]()


def import_fields(list_name: str) -> list[Field]:
    """The fields a column of an imported list can be mapped to."""
    found = [f for f in fields(list_name) if f.importable]
    if list_name == "contacts":
        found.insert(1, SALUTATION)
        found.insert(5, FULL_NAME)
    return found


def fold(header) -> str:
    """A header without case, accents, spaces and punctuation: "E-Mail-Adresse" ->
    "emailadresse"."""
    return re.sub(r"[\W_]+", "", search_key(str(header or "")))


def _lookup(list_name: str) -> dict[str, str]:
    """Folded header -> field key for one list (made again only when the loaded language
    changed the titles)."""
    titles = tuple(field.title() for field in import_fields(list_name))
    return _lookup_for(list_name, titles)


@lru_cache(maxsize=16)
def _lookup_for(list_name: str, _titles: tuple[str, ...]) -> dict[str, str]:
    """Folded header -> field key for one list; earlier entries win over later ones."""
    table: dict[str, str] = {}

    def add(header: str, key: str) -> None:
        folded = fold(header)
        if folded and folded not in table:
            table[folded] = key

    wanted = import_fields(list_name)
    keys = {f.key for f in wanted}
    # 1. our own headers: the loaded translation, the English source, German and Chinese
    for field in wanted:
        add(field.title(), field.key)
        add(field.header, field.key)
    for field in wanted:
        for alias in _OWN.get(field.header, ()):
            add(alias, field.key)
    # 2. Outlook and the usual German headers
    if list_name == "contacts":
        for key, aliases in _OUTLOOK.items():
            if key in keys:
                for alias in aliases:
                    add(alias, key)
    return table


def recognise(headers: list, list_name: str) -> list[str | None]:
    """The field of each header (None: not recognised); each field taken once, by the
    first column that has it."""
    table = _lookup(list_name)
    taken: set[str] = set()
    found: list[str | None] = []
    for header in headers:
        key = table.get(fold(header))
        if key is not None and key in taken:
            key = None
        if key is not None:
            taken.add(key)
        found.append(key)
    return _settle_names(found)


def _settle_names(found: list[str | None]) -> list[str | None]:
    """A "Name" column beside a given-name column holds the family name."""
    if "full_name" in found and "given_name" in found and "family_name" not in found:
        return ["family_name" if key == "full_name" else key for key in found]
    return found


def field_title(list_name: str, key: str | None) -> str:
    for field in import_fields(list_name):
        if field.key == key:
            return field.title()
    return ""
