"""articles say when a person read them because the extractor does not read their language

An article whose extraction has ``language_read`` false waits for a person in the web app
(``/review/unread``). ``articles.person_read_at`` is set when a reviewer has read it and
taken it off that list (audited, with the decision); null: no one has. Its own column,
not a new ``articles.status``: the status belongs to the pipeline (extract, resolve).
``extractions.language_read`` gets an index: the few unread articles are counted on every
dashboard load. Rows written before this revision get null: no one has read them yet.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24 12:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('person_read_at', sa.DateTime(), nullable=True))
    with op.batch_alter_table('extractions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_extractions_language_read'), ['language_read'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('extractions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_extractions_language_read'))
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_column('person_read_at')
