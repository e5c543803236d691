"""房源销控: the sales control grid of a building, the selected room and what can be
done with it, the grid's exports and the import of a unit list.

Holds past their time are expired (``UnitService.expire_holds``) whenever the page is
shown or refreshed, so the grid never shows a stale 保留. Exports and imports run off
the GUI thread; the deal steps run through ``DealActions`` (shared with the 交易 page).
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.deals import DealInfo
from app.domain.enums import DealStatus, Role, UnitStatus
from app.domain.errors import DomainError
from app.domain.models import UserInfo
from app.domain.units import (
    STATUS_COLORS,
    AdverseFactorInfo,
    SalesControlGrid,
    UnitImportReport,
    UnitInfo,
)
from app.ui.app_events import AppEvents
from app.ui.background import BackgroundTask, Progress
from app.ui.deal_dialogs import (
    DealActions,
    ImportReportDialog,
    can_cancel,
    can_deliver,
    can_print_delivery,
    can_sell,
)
from app.ui.error_dialog import show_error
from app.ui.pdf_preview_dialog import PdfTask
from app.ui.sales_labels import (
    STATUS_TEXT_COLOUR,
    adverse_scope_label,
    area,
    deal_status_label,
    unit_status_label,
    when,
    yuan,
)
from app.ui.stale_watch import StaleWatch
from app.ui.views.units_view import UnitsView
from app.ui.widgets import set_error

if TYPE_CHECKING:
    from app.reports.fonts import FontChoice
    from app.services.container import Services

_IMPORT_ROLES = (Role.MANAGER, Role.ADMIN)


class UnitsPage(UnitsView):
    #: An export finished: the file's ``Path``.
    exported = Signal(object)
    #: An import finished: its ``UnitImportReport``.
    imported = Signal(object)

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
        project = services.projects.current()
        self.project_id = user.project_id or (project.id if project is not None else None)
        self.unit: UnitInfo | None = None
        self.deal: DealInfo | None = None
        self.grid_data: SalesControlGrid | None = None
        self.import_dialog: ImportReportDialog | None = None
        self._task: BackgroundTask | PdfTask | None = None
        self.watch = StaleWatch(self, self.refresh)

        self.deal_actions = DealActions(services, user, self)
        self.deal_actions.changed.connect(self._deal_changed)
        self.deal_actions.documents_changed.connect(lambda _doc: events.documents_changed.emit())
        self.deal_actions.message.connect(self.show_message)
        self.deal_actions.error.connect(self.show_problem)

        self.import_button.setVisible(user.role in _IMPORT_ROLES)

        panel = self.room_panel
        self.building_combo.currentIndexChanged.connect(self._building_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.grid.unit_selected.connect(self.show_unit)
        self.export_xlsx_action.triggered.connect(self._export_xlsx_clicked)
        self.export_pdf_action.triggered.connect(self._export_pdf_clicked)
        self.import_action.triggered.connect(self._import_clicked)
        self.template_action.triggered.connect(self._template_clicked)
        panel.hold_button.clicked.connect(self._with_unit(lambda u, _d: self.deal_actions.hold(u)))
        panel.notice_button.clicked.connect(self._with_unit(self.deal_actions.print_notice))
        panel.subscribe_button.clicked.connect(self._with_unit(self.deal_actions.subscribe))
        panel.contract_button.clicked.connect(self._with_deal(self.deal_actions.contract))
        panel.cancel_button.clicked.connect(self._with_deal(self.deal_actions.cancel))
        panel.delivery_notice_button.clicked.connect(
            self._with_deal(self.deal_actions.delivery_notice)
        )
        panel.handover_button.clicked.connect(self._with_deal(self.deal_actions.handover))
        panel.handover_form_button.clicked.connect(self._with_deal(self.deal_actions.handover_form))

        events.deals_changed.connect(self.watch.changed)
        events.units_changed.connect(self.watch.changed)
        self.show_unit(None)  # the grid loads when the page is first shown

    # -- loading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.watch.shown()

    def refresh(self) -> None:
        """Expire holds past their time, then reload the buildings, grid and room."""
        self.watch.refreshed()
        try:
            expired = self._services.units.expire_holds()
        except DomainError as exc:
            self.show_problem(str(exc))
            expired = 0
        self.load_buildings()
        if expired:
            # Other pages show the expired holds; this one is fresh already.
            with self.watch.quiet():
                self._events.deals_changed.emit()

    def load_buildings(self) -> None:
        current = self.current_building_id()
        buildings = (
            self._services.units.list_buildings(self.project_id)
            if self.project_id is not None
            else []
        )
        combo = self.building_combo
        combo.blockSignals(True)
        combo.clear()
        for b in buildings:
            combo.addItem(b.name, b.id)
            combo.setItemData(
                combo.count() - 1,
                self.tr("{name}：{n} 套").format(name=b.name, n=b.unit_count),
                Qt.ItemDataRole.ToolTipRole,
            )
        index = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if buildings else -1))
        combo.blockSignals(False)
        has = bool(buildings)
        for button in (self.export_button, self.refresh_button):
            button.setEnabled(has)
        if not has:
            self.empty_label.setText(
                self.tr("还没有楼栋和房源。请点“导入房源”，从 Excel 房源表导入。")
                if self._user.role in _IMPORT_ROLES
                else self.tr("还没有楼栋和房源，请销售经理先导入房源表。")
            )
        self.load_grid()

    def current_building_id(self) -> int | None:
        data = self.building_combo.currentData()
        return int(data) if data is not None else None

    def select_building(self, building_id: int) -> bool:
        index = self.building_combo.findData(building_id)
        if index < 0:
            return False
        self.building_combo.setCurrentIndex(index)
        return True

    def _building_changed(self) -> None:
        self.show_unit(None)
        self.load_grid()

    def load_grid(self) -> None:
        building_id = self.current_building_id()
        selected = self.unit.id if self.unit is not None else None
        grid = None
        if building_id is not None:
            try:
                grid = self._services.units.sales_control_grid(building_id)
            except DomainError as exc:
                self.show_problem(str(exc))
        self.grid_data = grid
        self.grid.grid_model.set_grid(grid)
        self.grid_stack.setCurrentWidget(self.grid if grid is not None else self.empty_label)
        if grid is not None and not grid.rows:
            self.empty_label.setText(self.tr("该楼栋还没有房源。"))
            self.grid_stack.setCurrentWidget(self.empty_label)
        self._show_legend(grid)
        if selected is not None and grid is not None and grid.cell(selected) is not None:
            self.grid.select_unit(selected)
            self.show_unit(selected)
        elif selected is not None:
            self.show_unit(None)

    def _show_legend(self, grid: SalesControlGrid | None) -> None:
        summaries = {s.status: s for s in grid.summary} if grid is not None else {}
        for status, item in self.legend_items.items():
            s = summaries.get(status)
            count = s.count if s is not None else 0
            item.count_label.setText(
                self.tr("{status} {n} 套").format(status=unit_status_label(status), n=count)
            )
            if s is None or not count:
                item.area_label.setText("—")
                item.sum_label.setText("")
                item.setToolTip("")
                continue
            sold = status in (UnitStatus.SUBSCRIBED, UnitStatus.CONTRACTED, UnitStatus.DELIVERED)
            item.area_label.setText(area(s.building_area))
            item.sum_label.setText(
                self.tr("成交 {amount}").format(amount=yuan(s.deal_amount))
                if sold
                else self.tr("表价 {amount}").format(amount=yuan(s.list_price))
            )
            item.setToolTip(
                self.tr("建筑面积 {area}\n表价合计 {list}\n成交金额 {deal}").format(
                    area=area(s.building_area), list=yuan(s.list_price), deal=yuan(s.deal_amount)
                )
                if sold
                else self.tr("建筑面积 {area}\n表价合计 {list}").format(
                    area=area(s.building_area), list=yuan(s.list_price)
                )
            )
        if grid is None:
            self.total_label.setText("")
            self.generated_label.setText("")
            return
        self.total_label.setText(self.tr("共 {n} 套").format(n=grid.total_units))
        self.generated_label.setText(
            self.tr("统计时间 {time}").format(time=grid.generated_at.strftime("%m-%d %H:%M"))
        )
        self.legend.relayout()

    def legend_text(self, status: str) -> str:
        """What the legend says about ``status``: count · area · amount."""
        item = self.legend_items[status]
        lines = (item.count_label.text(), item.area_label.text(), item.sum_label.text())
        return " · ".join(line for line in lines if line)

    # -- the room panel --------------------------------------------------------------------

    def show_unit(self, unit_id: int | None) -> None:
        panel = self.room_panel
        if unit_id is None:
            self.unit = self.deal = None
            panel.show_details(False)
            return
        try:
            unit = self._services.units.get_unit(unit_id)
            deal = (
                self._services.deals.active_deal_for_unit(unit_id)
                if unit.effective_status != UnitStatus.AVAILABLE
                else None
            )
            factors = (
                self._services.units.adverse_factors(self.project_id, unit_id=unit_id)
                if self.project_id is not None
                else []
            )
        except DomainError as exc:
            self.show_problem(str(exc))
            return
        self.unit, self.deal = unit, deal
        panel.title_label.setText(unit.label)
        status = unit.effective_status
        panel.status_chip.setText(unit_status_label(status))
        panel.status_chip.setStyleSheet(
            f"background: {STATUS_COLORS[status]}; color: {STATUS_TEXT_COLOUR};"
            " border: 1px solid #8a96a3; border-radius: 4px; padding: 2px 10px;"
        )
        panel.layout_value.setText(unit.layout)
        panel.building_area_value.setText(area(unit.building_area))
        panel.inner_area_value.setText(area(unit.inner_area))
        panel.orientation_value.setText(unit.orientation)
        panel.list_price_value.setText(yuan(unit.list_price, cents=True))
        panel.unit_price_value.setText(
            self.tr("{price}/m²").format(price=yuan(unit.unit_price, cents=True))
        )
        held = status == UnitStatus.HELD
        panel.hold_expiry_value.setText(when(unit.hold_expires_at))
        panel.set_row_visible(panel.hold_expiry_value, held and unit.hold_expires_at is not None)
        for field, value in (
            (panel.customer_value, deal.customer_name if deal else None),
            (panel.consultant_value, deal.consultant_name if deal else None),
            (
                panel.agreed_price_value,
                yuan(deal.agreed_price, cents=True) if deal and deal.agreed_price else None,
            ),
            (
                panel.deposit_value,
                yuan(deal.deposit, cents=True) if deal and deal.deposit else None,
            ),
            (panel.contract_value, deal.contract_no if deal else None),
        ):
            field.setText(value or "")
            panel.set_row_visible(field, bool(value))
        panel.factors_box.setTitle(self.tr("不利因素（{n} 项）").format(n=len(factors)))
        panel.factors_label.setText(
            self.factor_html(factors) if factors else self.tr("没有登记不利因素。")
        )
        self._update_actions()
        panel.show_details(True)

    def _update_actions(self) -> None:
        panel = self.room_panel
        unit, deal, user = self.unit, self.deal, self._user
        shown: set[Any] = set()
        if unit is not None:
            status = unit.effective_status
            if status == UnitStatus.AVAILABLE and can_sell(user):
                shown |= {panel.hold_button, panel.notice_button, panel.subscribe_button}
            elif deal is not None:
                if deal.status in (DealStatus.HELD, DealStatus.SUBSCRIBED) and can_sell(user, deal):
                    shown.add(panel.notice_button)
                if deal.status == DealStatus.HELD and can_sell(user, deal):
                    shown.add(panel.subscribe_button)
                if deal.status == DealStatus.SUBSCRIBED and can_sell(user, deal):
                    shown.add(panel.contract_button)
                if deal.status == DealStatus.CONTRACTED:
                    if can_deliver(user):
                        shown.add(panel.handover_button)
                    if can_print_delivery(user, deal):
                        shown.add(panel.delivery_notice_button)
                if deal.status == DealStatus.DELIVERED and can_print_delivery(user, deal):
                    shown.add(panel.handover_form_button)
                if can_cancel(user, deal):
                    shown.add(panel.cancel_button)
            if deal is not None and deal.status == DealStatus.HELD:
                panel.cancel_button.setText(self.tr("取消保留…"))
            elif deal is not None and deal.status == DealStatus.CONTRACTED:
                panel.cancel_button.setText(self.tr("解约退房…"))
            else:
                panel.cancel_button.setText(self.tr("退订…"))
        for button in panel.action_buttons:
            button.setVisible(button in shown)
        if shown:
            panel.actions_hint.setText("")
        elif unit is not None and unit.effective_status == UnitStatus.AVAILABLE:
            panel.actions_hint.setText(self.tr("保留和认购由置业顾问或销售经理办理。"))
        elif deal is not None:
            panel.actions_hint.setText(
                self.tr("{status}：由客户的置业顾问 {consultant} 或销售经理办理后续业务。").format(
                    status=deal_status_label(deal.status),
                    consultant=deal.consultant_name or self.tr("（未分配）"),
                )
            )
        else:
            panel.actions_hint.setText("")
        panel.actions_hint.setVisible(bool(panel.actions_hint.text()))
        panel.actions_box.setVisible(bool(shown) or bool(panel.actions_hint.text()))

    def factor_html(self, factors: list[AdverseFactorInfo]) -> str:
        """The adverse factors as a numbered list: title, scope, where, impact."""
        items = []
        for number, f in enumerate(factors, 1):
            where = []
            if f.direction:
                where.append(escape(f.direction))
            if f.distance_m is not None:
                where.append(self.tr("约 {m} 米").format(m=f.distance_m))
            place = self.tr("（{where}）").format(where=self.tr("，").join(where)) if where else ""
            items.append(
                f"<p style='margin:0 0 8px 0'><b>{number}. {escape(f.title)}</b>"
                f" <span style='color:#52606d'>[{escape(adverse_scope_label(f.scope))}]"
                f"{place}</span><br>{escape(f.impact)}</p>"
            )
        return "".join(items)

    def visible_actions(self) -> list[str]:
        """The texts of the action buttons shown for the selected room (tests, help)."""
        return [b.text() for b in self.room_panel.action_buttons if not b.isHidden()]

    def _with_unit(self, fn: Any) -> Any:
        def run() -> None:
            if self.unit is not None:
                fn(self.unit, self.deal)

        return run

    def _with_deal(self, fn: Any) -> Any:
        def run() -> None:
            if self.deal is not None:
                fn(self.deal)

        return run

    def _deal_changed(self, _what: object) -> None:
        self._events.deals_changed.emit()  # this page refreshes too (its StaleWatch)

    # -- messages ----------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        set_error(self.error_label, "")
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def show_problem(self, text: str) -> None:
        self.status_label.setVisible(False)
        set_error(self.error_label, text)

    # -- exports -----------------------------------------------------------------------------

    def _save_path(self, title: str, name: str, file_filter: str, suffix: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)

    def _export_name(self, suffix: str) -> str:
        grid = self.grid_data
        building = grid.building.name if grid is not None else ""
        stamp = grid.generated_at.strftime("%Y%m%d") if grid is not None else ""
        return self.tr("销控表_{building}_{date}").format(building=building, date=stamp) + suffix

    def _export_xlsx_clicked(self) -> None:
        path = self._save_path(
            self.tr("导出销控表"),
            self._export_name(".xlsx"),
            self.tr("Excel 文件 (*.xlsx)"),
            ".xlsx",
        )
        if path is not None:
            self.export_xlsx(path)

    def _export_pdf_clicked(self) -> None:
        path = self._save_path(
            self.tr("导出销控表"), self._export_name(".pdf"), self.tr("PDF 文件 (*.pdf)"), ".pdf"
        )
        if path is not None:
            self.export_pdf(path)

    def export_xlsx(self, path: Path) -> bool:
        building_id = self.current_building_id()
        if building_id is None or self._task is not None:
            return False
        units, user = self._services.units, self._user

        def work(_progress: Progress) -> Path:
            return units.export_grid_xlsx(building_id, path, actor=user)

        task = BackgroundTask(work)
        task.succeeded.connect(self._exported)
        task.failed.connect(self._export_failed)
        self._start(task, self.tr("正在导出销控表……"))
        return True

    def export_pdf(self, path: Path) -> bool:
        building_id = self.current_building_id()
        if building_id is None or self._task is not None:
            return False
        units, user = self._services.units, self._user
        task = PdfTask(
            self._services,
            lambda: units.export_grid_pdf(building_id, path, actor=user),
            self._exported_pdf,
            self._export_failed,
            self,
        )
        self._start(task, self.tr("正在导出销控表……"))
        return True

    def _start(self, task: BackgroundTask | PdfTask, message: str) -> None:
        self._task = task
        for button in (self.export_button, self.import_button):
            button.setEnabled(False)
        self.show_message(message)
        task.start()

    def _task_done(self) -> None:
        self._task = None
        self.export_button.setEnabled(self.current_building_id() is not None)
        self.import_button.setEnabled(True)

    def _exported(self, path: Path) -> None:
        self._task_done()
        self.show_message(self.tr("销控表已导出到 {path}").format(path=path))
        self.exported.emit(Path(path))

    def _exported_pdf(self, path: Path, font: FontChoice) -> None:
        self._exported(path)
        if not font.embedded:
            self.show_message(
                self.tr(
                    "销控表已导出到 {path}。注意：没有找到可嵌入的中文字体，请在“设置”中指定。"
                ).format(path=path)
            )

    def _export_failed(self, exc: BaseException) -> None:
        self._task_done()
        if isinstance(exc, (DomainError, OSError)):
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.show_problem(self.tr("导出没有完成：{reason}").format(reason=reason))
        else:
            self.show_message("")
            show_error(self, exc, self.tr("导出销控表"))

    # -- import ------------------------------------------------------------------------------

    def _import_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("导入房源表"), folder, self.tr("Excel 文件 (*.xlsx)")
        )
        if chosen:
            self.import_units(Path(chosen))

    def import_units(self, path: Path, *, update_existing: bool = False) -> bool:
        if self.project_id is None or self._task is not None:
            return False
        units, user, project_id = self._services.units, self._user, self.project_id

        def work(_progress: Progress) -> UnitImportReport:
            return units.import_units_xlsx(
                project_id, path, update_existing=update_existing, actor=user
            )

        task = BackgroundTask(work)
        task.succeeded.connect(self._imported)
        task.failed.connect(self._import_failed)
        self._start(task, self.tr("正在导入 {name}……").format(name=path.name))
        return True

    def _imported(self, report: UnitImportReport) -> None:
        self._task_done()
        self.show_message(
            self.tr(
                "导入完成：新增 {created} 套，更新 {updated} 套，未导入 {rejected} 行。"
            ).format(created=report.created, updated=report.updated, rejected=len(report.rejected))
        )
        if report.accepted:
            self._events.units_changed.emit()
        dialog = ImportReportDialog(self._services, report, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "import_dialog", None))
        self.import_dialog = dialog
        dialog.open()
        self.imported.emit(report)

    def _import_failed(self, exc: BaseException) -> None:
        self._task_done()
        if isinstance(exc, DomainError):
            self.show_problem(self.tr("导入没有完成：{reason}").format(reason=exc))
        else:
            self.show_message("")
            show_error(self, exc, self.tr("导入房源"))

    def _template_clicked(self) -> None:
        path = self._save_path(
            self.tr("保存导入模板"),
            self.tr("房源导入模板.xlsx"),
            self.tr("Excel 文件 (*.xlsx)"),
            ".xlsx",
        )
        if path is not None:
            self.save_template(path)

    def save_template(self, path: Path) -> bool:
        try:
            self._services.units.write_import_template(path)
        except OSError as exc:
            self.show_problem(
                self.tr("无法保存到 {path}：{reason}").format(path=path, reason=exc.strerror or exc)
            )
            return False
        self.show_message(self.tr("导入模板已保存到 {path}").format(path=path))
        return True
