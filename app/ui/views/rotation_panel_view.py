"""Layout of the rotation panel (接待轮序) of the reception page, the skip-reason dialog
and the day's event history (replayable)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.views.reception_view import SIDE_BUTTON_STYLE, table_view
from app.ui.widgets import FieldWithError, hint_label, title_label


class RotationPanelView(QGroupBox):
    """Today's queue: who is next, status, make-up turns; sign-in and the actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("接待轮序"), parent)
        self.setStyleSheet(SIDE_BUTTON_STYLE)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.table = table_view("rotationTable")
        # The header and five consultants without scrolling (more when there is room).
        self.table.setMinimumHeight(
            self.table.verticalHeader().defaultSectionSize() * 5
            + self.table.horizontalHeader().sizeHint().height()
            + 4
        )
        self.empty_label = hint_label(
            self.tr("今天还没有置业顾问签到。在下方选择顾问并点“签到”，新客户按签到顺序轮流接待。")
        )

        self.candidate_combo = QComboBox()
        self.candidate_combo.setObjectName("candidateCombo")
        self.candidate_combo.setPlaceholderText(self.tr("选择顾问…"))
        self.candidate_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.candidate_combo.setMinimumContentsLength(6)
        self.candidate_combo.setMinimumWidth(120)  # the placeholder must not widen it
        self.candidate_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.sign_in_button = QPushButton(self.tr("签到"))
        self.busy_button = QPushButton(self.tr("接待中"))
        self.free_button = QPushButton(self.tr("空闲"))
        self.leave_button = QPushButton(self.tr("请假"))
        self.skip_button = QPushButton(self.tr("跳过…"))
        self.skip_button.setToolTip(self.tr("跳过该顾问一次（须写原因，记入审计日志）"))
        self.sign_out_button = QPushButton(self.tr("签退"))
        self.history_button = QPushButton(self.tr("今日记录…"))
        self.history_button.setToolTip(self.tr("今天轮序的每一次变动和当时的排队顺序，可逐条复核"))
        self.action_buttons = (
            self.busy_button,
            self.free_button,
            self.leave_button,
            self.skip_button,
            self.sign_out_button,
        )
        # The selected consultant's actions in one row; sign-in and the history below.
        actions = QHBoxLayout()
        actions.setSpacing(6)
        for button in self.action_buttons:
            button.setMinimumWidth(0)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            actions.addWidget(button)
        sign_in_row = QHBoxLayout()
        sign_in_row.setSpacing(6)
        sign_in_row.addWidget(self.candidate_combo, 1)
        for button in (self.sign_in_button, self.history_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            sign_in_row.addWidget(button)

        self.message_label = QLabel()
        self.message_label.setObjectName("errorLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.summary_label)
        # Either the queue or, before anybody signed in, the hint in its place.
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(sign_in_row)
        layout.addWidget(self.message_label)


class ReasonDialogView(QDialog):
    """One required line of text: why (e.g. why a consultant is skipped)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(460)
        self.title_label = title_label("", "dialogTitle", 1.2)
        self.explain_label = hint_label()
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(200)
        self.reason_field = FieldWithError(self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.explain_label)
        layout.addWidget(self.reason_field)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)


class RotationHistoryView(QDialog):
    """Today's rotation events with the queue as it stood after each one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("今日接待轮序记录"))
        self.resize(1000, 520)
        self.title_label = title_label(self.tr("今日接待轮序记录"), "dialogTitle", 1.2)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.table = table_view("rotationEvents")
        self.close_button = QPushButton(self.tr("关闭"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
