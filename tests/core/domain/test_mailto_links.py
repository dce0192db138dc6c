"""E-mail links for many recipients: split so that none is longer than Windows and the
mail programs take, every address once, in Bcc."""

from __future__ import annotations

from itertools import pairwise
from urllib.parse import unquote

import pytest

from isa_desk.core.domain.emails import MAILTO_LIMIT, mailto_links


def recipients(link: str) -> list[str]:
    assert link.startswith("mailto:?bcc=")
    return [unquote(part) for part in link.removeprefix("mailto:?bcc=").split(",")]


def test_one_address_is_the_recipient():
    assert mailto_links([" anna.berg@example.org "]) == ["mailto:anna.berg@example.org"]


def test_several_go_into_bcc_once_each_encoded():
    links = mailto_links(
        [
            "o'neil+news@example.org",
            "a&b@example.org",
            "O'Neil+News@Example.org",
            "",
            "büro@stadt.中国",
        ]
    )
    assert links == [
        "mailto:?bcc=o'neil+news@example.org,a%26b@example.org,b%C3%BCro@stadt.%E4%B8%AD%E5%9B%BD"
    ]


@pytest.mark.parametrize("limit", [MAILTO_LIMIT, 300])
def test_many_addresses_are_shared_out_over_links_under_the_limit(limit):
    addresses = [f"mitarbeiterin.nummer{n}@stadtverwaltung-beispiel.de" for n in range(400)]
    addresses += ["张伟@例子.中国", "a&b@example.org"]
    links = mailto_links(addresses, limit=limit)
    assert len(links) > 1
    assert all(len(link) <= limit for link in links)
    found = [address for link in links for address in recipients(link)]
    assert found == addresses  # every address once, in the order given
    # each link is as full as the next address allows
    for link, following in pairwise(links):
        assert len(link) + 1 + len(following.removeprefix("mailto:?bcc=").split(",")[0]) > limit


def test_nothing_to_write_to():
    assert mailto_links(["", "  "]) == []
