"""Translated labels for the stored codes of ``app.domain.enums``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.enums import (
    Channel,
    ConsentPurpose,
    FollowUpChannel,
    FollowUpKind,
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


def _lookup(labels: dict[str, str], code: str | None, blank: str = "") -> str:
    if code is None or code == "":
        return blank
    return labels.get(code, code)


def grade_label(grade: str | None, *, long: bool = False) -> str:
    """A / B / C / D, or with ``long`` "A 高意向" (SPEC §5 default wording)."""
    if not grade:
        return QCoreApplication.translate("Labels", "未分级") if long else ""
    if not long:
        return grade
    labels = {
        Grade.A: QCoreApplication.translate("Labels", "A 高意向"),
        Grade.B: QCoreApplication.translate("Labels", "B 中意向"),
        Grade.C: QCoreApplication.translate("Labels", "C 低意向"),
        Grade.D: QCoreApplication.translate("Labels", "D 无意向"),
    }
    return _lookup(labels, grade)


def stage_label(stage: str | None) -> str:
    """潜在 / 来访 / 认购 / 签约 / 交付 / 业主 / 流失 / 退订 (SPEC §2)."""
    labels = {
        Stage.LEAD: QCoreApplication.translate("Labels", "潜在"),
        Stage.VISITED: QCoreApplication.translate("Labels", "来访"),
        Stage.SUBSCRIBED: QCoreApplication.translate("Labels", "认购"),
        Stage.CONTRACTED: QCoreApplication.translate("Labels", "签约"),
        Stage.DELIVERED: QCoreApplication.translate("Labels", "交付"),
        Stage.OWNER: QCoreApplication.translate("Labels", "业主"),
        Stage.LOST: QCoreApplication.translate("Labels", "流失"),
        Stage.CANCELLED: QCoreApplication.translate("Labels", "退订"),
    }
    return _lookup(labels, stage)


def channel_label(channel: str | None) -> str:
    """来源渠道 (SPEC §2)."""
    labels = {
        Channel.WALK_IN: QCoreApplication.translate("Labels", "自然来访"),
        Channel.PHONE: QCoreApplication.translate("Labels", "来电"),
        Channel.ONLINE: QCoreApplication.translate("Labels", "网络"),
        Channel.AGENCY: QCoreApplication.translate("Labels", "中介带看"),
        Channel.REFERRAL: QCoreApplication.translate("Labels", "老带新"),
        Channel.AD: QCoreApplication.translate("Labels", "广告"),
        Channel.EVENT: QCoreApplication.translate("Labels", "活动"),
        Channel.OTHER: QCoreApplication.translate("Labels", "其他"),
    }
    return _lookup(labels, channel)


def gender_label(gender: str | None) -> str:
    labels = {
        Gender.MALE: QCoreApplication.translate("Labels", "男"),
        Gender.FEMALE: QCoreApplication.translate("Labels", "女"),
    }
    return _lookup(labels, gender)


def purpose_label(code: str | None) -> str:
    """购房目的: 自住 / 改善 / 投资 / 教育 / 养老."""
    labels = {
        "own_use": QCoreApplication.translate("Labels", "自住"),
        "upgrade": QCoreApplication.translate("Labels", "改善"),
        "investment": QCoreApplication.translate("Labels", "投资"),
        "education": QCoreApplication.translate("Labels", "教育"),
        "retirement": QCoreApplication.translate("Labels", "养老"),
    }
    return _lookup(labels, code)


PURPOSE_CODES: tuple[str, ...] = ("own_use", "upgrade", "investment", "education", "retirement")


def decoration_label(code: str | None) -> str:
    """装修标准: 毛坯 / 精装."""
    labels = {
        "rough": QCoreApplication.translate("Labels", "毛坯"),
        "finished": QCoreApplication.translate("Labels", "精装"),
    }
    return _lookup(labels, code)


DECORATION_CODES: tuple[str, ...] = ("rough", "finished")


def focus_point_label(code: str) -> str:
    """关注点: 价格 / 地段 / 学区 / 交通 / 配套 / 品牌 / 户型."""
    labels = {
        "price": QCoreApplication.translate("Labels", "价格"),
        "location": QCoreApplication.translate("Labels", "地段"),
        "school": QCoreApplication.translate("Labels", "学区"),
        "transport": QCoreApplication.translate("Labels", "交通"),
        "amenities": QCoreApplication.translate("Labels", "配套"),
        "brand": QCoreApplication.translate("Labels", "品牌"),
        "layout": QCoreApplication.translate("Labels", "户型"),
    }
    return _lookup(labels, code)


def relation_label(code: str | None) -> str:
    """家庭成员关系: 配偶 / 父母 / 子女 / 其他."""
    labels = {
        "spouse": QCoreApplication.translate("Labels", "配偶"),
        "parent": QCoreApplication.translate("Labels", "父母"),
        "child": QCoreApplication.translate("Labels", "子女"),
        "other": QCoreApplication.translate("Labels", "其他"),
    }
    return _lookup(labels, code)


def consent_label(purpose: ConsentPurpose | str) -> str:
    """The three consents of SPEC §3.6 (PIPL)."""
    labels = {
        ConsentPurpose.BASIC: QCoreApplication.translate("Labels", "个人信息收集（基本同意）"),
        ConsentPurpose.RESIDENT_ID: QCoreApplication.translate("Labels", "身份证信息"),
        ConsentPurpose.MARKETING: QCoreApplication.translate("Labels", "营销信息"),
    }
    return _lookup(labels, str(purpose))


# --- reception (接待台) ----------------------------------------------------------------
# (QCoreApplication.translate written out: lupdate does not see through a helper.)


def salutation_label(gender: str | None) -> str:
    """How reception writes a visitor down: 先生 / 女士."""
    labels = {
        Gender.MALE: QCoreApplication.translate("Labels", "先生"),
        Gender.FEMALE: QCoreApplication.translate("Labels", "女士"),
    }
    return _lookup(labels, gender)


def visit_kind_label(kind: str | None) -> str:
    """首访 / 复访 / 当日再访 / 踩盘."""
    labels = {
        VisitKind.FIRST: QCoreApplication.translate("Labels", "首访"),
        VisitKind.RETURN: QCoreApplication.translate("Labels", "复访"),
        VisitKind.SAME_DAY: QCoreApplication.translate("Labels", "当日再访"),
        VisitKind.SCOUT: QCoreApplication.translate("Labels", "踩盘"),
    }
    return _lookup(labels, kind)


def rotation_status_label(status: str | None) -> str:
    """空闲 / 接待中 / 请假 / 已签退."""
    labels = {
        RotationStatus.FREE: QCoreApplication.translate("Labels", "空闲"),
        RotationStatus.BUSY: QCoreApplication.translate("Labels", "接待中"),
        RotationStatus.LEAVE: QCoreApplication.translate("Labels", "请假"),
        RotationStatus.OFF: QCoreApplication.translate("Labels", "已签退"),
    }
    return _lookup(labels, status)


def rotation_event_label(kind: str | None) -> str:
    """What happened to the queue: 签到 / 分配 / 跳过 / 接待中 / 空闲 / 请假 / 签退."""
    labels = {
        RotationEventKind.SIGN_IN: QCoreApplication.translate("Labels", "签到"),
        RotationEventKind.ASSIGN: QCoreApplication.translate("Labels", "分配"),
        RotationEventKind.SKIP: QCoreApplication.translate("Labels", "跳过"),
        RotationEventKind.BUSY: QCoreApplication.translate("Labels", "接待中"),
        RotationEventKind.FREE: QCoreApplication.translate("Labels", "空闲"),
        RotationEventKind.LEAVE: QCoreApplication.translate("Labels", "请假"),
        RotationEventKind.SIGN_OUT: QCoreApplication.translate("Labels", "签退"),
    }
    return _lookup(labels, kind)


def protection_label(status: str | None) -> str:
    """保护期内 / 保护期已过 / 已锁定 / 公共客户池 (判客)."""
    labels = {
        ProtectionStatus.VALID: QCoreApplication.translate("Labels", "保护期内"),
        ProtectionStatus.LAPSED: QCoreApplication.translate("Labels", "保护期已过"),
        ProtectionStatus.LOCKED: QCoreApplication.translate("Labels", "已锁定"),
        ProtectionStatus.POOL: QCoreApplication.translate("Labels", "公共客户池"),
    }
    return _lookup(labels, status)


def route_label(route: str | None) -> str:
    """Where a walk-in goes: 老客户复访 / 当日再访 / 竞品踩盘 / 撞单 / 按轮序."""
    labels = {
        RouteKind.OWNER: QCoreApplication.translate("Labels", "老客户复访"),
        RouteKind.SAME_DAY: QCoreApplication.translate("Labels", "当日再访"),
        RouteKind.SCOUT: QCoreApplication.translate("Labels", "竞品踩盘"),
        RouteKind.DISPUTE: QCoreApplication.translate("Labels", "撞单"),
        RouteKind.ROTATION: QCoreApplication.translate("Labels", "按轮序"),
    }
    return _lookup(labels, route)


# --- follow-ups (跟进) -------------------------------------------------------------------


def follow_up_channel_label(channel: str | None) -> str:
    """跟进方式 (SPEC §5): 电话 / 短信 / 微信 / 邮件 / 面谈 / 上门."""
    labels = {
        FollowUpChannel.PHONE: QCoreApplication.translate("Labels", "电话"),
        FollowUpChannel.SMS: QCoreApplication.translate("Labels", "短信"),
        FollowUpChannel.WECHAT: QCoreApplication.translate("Labels", "微信"),
        FollowUpChannel.EMAIL: QCoreApplication.translate("Labels", "邮件"),
        FollowUpChannel.FACE_TO_FACE: QCoreApplication.translate("Labels", "面谈"),
        FollowUpChannel.HOME_VISIT: QCoreApplication.translate("Labels", "上门"),
    }
    return _lookup(labels, channel)


def follow_up_kind_label(kind: str | None) -> str:
    """常规跟进 / 认购回访 / 签约回访 / 交付回访 / 介绍新顾问 / 生日关怀."""
    labels = {
        FollowUpKind.REGULAR: QCoreApplication.translate("Labels", "常规跟进"),
        FollowUpKind.CALLBACK_SUBSCRIPTION: QCoreApplication.translate("Labels", "认购回访"),
        FollowUpKind.CALLBACK_CONTRACT: QCoreApplication.translate("Labels", "签约回访"),
        FollowUpKind.CALLBACK_DELIVERY: QCoreApplication.translate("Labels", "交付回访"),
        FollowUpKind.INTRODUCE_CONSULTANT: QCoreApplication.translate("Labels", "介绍新顾问"),
        FollowUpKind.BIRTHDAY: QCoreApplication.translate("Labels", "生日关怀"),
    }
    return _lookup(labels, kind)
