"""sort keys (DIN 5007, pinyin), phone numbers in E.164, pairs that are not duplicates

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03

New columns, filled for the rows there are: contact.sort_name and sort_given (the lists'
order by family or given name), contact.phone_key and mobile_key (the numbers in E.164),
organisation.sort_name and member.sort_name. The contacts' sort index reads sort_name
instead of the family and given name. A table keeps the pairs of contacts someone
decided are not duplicates. Columns are added in place (no copy of the table), so the
search index's triggers on contact stay. The contacts' search text now holds the phone
keys too (a number is found however it is written); it is computed again with the
fields of this revision, written out here, as 0003 does.
"""

import sqlalchemy as sa
from alembic import op

from isa_desk.core.db.search_index import index_text
from isa_desk.core.domain.phones import phone_key
from isa_desk.core.domain.sorting import name_sort_key, person_sort_key
from isa_desk.core.domain.text import search_key

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

CHUNK = 500
SEARCHED = ('given_name', 'family_name', 'name_zh', 'position', 'department', 'email', 'town',
            'phone_key', 'mobile_key')
RELATED = ('o.name', 'o.name_zh', 'm.name', 'm.name_zh')


def _add(table: str, name: str, type_) -> None:
    op.add_column(table, sa.Column(name, type_, nullable=False, server_default=''))


def _update(table: str, changes: list) -> None:
    names = [name for name in changes[0] if name != 'key'] if changes else []
    settings = ', '.join(f'{name} = :{name}' for name in names)
    statement = sa.text(f'UPDATE {table} SET {settings} WHERE id = :key')
    for start in range(0, len(changes), CHUNK):
        op.get_bind().execute(statement, changes[start:start + CHUNK])


def _fill() -> None:
    bind = op.get_bind()
    contacts = bind.execute(sa.text(
        'SELECT id, family_name, given_name, name_zh, phone, mobile, country FROM contact'
    ))
    changes = [
        {
            'key': row.id,
            'sort_name': person_sort_key(row.family_name, row.given_name, row.name_zh),
            'sort_given': person_sort_key(
                row.family_name, row.given_name, row.name_zh, given_first=True
            ),
            'phone_key': phone_key(row.phone, row.country),
            'mobile_key': phone_key(row.mobile, row.country),
        }
        for row in contacts
    ]
    _update('contact', changes)
    _update('contact', list(_search_texts()))
    for table in ('organisation', 'member'):
        rows = bind.execute(sa.text(f'SELECT id, name, name_zh FROM {table}'))
        _update(table, [
            {'key': row.id, 'sort_name': name_sort_key(row.name, row.name_zh)} for row in rows
        ])


def _search_texts():
    """(id, search text, index text) of every contact whose text changes."""
    columns = ', '.join([*(f'c.{name}' for name in SEARCHED), *RELATED])
    rows = op.get_bind().execute(sa.text(
        f'SELECT c.id, c.search_text, {columns} FROM contact c '
        'LEFT JOIN organisation o ON o.id = c.organisation_id '
        'LEFT JOIN member m ON m.id = c.member_id'
    ))
    for contact_id, old, *values in rows:
        text = search_key(' '.join(str(value or '') for value in values))
        if text != old:
            yield {'key': contact_id, 'search_text': text, 'search_index_text': index_text(text)}


def upgrade() -> None:
    for name in ('sort_name', 'sort_given'):
        _add('contact', name, sa.Text())
    for name in ('phone_key', 'mobile_key'):
        _add('contact', name, sa.String(length=20))
    _add('organisation', 'sort_name', sa.Text())
    _add('member', 'sort_name', sa.Text())
    _fill()
    op.drop_index('ix_contact_sort_name', table_name='contact')
    op.create_index('ix_contact_sort_name', 'contact', ['sort_name', 'id', 'search_text'])
    op.create_index('ix_contact_sort_given', 'contact', ['sort_given', 'id'])
    op.create_index(op.f('ix_contact_phone_key'), 'contact', ['phone_key'])
    op.create_index(op.f('ix_contact_mobile_key'), 'contact', ['mobile_key'])
    op.create_index('ix_organisation_sort_name', 'organisation', ['sort_name', 'id'])
    op.create_index('ix_member_sort_name', 'member', ['sort_name', 'id'])
    op.create_table('not_duplicate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_id', sa.Integer(), nullable=False),
    sa.Column('second_id', sa.Integer(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['first_id'], ['contact.id'], name=op.f('fk_not_duplicate_first_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['second_id'], ['contact.id'], name=op.f('fk_not_duplicate_second_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_not_duplicate')),
    sa.UniqueConstraint('first_id', 'second_id', name=op.f('uq_not_duplicate_first_id'))
    )
    op.create_index(op.f('ix_not_duplicate_second_id'), 'not_duplicate', ['second_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_not_duplicate_second_id'), table_name='not_duplicate')
    op.drop_table('not_duplicate')
    for table in ('member', 'organisation'):
        op.drop_index(f'ix_{table}_sort_name', table_name=table)
    for name in ('ix_contact_mobile_key', 'ix_contact_phone_key', 'ix_contact_sort_given',
                 'ix_contact_sort_name'):
        op.drop_index(name, table_name='contact')
    op.create_index('ix_contact_sort_name', 'contact',
                    ['family_name', 'given_name', 'id', 'search_text'])
    with op.batch_alter_table('member') as batch:
        batch.drop_column('sort_name')
    with op.batch_alter_table('organisation') as batch:
        batch.drop_column('sort_name')
    with op.batch_alter_table('contact', recreate='never') as batch:
        for name in ('mobile_key', 'phone_key', 'sort_given', 'sort_name'):
            batch.drop_column(name)
