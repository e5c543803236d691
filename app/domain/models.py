"""Frozen dataclasses that travel between the layers (never live ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.enums import Role


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: Role
    project_id: int | None
    active: bool


@dataclass(frozen=True, slots=True)
class ProjectInfo:
    id: int
    name: str
    developer: str
    address: str


@dataclass(frozen=True, slots=True)
class DbCheckReport:
    url: str
    revision: str | None
    code_head: str
    integrity: str
    foreign_keys: str
    counts: dict[str, int]

    @property
    def healthy(self) -> bool:
        return (
            self.revision == self.code_head and self.integrity == "ok" and self.foreign_keys == "ok"
        )


@dataclass(frozen=True, slots=True)
class DemoResult:
    customers: int
    visits: int
    follow_ups: int
    deals: int
    users: list[tuple[str, str, Role]]  # username, password, role
    seconds: float
    started_at: dt.datetime
