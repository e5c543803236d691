"""Small SQL constructs the query planners need help with.

``unindexed(column)`` is the column itself, written so that SQLite will not pick an
index on it for that term (SQLite's documented unary ``+`` idiom). Use it where SQLite's
planner chooses a range scan over a huge index although another index is far better
(measured, and the reason written next to the call). Other databases get the plain column.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.type_api import TypeEngine


class _Unindexed(ColumnElement[Any]):
    inherit_cache = True

    def __init__(self, column: ColumnElement[Any]) -> None:
        self.column = column
        self.type: TypeEngine[Any] = column.type

    @property
    def _from_objects(self) -> list[Any]:  # type: ignore[override]
        return self.column._from_objects


@compiles(_Unindexed)
def _plain(element: _Unindexed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column, **kw))


@compiles(_Unindexed, "sqlite")
def _sqlite(element: _Unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.column, **kw))


def unindexed(column: Any) -> ColumnElement[Any]:
    """``column`` in a WHERE term that SQLite must not answer from an index on it."""
    return _Unindexed(column)
