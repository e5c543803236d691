"""Translated labels for the stored codes of ``app.domain.enums``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.enums import Role


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
