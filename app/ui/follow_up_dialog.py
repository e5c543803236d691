"""记录跟进: one follow-up — channel, content, outcome, reached or not, the next date and
an optional grade change — saved by ``FollowUpService.complete`` in one transaction.

The dialog shows what the plan would be (the grade interval from the settings) and the
system's grade suggestion with its reasons; a grade other than the suggestion needs a
reason, asked inline. A refused save keeps everything typed. Ctrl+Enter saves.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from app.domain.customer import CustomerRow
from app.domain.enums import FollowUpChannel, FollowUpKind, Grade
from app.domain.errors import DomainError, ValidationError
from app.domain.follow_up import (
    FOLLOW_UP_STAGES,
    UNGRADED_PLANNING_GRADE,
    FollowUpResult,
    TaskRow,
    grade_interval_days,
    plan_next_follow_up,
)
from app.domain.grading import GradeSuggestion
from app.domain.models import UserInfo
from app.domain.pool import LAPSABLE_STAGES
from app.domain.settings import AppSettings
from app.ui.colors import grade_chip_style
from app.ui.error_dialog import show_error
from app.ui.labels import follow_up_kind_label, grade_label, stage_label
from app.ui.views.follow_up_dialog_view import FollowUpDialogView
from app.ui.widgets import grow_to_fit, set_error, to_date, to_qdate

if TYPE_CHECKING:
    from app.services.container import Services

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


def load_customer(services: Services, user: UserInfo, customer_id: int) -> CustomerRow:
    rows = services.customer_query.rows_by_ids(user, [customer_id])
    if not rows:
        raise ValidationError("找不到该客户")
    return rows[0]


def fill_header(view: FollowUpDialogView | QWidget, customer: CustomerRow) -> None:
    """Name, grade chip, phone, stage and consultant at the top of a customer dialog."""
    view.name_label.setText(customer.name)  # type: ignore[attr-defined]
    chip = view.grade_chip  # type: ignore[attr-defined]
    chip.setText(grade_label(customer.grade, long=True))
    chip.setStyleSheet(grade_chip_style(customer.grade))
    parts = [customer.phone, stage_label(customer.stage)]
    if customer.owner_name:
        parts.append(customer.owner_name)
    view.details_label.setText("  ·  ".join(p for p in parts if p))  # type: ignore[attr-defined]


def suggestion_text(suggestion: GradeSuggestion | None) -> tuple[str, str]:
    """The suggestion line and its reasons (one per line) for a dialog."""
    if suggestion is None:
        return QCoreApplication.translate("FollowUpDialog", "系统暂时无法给出建议。"), ""
    line = QCoreApplication.translate("FollowUpDialog", "系统建议：{grade}").format(
        grade=grade_label(suggestion.grade.value, long=True)
    )
    reasons = "\n".join(f"· {reason}" for reason in suggestion.reasons)
    return line, reasons


class FollowUpDialog(FollowUpDialogView):
    #: The follow-up was saved: the ``FollowUpResult``.
    saved = Signal(object)

    def __init__(
        self,
        services: Services,
        user: UserInfo,
        customer_id: int,
        *,
        task: TaskRow | None = None,
        kind: FollowUpKind = FollowUpKind.REGULAR,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self.task = task
        self.kind = task.kind if task is not None else FollowUpKind(kind)
        self.result: FollowUpResult | None = None
        self.today = services.clock.now().date()
        self.settings: AppSettings = services.settings.load()
        self.customer = load_customer(services, user, customer_id)
        try:
            self.suggestion: GradeSuggestion | None = services.grading.suggest(customer_id, user)
        except DomainError:
            self.suggestion = None

        fill_header(self, self.customer)
        self.setWindowTitle(self.tr("记录跟进 — {name}").format(name=self.customer.name))
        if task is not None:
            self.task_label.setText(
                self.tr("完成任务：{kind}（{due} 到期）").format(
                    kind=follow_up_kind_label(task.kind), due=task.due_date.isoformat()
                )
            )
        elif self.kind is FollowUpKind.BIRTHDAY:
            self.task_label.setText(self.tr("生日关怀：今天是客户的生日。"))
        self.task_label.setVisible(bool(self.task_label.text()))

        default_channel = (
            FollowUpChannel.WECHAT if self.kind is FollowUpKind.BIRTHDAY else FollowUpChannel.PHONE
        )
        self.channel_buttons[default_channel.value].setChecked(True)
        self._fill_grades()
        line, reasons = suggestion_text(self.suggestion)
        self.suggestion_label.setText(line)
        self.reasons_label.setText(reasons)
        self.form.setRowVisible(self.reasons_label, bool(reasons))

        self.next_date_edit.setMinimumDate(to_qdate(self.today))
        planned = self.planned_date()
        self.next_date_edit.setDate(to_qdate(planned or self.today + dt.timedelta(days=1)))
        self.plan_radio.setChecked(True)
        self._update_plan()
        self._update_reason_row()
        self._update_protection_hint()

        self.grade_combo.currentIndexChanged.connect(self._grade_changed)
        self.reached_group.buttonToggled.connect(lambda *_: self._update_protection_hint())
        self.next_group.buttonToggled.connect(lambda *_: self._update_plan())
        self.next_date_edit.dateChanged.connect(lambda _d: self.pick_radio.setChecked(True))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for keys in SAVE_KEYS:
            QShortcut(QKeySequence(keys), self, activated=self.save)
        self.content_edit.setFocus()

    # -- grade ---------------------------------------------------------------------------

    def _fill_grades(self) -> None:
        combo = self.grade_combo
        current = self.customer.grade
        if current:
            combo.addItem(self.tr("保持 {grade} 级").format(grade=current), None)
        else:
            combo.addItem(self.tr("暂不分级"), None)
        suggested = self.suggestion.grade.value if self.suggestion is not None else None
        for grade in Grade:
            text = grade_label(grade.value, long=True)
            if grade.value == suggested:
                text = self.tr("{grade}（建议）").format(grade=text)
            combo.addItem(text, grade.value)

    def chosen_grade(self) -> str | None:
        """The grade picked in the dialog, None when the grade stays as it is."""
        value = self.grade_combo.currentData()
        return value if value and value != self.customer.grade else None

    def set_grade_choice(self, grade: str | None) -> None:
        index = self.grade_combo.findData(grade) if grade else 0
        self.grade_combo.setCurrentIndex(max(index, 0))

    def reason_needed(self) -> bool:
        chosen = self.chosen_grade()
        return (
            chosen is not None
            and self.suggestion is not None
            and chosen != self.suggestion.grade.value
        )

    def _grade_changed(self) -> None:
        self.grade_reason_field.set_error("")
        self._update_reason_row()
        self._update_plan()

    def _update_reason_row(self) -> None:
        needed = self.reason_needed()
        self.form.setRowVisible(self.grade_reason_field, needed)
        if needed and self.suggestion is not None:
            self.grade_reason_edit.setPlaceholderText(
                self.tr("系统建议 {suggested} 级，改为 {chosen} 级需要填写原因").format(
                    suggested=self.suggestion.grade.value, chosen=self.chosen_grade()
                )
            )
        grow_to_fit(self)

    # -- next date -----------------------------------------------------------------------

    def effective_grade(self) -> str | None:
        return self.chosen_grade() or self.customer.grade

    def planned_date(self) -> dt.date | None:
        """The date the plan gives when the consultant does not pick one."""
        if self.customer.stage not in FOLLOW_UP_STAGES:
            return self.customer.next_follow_up_date
        return plan_next_follow_up(
            self.today, self.effective_grade(), self.settings.grade_intervals_days
        )

    def plan_text(self) -> str:
        grade = self.effective_grade()
        planned = self.planned_date()
        if self.customer.stage not in FOLLOW_UP_STAGES:
            if planned is None:
                return self.tr("按计划：{stage}客户不按等级安排跟进").format(
                    stage=stage_label(self.customer.stage)
                )
            return self.tr("按计划：不变（{date}）").format(date=planned.isoformat())
        interval = grade_interval_days(grade, self.settings.grade_intervals_days)
        shown = grade or UNGRADED_PLANNING_GRADE.value
        if planned is None or interval is None:
            return self.tr("按计划：{grade} 级不安排定期跟进").format(grade=shown)
        if grade:
            rule = self.tr("{grade} 级每 {n} 天").format(grade=shown, n=interval)
        else:
            rule = self.tr("未分级按 {grade} 级每 {n} 天").format(grade=shown, n=interval)
        return self.tr("按计划：{date}（{rule}）").format(date=planned.isoformat(), rule=rule)

    def _update_plan(self) -> None:
        self.plan_radio.setText(self.plan_text())
        self.next_field.set_error("")

    def chosen_next_date(self) -> dt.date | None:
        return to_date(self.next_date_edit.date()) if self.pick_radio.isChecked() else None

    # -- reached -------------------------------------------------------------------------

    def reached(self) -> bool | None:
        if self.reached_yes.isChecked():
            return True
        if self.reached_no.isChecked():
            return False
        return None

    def _protection_days(self) -> int:
        if self.customer.visit_count > 0:
            return self.settings.protection_days
        return self.settings.lead_protection_days

    def _update_protection_hint(self) -> None:
        self.reached_field.set_error("")
        if self.customer.stage not in LAPSABLE_STAGES or self.customer.locked:
            text = self.tr("该客户不会掉入公共池；联系上才算有效跟进。")
        elif self.reached() is True:
            text = self.tr("联系上客户：保护期从今天起续 {n} 天。").format(
                n=self._protection_days()
            )
        elif self.reached() is False:
            text = self.tr("未联系上不算有效跟进：保护期不续期。")
        else:
            text = self.tr("只有联系上客户的跟进才会续期保护期（{n} 天）。").format(
                n=self._protection_days()
            )
        self.protection_hint.setText(text)

    # -- saving --------------------------------------------------------------------------

    def channel(self) -> str | None:
        for code, button in self.channel_buttons.items():
            if button.isChecked():
                return code
        return None

    def _clear_errors(self) -> None:
        for field in (
            self.channel_field,
            self.reached_field,
            self.content_field,
            self.grade_reason_field,
            self.next_field,
        ):
            field.set_error("")
        set_error(self.error_label, "")

    def _show_field_errors(self, errors: dict[str, str], message: str = "") -> None:
        fields = {
            "channel": self.channel_field,
            "reached": self.reached_field,
            "content": self.content_field,
            "grade_reason": self.grade_reason_field,
            "grade": self.grade_reason_field,
            "next_date": self.next_field,
        }
        shown = False
        for key, text in errors.items():
            field = fields.get(key)
            if field is not None:
                if field is self.grade_reason_field:
                    self.form.setRowVisible(self.grade_reason_field, True)
                field.set_error(text)
                shown = True
        if message and not shown:
            set_error(self.error_label, message)
        grow_to_fit(self)

    def check(self) -> dict[str, str]:
        """Inline checks before asking the service (it checks again)."""
        errors: dict[str, str] = {}
        if self.channel() is None:
            errors["channel"] = self.tr("请选择跟进方式")
        if self.reached() is None:
            errors["reached"] = self.tr("请选择是否联系上客户")
        if not self.content_edit.toPlainText().strip():
            errors["content"] = self.tr("请填写跟进内容")
        if self.reason_needed() and not self.grade_reason_edit.text().strip():
            assert self.suggestion is not None
            errors["grade_reason"] = self.tr(
                "系统建议为 {suggested} 级，改为 {chosen} 级需要填写原因"
            ).format(suggested=self.suggestion.grade.value, chosen=self.chosen_grade())
        return errors

    def save(self) -> bool:
        """Save the follow-up; on a refusal the dialog stays open with every value kept."""
        self._clear_errors()
        errors = self.check()
        if errors:
            self._show_field_errors(errors)
            self._focus_first_error(errors)
            return False
        reached = self.reached()
        assert reached is not None
        try:
            result = self._services.follow_ups.complete(
                self._user,
                self.customer.id,
                self.channel() or "",
                self.content_edit.toPlainText(),
                self.outcome_edit.text(),
                reached,
                self.chosen_next_date(),
                self.chosen_grade(),
                self.grade_reason_edit.text().strip() or None,
                task_id=self.task.follow_up_id if self.task is not None else None,
                kind=FollowUpKind.REGULAR if self.task is not None else self.kind,
            )
        except ValidationError as exc:
            self._show_field_errors(exc.field_errors, str(exc))
            return False
        except DomainError as exc:
            set_error(self.error_label, str(exc))
            grow_to_fit(self)
            return False
        except Exception as exc:
            show_error(self, exc, self.tr("保存跟进"))
            return False
        self.result = result
        self.saved.emit(result)
        self.accept()
        return True

    def _focus_first_error(self, errors: dict[str, str]) -> None:
        order = (
            ("channel", self.channel_buttons[FollowUpChannel.PHONE.value]),
            ("reached", self.reached_yes),
            ("content", self.content_edit),
            ("grade_reason", self.grade_reason_edit),
        )
        for key, widget in order:
            if key in errors:
                widget.setFocus()
                return


def result_message(name: str, result: FollowUpResult) -> str:
    """What the page says after a save: next date and whether protection was renewed."""

    parts = [
        QCoreApplication.translate("FollowUpDialog", "已记录对{name}的跟进。").format(name=name)
    ]
    if result.next_follow_up_date is not None:
        parts.append(
            QCoreApplication.translate("FollowUpDialog", "下次跟进 {date}。").format(
                date=result.next_follow_up_date.isoformat()
            )
        )
    if result.reached and result.protected_until is not None:
        parts.append(
            QCoreApplication.translate("FollowUpDialog", "保护期已续至 {date}。").format(
                date=result.protected_until.strftime("%Y-%m-%d")
            )
        )
    elif not result.reached:
        parts.append(QCoreApplication.translate("FollowUpDialog", "未联系上，保护期没有续期。"))
    if result.grade_changed and result.grade is not None:
        parts.append(
            QCoreApplication.translate("FollowUpDialog", "意向等级改为 {grade} 级。").format(
                grade=result.grade.value
            )
        )
    return "".join(parts)
