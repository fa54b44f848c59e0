"""planner statistics for the JSON-text filters of the incident list (PostgreSQL)

The list API filters violation types and victim groups with ``CAST(col AS VARCHAR) LIKE
'%"torture"%'``. Without statistics on that expression PostgreSQL estimates a few dozen
matching rows where a quarter of a million match, and on 1M incidents it chose a parallel
sequential scan and sort (586 ms a page) over walking ``ix_incidents_event_date_id``
backwards (1.2 ms). Extended statistics on the expressions (PostgreSQL 14 and later) fix
the estimate; SQLite and older servers need nothing.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 03:50:00
"""
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_STATISTICS = {
    'st_incidents_violation_text': 'violation_types',
    'st_incidents_victim_groups_text': 'victim_groups',
}


def _postgres_14() -> bool:
    bind = op.get_bind()
    return (bind.dialect.name == 'postgresql'
            and (bind.dialect.server_version_info or (0,)) >= (14,))


def upgrade() -> None:
    if not _postgres_14():
        return
    for name, column in _STATISTICS.items():
        op.execute(f'CREATE STATISTICS IF NOT EXISTS {name} '
                   f'ON (CAST({column} AS VARCHAR)) FROM incidents')
    op.execute('ANALYZE incidents')


def downgrade() -> None:
    if not _postgres_14():
        return
    for name in _STATISTICS:
        op.execute(f'DROP STATISTICS IF EXISTS {name}')
