"""Render 房源销控, 交易 and their dialogs to PNG files for a visual check (not a test).

    QT_QPA_PLATFORM=offscreen python tests/ui/make_sales_screenshots.py /tmp/sales-shots

Builds a throwaway demo office (``DemoService.generate`` then ``DealService.seed_demo``,
so there are deals at every stage); needs a CJK font (e.g. fonts-wqy-microhei).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path, customers: int = 2000) -> None:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="salesdesk-sales-shots-"))
    os.environ["SALESDESK_DATA_DIR"] = str(tmp)

    from openpyxl import Workbook
    from PySide6.QtWidgets import QApplication, QWidget

    from app.bootstrap import open_services
    from app.domain.enums import DealStatus, Role, UnitStatus
    from app.ui.app_events import AppEvents
    from app.ui.application import SalesDeskApplication, create_qt_app
    from app.ui.background import BackgroundTask
    from app.ui.deal_dialogs import ImportReportDialog
    from app.ui.main_window import MainWindow
    from app.ui.pages.deals_page import DealsPage
    from app.ui.pages.units_page import UnitsPage
    from app.ui.pdf_preview_dialog import PdfPreviewDialog

    qt_app = create_qt_app(["salesdesk"])
    assert isinstance(qt_app, SalesDeskApplication)
    services = open_services(f"sqlite:///{tmp / 'shots.sqlite3'}").services
    result = services.demo.generate(customers=customers, seed=1)
    services.deals.seed_demo()
    manager_name = next(u for u, _p, role in result.users if role == Role.MANAGER)
    manager = services.auth.authenticate(manager_name, "demo1234")
    service_name = next(u for u, _p, role in result.users if role == Role.SERVICE)
    service_user = services.auth.authenticate(service_name, "demo1234")

    def settle(rounds: int = 10) -> None:
        for _ in range(rounds):
            QApplication.processEvents()
            time.sleep(0.01)

    def wait(condition, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
        end = time.monotonic() + timeout
        while not condition() and time.monotonic() < end:
            QApplication.processEvents()
            time.sleep(0.01)

    def shot(widget: QWidget, name: str) -> None:
        widget.show()
        settle()
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png", widget.width(), "x", widget.height())

    project_id = manager.project_id or services.projects.current().id  # type: ignore[union-attr]
    buildings = services.units.list_buildings(project_id)

    def mix(building_id: int) -> int:
        grid = services.units.sales_control_grid(building_id)
        return sum(1 for s in grid.summary if s.count)

    building = max(buildings, key=lambda b: (mix(b.id), -b.unit_count))

    for language in ("zh_CN", "en"):
        qt_app.translations.apply(language)
        window = MainWindow(services, manager, AppEvents())
        window.resize(1400, 900)
        window.show()
        window.show_page("units")
        units = window.pages["units"]
        assert isinstance(units, UnitsPage)
        units.select_building(building.id)
        settle()
        grid = units.grid_data
        assert grid is not None
        by_status: dict[str, int] = {}
        for row in grid.rows:
            for cell in row.cells:
                if cell is not None:
                    by_status.setdefault(cell.status, cell.unit_id)
        chosen = by_status.get(UnitStatus.SUBSCRIBED) or next(iter(by_status.values()))
        units.grid.select_unit(chosen)
        shot(window, f"{language}-units-grid")

        if UnitStatus.HELD in by_status:
            units.grid.select_unit(by_status[UnitStatus.HELD])
            shot(units.panel_scroll, f"{language}-room-panel-held")
            # 认购 with a discount beyond the limit, as a consultant would see it (a
            # manager sees the on-the-spot approval box).
            dialog = units.deal_actions.subscribe(units.unit, units.deal)  # type: ignore[arg-type]
            price = units.unit.list_price * Decimal("0.97")  # type: ignore[union-attr]
            dialog.agreed_price_spin.setValue(float(price))
            dialog.deposit_spin.setValue(50000)
            shot(dialog, f"{language}-subscribe-dialog")
            dialog.ok_button.click()
            shot(dialog, f"{language}-subscribe-dialog-error")
            dialog.reject()
        units.grid.select_unit(by_status.get(UnitStatus.AVAILABLE, chosen))
        shot(units.panel_scroll, f"{language}-room-panel-available")
        # 保留: the customer found by part of the phone number.
        hold = units.deal_actions.hold(units.unit)  # type: ignore[arg-type]
        hold.customers.search("138")
        hold.customers.choose_row(0)
        shot(hold, f"{language}-hold-dialog")
        hold.reject()
        for size in ((1280, 800), (960, 640)):
            window.resize(*size)
            shot(window, f"{language}-units-grid-{size[0]}")
        window.resize(1400, 900)

        # The handover dialog of a contracted deal (customer service's view).
        contracted = [
            d for d in services.deals.list_deals(project_id) if d.status == DealStatus.CONTRACTED
        ]
        if contracted:
            page = UnitsPage(services, service_user, AppEvents())
            handover = page.deal_actions.handover(contracted[0])
            unit = services.units.get_unit(contracted[0].unit_id)
            handover.measured_area_spin.setValue(float(unit.building_area) + 0.37)
            handover.water_edit.setText("00012.5")
            handover.set_issue(4, "木地板两处起拱，需返修")
            shot(handover, f"{language}-handover-dialog")
            handover.reject()

        # The purchase notice in the preview.
        notices = services.documents.list_documents(kind="purchase_notice", limit=1)
        if notices:
            preview = PdfPreviewDialog(
                Path(notices[0].file_path), "购房告知书", number=notices[0].doc_no
            )
            wait(lambda p=preview: p.page_count() > 0)
            shot(preview, f"{language}-pdf-preview")
            preview.close()

        # The deals page with a delivered deal and its printed forms.
        window.show_page("deals")
        deals = window.pages["deals"]
        assert isinstance(deals, DealsPage)
        delivered = [d for d in deals.model.rows() if d.status == DealStatus.DELIVERED]
        if delivered:
            deals.select_deal(delivered[0].id)
        shot(window, f"{language}-deals-page")

        # The import report with refused rows.
        wb = Workbook()
        ws = wb.active
        ws.append(["楼栋", "单元", "楼层", "房号", "户型", "建筑面积", "套内面积", "朝向", "表价"])
        ws.append(["演示10号楼", "1", 1, "101", "三室两厅", 120.5, 98.2, "南", 3000000])
        ws.append(["演示10号楼", "1", "一", "201", "三室两厅", 120.5, 98.2, "南", 3000000])
        ws.append(["演示10号楼", "1", 2, "202", "两室两厅", 88, 99, "南偏东十五度", "两百万"])
        source = tmp / f"import-{language}.xlsx"
        wb.save(source)
        report = services.units.import_units_xlsx(project_id, source, dry_run=True, actor=manager)
        report_dialog = ImportReportDialog(services, report)
        shot(report_dialog, f"{language}-import-report")
        report_dialog.close()

        BackgroundTask.wait_for_all()
        settle()
        window.close()
    services.db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/salesdesk-sales-shots"))
