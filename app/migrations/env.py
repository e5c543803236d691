"""Alembic environment. Run through ``app.db.migrate``, which passes the connection in."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy.types import TypeDecorator

from app.models import Base

target_metadata = Base.metadata


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    # Migrations are frozen: render app types as their plain storage type, so a script
    # never imports app.models (which will change after the script is written).
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl.__class__.__name__}()"
    return False


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    # The search structures of migration 0002 (FTS5 table, shadow tables, search indexes)
    # are not mapped in app.models; keep autogenerate from proposing to drop them.
    from app.services.customer_query_service import is_search_schema_object

    return not (reflected and compare_to is None and is_search_schema_object(name))


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through app.db.migrate, which supplies a connection")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=render_item,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
