"""Each recipient in their preferred language: the templates of a run, by language.

A run that writes each recipient in the language of their contact record takes, for each
language, the template the user chose for it; without one, the built-in template of the
same family as the run's main template (einladung, invitation, yaoqing); recipients whose
language has neither get the main template.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from isa_desk.core.db.models import Language, LetterTemplate
from isa_desk.core.documents.letters import templates
from isa_desk.core.documents.wording import LANGUAGES, language_of
from isa_desk.core.domain import labels
from isa_desk.core.errors import ValidationError
from isa_desk.core.i18n import translate


def preferred_language(contact) -> str:
    """ "de", "en" or "zh": the language the contact reads letters in."""
    return language_of(getattr(contact, "language", None))


def templates_by_language(
    db, main: LetterTemplate, chosen: Mapping[str, str | None] | None = None
) -> dict[str, LetterTemplate]:
    """The template for each language that has one: `chosen` (language -> template key)
    first, then the main template for its own language, then its built-in siblings.

    Raises ValidationError when a chosen template is written in another language than
    the one it was chosen for."""
    found: dict[str, LetterTemplate] = {}
    for sibling_key in templates.family(main.key):
        sibling = main if sibling_key == main.key else templates.get(db, sibling_key)
        found.setdefault(language_of(sibling.language), sibling)
    found[language_of(main.language)] = main
    for language, key in (chosen or {}).items():
        if not key:
            continue
        if language not in LANGUAGES:
            raise ValueError(f"no letters in {language!r}")
        template = templates.get(db, key)
        if language_of(template.language) != language:
            raise ValidationError(
                translate(
                    "Letters",
                    "The template “{key}” is written in {written}; for the recipients who "
                    "read {wanted}, choose a template in {wanted}.",
                ).format(
                    key=key,
                    written=language_name(template.language),
                    wanted=language_name(language),
                ),
                f"template_{language}",
            )
        found[language] = template
    return {language: found[language] for language in LANGUAGES if language in found}


def language_name(language) -> str:
    """ "German", "English", "Chinese" in the program's language."""
    return labels.label(Language, language_of(language))


def counted(letter_languages: Iterable[str]) -> dict[str, int]:
    """Letters per language, in the order de, en, zh, only the languages that occur."""
    counts = Counter(letter_languages)
    return {language: counts[language] for language in LANGUAGES if counts[language]}


def summary(counts: Mapping[str, int]) -> str:
    """ "By language: 3 in German, 2 in English, 1 in Chinese." """
    parts = []
    for language, count in counts.items():  # a plain name for the count: see core.i18n
        parts.append(
            translate("Letters", "%n in {language}", None, count).format(
                language=language_name(language)
            )
        )
    return translate("Letters", "By language: {counts}.").format(counts=", ".join(parts))
