"""E-mail addresses: reading one as people paste it, checking it, and the key that makes
two spellings of one address the same for the duplicate check.

Addresses come copied from mail programs ("Zhang Wei <zhang@163.com>"), from web pages
("mailto:…") and with domains in Chinese (".中国", or its ASCII form ".xn--fiqs8s").
email-validator checks them (syntax only: the office is often offline, and a city's mail
server being down says nothing about the address).
"""

from __future__ import annotations

import re
from email.utils import parseaddr
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import quote, unquote

from isa_desk.core.i18n import translate

_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)


class Address(NamedTuple):
    name: str  # the display name given with the address, "" when none
    address: str


def _without_mailto(text: str) -> str:
    if not _MAILTO.match(text):
        return text
    # a link: "mailto:a@b.de?subject=…", percent-encoded
    return unquote(text[len("mailto:") :].split("?", 1)[0]).strip()


def read_address(text: str | None) -> Address:
    """The display name and the address of "Name <address>", "\"Family, Given\" <address>",
    "mailto:address" or a bare address, spaces around removed. Anything else (two
    addresses, a broken one) comes back whole as the address, for the check to name it."""
    value = _without_mailto((text or "").strip())
    if not (value.endswith(">") and "<" in value):
        return Address("", value)
    start = value.rindex("<")
    inner = _without_mailto(value[start + 1 : -1].strip())
    written_name = value[:start].strip()
    if any(sign in written_name for sign in "<>@"):  # more than one address
        return Address("", value)
    name, address = parseaddr(value)
    if address != inner:
        # parseaddr stops at an unquoted comma ("Wei, Zhang <…>") and drops spaces
        # inside the brackets: take the parts as written
        name, address = written_name.strip('"').strip(), inner
    return Address(name.strip(), address)


@lru_cache(maxsize=8192)  # the import checks and keys the same addresses several times
def _normalized(address: str) -> str | None:
    """email-validator's normalized form (domain lower-case and in Unicode), None when the
    address is not valid."""
    from email_validator import EmailNotValidError, validate_email  # 50 ms: when first needed

    try:
        found = validate_email(
            address, check_deliverability=False, allow_smtputf8=True, strict=True
        )
    except EmailNotValidError:
        return None
    return found.normalized


def email_problem(text: str | None) -> str | None:
    """A message when `text` holds no valid address; None when fine or empty."""
    value = (text or "").strip()
    if not value or _normalized(read_address(value).address):
        return None
    return translate("Validation", "“{email}” is not a valid e-mail address.").format(email=value)


def email_key(text: str | None) -> str | None:
    """The address in one form for the duplicate check: normalized by email-validator and
    lower-cased, so "Buero@Stadt.xn--fiqs8s" and "buero@stadt.中国" give one key. An address
    that is not valid is only lower-cased; None when empty."""
    address = read_address(text).address
    if not address:
        return None
    return (_normalized(address) or address).lower()


# Windows hands a link to the mail program through a command line, and mail programs
# cut or refuse links longer than about 2,000 characters: each link stays below this.
MAILTO_LIMIT = 1800
_SAFE_IN_MAILTO = "@.+-_~!$'*="  # left as they are; everything else is percent-encoded


def mailto_links(addresses: list[str], limit: int = MAILTO_LIMIT) -> list[str]:
    """`mailto:` links writing to every address once (in the order given, the same address
    in another case left out), each link at most `limit` characters long. One address
    goes into "To"; several go into "Bcc", so nobody sees the others' addresses, and are
    shared out over as many links as needed."""
    seen: set[str] = set()
    encoded = []
    for address in addresses:
        address = (address or "").strip()
        key = email_key(address)
        if key is None or key in seen:
            continue
        seen.add(key)
        encoded.append(quote(address, safe=_SAFE_IN_MAILTO))
    if len(encoded) == 1:
        return [f"mailto:{encoded[0]}"]
    links: list[str] = []
    current: list[str] = []
    length = len("mailto:?bcc=")
    for address in encoded:
        added = len(address) + (1 if current else 0)  # the comma before it
        if current and length + added > limit:
            links.append("mailto:?bcc=" + ",".join(current))
            current, length = [], len("mailto:?bcc=")
            added = len(address)
        current.append(address)
        length += added
    if current:
        links.append("mailto:?bcc=" + ",".join(current))
    return links
