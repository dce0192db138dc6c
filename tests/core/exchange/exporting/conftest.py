"""The partners to exchange and a fresh database (tests/core/exchange/partners.py)."""

from tests.core.exchange.partners import fresh, partners  # noqa: F401
