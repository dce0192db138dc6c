"""PostgreSQL compares the sort keys character by character ("C" collation)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

The stored sort keys (contact.sort_name and sort_given, organisation.sort_name,
member.sort_name; domain/sorting.py) are made for comparing code point by code point, as
SQLite's BINARY collation does. PostgreSQL compared them by the server's locale, which
passes over the separators inside a key: the columns now say COLLATE "C", and their
indexes are rebuilt with them, so that they serve the lists' ORDER BY. Nothing changes
on SQLite.
"""

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

SORT_KEYS = (
    ('contact', 'sort_name'),
    ('contact', 'sort_given'),
    ('organisation', 'sort_name'),
    ('member', 'sort_name'),
)


def _collate(collation: str) -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for table, column in SORT_KEYS:
        op.execute(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE text COLLATE {collation}')


def upgrade() -> None:
    _collate('"C"')


def downgrade() -> None:
    _collate('"default"')
