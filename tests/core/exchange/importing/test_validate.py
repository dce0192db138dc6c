"""A row's cells read by the quick ways give what the general rules give."""

from __future__ import annotations

from isa_desk.core.domain.validation import postcode_problem, repair_postcode
from isa_desk.core.exchange.importing.read import SourceRow
from isa_desk.core.exchange.importing.validate import RowReader

# four characters: a German postcode that lost its zero, in every form a cell gives it
FOUR = [9111, 9111.0, "9111", " 9111 ", "١٢٣٤", "９１１１", "²³⁴⁵", "12a4", "#123", "D-12"]


def test_a_german_postcode_of_four_digits_is_read_as_the_rules_repair_and_check_it():
    reader = RowReader("contacts", ["PLZ", "Land"], ["postcode", "country"])
    for value in FOUR:
        data, problems = reader.read(SourceRow(2, [value, "Deutschland"]))
        repaired = repair_postcode(value, "DE")
        assert data["postcode"] == repaired, value
        problem = postcode_problem(repaired, "DE")
        assert [p.message for p in problems] == ([problem] if problem else []), value
