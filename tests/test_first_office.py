"""A real office from nothing (no demo): first run makes the project and the admin; the
admin adds reception and a consultant; the first walk-in is registered and counted."""

from __future__ import annotations

import datetime as dt

from app.domain.enums import Role
from app.services.container import Services
from tests.test_reception_support import form


def test_a_new_office_works_without_the_demo(services: Services) -> None:
    admin = services.auth.create_first_admin("admin", "admin-pass-1", "李管理", "江南·悦府")
    project = services.projects.current()
    assert project is not None and project.name == "江南·悦府"
    assert admin.project_id == project.id
    reception = services.auth.create_user("qiantai", "pass-qiantai", Role.RECEPTION,
                                          "徐静", actor=admin)  # fmt: skip
    consultant = services.auth.create_user("guwen", "pass-guwen-1", Role.CONSULTANT,
                                           "王芳", actor=admin)  # fmt: skip
    manager = services.auth.create_user("jingli", "pass-jingli-1", Role.MANAGER,
                                        "孙经理", actor=admin)  # fmt: skip
    services.rotation.sign_in(reception, consultant.id)
    plan = services.reception.plan_visit(reception, "13812345678")
    assert plan.consultant_id == consultant.id  # the rotation's proposal
    result = services.reception.register_visit(reception, form("13812345678", consultant.id))
    assert result.created_customer and result.card.owner_id == consultant.id
    assert services.reception.count_visits_today(reception) == 1
    today = services.clock.now().date()
    report = services.reports.sales_report(manager, today - dt.timedelta(days=6), today)
    assert report.visits.first == 1 and report.funnel.visited == 1
    assert report.scope.project_id == project.id
