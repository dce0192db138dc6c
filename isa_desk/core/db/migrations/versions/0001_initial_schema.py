"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('action', sa.Enum('create', 'update', 'delete', name='auditaction', native_enum=False, length=24), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('summary', sa.String(length=300), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entry_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('registration_deadline', sa.Date(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_starts_at'), ['starts_at'], unique=False)

    op.create_table('member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_zh', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('city', 'district', 'region', 'city_network', name='memberkind', native_enum=False, length=24), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('region', sa.String(length=100), nullable=False),
    sa.Column('status', sa.Enum('prospect', 'applicant', 'guest', 'member', 'former', name='memberstatus', native_enum=False, length=24), nullable=False),
    sa.Column('member_since', sa.Date(), nullable=True),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('website', sa.String(length=300), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_country'), ['country'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_status'), ['status'], unique=False)

    op.create_table('tag',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tag')),
    sa.UniqueConstraint('name', name=op.f('uq_tag_name'))
    )
    op.create_table('member_place',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_member_place_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_place')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('member_place', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_place_member_id'), ['member_id'], unique=False)

    op.create_table('member_tag',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_member_tag_member_id_member'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tag.id'], name=op.f('fk_member_tag_tag_id_tag'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('member_id', 'tag_id', name=op.f('pk_member_tag'))
    )
    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_zh', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.Enum('city_administration', 'economic_development', 'chamber', 'ministry_agency', 'company', 'press', 'other', name='organisationkind', native_enum=False, length=24), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('advisory_board', sa.Boolean(), nullable=False),
    sa.Column('street', sa.String(length=200), nullable=False),
    sa.Column('postcode', sa.String(length=20), nullable=False),
    sa.Column('town', sa.String(length=100), nullable=False),
    sa.Column('region', sa.String(length=100), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('website', sa.String(length=300), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_organisation_member_id_member'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_country'), ['country'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_member_id'), ['member_id'], unique=False)

    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('gender', sa.Enum('female', 'male', 'diverse', 'unknown', name='gender', native_enum=False, length=24), nullable=False),
    sa.Column('title', sa.String(length=60), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=False),
    sa.Column('given_name', sa.String(length=100), nullable=False),
    sa.Column('family_name', sa.String(length=100), nullable=False),
    sa.Column('name_order', sa.Enum('western', 'chinese', name='nameorder', native_enum=False, length=24), nullable=False),
    sa.Column('name_zh', sa.String(length=100), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('department', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('email_key', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('mobile', sa.String(length=60), nullable=False),
    sa.Column('fax', sa.String(length=60), nullable=False),
    sa.Column('street', sa.String(length=200), nullable=False),
    sa.Column('postcode', sa.String(length=20), nullable=False),
    sa.Column('town', sa.String(length=100), nullable=False),
    sa.Column('region', sa.String(length=100), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('language', sa.Enum('de', 'en', 'zh', name='language', native_enum=False, length=24), nullable=False),
    sa.Column('salutation_override', sa.String(length=200), nullable=False),
    sa.Column('no_post', sa.Boolean(), nullable=False),
    sa.Column('no_email', sa.Boolean(), nullable=False),
    sa.Column('consent_on', sa.Date(), nullable=True),
    sa.Column('consent_source', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('search_index_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_contact_member_id_member'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_contact_organisation_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact')),
    sa.UniqueConstraint('email_key', name=op.f('uq_contact_email_key')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_country'), ['country'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index('ix_contact_sort_name', ['family_name', 'given_name', 'id', 'search_text'], unique=False)

    op.create_table('organisation_tag',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_organisation_tag_organisation_id_organisation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tag.id'], name=op.f('fk_organisation_tag_tag_id_tag'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('organisation_id', 'tag_id', name=op.f('pk_organisation_tag'))
    )
    op.create_table('contact_tag',
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_tag_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tag.id'], name=op.f('fk_contact_tag_tag_id_tag'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', 'tag_id', name=op.f('pk_contact_tag'))
    )
    op.create_table('inquiry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.Enum('email', 'phone', 'letter', 'event', 'website', name='inquirychannel', native_enum=False, length=24), nullable=False),
    sa.Column('status', sa.Enum('new', 'in_contact', 'documents_sent', 'application_received', 'accepted', 'declined', 'withdrawn', name='inquirystatus', native_enum=False, length=24), nullable=False),
    sa.Column('assigned_to', sa.String(length=100), nullable=False),
    sa.Column('next_follow_up', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_inquiry_contact_id_contact'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_inquiry_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inquiry')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('inquiry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inquiry_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inquiry_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inquiry_next_follow_up'), ['next_follow_up'], unique=False)
        batch_op.create_index(batch_op.f('ix_inquiry_status'), ['status'], unique=False)

    op.create_table('participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('invited', 'registered', 'declined', 'attended', 'no_show', name='participantstatus', native_enum=False, length=24), nullable=False),
    sa.Column('invited_on', sa.Date(), nullable=True),
    sa.Column('registered_on', sa.Date(), nullable=True),
    sa.Column('accompanying', sa.Integer(), nullable=False),
    sa.Column('interpreting_language', sa.String(length=2), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_participant_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_participant_event_id_event'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant')),
    sa.UniqueConstraint('event_id', 'contact_id', name=op.f('uq_participant_event_id')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_event_id'), ['event_id'], unique=False)

    op.create_table('activity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('note', 'call', 'email', 'meeting', 'letter', name='activitykind', native_enum=False, length=24), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('author', sa.String(length=100), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('inquiry_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_activity_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['inquiry_id'], ['inquiry.id'], name=op.f('fk_activity_inquiry_id_inquiry'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_activity_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_inquiry_id'), ['inquiry_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_occurred_at'), ['occurred_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_occurred_at'))
        batch_op.drop_index(batch_op.f('ix_activity_member_id'))
        batch_op.drop_index(batch_op.f('ix_activity_inquiry_id'))
        batch_op.drop_index(batch_op.f('ix_activity_contact_id'))

    op.drop_table('activity')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_event_id'))
        batch_op.drop_index(batch_op.f('ix_participant_contact_id'))

    op.drop_table('participant')
    with op.batch_alter_table('inquiry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inquiry_status'))
        batch_op.drop_index(batch_op.f('ix_inquiry_next_follow_up'))
        batch_op.drop_index(batch_op.f('ix_inquiry_member_id'))
        batch_op.drop_index(batch_op.f('ix_inquiry_contact_id'))

    op.drop_table('inquiry')
    op.drop_table('contact_tag')
    op.drop_table('organisation_tag')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_sort_name')
        batch_op.drop_index(batch_op.f('ix_contact_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_contact_member_id'))
        batch_op.drop_index(batch_op.f('ix_contact_country'))

    op.drop_table('contact')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_member_id'))
        batch_op.drop_index(batch_op.f('ix_organisation_country'))

    op.drop_table('organisation')
    op.drop_table('member_tag')
    with op.batch_alter_table('member_place', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_place_member_id'))

    op.drop_table('member_place')
    op.drop_table('tag')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_status'))
        batch_op.drop_index(batch_op.f('ix_member_country'))

    op.drop_table('member')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_starts_at'))

    op.drop_table('event')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entry_entity')

    op.drop_table('audit_entry')
