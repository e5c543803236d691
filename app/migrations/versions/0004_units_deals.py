"""issued documents: a JSON snapshot of each form, and an append-only archive

``issued_documents.payload_json`` keeps the data a form was printed from, so that a
reprint shows exactly what was signed (the adverse factors of that day, not today's),
under a new number that refers to the original.

Triggers make the archive append-only: a row cannot be deleted, and what identifies
the document (number, kind, file, hash, who/when, customer/unit/deal/transfer, snapshot)
cannot be changed. Only the signing can be recorded, once: ``signed_at`` and the scan
(``scan_path``, ``scan_sha256``) go from empty to a value and then stay.

Note for later migrations: on SQLite, ``batch_alter_table("issued_documents")``
recreates the table and silently loses these triggers; create them again.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "已归档的单据只能追加，不能修改或删除 (the document archive is append-only)"
FROZEN = (
    "project_id", "doc_no", "kind", "customer_id", "unit_id", "deal_id", "transfer_id",
    "reprint_of_id", "file_path", "sha256", "issued_by", "issued_at", "payload_json",
)  # fmt: skip


def upgrade() -> None:
    with op.batch_alter_table("issued_documents") as batch:
        batch.add_column(sa.Column("payload_json", sa.Text(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in FROZEN)
        op.execute(
            f"""
            CREATE FUNCTION issued_documents_refuse_change() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' OR TG_OP = 'TRUNCATE' THEN
                    RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF {changed}
                   OR (OLD.signed_at IS NOT NULL AND NEW.signed_at IS DISTINCT FROM OLD.signed_at)
                   OR (OLD.scan_sha256 IS NOT NULL AND (
                         NEW.scan_sha256 IS DISTINCT FROM OLD.scan_sha256
                         OR NEW.scan_path IS DISTINCT FROM OLD.scan_path))
                THEN
                    RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END
            $$
            """
        )
        op.execute(
            "CREATE TRIGGER issued_documents_append_only BEFORE UPDATE OR DELETE "
            "ON issued_documents FOR EACH ROW EXECUTE FUNCTION issued_documents_refuse_change()"
        )
        op.execute(
            "CREATE TRIGGER issued_documents_no_truncate BEFORE TRUNCATE ON issued_documents "
            "FOR EACH STATEMENT EXECUTE FUNCTION issued_documents_refuse_change()"
        )
    else:
        op.execute(
            f"CREATE TRIGGER issued_documents_no_update BEFORE UPDATE OF {', '.join(FROZEN)} "
            f"ON issued_documents BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        )
        op.execute(
            "CREATE TRIGGER issued_documents_signed_once "
            "BEFORE UPDATE OF signed_at, scan_path, scan_sha256 ON issued_documents "
            "WHEN (OLD.signed_at IS NOT NULL AND NEW.signed_at IS NOT OLD.signed_at) "
            "OR (OLD.scan_sha256 IS NOT NULL AND (NEW.scan_sha256 IS NOT OLD.scan_sha256 "
            "OR NEW.scan_path IS NOT OLD.scan_path)) "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        )
        op.execute(
            "CREATE TRIGGER issued_documents_no_delete BEFORE DELETE ON issued_documents "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS issued_documents_no_truncate ON issued_documents")
        op.execute("DROP TRIGGER IF EXISTS issued_documents_append_only ON issued_documents")
        op.execute("DROP FUNCTION IF EXISTS issued_documents_refuse_change()")
    else:
        op.execute("DROP TRIGGER IF EXISTS issued_documents_no_delete")
        op.execute("DROP TRIGGER IF EXISTS issued_documents_signed_once")
        op.execute("DROP TRIGGER IF EXISTS issued_documents_no_update")
    with op.batch_alter_table("issued_documents") as batch:
        batch.drop_column("payload_json")
