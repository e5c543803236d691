"""Layout of the 客户 page: search and filters, the lazy table, its empty state, actions.

Also the small pieces only this page draws: the grade chip delegate (one colour per
grade, ``app.ui.colors``), the multi-select filter button and the export's cancellable
progress window.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QPainter, QPainterPath
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.paths import resource
from app.ui.colors import grade_color, grade_text_color
from app.ui.column_chooser import StayOpenMenu
from app.ui.progress_dialog import TaskProgressDialog
from app.ui.widgets import error_label, hint_label, title_label

Index = QModelIndex | QPersistentModelIndex

#: The widest usual content of each column: the first width is measured from it (and
#: from the header), so the columns fit whatever the font and its size.
COLUMN_SAMPLES = (
    "10000000",
    "欧阳晓雯",
    "性别",
    "138****5678",
    "意向等级",
    "签约",
    "公共客户池",
    "中介带看",
    "来访次数",
    "2026-11-23",
    "2026-11-23",
    "2026-11-23",
    "2026-11-23",
)
#: Room for the cell padding and the header's sort arrow.
COLUMN_PADDING = 34
CHIP_HEIGHT = 20
CHIP_WIDTH = 30


def _filter_style() -> str:
    """The filter buttons look like the combo boxes of the stylesheet; a button that
    filters something is tinted."""
    chevron = resource("icons", "chevron-down.svg").as_posix()
    return (
        "QToolButton#filterButton { background: #ffffff; border: 1px solid #b8c2cc;"
        " border-radius: 4px; padding: 5px 26px 5px 10px; }"
        "QToolButton#filterButton:hover { background: #eef2f6; }"
        'QToolButton#filterButton[active="true"] { background: #eaf1fa;'
        " border: 1px solid #2f6fb0; color: #1b4f8a; }"
        "QToolButton#filterButton::menu-indicator { image: url(" + chevron + ");"
        " subcontrol-origin: padding; subcontrol-position: center right; right: 9px;"
        " width: 12px; height: 8px; }"
    )


class GradeChipDelegate(QStyledItemDelegate):
    """Paints the grade as a small rounded chip in the grade's colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        # The row's background and selection as usual, without the text.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not text:
            return
        rect = QRectF(option.rect)
        chip = QRectF(0, 0, CHIP_WIDTH, min(CHIP_HEIGHT, rect.height() - 4))
        chip.moveCenter(rect.center())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(chip, chip.height() / 2, chip.height() / 2)
        painter.fillPath(path, grade_color(str(text)))
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(grade_text_color(str(text)))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, str(text))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), CHIP_WIDTH + 16), max(size.height(), CHIP_HEIGHT + 6))


class MultiSelectButton(QToolButton):
    """A filter with several choices ("等级：A、B"); nothing ticked means no filter."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setObjectName("filterButton")
        self._menu = StayOpenMenu(self)
        self.setMenu(self._menu)
        self._actions: list[QAction] = []
        self._update_text()

    def set_options(self, options: Sequence[tuple[object, str] | tuple[object, str, str]]) -> None:
        """``(value, label)`` or ``(value, label, short label for the button)``; the ticks
        of values still offered are kept."""
        kept = set(self.selected())
        self._menu.clear()
        self._actions = []
        clear = self._menu.addAction(self.tr("全部（不筛选）"))
        clear.triggered.connect(self.clear)
        self._menu.addSeparator()
        for value, label, *short in options:
            action = QAction(label, self._menu)
            action.setIconText(short[0] if short else label)
            action.setCheckable(True)
            action.setData(value)
            action.setChecked(value in kept)
            action.toggled.connect(self._toggled)
            self._menu.addAction(action)
            self._actions.append(action)
        self._update_text()

    def options(self) -> list[QAction]:
        return list(self._actions)

    def selected(self) -> tuple[object, ...]:
        return tuple(a.data() for a in self._actions if a.isChecked())

    def set_selected(self, values: Sequence[object], *, notify: bool = True) -> None:
        wanted = set(values)
        for action in self._actions:
            action.blockSignals(True)
            action.setChecked(action.data() in wanted)
            action.blockSignals(False)
        self._update_text()
        if notify:
            self.changed.emit()

    def clear(self) -> None:
        if self.selected():
            self.set_selected(())

    def _toggled(self) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        chosen = [a.iconText() for a in self._actions if a.isChecked()]
        if not chosen:
            text = self.tr("{title}：全部").format(title=self._title)
        elif len(chosen) <= 2:
            separator = self.tr("、")
            text = self.tr("{title}：{values}").format(
                title=self._title, values=separator.join(chosen)
            )
        else:
            text = self.tr("{title}：已选 {n} 项").format(title=self._title, n=len(chosen))
        self.setText(text)
        self.setToolTip("、".join(a.text() for a in self._actions if a.isChecked()))
        self.setProperty("active", bool(chosen))
        self.style().unpolish(self)
        self.style().polish(self)


class ExportProgressDialog(TaskProgressDialog):
    """The export's progress; 取消 (or Esc) stops it after the current batch."""

    cancel_requested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.request_cancel)
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.cancelled = False

    def set_progress(self, label: str, done: int, total: int) -> None:
        super().set_progress(self.label.text() if self.cancelled else label, done, total)

    def request_cancel(self) -> None:
        if self.cancelled:
            return
        self.cancelled = True
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("正在取消……"))
        self.cancel_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.request_cancel()
            return
        super().keyPressEvent(event)


class CustomerTableView(QTableView):
    """The table: whole rows selected, fixed row height (a million rows stay cheap)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customersTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(44)


class CustomersView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = title_label(self.tr("客户"))
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.open_button = QPushButton(self.tr("打开档案"))
        self.open_button.setObjectName("primaryButton")
        self.open_button.setToolTip(self.tr("打开选中客户的档案（双击或回车）"))
        self.reveal_button = QPushButton(self.tr("查看完整号码…"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.setToolTip(self.tr("把当前筛选出的全部客户导出为 Excel 文件"))
        self.columns_button = QToolButton()
        self.columns_button.setText(self.tr("显示列"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_button.setObjectName("filterButton")

        # Search and filters.
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("customerSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("搜索姓名、手机号或拼音首字母"))
        self.search_edit.setToolTip(
            self.tr("姓名（如 张三）、手机号任意 4 位以上连续数字（如后四位 5678）、"
                    "拼音首字母（如 zs）或全拼（如 zhangs）。Ctrl+F 跳到这里。")
        )  # fmt: skip
        self.search_edit.setMinimumWidth(260)
        self.grade_filter = MultiSelectButton(self.tr("等级"))
        self.owner_filter = MultiSelectButton(self.tr("顾问"))
        self.stage_filter = MultiSelectButton(self.tr("阶段"))
        self.channel_filter = MultiSelectButton(self.tr("渠道"))
        self.date_check = QCheckBox(self.tr("登记日期"))
        self.date_from_edit = QDateEdit()
        self.date_to_edit = QDateEdit()
        for edit in (self.date_from_edit, self.date_to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.setMaximumDate(QDate(2099, 12, 31))
        self.date_to_label = QLabel(self.tr("至"))
        self.overdue_check = QCheckBox(self.tr("跟进逾期"))
        self.pool_check = QCheckBox(self.tr("公共客户池"))
        self.clear_button = QPushButton(self.tr("清除筛选"))

        self.table = CustomerTableView()
        self.grade_delegate = GradeChipDelegate(self.table)

        # Empty state: said plainly, with the way out.
        self.empty_headline = QLabel(self.tr("没有符合条件的客户"))
        self.empty_headline.setObjectName("emptyHeadline")
        self.empty_headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = hint_label()
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_clear_button = QPushButton(self.tr("清除筛选条件"))
        self.empty_clear_button.setObjectName("primaryButton")
        empty = QFrame()
        empty.setObjectName("emptyState")
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_headline)
        empty_layout.addWidget(self.empty_text)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.empty_clear_button)
        button_row.addStretch(1)
        empty_layout.addSpacing(8)
        empty_layout.addLayout(button_row)
        empty_layout.addStretch(2)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(empty)
        self.empty_page = empty

        self.status_label = hint_label()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setVisible(False)
        self.error_label = error_label()

        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(self.title_label)
        header.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        header.addWidget(self.open_button)
        header.addWidget(self.reveal_button)
        header.addWidget(self.export_button)
        header.addWidget(self.columns_button)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search_edit, 1)
        for button in (
            self.grade_filter,
            self.owner_filter,
            self.stage_filter,
            self.channel_filter,
        ):
            filters.addWidget(button)

        more = QHBoxLayout()
        more.setSpacing(8)
        more.addWidget(self.date_check)
        more.addWidget(self.date_from_edit)
        more.addWidget(self.date_to_label)
        more.addWidget(self.date_to_edit)
        more.addSpacing(16)
        more.addWidget(self.overdue_check)
        more.addWidget(self.pool_check)
        more.addStretch(1)
        more.addWidget(self.clear_button)

        self.setStyleSheet(_filter_style())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addLayout(more)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)

    def fit_columns(self, titles: Sequence[str]) -> None:
        """First widths from the sample contents and the header titles."""
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()
        header = self.table.horizontalHeader()
        for column, sample in enumerate(COLUMN_SAMPLES):
            title = titles[column] if column < len(titles) else ""
            width = max(metrics.horizontalAdvance(sample), header_metrics.horizontalAdvance(title))
            header.resizeSection(column, width + COLUMN_PADDING)

    def show_empty(self, empty: bool, text: str = "", *, can_clear: bool = True) -> None:
        self.empty_text.setText(text)
        self.empty_clear_button.setVisible(can_clear)
        self.body.setCurrentIndex(1 if empty else 0)

    def is_empty_shown(self) -> bool:
        return self.body.currentIndex() == 1
