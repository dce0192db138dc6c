"""contacts' search text holds the names of their organisation and member

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03

No change to the tables: the contacts' search text (and the text the trigram index
reads, kept in step by its trigger) is computed again, now with the Latin and Chinese
names of each contact's organisation and member, so that "佛山" finds the people of
Foshan. The fields are those of this revision, written out here, so that a later change
to the models does not change what this step does.
"""

import sqlalchemy as sa
from alembic import op

from isa_desk.core.db.search_index import index_text
from isa_desk.core.domain.text import search_key

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

OWN = ('given_name', 'family_name', 'name_zh', 'position', 'department', 'email', 'town')
RELATED = ('o.name', 'o.name_zh', 'm.name', 'm.name_zh')
CHUNK = 500


def _texts(related: bool):
    """(id, search text, index text) of every contact whose text changes."""
    columns = ', '.join([*(f'c.{name}' for name in OWN), *(RELATED if related else ())])
    rows = op.get_bind().execute(sa.text(
        f'SELECT c.id, c.search_text, {columns} FROM contact c '
        'LEFT JOIN organisation o ON o.id = c.organisation_id '
        'LEFT JOIN member m ON m.id = c.member_id'
    ))
    for contact_id, old, *values in rows:
        text = search_key(' '.join(str(value or '') for value in values))
        if text != old:
            yield {'key': contact_id, 'text': text, 'index': index_text(text)}


def _write(related: bool) -> None:
    changes = list(_texts(related))
    statement = sa.text(
        'UPDATE contact SET search_text = :text, search_index_text = :index WHERE id = :key'
    )
    for start in range(0, len(changes), CHUNK):
        op.get_bind().execute(statement, changes[start:start + CHUNK])


def upgrade() -> None:
    _write(related=True)


def downgrade() -> None:
    _write(related=False)
