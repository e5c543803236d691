"""The project (楼盘) this installation works on."""

from __future__ import annotations

from sqlalchemy import select

from app.db.engine import Database
from app.domain.clock import Clock
from app.domain.models import ProjectInfo
from app.models import Project


def _info(p: Project) -> ProjectInfo:
    return ProjectInfo(id=p.id, name=p.name, developer=p.developer, address=p.address)


class ProjectService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def current(self) -> ProjectInfo | None:
        with self._db.read() as s:
            p = s.scalar(select(Project).order_by(Project.id).limit(1))
            return _info(p) if p else None

    def ensure_default(self, name: str = "我的楼盘") -> ProjectInfo:
        with self._db.write() as s:
            p = s.scalar(select(Project).order_by(Project.id).limit(1))
            if p is None:
                p = Project(
                    name=name,
                    developer="",
                    address="",
                    sales_office_phone="",
                    five_certificates="",
                    parking_info="",
                    created_at=self._clock.now(),
                )
                s.add(p)
                s.flush()
            return _info(p)
