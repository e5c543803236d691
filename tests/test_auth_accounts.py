"""Account management: passwords, roles, (de)activation — who may do what, all audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain.enums import Role
from app.domain.errors import AuthenticationError, ConflictError, PermissionDenied, ValidationError
from app.domain.models import UserInfo
from app.models import AuditEntry
from app.services.auth_service import AccountLockedError
from app.services.container import Services

PW = "secret-123"


def _audit(services: Services, action: str) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)
                              .order_by(AuditEntry.id)))  # fmt: skip


@pytest.fixture
def staff(services: Services) -> dict[str, UserInfo]:
    return {
        name: services.auth.create_user(name, PW, role)
        for name, role in (
            ("admin", Role.ADMIN),
            ("manager", Role.MANAGER),
            ("consultant", Role.CONSULTANT),
            ("reception", Role.RECEPTION),
        )
    }


def test_creating_users_is_audited_with_the_actor(
    services: Services, staff: dict[str, UserInfo]
) -> None:
    created = services.auth.create_user("newbie", PW, Role.CONSULTANT, actor=staff["manager"])
    rows = _audit(services, "user_create")
    assert [r.user_id for r in rows] == [None] * 4 + [staff["manager"].id]  # set-up: no actor
    assert rows[-1].entity_id == created.id and "consultant" in rows[-1].detail
    with pytest.raises(PermissionDenied):
        services.auth.create_user("boss", PW, Role.ADMIN, actor=staff["manager"])
    with pytest.raises(PermissionDenied):
        services.auth.create_user("x", PW, Role.CONSULTANT, actor=staff["consultant"])


def test_change_own_password(services: Services, staff: dict[str, UserInfo]) -> None:
    me = staff["consultant"]
    with pytest.raises(ValidationError) as info:
        services.auth.change_password(me.id, PW, "123")
    assert "new_password" in info.value.field_errors
    with pytest.raises(AuthenticationError):
        services.auth.change_password(me.id, "not-my-password", "brand-new-pw")
    services.auth.change_password(me.id, PW, "brand-new-pw")
    assert services.auth.authenticate("consultant", "brand-new-pw").id == me.id
    with pytest.raises(AuthenticationError):
        services.auth.authenticate("consultant", PW)
    assert [r.user_id for r in _audit(services, "password_change")] == [me.id]


def test_wrong_old_passwords_count_towards_the_lockout(
    services: Services, staff: dict[str, UserInfo]
) -> None:
    me = staff["consultant"]
    for _ in range(2):
        with pytest.raises(AuthenticationError):
            services.auth.change_password(me.id, "guess", "brand-new-pw")
    with pytest.raises(AccountLockedError):
        services.auth.change_password(me.id, "guess", "brand-new-pw")


def test_reset_password_and_unlock_clear_a_lockout(
    services: Services, staff: dict[str, UserInfo]
) -> None:
    for _ in range(3):
        with pytest.raises((AuthenticationError, AccountLockedError)):
            services.auth.authenticate("consultant", "guess")
    services.auth.unlock_account(staff["manager"], staff["consultant"].id)
    assert services.auth.authenticate("consultant", PW).id == staff["consultant"].id
    for _ in range(3):
        with pytest.raises((AuthenticationError, AccountLockedError)):
            services.auth.authenticate("consultant", "guess")
    services.auth.reset_password(staff["admin"], staff["consultant"].id, "reset-by-admin")
    assert services.auth.authenticate("consultant", "reset-by-admin").id == staff["consultant"].id
    assert len(_audit(services, "account_unlock")) == 1
    assert len(_audit(services, "password_reset")) == 1
    # A manager manages front-line accounts only.
    with pytest.raises(PermissionDenied):
        services.auth.reset_password(staff["manager"], staff["admin"].id, "hijack-admin")


def test_role_change_is_audited_and_restricted(
    services: Services, staff: dict[str, UserInfo]
) -> None:
    admin, manager = staff["admin"], staff["manager"]
    consultant, reception = staff["consultant"], staff["reception"]
    changed = services.auth.change_role(manager, reception.id, Role.CONSULTANT)
    assert changed.role is Role.CONSULTANT
    (row,) = _audit(services, "role_change")
    assert row.user_id == manager.id and row.entity_id == reception.id
    assert "reception → consultant" in row.detail
    with pytest.raises(PermissionDenied):  # a manager cannot make managers or admins
        services.auth.change_role(manager, consultant.id, Role.MANAGER)
    with pytest.raises(PermissionDenied):
        services.auth.change_role(consultant, reception.id, Role.SERVICE)
    with pytest.raises(PermissionDenied):  # nobody changes their own role
        services.auth.change_role(admin, admin.id, Role.MANAGER)
    services.auth.change_role(admin, consultant.id, Role.MANAGER)
    assert services.auth.get_user(consultant.id).role is Role.MANAGER
    assert len(_audit(services, "role_change")) == 2


def test_admin_accounts_are_managed_by_admins_only(
    services: Services, staff: dict[str, UserInfo]
) -> None:
    admin, manager = staff["admin"], staff["manager"]
    with pytest.raises(PermissionDenied):
        services.auth.deactivate(manager, admin.id)
    with pytest.raises(PermissionDenied):
        services.auth.change_role(manager, admin.id, Role.CONSULTANT)
    with pytest.raises(PermissionDenied):  # nor themselves: an admin always remains
        services.auth.deactivate(admin, admin.id)
    second = services.auth.create_user("admin2", PW, Role.ADMIN, actor=admin)
    services.auth.change_role(second, admin.id, Role.MANAGER)
    assert services.auth.get_user(admin.id).role is Role.MANAGER


def test_deactivated_users_cannot_sign_in_or_act(
    services: Services, staff: dict[str, UserInfo]
) -> None:
    admin, manager = staff["admin"], staff["manager"]
    services.auth.deactivate(admin, manager.id, "调岗")
    with pytest.raises(AuthenticationError):
        services.auth.authenticate("manager", PW)
    # A window still signed in as the manager keeps no rights.
    with pytest.raises(PermissionDenied):
        services.auth.deactivate(manager, staff["consultant"].id)
    services.auth.activate(admin, manager.id)
    assert services.auth.authenticate("manager", PW).id == manager.id
    actions = [r.action for r in _audit(services, "user_deactivate")]
    actions += [r.action for r in _audit(services, "user_activate")]
    assert actions == ["user_deactivate", "user_activate"]
    assert "调岗" in _audit(services, "user_deactivate")[0].detail


def test_create_first_admin_makes_project_and_admin_together(services: Services) -> None:
    with pytest.raises(ValidationError) as info:
        services.auth.create_first_admin("admin", PW, "管理员", "  ")
    assert "project_name" in info.value.field_errors
    with pytest.raises(ValidationError):  # nothing half-done: no project either
        services.auth.create_first_admin("admin", "123", "管理员", "阳光花园")
    assert services.projects.current() is None
    admin = services.auth.create_first_admin("admin", PW, "管理员", "阳光花园")
    project = services.projects.current()
    assert project is not None and project.name == "阳光花园"
    assert admin.role is Role.ADMIN and admin.project_id == project.id
    with pytest.raises(ConflictError):
        services.auth.create_first_admin("admin2", PW, None, "别的楼盘")
    assert [r.detail for r in _audit(services, "user_create")] == ["admin：首次运行创建管理员"]
