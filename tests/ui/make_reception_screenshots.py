"""Render the 接待台 page in its main states to PNG files for a visual check (not a test).

    QT_QPA_PLATFORM=offscreen python tests/ui/make_reception_screenshots.py /tmp/reception-shots

Uses a throwaway SQLite database and a fixed clock; needs a CJK font (e.g.
fonts-wqy-microhei). Writes: empty page, a known customer's card, a new walk-in with
the rotation's proposal, validation errors, a manager's override, the rotation panel
with busy / make-up / leave and its history, the board with visitors.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="salesdesk-reception-shots-"))
    os.environ["SALESDESK_DATA_DIR"] = str(tmp)

    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from app.bootstrap import open_services
    from app.domain.clock import FixedClock
    from app.domain.customer import RegistrationForm
    from app.domain.enums import Channel, Role, RotationStatus
    from app.ui.app_events import AppEvents
    from app.ui.application import SalesDeskApplication, create_qt_app
    from app.ui.main_window import MainWindow
    from app.ui.pages.reception_page import ReceptionPage

    qt_app = create_qt_app(["salesdesk"])
    assert isinstance(qt_app, SalesDeskApplication)
    clock = FixedClock(dt.datetime(2026, 3, 2, 9, 30))
    services = open_services(f"sqlite:///{tmp / 'shots.sqlite3'}", clock).services
    pid = services.projects.ensure_default("滨江壹号院").id

    def user(username: str, role: Role, name: str):  # type: ignore[no-untyped-def]
        return services.auth.create_user(username, "demo1234", role, name, pid)

    manager = user("jingli", Role.MANAGER, "孙建华")
    desk = user("qiantai", Role.RECEPTION, "徐静")
    staff = [
        user(f"guwen{i}", Role.CONSULTANT, name)
        for i, name in enumerate(("王芳", "李强", "赵敏", "陈晓雯", "刘洋"), start=1)
    ]
    wang, li, zhao, chen, liu = staff

    def visit(phone: str, name: str, gender: str, consultant, **kw):  # type: ignore[no-untyped-def]
        card = services.reception.lookup_phone(desk, phone)
        values = {
            "phone": phone,
            "name": name,
            "gender": gender,
            "party_size": 2,
            "channel": Channel.WALK_IN.value,
            "consultant_id": consultant.id,
            "expected_customer_id": card.customer_id if card else None,
            "consent_basic": True,
            "wanted_area_min": Decimal("90"),
            "wanted_area_max": Decimal("120"),
            "wanted_layout": "三室两厅",
        }
        values.update(kw)
        return services.reception.register_visit(desk, RegistrationForm(**values))  # type: ignore[arg-type]

    # History: a customer of 王芳 three weeks ago, graded A, followed up last week.
    clock.set(dt.datetime(2026, 2, 9, 15, 0))
    old = visit("13812345678", "张伟", "M", wang)
    services.reception.check_out(desk, old.visit_id)
    clock.set(dt.datetime(2026, 2, 24, 11, 0))
    services.follow_ups.complete(
        wang, old.customer_id, "phone", "约周末带家人再来看三室样板间", None, True,
        new_grade="A", grade_reason="已询价，一个月内决定",
    )  # fmt: skip

    # Today: the queue and some visitors.
    clock.set(dt.datetime(2026, 3, 2, 9, 30))
    for person in staff:
        services.rotation.sign_in(desk, person.id)
    clock.set(dt.datetime(2026, 3, 2, 10, 5))
    visit("13900001111", "李娜", "F", wang, party_size=3)
    clock.set(dt.datetime(2026, 3, 2, 10, 40))
    visit("13700002222", "王建国", "M", li, party_size=1)
    services.rotation.set_status(desk, liu.id, RotationStatus.LEAVE)
    clock.set(dt.datetime(2026, 3, 2, 11, 2))
    visit("13600003333", "陈", "F", zhao, party_size=4, channel=Channel.AGENCY.value)
    services.rotation.skip(desk, chen.id, "陈晓雯在样板间带客户")
    clock.set(dt.datetime(2026, 3, 2, 11, 25))

    def settle() -> None:
        for _ in range(6):
            QApplication.processEvents()

    def shot(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png", widget.width(), "x", widget.height())

    def ime(widget: QWidget, text: str) -> None:
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)

    qt_app.translations.apply("zh_CN")
    window = MainWindow(services, desk, AppEvents())
    window.show()
    page = window.pages["reception"]
    assert isinstance(page, ReceptionPage)
    settle()
    shot(window, "1-empty")

    QTest.keyClicks(page.phone_edit, "138 1234 5678")
    page.channel_combo.setCurrentIndex(0)
    shot(window, "2-known-customer")

    page.clear_form()
    QTest.keyClicks(page.phone_edit, "15988887777")
    ime(page.name_edit, "刘")
    page.gender_field.set_value("F")
    page.party_spin.setValue(2)
    page.channel_combo.setCurrentIndex(0)
    page.consent_basic_check.setChecked(True)
    page.area_edit.setText("110-130")
    page.layout_combo.setEditText("三室")
    page.area_edit.setFocus()
    shot(window, "3-new-walk-in")

    page.clear_form()
    QTest.keyClicks(page.phone_edit, "1598888777")
    ime(page.area_edit, "一百左右")
    page.save()
    shot(window, "4-validation-errors")

    page.clear_form()
    page.save_button.setFocus()
    window.resize(1280, 800)
    shot(page.rotation_panel, "5-rotation-panel")
    history = page.rotation_panel.show_history()
    assert history is not None
    shot(history, "6-rotation-history")
    history.close()
    shot(page.board, "7-board")
    page.board.table.selectRow(0)
    page.check_out_selected()
    shot(window, "8-after-check-out")
    window.close()

    mgr = MainWindow(services, manager, AppEvents())
    mgr.show()
    mpage = mgr.pages["reception"]
    assert isinstance(mpage, ReceptionPage)
    settle()
    QTest.keyClicks(mpage.phone_edit, "13812345678")
    mpage.start_override()
    mpage.consultant_combo.setCurrentIndex(mpage.consultant_combo.findData(chen.id))
    mpage.consultant_combo.activated.emit(mpage.consultant_combo.currentIndex())
    ime(mpage.reason_edit, "王芳休产假，客户同意改由陈晓雯接待")
    shot(mgr, "9-manager-override")

    qt_app.translations.apply("en")
    english = MainWindow(services, desk, AppEvents())
    english.show()
    epage = english.pages["reception"]
    assert isinstance(epage, ReceptionPage)
    settle()
    QTest.keyClicks(epage.phone_edit, "13812345678")
    shot(english, "10-english-known-customer")
    english.close()
    mgr.close()
    services.db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/reception-shots"))
