"""The lazy customers table model, without widgets: Qt's model rules, paging, positions,
jumps that read only the rows they show, SQL sorting and partial updates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.domain.customer import CustomerFilter, CustomerRow, CustomerSort, SortKey
from app.ui.models.customer_table_model import CustomerTableModel
from tests.ui.customers_office import (  # noqa: F401  (fixtures)
    CustomersOffice,
    SpyQuery,
    office_fixture,
    office_template_fixture,
)

M = CustomerTableModel


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages and blocks of 20 rows, so a few hundred customers make many of them."""
    monkeypatch.setattr(M, "FIRST_PAGE", 20)
    monkeypatch.setattr(M, "FETCH", 20)
    monkeypatch.setattr(M, "BLOCK", 20)
    monkeypatch.setattr(M, "CACHE_BLOCKS", 3)


def _model(office: CustomersOffice, spy: SpyQuery | None = None, actor=None) -> M:  # type: ignore[no-untyped-def]
    return M(spy or office.services.customer_query, actor or office.manager)  # type: ignore[arg-type]


def _names(model: M) -> list[str]:
    return [model.row_at(i).name for i in range(model.rowCount())]  # type: ignore[union-attr]


def test_passes_qt_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, office: CustomersOffice, small_pages: None
) -> None:
    # One tester per model (a tester stays attached; two would see each other's fetches).
    paging = _model(office)
    paging.set_query(CustomerFilter())
    qtmodeltester.check(paging)  # pages, fetchMore, then the positions arriving
    qtbot.waitUntil(lambda: paging.positions_known, timeout=10_000)

    jumping = _model(office)
    jumping.set_query(CustomerFilter(grades=("A", "B")))
    qtbot.waitUntil(lambda: jumping.positions_known, timeout=10_000)
    qtmodeltester.check(jumping)
    jumping.set_query(CustomerFilter(search="张"))  # a reset, checked by the same tester
    qtbot.waitUntil(lambda: jumping.positions_known, timeout=10_000)


def test_pages_then_positions(qtbot: QtBot, office: CustomersOffice, small_pages: None) -> None:
    spy = SpyQuery(office.services.customer_query)
    model = _model(office, spy)
    assert model.rowCount() == 0 and not model.loaded
    counts: list[int | None] = []
    model.count_changed.connect(counts.append)
    with qtbot.waitSignal(model.positions_ready, timeout=10_000):
        model.set_query(CustomerFilter())
        # The first page is there at once; more rows come with fetchMore.
        assert model.rowCount() == 20
        if not model.positions_known:
            assert model.canFetchMore()
            model.fetchMore()
            assert model.rowCount() == 40
    total = office.services.customer_query.count(office.manager, CustomerFilter())
    assert model.rowCount() == total == model.count
    assert counts[0] is None and counts[-1] == total
    assert not model.canFetchMore()
    # The exact count was announced; the rows read so far are the pages alone.
    assert spy.rows_fetched() <= 40


def test_jump_to_the_last_row_reads_only_its_block(
    qtbot: QtBot, office: CustomersOffice, small_pages: None
) -> None:
    spy = SpyQuery(office.services.customer_query)
    model = _model(office, spy)
    with qtbot.waitSignal(model.positions_ready, timeout=10_000):
        model.set_query(CustomerFilter(), CustomerSort(SortKey.CREATED, descending=True))
    spy.reset()
    last = model.rowCount() - 1
    row = model.index(last, M.NAME).data(M.ROW_ROLE)
    assert isinstance(row, CustomerRow)
    # One read of the last block (rows 300.. of 303), nothing in between.
    assert spy.calls == [("rows_by_ids", last % 20 + 1)]
    oldest = office.services.customer_query.page(
        office.manager, CustomerFilter(), CustomerSort(SortKey.CREATED, False), limit=1
    )[0]
    assert row.id == oldest.id
    # Reading it again costs nothing; far blocks are dropped beyond CACHE_BLOCKS.
    model.row_at(last)
    assert len(spy.calls) == 1
    for b in range(5):
        model.row_at(b * 20 + 1)
    assert len(model._blocks) <= M.CACHE_BLOCKS


def test_sort_runs_in_sql(qtbot: QtBot, office: CustomersOffice) -> None:
    model = _model(office)
    model.set_query(CustomerFilter())
    sorts: list[tuple[int, Qt.SortOrder]] = []
    model.sort_changed.connect(lambda c, o: sorts.append((c, o)))
    model.sort(M.VISITS, Qt.SortOrder.DescendingOrder)
    assert model.current_sort == CustomerSort(SortKey.VISIT_COUNT, True)
    visits = [model.row_at(i).visit_count for i in range(20)]  # type: ignore[union-attr]
    assert visits == sorted(visits, reverse=True)
    most = office.services.customer_query.page(
        office.manager, CustomerFilter(), CustomerSort(SortKey.VISIT_COUNT, True), limit=1
    )[0]
    assert model.row_at(0).id == most.id  # type: ignore[union-attr]
    # The phone column has no SQL order: the current one stays, and the page is told.
    model.sort(M.PHONE, Qt.SortOrder.AscendingOrder)
    assert model.current_sort == CustomerSort(SortKey.VISIT_COUNT, True)
    assert sorts[-1] == (M.VISITS, Qt.SortOrder.DescendingOrder)
    model.wait_for_positions()


def test_search_and_count(qtbot: QtBot, office: CustomersOffice) -> None:
    model = _model(office)
    model.set_query(CustomerFilter(search="7391"))
    assert office.ids["张三"] in [model.row_at(i).id for i in range(model.rowCount())]  # type: ignore[union-attr]
    assert model.count == model.rowCount() and model.positions_known
    model.set_query(CustomerFilter(search="没有这个人"))
    assert model.rowCount() == 0 and model.count == 0


def test_partial_updates_emit_data_changed(qtbot: QtBot, office: CustomersOffice) -> None:
    model = _model(office, actor=office.reception)
    model.set_query(CustomerFilter(search=office.phones["张三"]))
    row = model.row_of(office.ids["张三"])
    assert row >= 0
    phone = model.index(row, M.PHONE)
    assert phone.data() == "139****7391"
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.set_revealed(office.ids["张三"], "13958427391")
    assert blocker.args[0] == phone
    assert phone.data() == "13958427391"
    with qtbot.waitSignal(model.dataChanged):
        model.update_customer(office.ids["张三"])
    assert model.index(row, M.NAME).data() == "张三"
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
