"""All services of one open database, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.db.engine import Database
from app.domain.clock import Clock, SystemClock
from app.services.audit_query_service import AuditQueryService
from app.services.auth_service import AuthService
from app.services.customer_query_service import CustomerQueryService
from app.services.customer_service import CustomerService
from app.services.deal_service import DealService
from app.services.document_service import DocumentService
from app.services.export_service import ExportService
from app.services.follow_up_service import FollowUpService
from app.services.grading_service import GradingService
from app.services.maintenance_service import MaintenanceService
from app.services.pool_service import PoolService
from app.services.privacy_service import PrivacyService
from app.services.project_service import ProjectService
from app.services.reception_service import ReceptionService
from app.services.reminder_service import ReminderService
from app.services.rotation_service import RotationService
from app.services.settings_service import SettingsService
from app.services.transfer_service import TransferService
from app.services.unit_service import UnitService


@dataclass
class Services:
    db: Database
    clock: Clock = field(default_factory=SystemClock)

    def __post_init__(self) -> None:
        self.auth = AuthService(self.db, self.clock)
        self.privacy = PrivacyService(self.db, self.clock)
        self.audit = AuditQueryService(self.db, self.clock)
        self.settings = SettingsService(self.db, self.clock)
        self.projects = ProjectService(self.db, self.clock)
        self.maintenance = MaintenanceService(self.db)
        self.grading = GradingService(self.db, self.clock)
        self.follow_ups = FollowUpService(self.db, self.clock)
        self.pool = PoolService(self.db, self.clock)
        self.transfers = TransferService(self.db, self.clock)
        self.reminders = ReminderService(self.db, self.clock)
        self.units = UnitService(self.db, self.clock)
        self.deals = DealService(self.db, self.clock)
        self.documents = DocumentService(self.db, self.clock)
        self.reception = ReceptionService(self.db, self.clock)
        self.rotation = RotationService(self.db, self.clock)
        self.customer_query = CustomerQueryService(self.db, self.clock)
        self.customers = CustomerService(self.db, self.clock)
        self.exports = ExportService(self.db, self.clock)

    def load_demo_office(self, customers: int = 2000, seed: int = 1, progress=None):  # type: ignore[no-untyped-def]
        """The demo office of ``salesdesk demo``: generated data, then deals at every stage
        with every form printed once (so each ``salesdesk print`` works on it)."""
        result = self.demo.generate(customers=customers, seed=seed, progress=progress)
        if progress is not None:
            progress("交易与单据", 0, 1)
        self.deals.seed_demo(seed=seed)
        if progress is not None:
            progress("交易与单据", 1, 1)
        return result

    @property
    def demo(self):  # type: ignore[no-untyped-def]
        """The demo-office generator (imported lazily: only the demo needs it)."""
        from app.services.demo_service import DemoService

        return DemoService(self.db, self.clock)
