"""The recipients a run leaves out, as the summaries of the letters', the e-mails' and the
invitations' dialogs name them: the first few with the reason, and how many for want of
consent to the run's purpose."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from isa_desk.core.db.enums import ConsentPurpose
from isa_desk.core.documents.letters.recipients import Skipped, without_consent
from isa_desk.core.domain import labels

translate = QCoreApplication.translate

NAMES_SHOWN = 12  # skipped recipients named in a summary before "and N more"


def skipped_names(skipped: list[Skipped], reasons: bool = True) -> str:
    """ "Name (reason); …" (or just the names) for the first few, then "and N more"."""
    shown = skipped[:NAMES_SHOWN]
    text = "; ".join(f"{s.name} ({s.reason})" if reasons else s.name for s in shown)
    more = len(skipped) - NAMES_SHOWN
    if more > 0:
        text += " " + translate("Letters", "and {count} more").format(count=more)
    return text


def skipped_summary(skipped: list[Skipped], purpose: ConsentPurpose | None) -> str:
    """ "Without consent for “Newsletter”: 2. Skipped 3: Name (reason); …" ("" when none is
    skipped)."""
    if not skipped:
        return ""
    text = ""
    lacking = without_consent(skipped)
    if purpose is not None and lacking:
        text = translate("Letters", "Without consent for “{purpose}”: {count}.").format(
            purpose=labels.label(ConsentPurpose, purpose), count=lacking
        )
        text += " "
    return text + translate("Letters", "Skipped {count}: {names}").format(
        count=len(skipped), names=skipped_names(skipped)
    )
