"""Values between cells and records: labels for stored codes (written into exported
workbooks) and the words people use for them (read from received lists).

A stored code ("female", "member") is exported as its label in the loaded language and
recognised on import as the code, the label of any of the three languages, or a usual
synonym ("Frau", "weiblich", "女").
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable

from isa_desk.core.catalogues import LANGUAGES
from isa_desk.core.db import models as m
from isa_desk.core.domain import dates
from isa_desk.core.domain import labels as code_labels
from isa_desk.core.domain.labels import no, yes
from isa_desk.core.domain.person_names import GENDER_WORDS
from isa_desk.core.domain.text import search_key
from isa_desk.core.i18n import translator_for

# the kind of code each enumeration field of the lists holds
FIELD_KINDS: dict[str, type[enum.Enum]] = {
    "gender": m.Gender,
    "name_order": m.NameOrder,
    "language": m.Language,
    "status": m.MemberStatus,
    "kind": m.MemberKind,
    "organisation_kind": m.OrganisationKind,
    "inquiry_status": m.InquiryStatus,
    "channel": m.InquiryChannel,
    "participation": m.ParticipantStatus,
}


def labels(field: str) -> dict[str, str]:
    """Code -> label in the loaded language (the window's texts) of an enumeration field."""
    kind = FIELD_KINDS.get(field)
    return dict(code_labels.choices(kind)) if kind else {}


# Words for the codes in the three languages (the labels come from `labels`).
_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "gender": {
        "female": ("weiblich", "w", "f", "frau", "fr", "mrs", "ms", "miss", "女", "女士"),
        "male": ("männlich", "m", "herr", "hr", "mr", "男", "先生"),
        "diverse": ("divers", "d", "x", "多元", "多元性别"),
        # Outlook writes "Nicht angegeben" / "Unspecified" for a contact without one
        "unknown": ("unbekannt", "未知", "u", "nicht angegeben", "unspecified"),
    },
    "name_order": {
        "western": ("Vorname zuerst", "名在前", "western"),
        "chinese": ("Nachname zuerst", "姓在前", "chinese"),
    },
    "language": {
        "de": ("Deutsch", "deutsch", "German", "ger", "deu", "德语", "德文"),
        "en": ("Englisch", "English", "eng", "英语", "英文"),
        "zh": ("Chinesisch", "Chinese", "chi", "zho", "cn", "中文", "汉语", "普通话"),
    },
    "status": {
        "prospect": ("Interessent", "Interessentin", "潜在成员", "意向城市"),
        "applicant": ("Antragsteller", "Bewerber", "Antrag gestellt", "申请者", "申请中"),
        "guest": ("Gast", "Gastmitglied", "嘉宾", "观察员"),
        "member": ("Mitglied", "成员", "会员"),
        "former": ("ehemalig", "ehemaliges Mitglied", "ausgetreten", "前成员"),
    },
    "kind": {
        "city": ("Stadt", "城市", "市"),
        "district": ("Kreis", "Landkreis", "Bezirk", "Kreis/Bezirk", "区县", "县", "区"),
        "region": ("Region", "地区"),
        "city_network": ("Städtenetzwerk", "Städteverbund", "城市网络"),
    },
}

_BOOL_TRUE = {"1", "ja", "j", "yes", "y", "x", "true", "wahr", "是", "✓", "✔"}
_BOOL_FALSE = {"0", "nein", "n", "no", "false", "falsch", "否", "-"}


def _word_index(field: str, others: list[Callable[..., str]]) -> dict[str, str]:
    """Folded word -> code: the codes and labels in the loaded language first, then the
    labels in the other languages (`others`, translators), then the usual synonyms."""
    index: dict[str, str] = {}
    for code, label in labels(field).items():
        index[search_key(code)] = code
        index[search_key(label)] = code
    kind = FIELD_KINDS[field]
    for item in kind:
        found = code_labels.source(kind, item.value)
        if found is None:
            continue
        for translated in others:
            index.setdefault(search_key(translated(code_labels.CONTEXT, *found)), item.value)
    for code, words in _WORDS.get(field, {}).items():
        for word in words:
            index.setdefault(search_key(word), code)
    return index


def _source_text(_context: str, text: str, _disambiguation: str | None = None) -> str:
    """A label in English, the language its source text is written in."""
    return text


_IMPORTED = ("gender", "name_order", "language", "status", "kind")  # fields an import reads


class Words:
    """Looks up the code of a word for each enum field; built once per import, so the
    labels follow the loaded language."""

    def __init__(self):
        # a list exported in another language than the window's is read back too
        others = [_source_text, *filter(None, map(translator_for, LANGUAGES))]
        self._index = {field: _word_index(field, others) for field in _IMPORTED}

    def code(self, field: str, text) -> str | None:
        """The stored code for `text`, None when it means nothing known."""
        key = search_key(str(text)).rstrip(".")
        return self._index.get(field, {}).get(key)

    def choices(self, field: str) -> str:
        return ", ".join(labels(field).values())


def boolean(value) -> bool | None:
    """True, False, or None for an empty cell or a value that is neither yes nor no."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    text = search_key(str(value))
    if text in _BOOL_TRUE or text == search_key(yes()):
        return True
    if text in _BOOL_FALSE or text == search_key(no()):
        return False
    return None


def date_value(value, month_first: bool = False) -> dt.date | None:
    """A date from an Excel date or a written one ("05.06.2021", "2021.06.05",
    "15. Oktober 2021", "October 15, 2021", "2021年6月5日"); a date of numbers with a
    slash or dash and the year last puts the day first unless `month_first`. Raises
    ValueError for anything else, also for a date without its year."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = text_value(value)
    # lists hold dates gone by (member since, consent on): a two-digit year is read in
    # the century ending ten years from now ("1.1.75" is 1975), not around today
    window = dt.date(dt.date.today().year - 40, 1, 1)
    found = dates.parse_date(text, today=window, month_first=month_first, year_needed=True)
    if found is None:
        raise ValueError(text)
    return found


def text_value(value) -> str:
    """A cell as text: whole numbers without ".0", dates as ISO dates."""
    if type(value) is str:  # the usual case first
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes() if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def names_list(value) -> list[str]:
    """Tags or places: several names in one cell, separated by commas or semicolons."""
    text = text_value(value)
    return [part.strip() for part in re.split(r"[;,\n]", text) if part.strip()]


def salutation(value) -> tuple[str | None, str]:
    """The gender and the academic title held by an "Anrede" cell ("Herr", "Frau Dr.",
    "Prof. Dr.-Ing.", "Mr.")."""
    gender = None
    rest = []
    for word in text_value(value).split():
        found = GENDER_WORDS.get(search_key(word).rstrip("."))
        if found and gender is None:
            gender = found
        else:
            rest.append(word)
    return gender, " ".join(rest)
