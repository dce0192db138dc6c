"""A .vcf file read as a received list of contacts: a header row of ISA Desk's own column
titles (recognised like those of an exported list), then one row per card, numbered by
the line its BEGIN:VCARD stands on, so a message about "row 17" points at line 17 of the
file. The import then treats it as any list: wizard, preview, duplicates, undo, limits."""

from __future__ import annotations

import re
from collections.abc import Generator
from pathlib import Path

from isa_desk.core.exchange import columns
from isa_desk.core.exchange.importing import bounds, encoding
from isa_desk.core.exchange.importing.source import ReadError, Source, SourceRow
from isa_desk.core.exchange.vcard import VCARD_SUFFIXES
from isa_desk.core.exchange.vcard.cards import Card, Property, read_cards, split, unescape
from isa_desk.core.i18n import translate

HEADER_ROW = 0  # before the first line of the file: every card's row comes after it
# the fields a card fills, in the order of the columns
KEYS = (
    "full_name",
    "title",
    "given_name",
    "family_name",
    "name_zh",
    "gender",
    "organisation",
    "department",
    "position",
    "email",
    "phone",
    "mobile",
    "fax",
    "street",
    "postcode",
    "town",
    "region",
    "country",
    "language",
    "tags",
    "notes",
)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_GENDERS = {"M": "male", "F": "female", "O": "diverse"}
_GENDERS |= {"MALE": "male", "FEMALE": "female", "OTHER": "diverse"}  # 3.0's X-GENDER
_LANGUAGES = ("de", "en", "zh")


def is_vcard(path: Path) -> bool:
    """A .vcf file, or a file beginning with BEGIN:VCARD whatever its name."""
    if path.suffix.lower() in VCARD_SUFFIXES:
        return True
    with path.open("rb") as handle:
        head = handle.read(64).removeprefix(b"\xef\xbb\xbf").lstrip()
    return head.upper().startswith(b"BEGIN:VCARD")


def refuse_members(source: Source, list_name: str) -> None:
    """A vCard file holds persons: it is imported as contacts only."""
    if isinstance(source, VcardSource) and list_name != "contacts":
        raise ReadError(
            translate(
                "Exchange", "{file} is a vCard file: it holds persons. Import it as contacts."
            ).format(file=source.path.name)
        )


class VcardSource(Source):
    def __init__(self, path: Path, encoding_name: str | None = None):
        self.path = path
        self.sheet = path.stem
        self.sheets = [self.sheet]
        bounds.check_file_size(path)
        self.encoding = encoding_name or encoding.detect(path)

    def headers(self) -> list[str]:
        titles = {field.key: field.title() for field in columns.import_fields("contacts")}
        return [titles[key] for key in KEYS]

    def rows(self) -> Generator[SourceRow, None, None]:
        headers = self.headers()
        yield SourceRow(HEADER_ROW, list(headers))
        for card in read_cards(self.path, self.encoding):
            values = card_values(card)
            for index, value in enumerate(values):
                if value is not None and len(value) > bounds.MAX_CELL_CHARS:
                    raise bounds.cell_too_long(
                        self.path,
                        translate("Exchange", "the card on line {line} ({field})").format(
                            line=card.line, field=headers[index]
                        ),
                    )
            yield SourceRow(card.line, values)

    def reading(self) -> str:
        """How the file is read, for people."""
        return translate(
            "Exchange",
            "vCard file ({encoding}); each card is a row numbered by the line it begins on.",
        ).format(encoding=encoding.label(self.encoding))


def card_values(card: Card) -> list[str | None]:
    """The card's values in the order of KEYS; None where it has none."""
    found: dict[str, str] = {}
    _names(card, found)
    _organisation(card, found)
    found["email"] = _text(_best(card.all("EMAIL"), ("WORK", "INTERNET")))
    _phones(card, found)
    _address(card, found)
    gender = _text(card.first("GENDER") or card.first("X-GENDER"))
    found["gender"] = _GENDERS.get(split(gender, ";")[0].strip().upper(), "")
    language = _text(_best(card.all("LANG"), ()))
    primary = language.split("-")[0].strip().lower()
    found["language"] = primary if primary in _LANGUAGES else ""
    tags = [unescape(t).strip() for p in card.all("CATEGORIES") for t in split(p.value, ",")]
    found["tags"] = ", ".join(t for t in tags if t)
    found["notes"] = "\n\n".join(n for n in (_text(p) for p in card.all("NOTE")) if n)
    return [found.get(key) or None for key in KEYS]


def _text(found: Property | None) -> str:
    return unescape(found.value).strip() if found is not None else ""


def _parts(found: Property | None, count: int, lists: bool = False) -> list[str]:
    """The components of a structured value (N, ADR, ORG); with `lists` each is a list
    ("Prof.,Dr.") joined by spaces, else a comma is part of the text, as many write it
    unescaped in an address."""
    parts = split(found.value, ";") if found is not None else []
    parts += [""] * (count - len(parts))
    if not lists:
        return [unescape(part).strip() for part in parts]
    return [" ".join(unescape(p).strip() for p in split(part, ",") if p.strip()) for part in parts]


def _is_chinese(found: Property) -> bool:
    return found.param("LANGUAGE").lower().startswith("zh")


def _names(card: Card, found: dict[str, str]) -> None:
    family, given, middle, prefix, _suffix = _parts(card.first("N"), 5, lists=True)
    names = card.all("FN")
    latin = next((unescape(p.value).strip() for p in names if not _is_chinese(p)), "")
    in_characters = [unescape(p.value).strip() for p in names if _is_chinese(p)]
    if _CJK.search(family + given):  # a card written in characters (as Apple writes them)
        in_characters.append(family + given)
        family = _text(card.first("X-PHONETIC-LAST-NAME"))
        given = _text(card.first("X-PHONETIC-FIRST-NAME"))
        middle = ""
    if _CJK.search(latin):
        in_characters.append(latin)
        latin = ""
    nicknames = [_text(p) for p in card.all("NICKNAME")]
    in_characters += [name for name in nicknames if _CJK.search(name)]
    found["name_zh"] = next((name for name in in_characters if name), "")
    found["family_name"] = family
    found["given_name"] = " ".join(part for part in (given, middle) if part)
    found["title"] = prefix
    if not (family or given) and latin == _parts(card.first("ORG"), 1)[0]:
        latin = ""  # a card of an organisation: its name is no person's
    found["full_name"] = latin


def _organisation(card: Card, found: dict[str, str]) -> None:
    parts = _parts(card.first("ORG"), 1)
    found["organisation"] = parts[0]
    found["department"] = ", ".join(part for part in parts[1:] if part)
    found["position"] = _text(card.first("TITLE")) or _text(card.first("ROLE"))


def _best(properties: list[Property], wanted: tuple[str, ...]) -> Property | None:
    """The preferred one, else the first of a wanted type, else the first."""
    for test in (Property.preferred, lambda p: bool(p.types & set(wanted))):
        chosen = next((p for p in properties if test(p)), None)
        if chosen is not None:
            return chosen
    return properties[0] if properties else None


def _phones(card: Card, found: dict[str, str]) -> None:
    phones = card.all("TEL")
    faxes = [p for p in phones if "FAX" in p.types]
    mobiles = [p for p in phones if p.types & {"CELL", "MOBILE"} and "FAX" not in p.types]
    voices = [p for p in phones if not p.types & {"FAX", "CELL", "MOBILE", "PAGER"}]
    for key, chosen in (("phone", voices), ("mobile", mobiles), ("fax", faxes)):
        number = _text(_best(chosen, ("WORK",)))
        found[key] = number.removeprefix("tel:")  # 4.0 may write a tel: URI


def _address(card: Card, found: dict[str, str]) -> None:
    chosen = _best([p for p in card.all("ADR") if "HOME" not in p.types], ("WORK",)) or _best(
        card.all("ADR"), ()
    )
    box, extended, street, town, region, postcode, country = _parts(chosen, 7)
    lines = [line.strip() for part in (box, extended, street) for line in part.splitlines()]
    found["street"] = ", ".join(line for line in lines if line)
    found["town"], found["region"], found["postcode"] = town, region, postcode
    found["country"] = country
