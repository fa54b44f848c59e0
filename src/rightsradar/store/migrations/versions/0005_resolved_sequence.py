"""resolved sequence and stored MinHash signatures on articles

A long-lived resolver (``watch``) catches up with what other processes resolved by the
order they resolved it (``articles.resolved_seq``, numbered from ``resolve_counter``), not
by article id, which missed an older article resolved late. Articles already resolved are
numbered by id, and the counter starts after them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 03:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    counter = op.create_table(
        'resolve_counter',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('value', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_resolve_counter')),
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('resolved_seq', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('minhash', sa.Text(), nullable=True))
        batch_op.create_index(batch_op.f('ix_articles_resolved_seq'), ['resolved_seq'],
                              unique=False)
    op.execute("UPDATE articles SET resolved_seq = id WHERE status = 'resolved'")
    last = op.get_bind().scalar(sa.text(
        "SELECT max(id) FROM articles WHERE status = 'resolved'")) or 0
    op.bulk_insert(counter, [{'id': 1, 'value': last}])


def downgrade() -> None:
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_resolved_seq'))
        batch_op.drop_column('minhash')
        batch_op.drop_column('resolved_seq')
    op.drop_table('resolve_counter')
