"""Layout of the settings page (设置)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import error_label, hint_label, title_label, value_label

CONTENT_MAX_WIDTH = 820


class SettingsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = title_label(self.tr("设置"))

        # Language
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setMinimumWidth(220)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setObjectName("primaryButton")
        self.saved_label = hint_label()
        self.saved_label.setVisible(False)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_combo)
        language_row.addWidget(self.save_button)
        language_row.addStretch(1)
        language_box = QGroupBox(self.tr("界面语言"))
        language_layout = QVBoxLayout(language_box)
        language_layout.setSpacing(10)
        language_layout.addLayout(language_row)
        language_layout.addWidget(
            hint_label(self.tr("更改界面语言后，需要重新启动售楼接待台才会生效。"))
        )
        language_layout.addWidget(self.saved_label)

        # Program and database
        self.version_label = value_label()
        self.database_label = value_label()
        self.revision_label = value_label()
        self.check_result_label = value_label()
        self.check_error_label = error_label()
        self.check_button = QPushButton(self.tr("检查数据库"))
        database_box = QGroupBox(self.tr("程序与数据库"))
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("程序版本"), self.version_label)
        form.addRow(self.tr("数据库位置"), self.database_label)
        form.addRow(self.tr("数据库结构版本"), self.revision_label)
        form.addRow(self.tr("检查结果"), self.check_result_label)
        # The CJK font of the printed forms (app.ui.pdf_preview_dialog.warm_up).
        self.pdf_font_label = value_label()
        self.pdf_font_warning_label = error_label()
        form.addRow(self.tr("PDF 字体"), self.pdf_font_label)
        form.addRow("", self.pdf_font_warning_label)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addStretch(1)
        database_layout = QVBoxLayout(database_box)
        database_layout.setSpacing(10)
        database_layout.addLayout(form)
        database_layout.addWidget(self.check_error_label)
        database_layout.addLayout(check_row)
        database_layout.addWidget(
            hint_label(self.tr("检查会读取整个数据库，客户较多时需要一些时间，期间可以继续工作。"))
        )

        self.security_box = self._build_security_box()
        # 用户管理: the page puts the account list in (admins and managers only).
        self.users_box = QGroupBox(self.tr("用户管理"))
        self.users_layout = QVBoxLayout(self.users_box)
        self.users_layout.setSpacing(10)

        content = QWidget()
        content.setMaximumWidth(CONTENT_MAX_WIDTH)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(32, 24, 32, 24)
        content_layout.setSpacing(20)
        content_layout.addWidget(title)
        content_layout.addWidget(language_box)
        content_layout.addWidget(self.security_box)
        content_layout.addWidget(self.users_box)
        content_layout.addWidget(database_box)
        content_layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _build_security_box(self) -> QGroupBox:
        """隐私与安全: the idle lock, the privacy notice, the audit log, my password."""
        self.idle_minutes_spin = QSpinBox()
        self.idle_minutes_spin.setObjectName("idleMinutes")
        self.idle_minutes_spin.setRange(1, 120)
        self.idle_minutes_spin.setSuffix(self.tr(" 分钟"))
        self.idle_minutes_spin.setMinimumWidth(120)
        self.idle_save_button = QPushButton(self.tr("保存"))
        self.idle_save_button.setObjectName("primaryButton")
        self.idle_saved_label = hint_label()
        self.idle_saved_label.setVisible(False)
        idle_row = QHBoxLayout()
        idle_row.addWidget(QLabel(self.tr("无人操作")))
        idle_row.addWidget(self.idle_minutes_spin)
        idle_row.addWidget(QLabel(self.tr("后自动锁定窗口")))
        idle_row.addWidget(self.idle_save_button)
        idle_row.addStretch(1)
        self.idle_row = QWidget()
        self.idle_row.setLayout(idle_row)
        idle_row.setContentsMargins(0, 0, 0, 0)

        self.privacy_notice_button = QPushButton(self.tr("隐私告知书…"))
        self.audit_log_button = QPushButton(self.tr("审计日志…"))
        self.change_password_button = QPushButton(self.tr("修改我的密码…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.privacy_notice_button)
        buttons.addWidget(self.audit_log_button)
        buttons.addWidget(self.change_password_button)
        buttons.addStretch(1)
        self.security_status_label = hint_label()
        self.security_status_label.setVisible(False)

        box = QGroupBox(self.tr("隐私与安全"))
        layout = QVBoxLayout(box)
        layout.setSpacing(10)
        layout.addWidget(self.idle_row)
        layout.addWidget(self.idle_saved_label)
        layout.addLayout(buttons)
        layout.addWidget(self.security_status_label)
        layout.addWidget(
            hint_label(
                self.tr(
                    "离开电脑时请按 Ctrl+L 锁定。隐私告知书可打印给来访客户；"
                    "审计日志记录查看完整号码、导出、打印和账号变更。"
                )
            )
        )
        return box
