"""Indexes for the reports (报表, SPEC §9).

- ``ix_visits_project_arrived_cover`` (project_id, arrived_at, kind, consultant_id,
  customer_id) replaces ``ix_visits_project_arrived``: it starts with the same two
  columns, and also holds what the report groups by, so visits per day and kind, the
  receptions per consultant and the new-visitor scan read the index alone (SQLite, 1M
  customers, 365 days: 1.5 s → 0.4 s for the visits per day).
- ``ix_follow_ups_open_tasks`` (assignee_id, due_date, kind) over open rows only
  (``done_at IS NULL``): overdue post-sale callbacks per person without reading the
  done follow-ups (1.6 s → a few ms on the 1M demo database).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OPEN = "done_at IS NULL"


def upgrade() -> None:
    # Plain op.* (not batch): a batch rebuild on SQLite would drop triggers of 0002/0003.
    op.create_index(
        "ix_visits_project_arrived_cover",
        "visits",
        ["project_id", "arrived_at", "kind", "consultant_id", "customer_id"],
        unique=False,
    )
    op.drop_index("ix_visits_project_arrived", table_name="visits")
    op.create_index(
        "ix_follow_ups_open_tasks",
        "follow_ups",
        ["assignee_id", "due_date", "kind"],
        unique=False,
        sqlite_where=sa.text(_OPEN),
        postgresql_where=sa.text(_OPEN),
    )


def downgrade() -> None:
    op.drop_index("ix_follow_ups_open_tasks", table_name="follow_ups")
    op.create_index(
        "ix_visits_project_arrived", "visits", ["project_id", "arrived_at"], unique=False
    )
    op.drop_index("ix_visits_project_arrived_cover", table_name="visits")
