"""调整意向等级: confirm the system's suggestion or override it with a reason.

Shows the suggestion with its reasons and the customer's grade history (who, when, old,
new, why). ``GradingService.set_grade`` re-plans the next follow-up from the new grade
unless the consultant picks a date here.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from app.domain.enums import Grade
from app.domain.errors import DomainError, ValidationError
from app.domain.follow_up import FOLLOW_UP_STAGES, grade_interval_days
from app.domain.grading import GradeSuggestion
from app.domain.models import UserInfo
from app.ui.error_dialog import show_error
from app.ui.follow_up_dialog import fill_header, load_customer, suggestion_text
from app.ui.labels import grade_label
from app.ui.views.follow_up_dialog_view import GradeDialogView
from app.ui.widgets import grow_to_fit, set_error, to_date, to_qdate

if TYPE_CHECKING:
    from app.services.container import Services
    from app.services.grading_service import GradeChangeInfo


class GradeDialog(GradeDialogView):
    #: The grade was saved: the ``GradeChangeInfo``.
    saved = Signal(object)

    def __init__(
        self,
        services: Services,
        user: UserInfo,
        customer_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self.result: GradeChangeInfo | None = None
        self.today = services.clock.now().date()
        self.settings = services.settings.load()
        self.customer = load_customer(services, user, customer_id)
        try:
            self.suggestion: GradeSuggestion | None = services.grading.suggest(customer_id, user)
        except DomainError:
            self.suggestion = None
        fill_header(self, self.customer)
        self.setWindowTitle(self.tr("调整意向等级 — {name}").format(name=self.customer.name))
        _line, reasons = suggestion_text(self.suggestion)
        self.suggestion_label.setText(
            grade_label(self.suggestion.grade.value, long=True)
            if self.suggestion is not None
            else self.tr("暂时无法给出建议")
        )
        self.reasons_label.setText(reasons)
        self.form.setRowVisible(self.reasons_label, bool(reasons))

        for grade in Grade:
            self.grade_combo.addItem(grade_label(grade.value, long=True), grade.value)
        start = self.suggestion.grade.value if self.suggestion else self.customer.grade
        if start:
            self.grade_combo.setCurrentIndex(max(self.grade_combo.findData(start), 0))
        self.next_date_edit.setMinimumDate(to_qdate(self.today))
        self.next_date_edit.setDate(to_qdate(self.today + dt.timedelta(days=1)))
        self.next_date_edit.setEnabled(False)
        self._load_history()
        self._update()

        self.grade_combo.currentIndexChanged.connect(self._update)
        self.pick_check.toggled.connect(self.next_date_edit.setEnabled)
        self.pick_check.toggled.connect(lambda _on: self._update())
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

    def _load_history(self) -> None:
        try:
            history = self._services.grading.history(self._user, self.customer.id)
        except DomainError:
            history = ()
        table = self.history_table
        table.setRowCount(len(history))
        for row, change in enumerate(history):
            old = change.old_grade.value if change.old_grade else "-"
            values = (
                change.at.strftime("%Y-%m-%d %H:%M"),
                f"{old} → {change.new_grade.value}",
                change.suggested_grade.value if change.suggested_grade else "",
                change.reason or "",
            )
            for column, text in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.setVisible(bool(history))
        self.history_empty.setVisible(not history)

    def chosen(self) -> str:
        return str(self.grade_combo.currentData())

    def reason_needed(self) -> bool:
        return (
            self.suggestion is not None
            and self.chosen() != self.suggestion.grade.value
            and self.chosen() != self.customer.grade
        )

    def _update(self) -> None:
        self.reason_field.set_error("")
        needed = self.reason_needed()
        self.form.setRowVisible(self.reason_field, needed)
        if self.pick_check.isChecked():
            plan = ""
        elif self.customer.stage in FOLLOW_UP_STAGES:
            interval = grade_interval_days(self.chosen(), self.settings.grade_intervals_days)
            plan = (
                self.tr(
                    "不指定日期时，按 {grade} 级每 {n} 天从最近一次联系起重新安排（不早于今天）。"
                ).format(grade=self.chosen(), n=interval)
                if interval is not None
                else self.tr("{grade} 级不安排定期跟进。").format(grade=self.chosen())
            )
        else:
            plan = ""
        self.plan_label.setText(plan)
        self.plan_label.setVisible(bool(plan))
        grow_to_fit(self)

    def save(self) -> bool:
        self.reason_field.set_error("")
        set_error(self.error_label, "")
        reason = self.reason_edit.text().strip()
        if self.reason_needed() and not reason:
            assert self.suggestion is not None
            self.reason_field.set_error(
                self.tr("系统建议为 {suggested} 级，改为 {chosen} 级需要填写原因").format(
                    suggested=self.suggestion.grade.value, chosen=self.chosen()
                )
            )
            self.reason_edit.setFocus()
            grow_to_fit(self)
            return False
        next_date = to_date(self.next_date_edit.date()) if self.pick_check.isChecked() else None
        try:
            result = self._services.grading.set_grade(
                self._user, self.customer.id, self.chosen(), reason or None, next_date=next_date
            )
        except ValidationError as exc:
            message = exc.field_errors.get("grade_reason") or exc.field_errors.get("grade")
            if message:
                self.form.setRowVisible(self.reason_field, True)
                self.reason_field.set_error(message)
            else:
                set_error(self.error_label, str(exc))
            grow_to_fit(self)
            return False
        except DomainError as exc:
            set_error(self.error_label, str(exc))
            grow_to_fit(self)
            return False
        except Exception as exc:
            show_error(self, exc, self.tr("调整意向等级"))
            return False
        self.result = result
        self.saved.emit(result)
        self.accept()
        return True
