"""Expected failures, each with a message a receptionist understands.

Anything that is not a ``DomainError`` is a bug and is shown as such.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

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


def localized(text: str, values: Mapping[str, object] | None = None) -> str:
    """``text`` (maybe several messages joined with "；") in the UI language, with
    ``values`` put into its ``{named}`` fields after the lookup."""
    parts = text.split(_JOIN) if text else [text]
    done = [_translate(part) for part in parts] if _translate is not None else parts
    joiner = _JOIN if done == parts else "; "
    if values:
        # A value that is itself a message of the catalogue (an action, a label) is
        # translated too; names and numbers are not in it and stay as they are.
        shown = {
            key: _translate(value) if _translate is not None and isinstance(value, str) else value
            for key, value in values.items()
        }
        done = [part.format_map(shown) for part in done]
    return joiner.join(done)


class DomainError(Exception):
    """A known, expected failure. ``str(err)`` is the user-facing message (written in
    Chinese, shown in the UI language where the catalogue has it).

    A message with values in it is written as a template with named fields and the
    values given apart, ``ConflictError("用户名“{username}”已存在", values={...})``, so
    that the template is what gets translated.
    """

    def __init__(self, message: str = "", *, values: Mapping[str, object] | None = None) -> None:
        super().__init__(message)
        self.values = dict(values or {})

    def __str__(self) -> str:
        return localized(super().__str__(), self.values)


class ValidationError(DomainError):
    """Input rejected; ``field_errors`` maps a field name to its message."""

    def __init__(
        self,
        message: str,
        field_errors: dict[str, str] | None = None,
        *,
        values: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message, values=values)
        self._field_errors = dict(field_errors or {})

    @property
    def field_errors(self) -> dict[str, str]:
        return {key: localized(text, self.values) for key, text in self._field_errors.items()}


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
