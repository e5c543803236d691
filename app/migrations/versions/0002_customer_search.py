"""customer search: FTS5 trigram table (SQLite), pg_trgm indexes (PostgreSQL), sort indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 03:00:00

The customers page searches a name or any 3+ consecutive digits of a phone over a
million customers. On SQLite a plain ``LIKE '%x%'`` scans every row (70-170 ms), so an
FTS5 table with the trigram tokenizer, ``customer_search``, holds one row per customer
(rowid = customers.id): the name, and the digits of every phone the customer is known
by (primary, alternate, related persons) in national form. Triggers on ``customers``
and ``customer_phones`` keep it in sync, so no writer has to remember it.

On PostgreSQL the same searches use pg_trgm GIN indexes on the columns themselves.

Both dialects get B-tree indexes for the sortable columns of the customers page and
for the pinyin prefix search (``zhangs`` is a prefix of ``pinyin_full``).

None of these objects is mapped in ``app.models``: the FTS table is a virtual table
with shadow tables, and the indexes exist for the query service only. Their names all
start with ``customer_search`` or ``ix_search_``, and ``app/migrations/env.py`` and
``tests/test_migrations.py`` leave objects with those names out of the model comparison
(``app.services.customer_query_service.is_search_schema_object``).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (name, table, columns) of the plain B-tree indexes, on both dialects.
_BTREE = (
    ("ix_search_customers_pinyin_full", "customers", ("pinyin_full",)),
    ("ix_search_customers_last_visit", "customers", ("project_id", "last_visit_at")),
    ("ix_search_customers_next_follow_up", "customers", ("project_id", "next_follow_up_date")),
    ("ix_search_customers_channel", "customers", ("project_id", "channel")),
    ("ix_search_customers_visit_count", "customers", ("project_id", "visit_count")),
    ("ix_search_customers_updated", "customers", ("project_id", "updated_at")),
    # The customers page's default order (newest first) with every filter column, so a
    # filtered page in that order, and a count over several filters, read this index only
    # and never the wide customer rows.
    (
        "ix_search_customers_list",
        "customers",
        (
            "project_id",
            "created_at",
            "grade",
            "stage",
            "owner_id",
            "channel",
            "next_follow_up_date",
            "in_public_pool",
            "locked",
            "protected_until",
        ),
    ),  # fmt: skip
    # A surname typed in the search box (1-2 characters: a name prefix) with the default
    # order and the usual filters, read without touching the customer rows.
    (
        "ix_search_customers_name_list",
        "customers",
        ("name", "created_at", "grade", "stage", "owner_id"),
    ),
)

# Digits of a stored E.164 phone as a receptionist types them: a mainland number
# "+8613812345678" becomes "013812345678" (contains the 11-digit mobile and the
# "0"-prefixed landline form "01012345678"), any other number its digits after "+".
_DIGITS = "CASE WHEN p.phone LIKE '+86%' THEN '0' || substr(p.phone, 4) ELSE substr(p.phone, 2) END"
_PHONES_OF = (
    "coalesce((SELECT group_concat(" + _DIGITS + ", ' ') FROM customer_phones p "
    "WHERE p.customer_id = {cid}), '')"
)

_SQLITE_TRIGGERS = {
    "customer_search_customer_ai": f"""
        CREATE TRIGGER customer_search_customer_ai AFTER INSERT ON customers BEGIN
            INSERT INTO customer_search(rowid, name, phones)
            VALUES (new.id, coalesce(new.name, ''), {_PHONES_OF.format(cid="new.id")});
        END""",
    "customer_search_customer_au": """
        CREATE TRIGGER customer_search_customer_au AFTER UPDATE OF name ON customers
        WHEN coalesce(old.name, '') <> coalesce(new.name, '') BEGIN
            UPDATE customer_search SET name = coalesce(new.name, '') WHERE rowid = new.id;
        END""",
    "customer_search_customer_ad": """
        CREATE TRIGGER customer_search_customer_ad AFTER DELETE ON customers BEGIN
            DELETE FROM customer_search WHERE rowid = old.id;
        END""",
    "customer_search_phone_ai": f"""
        CREATE TRIGGER customer_search_phone_ai AFTER INSERT ON customer_phones BEGIN
            UPDATE customer_search SET phones = {_PHONES_OF.format(cid="new.customer_id")}
            WHERE rowid = new.customer_id;
        END""",
    "customer_search_phone_ad": f"""
        CREATE TRIGGER customer_search_phone_ad AFTER DELETE ON customer_phones BEGIN
            UPDATE customer_search SET phones = {_PHONES_OF.format(cid="old.customer_id")}
            WHERE rowid = old.customer_id;
        END""",
    "customer_search_phone_au": f"""
        CREATE TRIGGER customer_search_phone_au AFTER UPDATE ON customer_phones BEGIN
            UPDATE customer_search SET phones = {_PHONES_OF.format(cid="old.customer_id")}
            WHERE rowid = old.customer_id;
            UPDATE customer_search SET phones = {_PHONES_OF.format(cid="new.customer_id")}
            WHERE rowid = new.customer_id;
        END""",
}

_PG_TRGM = (
    ("ix_search_customers_name_trgm", "customers", "name"),
    ("ix_search_customers_pinyin_full_trgm", "customers", "pinyin_full"),
    ("ix_search_customers_pinyin_initials_trgm", "customers", "pinyin_initials"),
    ("ix_search_customer_phones_phone_trgm", "customer_phones", "phone"),
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, table, cols in _BTREE:
        op.create_index(name, table, list(cols))
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE customer_search USING fts5(name, phones, tokenize = 'trigram')"
        )
        op.execute(
            "INSERT INTO customer_search(rowid, name, phones) "
            f"SELECT c.id, coalesce(c.name, ''), {_PHONES_OF.format(cid='c.id')} "
            "FROM customers c"
        )
        for ddl in _SQLITE_TRIGGERS.values():
            op.execute(ddl)
    elif dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for name, table, col in _PG_TRGM:
            op.execute(f"CREATE INDEX {name} ON {table} USING gin ({col} gin_trgm_ops)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS customer_search")
    elif dialect == "postgresql":
        for name, _table, _col in _PG_TRGM:
            op.execute(f"DROP INDEX IF EXISTS {name}")
    for name, table, _cols in _BTREE:
        op.drop_index(name, table_name=table)
