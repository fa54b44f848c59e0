"""alert digests and risk rules; privacy releases in the database

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 00:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('privacy_releases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scope', sa.String(length=64), nullable=False),
    sa.Column('query_hash', sa.String(length=64), nullable=False),
    sa.Column('query', sa.Text(), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.Column('epsilon', sa.Float(), nullable=False),
    sa.Column('delta', sa.Float(), nullable=False),
    sa.Column('mechanism', sa.String(length=32), nullable=False),
    sa.Column('scale', sa.Float(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_privacy_releases')),
    sa.UniqueConstraint('scope', 'query_hash', name=op.f('uq_privacy_releases_scope'))
    )
    with op.batch_alter_table('privacy_releases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_privacy_releases_scope'), ['scope'], unique=False)

    op.create_table('alert_digests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rule_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['rule_id'], ['alert_rules.id'], name=op.f('fk_alert_digests_rule_id_alert_rules'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alert_digests')),
    sa.UniqueConstraint('rule_id', 'period', name=op.f('uq_alert_digests_rule_id'))
    )
    with op.batch_alter_table('alert_rules', schema=None) as batch_op:
        batch_op.add_column(sa.Column('digest', sa.String(length=16), nullable=True))

    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('digest_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_alerts_digest_id'), ['digest_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_alerts_digest_id_alert_digests'), 'alert_digests', ['digest_id'], ['id'], ondelete='SET NULL')



def downgrade() -> None:
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_alerts_digest_id_alert_digests'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_alerts_digest_id'))
        batch_op.drop_column('digest_id')

    with op.batch_alter_table('alert_rules', schema=None) as batch_op:
        batch_op.drop_column('digest')

    op.drop_table('alert_digests')
    with op.batch_alter_table('privacy_releases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_privacy_releases_scope'))

    op.drop_table('privacy_releases')
