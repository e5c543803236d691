"""Expected failures, each with a message a receptionist understands.

Anything that is not a ``DomainError`` is a bug and is shown as such.
"""

from __future__ import annotations


class DomainError(Exception):
    """A known, expected failure. ``str(err)`` is the user-facing message (Chinese)."""


class ValidationError(DomainError):
    """Input rejected; ``field_errors`` maps a field name to its message."""

    def __init__(self, message: str, field_errors: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.field_errors = dict(field_errors or {})


class NotFoundError(DomainError):
    pass


class ConflictError(DomainError):
    """Someone else changed the data first (duplicate phone, unit already sold...)."""


class PermissionDenied(DomainError):
    pass


class AuthenticationError(DomainError):
    pass


class DatabaseError(DomainError):
    """The database cannot be used as asked (locked, full, on a network share...)."""


class SchemaTooNewError(DatabaseError):
    """The database was written by a newer SalesDesk than this one."""

    def __init__(self, db_revision: str, code_head: str) -> None:
        super().__init__(
            f"数据库版本 {db_revision} 比本程序支持的版本 {code_head} 更新，"
            f"请升级售楼接待台后再打开。"
            f" (database revision {db_revision} is newer than this program's {code_head})"
        )
        self.db_revision = db_revision
        self.code_head = code_head
