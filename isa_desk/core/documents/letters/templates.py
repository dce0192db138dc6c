"""Letter templates in the database: the built-in ones and those the office writes.

The built-in templates (einladung, invitation, yaoqing, brief) are inserted whenever they are
missing, so a new or an older database always has them; the office may edit them. The three
invitations are one family: a run that writes each recipient in their own language takes the
member of the family in that language.
"""

from __future__ import annotations

import re

from sqlalchemy import select

from isa_desk.core.db.engine import Database
from isa_desk.core.db.models import Language, LetterTemplate
from isa_desk.core.documents.letters import merge
from isa_desk.core.errors import ConflictError, NotFoundError, ValidationError
from isa_desk.core.i18n import translate

KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,59}$")
EDITABLE = (
    "key",
    "name",
    "language",
    "subject",
    "body",
    "closing",
    "signature_name",
    "signature_function",
)

_EINLADUNG_BODY = """\
im Namen der Chinesisch-Deutschen Industriestädteallianz (ISA) laden wir Sie herzlich zu \
folgender Veranstaltung ein:

„{{ event.title }}“
am {{ event.date }}, {{ event.time }}
Ort: {{ event.place }}

{{ event.description }}

Bitte melden Sie sich bis zum {{ event.registration_deadline }} per E-Mail an \
{{ sender.email }} an und teilen Sie uns mit, ob Sie eine Begleitung mitbringen oder eine \
Verdolmetschung wünschen.

Für Rückfragen steht Ihnen {{ sender.contact_person }} unter {{ sender.phone }} gern zur \
Verfügung. Wir freuen uns auf Ihre Teilnahme."""

_INVITATION_BODY = """\
On behalf of the Chinese-German Industrial Cities Alliance (ISA), we cordially invite you to

“{{ event.title }}”
on {{ event.date }}, {{ event.time }}
Venue: {{ event.place }}

Please register by e-mail to {{ sender.email }} by {{ event.registration_deadline }} and let \
us know whether you will be accompanied or would like an interpreter.

If you have any questions, {{ sender.contact_person }} will be glad to help on \
{{ sender.phone }}. We look forward to welcoming you."""

# A Chinese letter: 您好！ opens the text; each line of it is indented by two characters when
# drawn (render.py), so the text itself carries no indent.
_YAOQING_BODY = """\
您好！
谨代表中德工业城市联盟（ISA），诚挚邀请您出席以下活动：

“{{ event.title }}”
时间：{{ event.date }} {{ event.time }}
地点：{{ event.place }}

敬请于{{ event.registration_deadline }}前发送电子邮件至{{ sender.email }}报名，并告知是否\
有随行人员，以及是否需要翻译。

如有任何疑问，请致电{{ sender.phone }}与{{ sender.contact_person }}联系。期待您的光临！"""

_BRIEF_BODY = """\
vielen Dank für Ihr Interesse an der Chinesisch-Deutschen Industriestädteallianz (ISA).

Die ISA ist ein Bündnis von 48 Industriestandorten und Städten mit industrienahen \
Dienstleistungen aus China und Deutschland. Sie vernetzt Unternehmen, Branchen und \
Forschungseinrichtungen und fördert bilaterale Innovationen und Investitionen.

Gern senden wir Ihnen weitere Unterlagen zu oder vereinbaren ein Gespräch. Schreiben Sie uns \
an {{ sender.email }} oder rufen Sie uns an unter {{ sender.phone }}."""

BUILTINS: dict[str, dict] = {
    "einladung": dict(
        name="Einladung zu einer Veranstaltung",
        language=Language.DE,
        subject="Einladung: {{ event.title }} am {{ event.date }}",
        body=_EINLADUNG_BODY,
        closing="Mit freundlichen Grüßen",
        signature_name="",
        signature_function="",
    ),
    "invitation": dict(
        name="Invitation to an event (English)",
        language=Language.EN,
        subject="Invitation: {{ event.title }} on {{ event.date }}",
        body=_INVITATION_BODY,
        closing="Yours sincerely",
        signature_name="",
        signature_function="Contact for the ISA in Germany",
    ),
    "yaoqing": dict(
        name="活动邀请函（中文）",
        language=Language.ZH,
        subject="邀请函：{{ event.title }}（{{ event.date }}）",
        body=_YAOQING_BODY,
        closing="此致\n敬礼！",
        signature_name="",
        signature_function="中德工业城市联盟德国联络处",
    ),
    "brief": dict(
        name="Brief (allgemein)",
        language=Language.DE,
        subject="Informationen zur Chinesisch-Deutschen Industriestädteallianz (ISA)",
        body=_BRIEF_BODY,
        closing="Mit freundlichen Grüßen",
        signature_name="",
        signature_function="",
    ),
}

# Built-in templates that say the same in different languages.
FAMILIES: tuple[tuple[str, ...], ...] = (("einladung", "invitation", "yaoqing"),)


def family(key: str) -> tuple[str, ...]:
    """The keys of the built-in templates that say the same as `key` (itself included);
    () for a template of the office's own or one without siblings."""
    return next((keys for keys in FAMILIES if key in keys), ())


def ensure_builtins(db: Database) -> None:
    """Insert each built-in template whose key is missing (one transaction)."""
    with db.session() as session:
        present = set(session.scalars(select(LetterTemplate.key)))
    missing = [key for key in BUILTINS if key not in present]
    if not missing:
        return
    with db.transaction() as session:
        for key in missing:
            session.add(LetterTemplate(key=key, builtin=True, **BUILTINS[key]))


def all_templates(db: Database) -> list[LetterTemplate]:
    """Every template, built-in ones first, then by key."""
    ensure_builtins(db)
    with db.session() as session:
        found = session.scalars(select(LetterTemplate)).all()
    return sorted(found, key=lambda t: (not t.builtin, t.key))


def keys(db: Database) -> list[str]:
    return [template.key for template in all_templates(db)]


def get(db: Database, key: str) -> LetterTemplate:
    ensure_builtins(db)
    with db.session() as session:
        found = session.scalars(select(LetterTemplate).filter_by(key=key)).first()
    if found is None:
        raise NotFoundError(
            translate("Letters", "There is no letter template “{key}”. Templates: {keys}.").format(
                key=key, keys=", ".join(keys(db))
            )
        )
    return found


def _checked(values: dict) -> dict:
    clean = {name: values[name] for name in EDITABLE if name in values}
    for name in EDITABLE:
        if isinstance(clean.get(name), str) and name not in ("body",):
            clean[name] = clean[name].strip()
    if not KEY.match(clean.get("key", "")):
        raise ValidationError(
            translate(
                "Letters",
                "The key is a short name of lower-case letters, digits, - and _, "
                "e.g. einladung-2022.",
            ),
            "key",
        )
    if not clean.get("name"):
        raise ValidationError(translate("Letters", "Enter a name for the template."), "name")
    language = str(getattr(clean.get("language"), "value", clean.get("language") or "de"))
    if language not in {item.value for item in Language}:
        raise ValidationError(translate("Letters", "Choose the letter's language."), "language")
    clean["language"] = Language(language)
    probe = type("Probe", (), dict(clean))
    try:
        merge.check(probe)
    except merge.TemplateError as error:
        part = next(
            (
                name
                for name in merge.TEMPLATE_PARTS
                if error.field in merge.fields_used(clean.get(name, ""))
            ),
            "body",
        )
        raise ValidationError(str(error), part) from None
    return clean


def save(db: Database, values: dict, template_id: int | None = None) -> LetterTemplate:
    """Create (template_id None) or change a template; its merge fields must all be known."""
    clean = _checked(values)
    with db.transaction() as session:
        clash = session.scalars(select(LetterTemplate).filter_by(key=clean["key"])).first()
        if clash is not None and clash.id != template_id:
            raise ConflictError(
                translate("Letters", "A template with the key “{key}” exists already.").format(
                    key=clean["key"]
                )
            )
        if template_id is None:
            template = LetterTemplate(builtin=False, **clean)
            session.add(template)
        else:
            stored = session.get(LetterTemplate, template_id)
            if stored is None:
                raise NotFoundError(translate("Letters", "The template was deleted meanwhile."))
            template = stored
            if template.builtin and clean["key"] != template.key:
                raise ValidationError(
                    translate("Letters", "The key of a built-in template cannot change."), "key"
                )
            for name, value in clean.items():
                if getattr(template, name) != value:
                    setattr(template, name, value)
    return template


def delete(db: Database, key: str) -> None:
    """Delete a template of the office's own; a built-in one can only be reset."""
    with db.transaction() as session:
        template = session.scalars(select(LetterTemplate).filter_by(key=key)).first()
        if template is None:
            return
        if template.builtin:
            raise ConflictError(
                translate("Letters", "A built-in template cannot be deleted; reset it instead.")
            )
        session.delete(template)


def reset(db: Database, key: str) -> LetterTemplate:
    """Give a built-in template its original text back."""
    if key not in BUILTINS:
        raise NotFoundError(
            translate("Letters", "“{key}” is not a built-in template.").format(key=key)
        )
    ensure_builtins(db)
    with db.transaction() as session:
        template = session.scalars(select(LetterTemplate).filter_by(key=key)).one()
        for name, value in BUILTINS[key].items():
            if getattr(template, name) != value:
                setattr(template, name, value)
    return template
