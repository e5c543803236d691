"""Who may see what (SPEC §1 信息保密原则). Pure rules; the query layer applies them.

A consultant sees the full data of their own customers only; for anyone else's, the
minimal card 判客 needs (name, masked phone, owner, grade, last visit). A manager sees
everything in the project; reception the registration card; customer service customers
from subscription on; an admin no customer data.
"""

from __future__ import annotations

from app.domain.enums import Role, Stage
from app.domain.models import UserInfo

POST_SALE_STAGES = frozenset(
    {Stage.SUBSCRIBED, Stage.CONTRACTED, Stage.DELIVERED, Stage.OWNER, Stage.CANCELLED}
)


#: Roles a manager may give, take or manage; an admin manages every role
#: (``AuthService`` enforces it; the settings page offers only these).
MANAGER_MANAGED_ROLES = frozenset({Role.RECEPTION, Role.CONSULTANT, Role.SERVICE})


def manageable_roles(actor: UserInfo) -> list[Role]:
    """The roles whose accounts ``actor`` may add and manage, in the order of ``Role``."""
    if actor.role is Role.ADMIN:
        return list(Role)
    if actor.role is Role.MANAGER:
        return [role for role in Role if role in MANAGER_MANAGED_ROLES]
    return []


def sees_customer_data(actor: UserInfo) -> bool:
    """Admins manage users, settings and backups, and see no customer data."""
    return actor.role is not Role.ADMIN


def sees_full(actor: UserInfo, owner_id: int | None, stage: str | None = None) -> bool:
    """Full (unmasked) data of this customer for this actor, without a logged reveal."""
    if actor.role is Role.MANAGER:
        return True
    if actor.role is Role.CONSULTANT:
        return owner_id is not None and owner_id == actor.id
    if actor.role is Role.SERVICE:
        return stage is not None and Stage(stage) in POST_SALE_STAGES
    return False


def may_reveal(actor: UserInfo, owner_id: int | None, stage: str | None = None) -> bool:
    """May this actor ask to reveal a masked value (with a reason, audited)?"""
    return actor.role in (Role.MANAGER, Role.RECEPTION) or sees_full(actor, owner_id, stage)


#: Why a resident ID cannot be recorded yet (shown under the field).
RESIDENT_ID_NOT_YET = "身份证号在认购或签约时登记；认购前只需要姓名和手机号"


def may_hold_resident_id(stage: str | None) -> bool:
    """The resident ID is asked for at subscription or contract, not before (issue 5:
    only name and phone are needed at reception; PIPL art. 6, the minimum necessary)."""
    return stage is not None and Stage(stage) in POST_SALE_STAGES
