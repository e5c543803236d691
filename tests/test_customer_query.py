"""Customers page queries: search (name, phone digits, pinyin), filters, sort, positions,
masking — on SQLite (FTS5 trigram) and PostgreSQL (pg_trgm)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.clock import FixedClock
from app.domain.customer import CustomerFilter, CustomerSort, SortKey
from app.domain.errors import PermissionDenied
from app.services.container import Services
from app.services.customer_query_service import classify_search
from tests.test_reception_support import Office, form, make_office

PEOPLE = [
    ("张三", "13812345678", "A"), ("张三丰", "13912340000", "B"), ("李四", "13700005678", "C"),
    ("王五", "15012345999", None), ("欧阳娜娜", "18611112222", "A"), ("张伟", "13655556666", "B"),
]  # fmt: skip


@pytest.fixture
def office(services: Services, clock: FixedClock) -> Office:
    o = make_office(services)
    owners = [o.a, o.b, o.a, o.c, o.b, o.a]
    for (name, phone, grade), owner in zip(PEOPLE, owners, strict=True):
        res = services.reception.register_visit(o.reception, form(phone, owner.id, name=name))
        if grade:
            from app.models import Customer

            with services.db.write() as s:
                s.get(Customer, res.customer_id).grade = grade  # type: ignore[union-attr]
        clock.advance(minutes=10)
    return o


def names(rows) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.name for r in rows]


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("张三", {"张三", "张三丰"}),  # 2 characters: prefix
        ("张", {"张三", "张三丰", "张伟"}),
        ("阳娜娜", {"欧阳娜娜"}),  # 3+ characters: anywhere in the name
        ("三丰", set()),  # 1-2 characters match the start of the name only
        ("5678", {"张三", "李四"}),  # last four digits
        ("1234 5", {"张三", "王五"}),
        ("0000", {"张三丰", "李四"}),
        ("zs", {"张三", "张三丰"}),  # pinyin initials
        ("zhangs", {"张三", "张三丰"}),  # full pinyin prefix
        ("OYNN", {"欧阳娜娜"}),
        ("12", set()),  # too few digits
        ("赵", set()),
    ],
)
def test_search(services: Services, office: Office, search: str, expected: set[str]) -> None:
    flt = CustomerFilter(search=search)
    rows = services.customer_query.page(office.manager, flt)
    if search == "三丰" and services.db.is_sqlite:
        expected = set()  # two characters are matched at the start of the name only
    assert set(names(rows)) == expected
    assert services.customer_query.count(office.manager, flt) == len(expected)


def test_filters_sort_and_positions(services: Services, office: Office, clock: FixedClock) -> None:
    q = services.customer_query
    m = office.manager
    newest = q.page(m, CustomerFilter())
    assert names(newest) == [p[0] for p in reversed(PEOPLE)]
    by_name = q.page(m, CustomerFilter(), CustomerSort(SortKey.NAME, descending=False))
    assert names(by_name) == sorted(p[0] for p in PEOPLE)
    grade_a = CustomerFilter(grades=("A",))
    assert set(names(q.page(m, grade_a))) == {"张三", "欧阳娜娜"}
    assert q.count(m, CustomerFilter(owner_ids=(office.a.id,), grades=("B",))) == 1
    by_grade = q.page(m, CustomerFilter(), CustomerSort(SortKey.GRADE, descending=False))
    assert by_grade[0].grade is None and by_grade[-1].grade == "C"
    assert names(q.page(m, CustomerFilter(search="张"), offset=1, limit=1)) == ["张三丰"]
    ids = q.ids(m, CustomerFilter())
    assert ids is not None and list(ids) == [r.id for r in newest]
    total = len(ids)
    for i in range(total):
        assert q.page_at(m, CustomerFilter(), CustomerSort(), i, 2, total=total)[0].id == ids[i]
    assert q.row_at(m, CustomerFilter(), CustomerSort(), total - 1).id == ids[-1]  # type: ignore[union-attr]
    assert [r.id for r in q.rows_by_ids(m, [ids[3], ids[0]])] == [ids[3], ids[0]]
    today = clock.now().date()
    assert q.count(m, CustomerFilter(created_from=today, created_to=today)) == len(PEOPLE)
    assert q.count(m, CustomerFilter(created_to=today - dt.timedelta(days=1))) == 0
    assert q.count_within(m, CustomerFilter(), 1000) == len(PEOPLE)
    assert q.count(m, CustomerFilter(overdue=True)) == 0
    assert q.count(m, CustomerFilter(public_pool=True)) == 0
    clock.advance(days=31)
    assert q.count(m, CustomerFilter(public_pool=True)) == len(PEOPLE)


def test_masking_follows_access_rules(services: Services, office: Office) -> None:
    q = services.customer_query
    rows = {r.name: r for r in q.page(office.a, CustomerFilter())}
    assert rows["张三"].phone == "13812345678" and not rows["张三"].phone_masked  # own
    assert rows["张三丰"].phone == "139****0000" and rows["张三丰"].phone_masked
    assert all(not r.phone_masked for r in q.page(office.manager, CustomerFilter()))
    assert all(r.phone_masked for r in q.page(office.reception, CustomerFilter()))
    with pytest.raises(PermissionDenied):
        q.page(office.admin, CustomerFilter())


def test_classify_search() -> None:
    assert classify_search("１３８ ５６７８").kind == "phone"
    assert classify_search("+86 138").value == "86138" or classify_search("+86 138").kind == "phone"
    assert classify_search("Zhang S").value == "zhangs"
    assert classify_search("张 三").value == "张三"
    assert classify_search("  ").kind == "none"


def test_search_index_follows_renames_and_phone_changes(services: Services, office: Office) -> None:
    """Migration 0002's triggers (SQLite) keep the FTS table in step with every writer."""
    q = services.customer_query
    cid = q.page(office.manager, CustomerFilter(search="欧阳娜娜"))[0].id
    services.customers.update(office.b, cid, {"name": "司马相如", "phone": "13366667777"})
    assert q.page(office.manager, CustomerFilter(search="欧阳娜娜")) == []
    assert names(q.page(office.manager, CustomerFilter(search="马相如"))) == ["司马相如"]
    assert names(q.page(office.manager, CustomerFilter(search="smxr"))) == ["司马相如"]
    assert names(q.page(office.manager, CustomerFilter(search="6777"))) == ["司马相如"]
    assert q.page(office.manager, CustomerFilter(search="2222")) == []
    rp = services.customers.add_related_person(office.b, cid, name="卓文君", relation="spouse",
                                               phone="13544443333")  # fmt: skip
    assert names(q.page(office.manager, CustomerFilter(search="4443"))) == ["司马相如"]
    services.customers.remove_related_person(office.b, rp.id)
    assert q.page(office.manager, CustomerFilter(search="4443")) == []


def test_budgeted_plan_falls_back_to_the_match_driven_plan(
    services: Services, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sort-driven walk interrupted by its time budget gives the same rows the other way."""
    import app.services.customer_query_service as cqs

    q = services.customer_query
    flt = CustomerFilter(owner_ids=(office.a.id,), grades=("A", "B"))
    by_name = CustomerSort(SortKey.NAME, descending=False)
    expected = names(q.page(office.manager, flt, by_name))
    monkeypatch.setattr(cqs, "DRIVER_MAX", -1)  # no single filter is selective enough
    monkeypatch.setattr(cqs, "SORT_DRIVEN_BUDGET_MS", 0.0)
    monkeypatch.setattr(cqs, "PROGRESS_STEPS", 1)
    plans: list[bool] = []
    real = cqs.CustomerQueryService._ids_sql

    def spy(self, *args, **kw):  # type: ignore[no-untyped-def]
        plans.append(bool(kw.get("via_list_index")))
        return real(self, *args, **kw)

    monkeypatch.setattr(cqs.CustomerQueryService, "_ids_sql", spy)
    assert names(q.page(office.manager, flt, by_name)) == expected == ["张三", "张伟"]
    if services.db.is_sqlite:
        assert plans == [False, True]  # interrupted, then match-driven
    assert q.count_within(office.manager, flt, 0.0) in (None, 2)
    assert q.page(office.manager, CustomerFilter()) != []  # the session is still usable


@pytest.mark.parametrize("driver_max", [-1, 10_000])
def test_every_plan_gives_the_same_rows(
    services: Services, office: Office, monkeypatch: pytest.MonkeyPatch, driver_max: int
) -> None:
    """Index-driven by one filter, or walking the sort order: same rows, same order."""
    import app.services.customer_query_service as cqs

    monkeypatch.setattr(cqs, "DRIVER_MAX", driver_max)
    q = services.customer_query
    m = office.manager
    flt = CustomerFilter(owner_ids=(office.a.id, office.b.id), grades=("A", "B"))
    for key in SortKey:
        srt = CustomerSort(key, descending=key is SortKey.CREATED)
        rows = q.page(m, flt, srt)
        assert [r.id for r in rows] == list(q.ids(m, flt, srt) or [])
        assert len(rows) == q.count(m, flt) == 4
    assert names(q.page(m, flt)) == ["张伟", "欧阳娜娜", "张三丰", "张三"]
