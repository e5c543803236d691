"""Expected failures, each with a message a receptionist understands.

Anything that is not a ``DomainError`` is a bug and is shown as such.
"""

from __future__ import annotations

from collections.abc import Callable

#: Chinese message → the UI language's (installed by the UI; None: show the Chinese).
_translate: Callable[[str], str] | None = None
#: Messages joined from several (one per field) are split on this and joined again.
_JOIN = "；"


def set_message_translator(translate: Callable[[str], str] | None) -> None:
    """Let ``str(error)`` and ``field_errors`` speak the UI language.

    The services stay free of Qt: the UI installs ``translate`` (a catalogue lookup that
    returns the text unchanged when it has no translation) when it switches language.
    Messages with values formatted into them stay Chinese.
    """
    global _translate
    _translate = translate


def localized(text: str) -> str:
    """``text`` (maybe several messages joined with "；") in the UI language."""
    if _translate is None or not text:
        return text
    parts = text.split(_JOIN)
    done = [_translate(part) for part in parts]
    return (_JOIN if done == parts else "; ").join(done)


class DomainError(Exception):
    """A known, expected failure. ``str(err)`` is the user-facing message (written in
    Chinese, shown in the UI language where the catalogue has it)."""

    def __str__(self) -> str:
        return localized(super().__str__())


class ValidationError(DomainError):
    """Input rejected; ``field_errors`` maps a field name to its message."""

    def __init__(self, message: str, field_errors: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self._field_errors = dict(field_errors or {})

    @property
    def field_errors(self) -> dict[str, str]:
        return {key: localized(text) for key, text in self._field_errors.items()}


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
