"""imports, column mappings, letter templates, settings; the contacts' search index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import logging

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('column_mapping',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('mapping', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_column_mapping')),
    sa.UniqueConstraint('name', name=op.f('uq_column_mapping_name'))
    )
    op.create_table('import_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('source', sa.String(length=500), nullable=False),
    sa.Column('created', sa.Integer(), nullable=False),
    sa.Column('updated', sa.Integer(), nullable=False),
    sa.Column('skipped', sa.Integer(), nullable=False),
    sa.Column('undo_data', sa.Text(), nullable=False),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batch')),
    sqlite_autoincrement=True
    )
    op.create_table('letter_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('language', sa.Enum('de', 'en', 'zh', name='language', native_enum=False, length=24), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('closing', sa.String(length=200), nullable=False),
    sa.Column('signature_name', sa.String(length=200), nullable=False),
    sa.Column('signature_function', sa.String(length=200), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letter_template')),
    sa.UniqueConstraint('key', name=op.f('uq_letter_template_key')),
    sqlite_autoincrement=True
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    for owner in ('contact', 'organisation', 'member'):
        op.create_index(f'ix_{owner}_tag_tag_id', f'{owner}_tag', ['tag_id'], unique=False)
    if op.get_bind().dialect.name == 'sqlite':
        _create_trigram_index()


# The trigram index of contacts (see isa_desk/core/services/search_index.py, which makes
# the same where it is missing). SQLite only; other databases search with LIKE.
_DELETE_OLD = ("INSERT INTO contact_search(contact_search, rowid, search_index_text) "
               "VALUES ('delete', old.id, old.search_index_text);")
_INSERT_NEW = ("INSERT INTO contact_search(rowid, search_index_text) "
               "VALUES (new.id, new.search_index_text);")
_TRIGRAM_INDEX = [
    "CREATE VIRTUAL TABLE contact_search USING fts5(search_index_text, content='contact', "
    "content_rowid='id', tokenize='trigram')",
    f"CREATE TRIGGER contact_search_insert AFTER INSERT ON contact BEGIN {_INSERT_NEW} END",
    f"CREATE TRIGGER contact_search_delete AFTER DELETE ON contact BEGIN {_DELETE_OLD} END",
    "CREATE TRIGGER contact_search_update AFTER UPDATE OF search_index_text ON contact "
    f"BEGIN {_DELETE_OLD} {_INSERT_NEW} END",
    "INSERT INTO contact_search(contact_search) VALUES ('rebuild')",
]


def _create_trigram_index() -> None:
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            for statement in _TRIGRAM_INDEX:
                bind.exec_driver_sql(statement)
    except sa.exc.OperationalError:  # an SQLite without FTS5 trigrams: search uses LIKE
        logging.getLogger(__name__).warning("no trigram index: SQLite lacks FTS5 trigrams")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for trigger in ('insert', 'delete', 'update'):
            op.execute(f"DROP TRIGGER IF EXISTS contact_search_{trigger}")
        op.execute("DROP TABLE IF EXISTS contact_search")
    for owner in ('contact', 'organisation', 'member'):
        op.drop_index(f'ix_{owner}_tag_tag_id', table_name=f'{owner}_tag')
    op.drop_table('setting')
    op.drop_table('letter_template')
    op.drop_table('import_batch')
    op.drop_table('column_mapping')
