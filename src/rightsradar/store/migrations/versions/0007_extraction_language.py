"""extractions say which language the extractor read, and whether it reads that language

An article in a language the extractor does not read is not "irrelevant": it was not read.
``language_read`` false marks it for a person (or a translation) to read. Rows written
before this revision get true: the extractor then read every article, in whatever language.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('extractions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('language_read', sa.Boolean(), nullable=False,
                                      server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table('extractions', schema=None) as batch_op:
        batch_op.drop_column('language_read')
        batch_op.drop_column('language')
