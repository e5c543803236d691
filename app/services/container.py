"""All services of one open database, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.db.engine import Database
from app.domain.clock import Clock, SystemClock
from app.services.auth_service import AuthService
from app.services.maintenance_service import MaintenanceService
from app.services.project_service import ProjectService
from app.services.settings_service import SettingsService


@dataclass
class Services:
    db: Database
    clock: Clock = field(default_factory=SystemClock)

    def __post_init__(self) -> None:
        self.auth = AuthService(self.db, self.clock)
        self.settings = SettingsService(self.db, self.clock)
        self.projects = ProjectService(self.db, self.clock)
        self.maintenance = MaintenanceService(self.db)

    @property
    def demo(self):  # type: ignore[no-untyped-def]
        """The demo-office generator (imported lazily: only the demo needs it)."""
        from app.services.demo_service import DemoService

        return DemoService(self.db, self.clock)
