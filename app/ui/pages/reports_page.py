"""报表 (SPEC §9): visits per day/week/month (first vs. return), channel and grade mix,
the conversion funnel, lost reasons, the consultant ranking, overdue follow-ups and
complaints, as charts and tables; exported to Excel, printed through the PDF preview.

Which customers the figures count is decided by ``ReportService`` (the manager: the
project; a consultant: their own customers; customer service: customers from
subscription on). Reception and admin get a calm refusal and the service is never
called for them. The report is computed on a ``BackgroundTask`` (a year of a million
customers takes a second or two), with "正在统计…" meanwhile; a newer request made while
one runs is remembered and run after it, so the page always ends on what was last asked.

Keys: F5 refreshes, Ctrl+E exports to Excel, Ctrl+P opens the print preview.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableView, QWidget

from app.domain.errors import DomainError
from app.domain.models import UserInfo
from app.domain.reports import (
    REPORT_ROLES,
    Granularity,
    OverdueLine,
    RangePreset,
    SalesReport,
    ScopeKind,
    preset_range,
)
from app.ui.app_events import AppEvents
from app.ui.background import BackgroundTask, LatestOnly, Progress
from app.ui.colors import GRADE_COLORS, NO_GRADE_COLOR, OVERDUE_COLOR
from app.ui.error_dialog import show_error
from app.ui.models.report_table_models import (
    ComplaintTableModel,
    FunnelTableModel,
    MixTableModel,
    OverdueTableModel,
    RankingTableModel,
    ReasonTableModel,
    ReportTableModel,
    VisitBucketTableModel,
    axis_text,
    bucket_text,
    channel_text,
    count_text,
    date_text,
    funnel_text,
    grade_text,
    reason_text,
    share_text,
)
from app.ui.pdf_preview_dialog import PdfPreviewDialog, PdfTask
from app.ui.report_charts import FIRST_COLOR, Bar
from app.ui.sales_labels import yuan
from app.ui.stale_watch import StaleWatch
from app.ui.views.reports_view import ReportsView
from app.ui.widgets import set_error

if TYPE_CHECKING:
    from app.reports.fonts import FontChoice
    from app.services.container import Services

# Lines of a table shown without scrolling inside it.
TABLE_ROWS = {"visits": 10, "ranking": 12, "overdue": 12, "reasons": 10}
# Room around the figures of a column, in pixels.
CELL_PADDING = 18
DEFAULT_TABLE_ROWS = 10
# Wait this long after a date was edited before counting again (typing a date).
DATE_EDIT_DELAY_MS = 500
CHANNEL_COLOR = "#2F6FB0"
FUNNEL_COLORS = ("#1B4F8A", "#2F6FB0", "#4C8BC9", "#7FAEDB")
REASON_COLOR = "#B54708"


class ReportsPage(ReportsView):
    # A report was shown (the ``SalesReport``).
    loaded = Signal(object)
    # The Excel file was written (its ``Path``).
    exported = Signal(object)

    def __init__(
        self,
        services: Services,
        user: UserInfo,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self._events = events
        self.allowed = user.role in REPORT_ROLES
        self.report: SalesReport | None = None
        self.watch = StaleWatch(self, self.refresh)
        self._loader = LatestOnly(self.refresh, self)
        self._file_task: BackgroundTask | PdfTask | None = None
        self.preview: PdfPreviewDialog | None = None

        self.visits_model = VisitBucketTableModel(self)
        self.channel_model = MixTableModel("channel", self)
        self.grade_model = MixTableModel("grade", self)
        self.funnel_model = FunnelTableModel(self)
        self.reason_model = ReasonTableModel(self)
        self.ranking_model = RankingTableModel(self)
        self.overdue_model = OverdueTableModel(self)
        self.complaint_model = ComplaintTableModel(self)
        self._tables: list[tuple[QTableView, ReportTableModel, int]] = [
            (self.visits_table, self.visits_model, TABLE_ROWS["visits"]),
            (self.channel_table, self.channel_model, DEFAULT_TABLE_ROWS),
            (self.grade_table, self.grade_model, DEFAULT_TABLE_ROWS),
            (self.funnel_table, self.funnel_model, DEFAULT_TABLE_ROWS),
            (self.reason_table, self.reason_model, TABLE_ROWS["reasons"]),
            (self.ranking_table, self.ranking_model, TABLE_ROWS["ranking"]),
            (self.overdue_table, self.overdue_model, TABLE_ROWS["overdue"]),
            (self.complaint_table, self.complaint_model, DEFAULT_TABLE_ROWS),
        ]
        for table, model, _rows in self._tables:
            table.setModel(model)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(
                1 if model is self.ranking_model else 0, QHeaderView.ResizeMode.Stretch
            )

        for preset, text in (
            (RangePreset.TODAY, self.tr("今天")),
            (RangePreset.THIS_WEEK, self.tr("本周")),
            (RangePreset.THIS_MONTH, self.tr("本月")),
            (RangePreset.LAST_30_DAYS, self.tr("近30天")),
            (RangePreset.CUSTOM, self.tr("自定义")),
        ):
            self.preset_combo.addItem(text, preset.value)
        for granularity, text in (
            (Granularity.DAY, self.tr("日")),
            (Granularity.WEEK, self.tr("周")),
            (Granularity.MONTH, self.tr("月")),
        ):
            self.granularity_combo.addItem(text, granularity.value)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(RangePreset.LAST_30_DAYS))
        self._apply_preset(RangePreset.LAST_30_DAYS)

        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(DATE_EDIT_DELAY_MS)
        self._date_timer.timeout.connect(self.refresh)

        self.preset_combo.currentIndexChanged.connect(self._preset_changed)
        self.from_edit.dateChanged.connect(self._dates_edited)
        self.to_edit.dateChanged.connect(self._dates_edited)
        self.granularity_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self._export_clicked)
        self.print_button.clicked.connect(self.print_report)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, activated=self.refresh)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self._export_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, activated=self.print_report)
        for signal in (events.customers_changed, events.visits_changed, events.deals_changed):
            signal.connect(self.watch.changed)

        if not self.allowed:
            self._refuse()
        self._update_actions()

    # -- the range ---------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._services.clock.now().date()

    def current_preset(self) -> RangePreset:
        return RangePreset(self.preset_combo.currentData())

    def current_granularity(self) -> Granularity:
        return Granularity(self.granularity_combo.currentData())

    def current_range(self) -> tuple[dt.date, dt.date]:
        if self.current_preset() is RangePreset.CUSTOM:
            return self.from_edit.date().toPython(), self.to_edit.date().toPython()  # type: ignore[return-value]
        return preset_range(self.current_preset(), self.today())

    def set_range(self, start: dt.date, end: dt.date) -> None:
        """Choose a custom range (as if typed into the two date fields)."""
        self._set_dates(start, end)
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(RangePreset.CUSTOM))
        self.preset_combo.blockSignals(False)
        self._date_timer.stop()
        self.refresh()

    def set_preset(self, preset: RangePreset) -> None:
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(RangePreset(preset).value))

    def set_granularity(self, granularity: Granularity) -> None:
        self.granularity_combo.setCurrentIndex(
            self.granularity_combo.findData(Granularity(granularity).value)
        )

    def _set_dates(self, start: dt.date, end: dt.date) -> None:
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _apply_preset(self, preset: RangePreset) -> None:
        if preset is not RangePreset.CUSTOM:
            self._set_dates(*preset_range(preset, self.today()))

    def _preset_changed(self) -> None:
        preset = self.current_preset()
        if preset is RangePreset.CUSTOM:
            self.from_edit.setFocus()
            return
        self._apply_preset(preset)
        self.refresh()

    def _dates_edited(self) -> None:
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(RangePreset.CUSTOM))
        self.preset_combo.blockSignals(False)
        self._date_timer.start()

    # -- loading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.watch.shown()  # refresh() does nothing for those who may not read reports

    def refresh(self) -> None:
        """Count again for the chosen range and granularity, off the GUI thread."""
        if not self.allowed:
            return
        self.watch.refreshed()
        self._date_timer.stop()
        start, end = self.current_range()
        if start > end:
            set_error(self.error_label, self.tr("开始日期不能晚于结束日期。"))
            return
        set_error(self.error_label, "")
        granularity = self.current_granularity()
        reports, user = self._services.reports, self._user

        def work(_progress: Progress) -> SalesReport:
            return reports.sales_report(user, start, end, granularity)

        if not self._loader.request(work, self.show_report, self._load_failed):
            return  # asked again when the running count ends
        self.status_label.setText(self.tr("正在统计…"))
        if self.report is None:
            self.stack.setCurrentIndex(self.LOADING)
        self._update_actions()

    @property
    def loading(self) -> bool:
        """The report is being counted (off the GUI thread)."""
        return self._loader.running

    def _load_failed(self, exc: BaseException) -> None:
        self.status_label.setText("")
        self._update_actions()
        if self.report is None:
            self.stack.setCurrentIndex(self.EMPTY)
        if isinstance(exc, DomainError):
            set_error(self.error_label, str(exc))
        else:
            show_error(self, exc, self.tr("统计报表"))

    # -- showing -----------------------------------------------------------------------------

    def show_report(self, report: SalesReport) -> None:
        self.report = report
        self.stack.setCurrentIndex(self.EMPTY if report.is_empty else self.CONTENT)
        scope = {
            ScopeKind.PROJECT: self.tr("统计范围：全部客户"),
            ScopeKind.OWN_CUSTOMERS: self.tr("统计范围：仅您本人的客户"),
            ScopeKind.POST_SALE: self.tr("统计范围：认购及以后阶段的客户"),
        }[report.scope.kind]
        self.scope_label.setText(scope)
        generated = report.generated_at
        self.status_label.setText(
            self.tr("统计于 {time}").format(time=f"{generated:%Y-%m-%d %H:%M}")
        )
        self._show_headline(report)
        self._show_visits(report)
        self._show_mixes(report)
        self._show_funnel(report)
        self._show_ranking(report)
        self._show_overdue(report)
        self.complaint_model.set_summary(report.complaints)
        self.complaint_box.set_note(
            self.tr("超时：收到后 {n} 天内没有首次响应、至今仍未响应的投诉。").format(
                n=report.complaints.response_days
            )
        )
        for table, model, rows in self._tables:
            fit_table(table, model, rows)
        self._update_actions()
        self.loaded.emit(report)

    def _show_headline(self, report: SalesReport) -> None:
        v, f = report.visits, report.funnel
        self.visits_tile.value_label.setText(count_text(v.total))
        self.visits_tile.detail_label.setText(
            self.tr("首次 {first} · 复访 {returning}").format(
                first=count_text(v.first), returning=count_text(v.returning)
            )
        )
        self.new_tile.value_label.setText(count_text(f.visited))
        self.new_tile.detail_label.setText(
            self.tr("其中流失 {n}").format(n=count_text(report.lost))
        )
        self.conversion_tile.value_label.setText(share_text(f.steps[2].of_first))
        self.conversion_tile.detail_label.setText(
            self.tr("认购 {subscribed} · 签约 {contracted}").format(
                subscribed=count_text(f.subscribed), contracted=count_text(f.contracted)
            )
        )
        self.deals_tile.value_label.setText(count_text(report.deals.deals))
        self.deals_tile.detail_label.setText(self.tr("认购且未退订"))
        self.amount_tile.value_label.setText(yuan(report.deals.amount))
        self.amount_tile.detail_label.setText(self.tr("成交价合计"))

    def _show_visits(self, report: SalesReport) -> None:
        v = report.visits
        labels = [bucket_text(b.start, b.end, v.granularity) for b in v.buckets]
        axis = [axis_text(b.start, b.end, v.granularity) for b in v.buckets]
        self.visits_chart.set_empty_text(self.tr("所选时间段内没有来访记录"))
        self.visits_chart.set_buckets(v.buckets, labels, axis)
        self.visits_model.set_buckets(v.buckets, v.granularity)
        note = ""
        if v.same_day or v.scouts:
            note = self.tr("另有同日再访 {same_day} 次、竞品踩盘 {scouts} 次，未计入来访。").format(
                same_day=v.same_day, scouts=v.scouts
            )
        self.visits_box.set_note(note)

    def _show_mixes(self, report: SalesReport) -> None:
        total = report.funnel.visited
        self.channel_chart.set_empty_text(self.tr("所选时间段内没有新来访客户"))
        self.channel_chart.set_bars(
            [
                Bar(channel_text(line.code), line.customers, CHANNEL_COLOR,
                    self._count_share(line.customers, line.share))
                for line in report.channels
            ]
        )  # fmt: skip
        self.channel_model.set_rows(report.channels)
        self.grade_chart.set_empty_text(self.tr("所选时间段内没有新来访客户"))
        self.grade_chart.set_bars(
            [
                Bar(grade_text(line.code), line.customers,
                    GRADE_COLORS.get(line.code or "", NO_GRADE_COLOR),
                    self._count_share(line.customers, line.share))
                for line in report.grades
            ]
        )  # fmt: skip
        self.grade_model.set_rows(report.grades)
        note = self.tr("新来访客户：所选时间段内首次来访的客户，共 {n} 位。").format(
            n=count_text(total)
        )
        self.channel_box.set_note(note)
        self.grade_box.set_note(note)
        self.reason_chart.set_empty_text(self.tr("所选时间段内的新来访客户中没有流失的客户"))
        self.reason_chart.set_bars(
            [
                Bar(reason_text(line), line.customers, REASON_COLOR,
                    self._count_share(line.customers, line.share), tooltip=reason_text(line))
                for line in report.lost_reasons
            ]
        )  # fmt: skip
        self.reason_model.set_rows(report.lost_reasons)
        self.reason_box.set_note(self.tr("所选时间段内首次来访、目前已流失的客户，按原因计数。"))

    def _show_funnel(self, report: SalesReport) -> None:
        steps = report.funnel.steps
        self.funnel_chart.set_empty_text(self.tr("所选时间段内没有新来访客户"))
        self.funnel_chart.set_bars(
            [
                Bar(funnel_text(step.key), step.customers, FUNNEL_COLORS[i],
                    self._count_share(step.customers, step.of_first))
                for i, step in enumerate(steps)
            ]
        )  # fmt: skip
        self.funnel_model.set_rows(steps)
        self.funnel_box.set_note(
            self.tr("所选时间段内首次来访的客户中，截至 {end} 复访、认购、签约的人数。").format(
                end=date_text(report.end)
            )
        )

    def _show_ranking(self, report: SalesReport) -> None:
        self.ranking_chart.set_empty_text(self.tr("所选时间段内没有成交"))
        self.ranking_chart.set_bars(
            [
                Bar(r.consultant_name, float(r.amount), FIRST_COLOR, yuan(r.amount),
                    tooltip=self.tr("{name}：成交 {deals} 套，{amount}").format(
                        name=r.consultant_name, deals=r.deals, amount=yuan(r.amount)))
                for r in report.ranking
            ]
        )  # fmt: skip
        self.ranking_model.set_rows(report.ranking)
        self.ranking_box.set_note(
            self.tr(
                "接待数：接待的首次来访和复访；成交：认购且未退订的交易，金额按成交价（无成交价"
                "按表价）；满意度：满意度调查平均分，没有调查时显示“—”。"
            )
        )

    def _show_overdue(self, report: SalesReport) -> None:
        self.overdue_chart.set_empty_text(self.tr("没有逾期的跟进。"))
        self.overdue_chart.set_bars(
            [
                Bar(o.consultant_name, o.total, OVERDUE_COLOR, self._overdue_text(o),
                    tooltip=self.tr("{name}：逾期未跟进客户 {customers} 位，逾期售后回访 {callbacks} 项")
                    .format(name=o.consultant_name, customers=count_text(o.customers),
                            callbacks=count_text(o.callbacks)))
                for o in report.overdue
            ]
        )  # fmt: skip
        self.overdue_model.set_rows(report.overdue)
        self.overdue_box.set_note(self.tr("逾期是今天的状态，不随所选时间段变化。"))

    def _overdue_text(self, line: OverdueLine) -> str:
        if not line.callbacks:
            return count_text(line.customers)
        return self.tr("{customers} + {callbacks} 项回访").format(
            customers=count_text(line.customers), callbacks=count_text(line.callbacks)
        )

    def _count_share(self, n: int, share: float | None) -> str:
        return self.tr("{n}（{share}）").format(n=count_text(n), share=share_text(share))

    # -- refusal -----------------------------------------------------------------------------

    def _refuse(self) -> None:
        """A calm sentence instead of the report; no control that could not work."""
        self.stack.setCurrentIndex(self.REFUSED)
        for widget in (self.scope_label, self.range_bar, self.refresh_button,
                       self.export_button, self.print_button):  # fmt: skip
            widget.setEnabled(False)
            widget.setVisible(False)

    def _update_actions(self) -> None:
        ready = (
            self.allowed
            and self.report is not None
            and not self.report.is_empty
            and self._file_task is None
        )
        self.export_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    # -- export and print --------------------------------------------------------------------

    def _file_name(self, suffix: str) -> str:
        report = self.report
        assert report is not None
        return (
            self.tr("销售报表_{start}_{end}").format(
                start=report.start.isoformat(), end=report.end.isoformat()
            )
            + suffix
        )

    def _export_clicked(self) -> None:
        if self.report is None or not self.export_button.isEnabled():
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("导出报表"),
            str(Path(folder) / self._file_name(".xlsx")),
            self.tr("Excel 文件 (*.xlsx)"),
        )
        if chosen:
            path = Path(chosen)
            self.export_to(path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx"))

    def export_to(self, path: Path) -> bool:
        """Write the report on screen to ``path`` off the GUI thread (audited)."""
        if not self.allowed or self.report is None or self._file_task is not None:
            return False
        reports, user, report = self._services.reports, self._user, self.report

        def work(_progress: Progress) -> Path:
            return reports.export_xlsx(user, report, path)

        task = BackgroundTask(work)
        task.succeeded.connect(self._exported)
        task.failed.connect(lambda exc: self._file_failed(exc, self.tr("导出报表")))
        self._file_task = task
        self._update_actions()
        self.show_message(self.tr("正在导出报表…"))
        task.start()
        return True

    def _exported(self, path: Path) -> None:
        self._file_task = None
        self._update_actions()
        self.show_message(self.tr("报表已导出到 {path}").format(path=path))
        self.exported.emit(Path(path))

    def print_report(self) -> bool:
        """Make the printable PDF off the GUI thread and open the preview (print, save)."""
        if not self.allowed or self.report is None or self._file_task is not None:
            return False
        reports, user, report = self._services.reports, self._user, self.report
        self._file_task = PdfTask(
            self._services,
            lambda: reports.report_pdf(user, report),
            self._pdf_ready,
            lambda exc: self._file_failed(exc, self.tr("打印报表")),
            self,
        ).start()
        self._update_actions()
        self.show_message(self.tr("正在生成打印稿…"))
        return True

    def _pdf_ready(self, pdf: bytes, font: FontChoice) -> None:
        self._file_task = None
        self._update_actions()
        self.show_message("")
        preview = PdfPreviewDialog(
            pdf,
            self.tr("销售报表"),
            suggested_name=self._file_name(".pdf"),
            font=font,
            parent=self,
        )
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.destroyed.connect(lambda _obj=None: setattr(self, "preview", None))
        self.preview = preview
        preview.show()

    def _file_failed(self, exc: BaseException, what: str) -> None:
        self._file_task = None
        self._update_actions()
        self.show_message("")
        if isinstance(exc, DomainError | OSError):
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            set_error(self.error_label, self.tr("{what}没有完成：{reason}").format(
                what=what, reason=reason))  # fmt: skip
        else:
            show_error(self, exc, what)

    def show_message(self, text: str) -> None:
        if text:
            set_error(self.error_label, "")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))


def fit_table(table: QTableView, model: ReportTableModel, max_rows: int) -> None:
    """Columns as wide as their text plus some room (the name column takes the rest),
    the table as tall as its rows up to ``max_rows`` (more scroll inside)."""
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue
        table.resizeColumnToContents(column)
        header.resizeSection(column, header.sectionSize(column) + CELL_PADDING)
    rows = model.rowCount()
    row_height = table.verticalHeader().defaultSectionSize()
    height = header.sizeHint().height() + table.frameWidth() * 2 + min(rows, max_rows) * row_height
    if header.length() > table.viewport().width() > 0:
        height += table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(max(height, header.sizeHint().height() + row_height))
