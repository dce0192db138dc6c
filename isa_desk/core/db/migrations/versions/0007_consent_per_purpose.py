"""consent per purpose: a table of its own instead of one date on the contact

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

A contact had one consent (`consent_on`, `consent_source`), given for the newsletter. The
new table `consent` keeps one row per contact and purpose (newsletter, invitations, press
list, sharing with the secretariat), each with the day it was given, how, and the day it
was withdrawn. The old consent becomes the newsletter's, and the two columns go.
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

PURPOSES = ('newsletter', 'invitations', 'press', 'secretariat')


def upgrade() -> None:
    op.create_table('consent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.Enum(*PURPOSES, name='consentpurpose', native_enum=False, length=24), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=True),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_consent_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent')),
    sa.UniqueConstraint('contact_id', 'purpose', name=op.f('uq_consent_contact_id')),
    sqlite_autoincrement=True
    )
    op.execute(
        "INSERT INTO consent (contact_id, purpose, given_on, source, withdrawn_on,"
        " created_at, updated_at, version)"
        " SELECT id, 'newsletter', consent_on, consent_source, NULL,"
        " updated_at, updated_at, 1 FROM contact"
        " WHERE consent_on IS NOT NULL OR consent_source <> ''"
    )
    # SQLite (3.35 and newer) and PostgreSQL both drop a column in place; neither column
    # is indexed or named by a trigger
    op.execute('ALTER TABLE contact DROP COLUMN consent_source')
    op.execute('ALTER TABLE contact DROP COLUMN consent_on')


def downgrade() -> None:
    op.add_column('contact', sa.Column('consent_on', sa.Date(), nullable=True))
    op.add_column('contact', sa.Column('consent_source', sa.String(length=200), nullable=False, server_default=''))
    op.execute(
        "UPDATE contact SET consent_on = (SELECT given_on FROM consent"
        " WHERE consent.contact_id = contact.id AND purpose = 'newsletter'),"
        " consent_source = COALESCE((SELECT source FROM consent"
        " WHERE consent.contact_id = contact.id AND purpose = 'newsletter'), '')"
    )
    op.drop_table('consent')
