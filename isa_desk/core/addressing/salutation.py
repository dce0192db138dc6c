"""Salutations by the office's rules (see the domain notes on letters).

German: "Sehr geehrte Frau Dr. Beispiel,", offices of address ("Sehr geehrter Herr Landrat,"),
only the highest academic title, "Professor"/"Professorin" written out, "Guten Tag Alex
Beispiel," when the gender is unknown or diverse, "Sehr geehrte Damen und Herren," for an
organisation. English: "Dear Ms Liu,". Chinese: "尊敬的刘女士：". A salutation typed for the
contact always wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from isa_desk.core.addressing import person as p
from isa_desk.core.documents.wording import language_of


@dataclass(frozen=True)
class Office:
    """An office of address: the German male and female form, English and Chinese words."""

    male: str
    female: str
    english: str | None
    chinese: str

    def german(self, gender: str) -> str:
        return self.female if gender == "female" else self.male


OFFICES = (
    Office("Oberbürgermeister", "Oberbürgermeisterin", "Mayor", "市长"),
    Office("Bürgermeister", "Bürgermeisterin", "Mayor", "市长"),
    Office("Landrat", "Landrätin", None, "县长"),
    Office("Minister", "Ministerin", "Minister", "部长"),
    Office("Staatssekretär", "Staatssekretärin", "State Secretary", "国务秘书"),
    Office("Botschafter", "Botschafterin", "Ambassador", "大使"),
    Office("Generalkonsul", "Generalkonsulin", "Consul General", "总领事"),
    Office("Präsident", "Präsidentin", "President", "主席"),
)
_BY_WORD = {form.casefold(): office for office in OFFICES for form in (office.male, office.female)}

# Offices written in characters, longest first: (ending, German office or None, English word).
# Only German offices of address may go into a German salutation; the mayor of a Chinese city
# is an Oberbürgermeister in German usage.
CHINESE_OFFICES: tuple[tuple[str, Office | None, str | None], ...] = (
    ("副市长", None, "Vice Mayor"),
    ("市长", OFFICES[0], "Mayor"),
    ("副区长", None, None),
    ("区长", None, None),
    ("县长", OFFICES[2], None),
    ("总领事", OFFICES[6], "Consul General"),
    ("副局长", None, None),
    ("局长", None, None),
    ("秘书长", None, None),
    ("主任", None, None),
    ("部长", OFFICES[3], "Minister"),
    ("大使", OFFICES[5], "Ambassador"),
    ("主席", OFFICES[7], "President"),
)

_FORMER = re.compile(r",?\s*a\.\s?D\.", re.IGNORECASE)
_LEADING_ORDINAL = re.compile(r"^(erste|erster)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class HeldOffice:
    """The office a contact holds, as read from the position field."""

    office: Office | None  # a German office of address, None for a Chinese-only one
    chinese: str  # the office in characters ("市长", "副局长"), "" when unknown
    english: str | None
    former: bool


def held_office(position: str) -> HeldOffice | None:
    """The office of address in a position, None for a job title ("Referentin", "Leiterin")."""
    text = (position or "").strip()
    if not text:
        return None
    if p.has_chinese(text):
        for ending, office, english in CHINESE_OFFICES:
            if text.endswith(ending):
                return HeldOffice(office, ending, english, former=False)
        return None
    former = bool(_FORMER.search(text))
    words = _LEADING_ORDINAL.sub("", _FORMER.sub("", text)).split()
    if not words:
        return None
    # the office must be the first word: "Referent des Oberbürgermeisters" is no office
    first = words[0].split("/")[0].rstrip(",")
    office = _BY_WORD.get(first.casefold())
    if office is None:
        return None
    return HeldOffice(office, office.chinese, office.english, former)


def academic_rank(title: str) -> str | None:
    """ "professor", "doctor" or None; diploma and master degrees count for nothing."""
    text = (title or "").casefold()
    if re.search(r"\bprof", text):
        return "professor"
    if re.search(r"\bdr\b|\bdr\.|doktor|\bph\.?\s?d\b", text):
        return "doctor"
    return None


def address_title(title: str) -> str:
    """The title beside the name in the address block: "Prof. Dr.", "Prof." or "Dr."."""
    text = (title or "").casefold()
    professor = bool(re.search(r"\bprof", text))
    doctor = bool(re.search(r"\bdr\b|\bdr\.|doktor|\bph\.?\s?d\b", text))
    return " ".join(word for word, has in (("Prof.", professor), ("Dr.", doctor)) if has)


def salutation(person, language="de") -> str:
    """The salutation of a letter in `language` ("de", "en" or "zh") to `person`."""
    override = p.value(person, "salutation_override")
    if override:
        return override
    language = language_of(language)
    if language == "en":
        return _english(person)
    if language == "zh":
        return _chinese(person)
    return _german(person)


def _german(person) -> str:
    if p.is_organisation_only(person):
        return "Sehr geehrte Damen und Herren,"
    gender, family = p.gender(person), p.family_name(person)
    rank = academic_rank(p.value(person, "title"))
    if gender not in ("female", "male"):
        return f"Guten Tag {_german_title(rank, gender)}{p.full_name(person)},"
    opening = "Sehr geehrte Frau" if gender == "female" else "Sehr geehrter Herr"
    held = held_office(p.value(person, "position"))
    if held is not None and held.office is not None:
        # addressed by the office alone; "a. D." stays in the address block
        return f"{opening} {held.office.german(gender)},"
    return f"{opening} {_german_title(rank, gender)}{family},"


def _german_title(rank: str | None, gender: str) -> str:
    if rank == "professor":
        return "Professorin " if gender == "female" else "Professor "
    return "Dr. " if rank == "doctor" else ""


def _english(person) -> str:
    if p.is_organisation_only(person):
        return "Dear Sir or Madam,"
    family = p.family_name(person)
    held = held_office(p.value(person, "position"))
    if held is not None and held.english:
        return f"Dear {held.english} {family},"
    rank = academic_rank(p.value(person, "title"))
    if rank:  # gender-neutral in English
        return f"Dear {'Professor' if rank == 'professor' else 'Dr'} {family},"
    gender = p.gender(person)
    if gender in ("female", "male"):
        return f"Dear {'Ms' if gender == 'female' else 'Mr'} {family},"
    return f"Dear {p.full_name(person)},"


def _chinese(person) -> str:
    if p.is_organisation_only(person):
        return "尊敬的先生/女士："
    family = p.chinese_family_name(person) or p.value(person, "family_name")
    held = held_office(p.value(person, "position"))
    if held is not None and held.chinese:
        return f"尊敬的{family}{held.chinese}："
    rank = academic_rank(p.value(person, "title"))
    if rank:
        return f"尊敬的{family}{'教授' if rank == 'professor' else '博士'}："
    gender = p.gender(person)
    if gender in ("female", "male"):
        return f"尊敬的{family}{'女士' if gender == 'female' else '先生'}："
    name = p.value(person, "name_zh") or p.full_name(person)
    return f"尊敬的{name}："
