"""mailings: e-mails of a mail merge, one row per recipient

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

Two new tables, nothing else changes: `mailing` (one run of a mail merge by e-mail, or
of drafts written as .eml files, with what a resumed run needs to make the same
messages) and `mailing_message` (one recipient of it: pending until the server accepted
the message, then sent; refused with the server's answer; or skipped with the reason).
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mailing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('template_key', sa.String(length=60), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('mode', sa.Enum('smtp', 'eml', name='mailmode', native_enum=False, length=24), nullable=False),
    sa.Column('target', sa.String(length=500), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('options', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_mailing_event_id_event'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mailing')),
    sqlite_autoincrement=True
    )
    op.create_index(op.f('ix_mailing_event_id'), 'mailing', ['event_id'])
    op.create_table('mailing_message',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mailing_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=254), nullable=False),
    sa.Column('status', sa.Enum('pending', 'sent', 'refused', 'skipped', name='mailstatus', native_enum=False, length=24), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('message_id', sa.String(length=250), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_mailing_message_contact_id_contact'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['mailing_id'], ['mailing.id'], name=op.f('fk_mailing_message_mailing_id_mailing'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mailing_message')),
    sa.UniqueConstraint('mailing_id', 'contact_id', name=op.f('uq_mailing_message_mailing_id')),
    sqlite_autoincrement=True
    )
    op.create_index(op.f('ix_mailing_message_contact_id'), 'mailing_message', ['contact_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_mailing_message_contact_id'), table_name='mailing_message')
    op.drop_table('mailing_message')
    op.drop_index(op.f('ix_mailing_event_id'), table_name='mailing')
    op.drop_table('mailing')
