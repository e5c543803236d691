"""Translated labels for the stored codes of ``app.domain.enums``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.enums import (
    Channel,
    ConsentPurpose,
    Gender,
    Grade,
    Role,
    RotationEventKind,
    RotationStatus,
    Stage,
    VisitKind,
)
from app.domain.ownership import ProtectionStatus, RouteKind


def role_label(role: Role | str) -> str:
    """前台 / 置业顾问 / 销售经理 / 客服专员 / 管理员, in the current UI language."""
    labels = {
        Role.RECEPTION: QCoreApplication.translate("Labels", "前台"),
        Role.CONSULTANT: QCoreApplication.translate("Labels", "置业顾问"),
        Role.MANAGER: QCoreApplication.translate("Labels", "销售经理"),
        Role.SERVICE: QCoreApplication.translate("Labels", "客服专员"),
        Role.ADMIN: QCoreApplication.translate("Labels", "管理员"),
    }
    try:
        return labels[Role(role)]
    except ValueError:
        return str(role)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def _lookup(labels: dict[str, str], code: str | None, blank: str = "") -> str:
    if code is None or code == "":
        return blank
    return labels.get(code, code)


def grade_label(grade: str | None, *, long: bool = False) -> str:
    """A / B / C / D, or with ``long`` "A 高意向" (SPEC §5 default wording)."""
    if not grade:
        return _tr("未分级") if long else ""
    if not long:
        return grade
    labels = {
        Grade.A: _tr("A 高意向"),
        Grade.B: _tr("B 中意向"),
        Grade.C: _tr("C 低意向"),
        Grade.D: _tr("D 无意向"),
    }
    return _lookup(labels, grade)


def stage_label(stage: str | None) -> str:
    """潜在 / 来访 / 认购 / 签约 / 交付 / 业主 / 流失 / 退订 (SPEC §2)."""
    labels = {
        Stage.LEAD: _tr("潜在"),
        Stage.VISITED: _tr("来访"),
        Stage.SUBSCRIBED: _tr("认购"),
        Stage.CONTRACTED: _tr("签约"),
        Stage.DELIVERED: _tr("交付"),
        Stage.OWNER: _tr("业主"),
        Stage.LOST: _tr("流失"),
        Stage.CANCELLED: _tr("退订"),
    }
    return _lookup(labels, stage)


def channel_label(channel: str | None) -> str:
    """来源渠道 (SPEC §2)."""
    labels = {
        Channel.WALK_IN: _tr("自然来访"),
        Channel.PHONE: _tr("来电"),
        Channel.ONLINE: _tr("网络"),
        Channel.AGENCY: _tr("中介带看"),
        Channel.REFERRAL: _tr("老带新"),
        Channel.AD: _tr("广告"),
        Channel.EVENT: _tr("活动"),
        Channel.OTHER: _tr("其他"),
    }
    return _lookup(labels, channel)


def gender_label(gender: str | None) -> str:
    labels = {Gender.MALE: _tr("男"), Gender.FEMALE: _tr("女")}
    return _lookup(labels, gender)


def purpose_label(code: str | None) -> str:
    """购房目的: 自住 / 改善 / 投资 / 教育 / 养老."""
    labels = {
        "own_use": _tr("自住"),
        "upgrade": _tr("改善"),
        "investment": _tr("投资"),
        "education": _tr("教育"),
        "retirement": _tr("养老"),
    }
    return _lookup(labels, code)


PURPOSE_CODES: tuple[str, ...] = ("own_use", "upgrade", "investment", "education", "retirement")


def decoration_label(code: str | None) -> str:
    """装修标准: 毛坯 / 精装."""
    labels = {"rough": _tr("毛坯"), "finished": _tr("精装")}
    return _lookup(labels, code)


DECORATION_CODES: tuple[str, ...] = ("rough", "finished")


def focus_point_label(code: str) -> str:
    """关注点: 价格 / 地段 / 学区 / 交通 / 配套 / 品牌 / 户型."""
    labels = {
        "price": _tr("价格"),
        "location": _tr("地段"),
        "school": _tr("学区"),
        "transport": _tr("交通"),
        "amenities": _tr("配套"),
        "brand": _tr("品牌"),
        "layout": _tr("户型"),
    }
    return _lookup(labels, code)


def relation_label(code: str | None) -> str:
    """家庭成员关系: 配偶 / 父母 / 子女 / 其他."""
    labels = {
        "spouse": _tr("配偶"),
        "parent": _tr("父母"),
        "child": _tr("子女"),
        "other": _tr("其他"),
    }
    return _lookup(labels, code)


def consent_label(purpose: ConsentPurpose | str) -> str:
    """The three consents of SPEC §3.6 (PIPL)."""
    labels = {
        ConsentPurpose.BASIC: _tr("个人信息收集（基本同意）"),
        ConsentPurpose.RESIDENT_ID: _tr("身份证信息"),
        ConsentPurpose.MARKETING: _tr("营销信息"),
    }
    return _lookup(labels, str(purpose))


# --- reception (接待台) ----------------------------------------------------------------


def salutation_label(gender: str | None) -> str:
    """How reception writes a visitor down: 先生 / 女士."""
    labels = {Gender.MALE: _tr("先生"), Gender.FEMALE: _tr("女士")}
    return _lookup(labels, gender)


def visit_kind_label(kind: str | None) -> str:
    """首访 / 复访 / 当日再访 / 踩盘."""
    labels = {
        VisitKind.FIRST: _tr("首访"),
        VisitKind.RETURN: _tr("复访"),
        VisitKind.SAME_DAY: _tr("当日再访"),
        VisitKind.SCOUT: _tr("踩盘"),
    }
    return _lookup(labels, kind)


def rotation_status_label(status: str | None) -> str:
    """空闲 / 接待中 / 请假 / 已签退."""
    labels = {
        RotationStatus.FREE: _tr("空闲"),
        RotationStatus.BUSY: _tr("接待中"),
        RotationStatus.LEAVE: _tr("请假"),
        RotationStatus.OFF: _tr("已签退"),
    }
    return _lookup(labels, status)


def rotation_event_label(kind: str | None) -> str:
    """What happened to the queue: 签到 / 分配 / 跳过 / 接待中 / 空闲 / 请假 / 签退."""
    labels = {
        RotationEventKind.SIGN_IN: _tr("签到"),
        RotationEventKind.ASSIGN: _tr("分配"),
        RotationEventKind.SKIP: _tr("跳过"),
        RotationEventKind.BUSY: _tr("接待中"),
        RotationEventKind.FREE: _tr("空闲"),
        RotationEventKind.LEAVE: _tr("请假"),
        RotationEventKind.SIGN_OUT: _tr("签退"),
    }
    return _lookup(labels, kind)


def protection_label(status: str | None) -> str:
    """保护期内 / 保护期已过 / 已锁定 / 公共客户池 (判客)."""
    labels = {
        ProtectionStatus.VALID: _tr("保护期内"),
        ProtectionStatus.LAPSED: _tr("保护期已过"),
        ProtectionStatus.LOCKED: _tr("已锁定"),
        ProtectionStatus.POOL: _tr("公共客户池"),
    }
    return _lookup(labels, status)


def route_label(route: str | None) -> str:
    """Where a walk-in goes: 老客户复访 / 当日再访 / 竞品踩盘 / 撞单 / 按轮序."""
    labels = {
        RouteKind.OWNER: _tr("老客户复访"),
        RouteKind.SAME_DAY: _tr("当日再访"),
        RouteKind.SCOUT: _tr("竞品踩盘"),
        RouteKind.DISPUTE: _tr("撞单"),
        RouteKind.ROTATION: _tr("按轮序"),
    }
    return _lookup(labels, route)
