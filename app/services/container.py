"""All services of one open database, built once by the composition root.

Each service is made (and its module imported) on first use: start-up pays only for the
services the first page needs, not for ReportLab, openpyxl and the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from app.db.engine import Database
from app.domain.clock import Clock, SystemClock

if TYPE_CHECKING:
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
    from app.services.report_service import ReportService
    from app.services.rotation_service import RotationService
    from app.services.settings_service import SettingsService
    from app.services.transfer_service import TransferService
    from app.services.unit_service import UnitService


@dataclass
class Services:
    db: Database
    clock: Clock = field(default_factory=SystemClock)

    @cached_property
    def auth(self) -> AuthService:
        from app.services.auth_service import AuthService

        return AuthService(self.db, self.clock)

    @cached_property
    def privacy(self) -> PrivacyService:
        from app.services.privacy_service import PrivacyService

        return PrivacyService(self.db, self.clock)

    @cached_property
    def audit(self) -> AuditQueryService:
        from app.services.audit_query_service import AuditQueryService

        return AuditQueryService(self.db, self.clock)

    @cached_property
    def settings(self) -> SettingsService:
        from app.services.settings_service import SettingsService

        return SettingsService(self.db, self.clock)

    @cached_property
    def projects(self) -> ProjectService:
        from app.services.project_service import ProjectService

        return ProjectService(self.db, self.clock)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        from app.services.maintenance_service import MaintenanceService

        return MaintenanceService(self.db)

    @cached_property
    def grading(self) -> GradingService:
        from app.services.grading_service import GradingService

        return GradingService(self.db, self.clock)

    @cached_property
    def follow_ups(self) -> FollowUpService:
        from app.services.follow_up_service import FollowUpService

        return FollowUpService(self.db, self.clock)

    @cached_property
    def pool(self) -> PoolService:
        from app.services.pool_service import PoolService

        return PoolService(self.db, self.clock)

    @cached_property
    def transfers(self) -> TransferService:
        from app.services.transfer_service import TransferService

        return TransferService(self.db, self.clock)

    @cached_property
    def reminders(self) -> ReminderService:
        from app.services.reminder_service import ReminderService

        return ReminderService(self.db, self.clock)

    @cached_property
    def units(self) -> UnitService:
        from app.services.unit_service import UnitService

        return UnitService(self.db, self.clock)

    @cached_property
    def deals(self) -> DealService:
        from app.services.deal_service import DealService

        return DealService(self.db, self.clock)

    @cached_property
    def documents(self) -> DocumentService:
        from app.services.document_service import DocumentService

        return DocumentService(self.db, self.clock)

    @cached_property
    def reception(self) -> ReceptionService:
        from app.services.reception_service import ReceptionService

        return ReceptionService(self.db, self.clock)

    @cached_property
    def rotation(self) -> RotationService:
        from app.services.rotation_service import RotationService

        return RotationService(self.db, self.clock)

    @cached_property
    def customer_query(self) -> CustomerQueryService:
        from app.services.customer_query_service import CustomerQueryService

        return CustomerQueryService(self.db, self.clock)

    @cached_property
    def customers(self) -> CustomerService:
        from app.services.customer_service import CustomerService

        return CustomerService(self.db, self.clock)

    @cached_property
    def reports(self) -> ReportService:
        from app.services.report_service import ReportService

        return ReportService(self.db, self.clock)

    @cached_property
    def exports(self) -> ExportService:
        from app.services.export_service import ExportService

        return ExportService(self.db, self.clock)

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
