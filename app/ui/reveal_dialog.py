"""Revealing a masked phone or resident ID (查看完整号码), with a reason that is audited.

Pages call ``RevealDialog.ask(parent, title)`` for the reason alone, or
``RevealDialog.reveal(parent, title, call)`` to have the dialog make the service call,
e.g. ``lambda reason: services.customers.reveal_phone(user, customer_id, reason)``: a
refusal (no right, no reason) is then shown in the dialog, which stays open with what
was typed. The reason is required: one of the usual ones, or 其他 with a written one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.errors import DomainError, ValidationError
from app.ui.error_dialog import show_error
from app.ui.views.reveal_view import RevealView
from app.ui.widgets import grow_to_fit, set_error

#: Longest reason kept (the audit detail has room for it and the masked number).
MAX_REASON_CHARS = 200


def preset_reasons() -> list[str]:
    """The usual reasons, in the current UI language; the last one needs a written reason."""
    return [
        QCoreApplication.translate("RevealDialog", "客户来电核实"),
        QCoreApplication.translate("RevealDialog", "办理认购"),
        QCoreApplication.translate("RevealDialog", "办理签约"),
        QCoreApplication.translate("RevealDialog", "售后回访"),
        QCoreApplication.translate("RevealDialog", "经理审批"),
        QCoreApplication.translate("RevealDialog", "其他"),
    ]


class RevealDialog(RevealView):
    def __init__(
        self,
        title: str,
        what: str = "",
        reveal: Callable[[str], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reveal = reveal
        #: The reason given (after OK) and, with ``reveal``, the value it returned.
        self.reason: str | None = None
        self.value: str | None = None

        self.setWindowTitle(title)
        self.title_label.setText(title)
        what = what or self.tr("号码")
        self.explain_label.setText(
            self.tr(
                "查看完整{what}会记入审计日志（查看人、时间和原因）。请只在工作需要时查看。"
            ).format(what=what)
        )
        self.reason_combo.addItem(self.tr("请选择原因…"), "")
        presets = preset_reasons()
        for text in presets[:-1]:
            self.reason_combo.addItem(text, text)
        self.reason_combo.addItem(presets[-1], "other")
        self.detail_edit.setPlaceholderText(self.tr("选“其他”时必填，例如：客户要求更正号码"))

        self.ok_button.clicked.connect(self._confirm)
        self.cancel_button.clicked.connect(self.reject)
        self.reason_combo.currentIndexChanged.connect(self._clear_errors)
        self.detail_edit.textEdited.connect(self._clear_errors)
        self.reason_combo.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, what: str = "") -> str | None:
        """The reason the user gave, or None if they cancelled."""
        dialog = cls(title, what, parent=parent)
        try:
            dialog.exec()
            return dialog.reason
        finally:
            dialog.deleteLater()

    @classmethod
    def reveal(
        cls,
        parent: QWidget | None,
        title: str,
        call: Callable[[str], str],
        what: str = "",
    ) -> str | None:
        """``call(reason)``'s result (the full value), or None if the user cancelled."""
        dialog = cls(title, what, reveal=call, parent=parent)
        try:
            dialog.exec()
            return dialog.value
        finally:
            dialog.deleteLater()

    def composed_reason(self) -> str:
        """The reason as it will be recorded ("" while none is given)."""
        kind = self.reason_combo.currentData()
        detail = " ".join(self.detail_edit.text().split())
        if not kind:
            return ""
        if kind == "other":
            return detail[:MAX_REASON_CHARS]
        text = f"{kind}：{detail}" if detail else str(kind)
        return text[:MAX_REASON_CHARS]

    def _clear_errors(self) -> None:
        self.reason_field.set_error("")
        self.detail_field.set_error("")
        set_error(self.error_label, "")

    def _confirm(self) -> None:
        self._clear_errors()
        kind = self.reason_combo.currentData()
        if not kind:
            self.reason_field.set_error(self.tr("请选择查看原因。"))
            grow_to_fit(self)
            self.reason_combo.setFocus()
            return
        reason = self.composed_reason()
        if not reason:
            self.detail_field.set_error(self.tr("请写明查看原因。"))
            grow_to_fit(self)
            self.detail_edit.setFocus()
            return
        if self._reveal is not None:
            try:
                self.value = self._reveal(reason)
            except ValidationError as exc:
                set_error(self.error_label, exc.field_errors.get("reason") or str(exc))
                grow_to_fit(self)
                return
            except DomainError as exc:  # no right to see it, customer gone...
                set_error(self.error_label, str(exc))
                grow_to_fit(self)
                return
            except Exception as exc:
                show_error(self, exc, self.tr("查看完整号码"))
                return
        self.reason = reason
        self.accept()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.reason = None
            self.value = None
        super().done(result)
