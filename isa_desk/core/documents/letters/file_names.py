"""File names for the PDFs per recipient: "Müller_Hans.pdf", safe on every file system."""

from __future__ import annotations

import re

from isa_desk.core.addressing import person as p

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)$", re.IGNORECASE)


# file systems allow 255 bytes for a name; room is left for "_12.pdf"
NAME_BYTES = 200


def safe_file_name(text: str) -> str:
    """A name every file system takes: no / \\ : * ? " < > |, no trailing dot or space,
    at most NAME_BYTES bytes in UTF-8 (Chinese characters take three), cut between
    characters."""
    name = _UNSAFE.sub("_", text)
    name = re.sub(r"\s+", " ", name).strip().strip(".").strip()
    name = name.encode()[:NAME_BYTES].decode(errors="ignore").rstrip(" .") or "Brief"
    return f"{name}_" if _RESERVED.match(name) else name


def split_name(contact) -> str:
    """ "Müller_Hans", "Liu_Yi"; an organisation's name when there is no person."""
    family, given = p.value(contact, "family_name"), p.value(contact, "given_name")
    if not (family or given):
        family = p.value(contact, "name_zh")
    if not (family or given):
        organisation = getattr(contact, "organisation", None)
        family = organisation.name if organisation is not None else str(contact.id)
    return safe_file_name("_".join(part for part in (family, given) if part))


def unique_name(stem: str, used: set[str]) -> str:
    """`stem`.pdf, or `stem`_2.pdf … when two recipients share a name."""
    candidate, number = stem, 2
    while candidate.casefold() in used:
        candidate, number = f"{stem}_{number}", number + 1
    used.add(candidate.casefold())
    return f"{candidate}.pdf"
