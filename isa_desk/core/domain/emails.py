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
    local, at, domain = address.rpartition("@")
    if at and _PLAIN_LOCAL.match(local) and _PLAIN_DOMAIN.match(domain):
        return _plain_normalized(local, domain)
    return _validated(address)


def _validated(address: str) -> str | None:
    """email-validator's normalized form of any address, None when it is not valid."""
    found = _validate(address)
    return found.normalized if found is not None else None


def _validate(address: str):
    from email_validator import EmailNotValidError, validate_email  # 50 ms: when first needed

    try:
        return validate_email(address, check_deliverability=False, allow_smtputf8=True, strict=True)
    except EmailNotValidError:
        return None


# Most addresses of a list are plain ASCII at a few domains; email-validator spends most
# of its time on the domain (IDNA rules a character at a time). For an address whose
# local part is a plain dot-atom (a subset of what email-validator takes as it is) and
# whose domain has only letters, digits, dots and hyphens, the domain is checked once
# (with a stand-in local part) and the rest of email-validator's checks are those below;
# tests/core/domain/test_fast_paths.py holds the two ways equal.
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*\Z")
_PLAIN_DOMAIN = re.compile(r"[A-Za-z0-9.-]+\Z")
_LOCAL_MAX = 64  # email-validator's LOCAL_PART_MAX_LENGTH (strict)
_ADDRESS_MAX = 254  # its EMAIL_MAX_LENGTH, in UTF-8 bytes
# RFC 2142 mailbox names email-validator writes in lower case (its CASE_INSENSITIVE_MAILBOX_NAMES)
_CASELESS_MAILBOXES = frozenset(
    {"info", "marketing", "sales", "support", "abuse", "noc", "security", "postmaster"}
    | {"hostmaster", "usenet", "news", "webmaster", "www", "uucp", "ftp"}
)


@lru_cache(maxsize=1024)
def _domain(domain: str) -> tuple[str, str] | None:
    """The domain in Unicode and in ASCII as email-validator gives them, None when it is
    not valid after the @-sign of any address."""
    found = _validate(f"x@{domain}")
    return (found.domain, found.ascii_domain) if found is not None else None


def _plain_normalized(local: str, domain: str) -> str | None:
    found = _domain(domain)
    if found is None:
        return None
    mailbox = local.lower() if local.lower() in _CASELESS_MAILBOXES else local
    normalized = f"{mailbox}@{found[0]}"
    if (
        len(local) > _LOCAL_MAX
        or len(local) + 1 + len(domain) > _ADDRESS_MAX
        or len(normalized.encode()) > _ADDRESS_MAX
        or len(local) + 1 + len(found[1]) > _ADDRESS_MAX
    ):
        return _validated(f"{local}@{domain}")  # too long: email-validator says how
    return normalized


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
