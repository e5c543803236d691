"""The demo office generator: real properties of what it writes, on real databases."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.db.engine import Database, open_database
from app.domain import pinyin
from app.domain.clock import FixedClock
from app.domain.enums import ACTIVE_DEAL_STATUSES, Role
from app.domain.errors import ConflictError
from app.domain.models import DemoResult
from app.domain.phone import normalize_phone
from app.models import Customer, Unit
from app.services.container import Services
from app.services.demo_service import DEMO_PASSWORD, DemoService

NOW = dt.datetime(2026, 3, 2, 10, 30, 0)
CUSTOMERS = 3000


def _open(template: Path, target: Path) -> Database:
    shutil.copyfile(template, target)
    return open_database(f"sqlite:///{target}")


@pytest.fixture(scope="module")
def office(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Database, DemoResult]]:
    """One generated office shared by the read-only tests of this module."""
    db = _open(sqlite_template, tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    result = DemoService(db, FixedClock(NOW)).generate(customers=CUSTOMERS, seed=7)
    yield db, result
    db.dispose()


def _rows(db: Database, sql: str) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def _one(db: Database, sql: str):  # type: ignore[no-untyped-def]
    return _rows(db, sql)[0][0]


def _digest(db: Database) -> dict[str, str]:
    """A hash per table of everything stored, except the (salted) password hashes."""
    out = {}
    with db.engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'customer_search_%' ORDER BY name")]  # fmt: skip
        for table in tables:
            cols = [r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')]
            cols = [c for c in cols if c != "password_hash"]
            h = hashlib.sha256()
            for row in conn.exec_driver_sql(f'SELECT {",".join(cols)} FROM "{table}" ORDER BY 1'):
                h.update(repr(tuple(row)).encode())
            out[table] = h.hexdigest()
    return out


# --- what was made -------------------------------------------------------------------------


def test_result_counts_match_the_database(office: tuple[Database, DemoResult]) -> None:
    db, result = office
    assert result.customers == CUSTOMERS == _one(db, "SELECT COUNT(*) FROM customers")
    assert result.visits == _one(db, "SELECT COUNT(*) FROM visits")
    assert result.follow_ups == _one(db, "SELECT COUNT(*) FROM follow_ups")
    assert result.deals == _one(db, "SELECT COUNT(*) FROM deals") > 0
    assert result.started_at == NOW
    assert 1.3 * CUSTOMERS < result.visits < 1.9 * CUSTOMERS
    assert 0.8 * CUSTOMERS < result.follow_ups < 1.6 * CUSTOMERS


def test_staff_accounts_share_the_documented_password(office: tuple[Database, DemoResult]) -> None:
    db, result = office
    usernames = [u for u, _, _ in result.users]
    assert usernames == ["admin", "jingli", "qiantai"] + [f"guwen{j}" for j in range(1, 9)] + [
        "kefu"
    ]
    assert DEMO_PASSWORD == "demo1234"
    assert {p for _, p, _ in result.users} == {"demo1234"}
    roles = Counter(r for _, _, r in result.users)
    assert roles == {Role.CONSULTANT: 8, Role.ADMIN: 1, Role.MANAGER: 1, Role.RECEPTION: 1,
                     Role.SERVICE: 1}  # fmt: skip
    services = Services(db, FixedClock(NOW))
    assert services.auth.authenticate("guwen3", "demo1234").role is Role.CONSULTANT
    assert services.auth.authenticate("jingli", "demo1234").role is Role.MANAGER
    names = [r[0] for r in _rows(db, "SELECT display_name FROM users WHERE role = 'consultant'")]
    assert all(2 <= len(n) <= 3 and not n.isascii() for n in names)


def test_project_buildings_units_and_adverse_factors(office: tuple[Database, DemoResult]) -> None:
    db, _ = office
    name, developer, certificates, parking = _rows(
        db, "SELECT name, developer, five_certificates, parking_info FROM projects"
    )[0]
    assert name == "滨江·云璟府" and developer and "车位" in parking
    assert len(certificates.splitlines()) == 5 and "预售许可证" in certificates
    buildings = _rows(db, "SELECT name, floors FROM buildings ORDER BY name")
    assert [b[0] for b in buildings] == ["1号楼", "2号楼"]
    assert all(18 <= b[1] <= 26 for b in buildings)
    with db.read() as s:
        units = list(s.scalars(select(Unit)))
    assert {u.layout for u in units} >= {"二室两厅一卫", "三室两厅两卫", "四室两厅两卫"}
    for unit in units:
        assert isinstance(unit.list_price, Decimal)
        assert Decimal("1.2") <= unit.building_area / unit.inner_area <= Decimal("1.3")
        assert 15_000 <= unit.list_price / unit.building_area <= 35_000
    factors = _rows(db, "SELECT title, direction, distance_m, impact, unit_id FROM adverse_factors")
    project_level = [f for f in factors if f[4] is None]
    assert 8 <= len(project_level) <= 12
    assert {"高压输电线路", "110 千伏变电站", "西晒"} <= {f[0] for f in project_level}
    substation = next(f for f in project_level if "变电站" in f[0])
    assert substation[1] and substation[2] and substation[3]
    assert any(f[4] is not None for f in factors)


# --- customers ---------------------------------------------------------------------------


def test_phones_are_unique_valid_mainland_mobiles(office: tuple[Database, DemoResult]) -> None:
    db, _ = office
    phones = [r[0] for r in _rows(db, "SELECT phone FROM customer_phones")]
    assert len(phones) == len(set(phones)) > CUSTOMERS
    for phone in phones:
        check = normalize_phone(phone)
        assert check.e164 == phone and check.is_cn_mobile and check.warning is None, phone


def test_customer_phones_cover_every_phone(office: tuple[Database, DemoResult]) -> None:
    db, _ = office
    assert _one(db, "SELECT COUNT(*) FROM customers c LEFT JOIN customer_phones p "
                    "ON p.phone = c.phone AND p.customer_id = c.id AND p.kind = 'primary' "
                    "WHERE p.id IS NULL") == 0  # fmt: skip
    assert _one(db, "SELECT COUNT(*) FROM customers c LEFT JOIN customer_phones p "
                    "ON p.phone = c.alt_phone AND p.customer_id = c.id AND p.kind = 'alternate' "
                    "WHERE c.alt_phone IS NOT NULL AND p.id IS NULL") == 0  # fmt: skip
    related = _rows(db, "SELECT r.id, r.customer_id, p.customer_id, p.kind, p.related_person_id "
                        "FROM related_persons r LEFT JOIN customer_phones p ON p.phone = r.phone")  # fmt: skip
    assert related
    assert all(r[1] == r[2] and r[3] == "related" and r[4] == r[0] for r in related)
    kinds = Counter(r[0] for r in _rows(db, "SELECT kind FROM customer_phones"))
    assert kinds["primary"] == CUSTOMERS and kinds["alternate"] > 0


def test_names_and_pinyin(office: tuple[Database, DemoResult]) -> None:
    db, _ = office
    rows = _rows(db, "SELECT name, pinyin_initials, pinyin_full, gender FROM customers")
    for name, initials, full, gender in rows:
        assert 2 <= len(name) <= 5 and not name.isascii()
        assert initials == pinyin.initials(name) and full == pinyin.full(name)
        assert gender in ("M", "F")
    by_surname = {r[0][0]: r[1][0] for r in rows if r[0][0] in "张王李刘陈杨赵黄周"}
    assert by_surname == {"张": "z", "王": "w", "李": "l", "刘": "l", "陈": "c", "杨": "y",
                          "赵": "z", "黄": "h", "周": "z"}  # fmt: skip
    surnames = Counter(name[0] for name, *_ in rows)
    assert surnames.most_common(1)[0][0] in "王李张"  # common surnames weigh more
    assert len({name for name, *_ in rows}) > 0.9 * CUSTOMERS


def test_mixes_of_channel_grade_and_stage(office: tuple[Database, DemoResult]) -> None:
    db, _ = office
    channels = Counter(r[0] for r in _rows(db, "SELECT channel FROM customers"))
    assert channels.most_common(1)[0][0] == "walk_in"
    assert {"agency", "referral", "online", "phone"} <= set(channels)
    grades = Counter(r[0] for r in _rows(db, "SELECT grade FROM customers WHERE grade IS NOT NULL"))
    total = sum(grades.values())
    for grade, share in {"A": 0.10, "B": 0.25, "C": 0.40, "D": 0.25}.items():
        assert abs(grades[grade] / total - share) < 0.05, (grade, grades)
    stages = Counter(r[0] for r in _rows(db, "SELECT stage FROM customers"))
    assert stages.most_common(1)[0][0] == "visited"
    assert stages["lead"] and stages["lost"] and stages["contracted"] and stages["delivered"]
    pool = _one(db, "SELECT COUNT(*) FROM customers WHERE in_public_pool")
    owned = _one(db, "SELECT COUNT(*) FROM customers WHERE owner_id IS NOT NULL")
    assert 0 < pool < owned and owned > CUSTOMERS / 2
    assert (
        _one(db, "SELECT COUNT(*) FROM customers WHERE in_public_pool AND owner_id IS NOT NULL")
        == 0
    )
    assert 0 < _one(db, "SELECT COUNT(*) FROM customers WHERE consent_marketing") < CUSTOMERS / 2


def test_visits_agree_with_customers(office: tuple[Database, DemoResult]) -> None:
    db, _ = office
    wrong = _rows(
        db,
        """
        SELECT c.id FROM customers c LEFT JOIN (
            SELECT customer_id, COUNT(*) n, MIN(arrived_at) first, MAX(arrived_at) last,
                   SUM(kind = 'first') firsts
            FROM visits GROUP BY customer_id) v ON v.customer_id = c.id
        WHERE c.visit_count != coalesce(v.n, 0)
           OR c.first_visit_at IS NOT v.first OR c.last_visit_at IS NOT v.last
           OR (v.n > 0 AND v.firsts != 1)""",
    )
    assert wrong == []
    assert _one(db, "SELECT COUNT(*) FROM visits WHERE left_at IS NOT NULL AND "
                    "(left_at <= arrived_at OR duration_minutes IS NULL)") == 0  # fmt: skip
    assert _one(db, "SELECT COUNT(*) FROM visits WHERE party_size < 1") == 0
    assert _one(db, "SELECT COUNT(*) FROM customers WHERE stage = 'lead' AND visit_count > 0") == 0


def test_times_are_in_the_past_two_years_and_readable(office: tuple[Database, DemoResult]) -> None:
    db, _ = office
    with db.read() as s:
        first = s.scalar(select(Customer).order_by(Customer.created_at).limit(1))
        last = s.scalar(select(Customer).order_by(Customer.created_at.desc()).limit(1))
        assert first is not None and last is not None
        assert NOW - dt.timedelta(days=740) < first.created_at < NOW - dt.timedelta(days=600)
        assert NOW - dt.timedelta(days=3) < last.created_at <= NOW
        assert isinstance(first.budget_total, Decimal | None)
        stored = s.scalar(select(Customer).where(Customer.created_at <= NOW).limit(1))
        assert stored is not None
    # Stored as SQLAlchemy stores datetimes on SQLite, so string comparisons hold.
    assert _one(db, "SELECT created_at FROM customers LIMIT 1")[-7:-6] == "."
    now = f"'{NOW.isoformat(' ')}.000000'"
    for column in ("created_at", "updated_at", "registered_at", "first_visit_at",
                   "last_visit_at", "last_effective_follow_up_at", "consent_basic_at"):  # fmt: skip
        assert _one(db, f"SELECT COUNT(*) FROM customers WHERE {column} > {now}") == 0
    assert _one(db, f"SELECT COUNT(*) FROM visits WHERE arrived_at > {now}") == 0
    assert _one(db, f"SELECT COUNT(*) FROM follow_ups WHERE done_at > {now}") == 0


def test_ownership_protection_and_follow_ups(office: tuple[Database, DemoResult]) -> None:
    db, _ = office
    now = f"'{NOW.isoformat(' ')}.000000'"
    # Every customer was registered once; each lapse into the pool is on record.
    assert _one(db, "SELECT COUNT(*) FROM ownership_events WHERE kind = 'register'") == CUSTOMERS
    assert _one(db, "SELECT COUNT(*) FROM ownership_events WHERE kind = 'lapse'") == _one(
        db, "SELECT COUNT(*) FROM customers WHERE in_public_pool"
    )
    # An owned, active customer is protected now and has a next follow-up date.
    assert (
        _one(
            db,
            f"""SELECT COUNT(*) FROM customers WHERE owner_id IS NOT NULL
        AND stage IN ('visited', 'lead', 'subscribed') AND NOT locked
        AND (protected_until <= {now} OR next_follow_up_date IS NULL)""",
        )
        == 0
    )
    assert _one(db, f"SELECT COUNT(*) FROM customers WHERE in_public_pool "
                    f"AND protected_until > {now}") == 0  # fmt: skip
    # The last effective follow-up is a reached follow-up of that customer.
    assert (
        _one(
            db,
            """SELECT COUNT(*) FROM customers c WHERE c.last_effective_follow_up_at
        IS NOT NULL AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.customer_id = c.id
        AND f.reached AND f.done_at = c.last_effective_follow_up_at)""",
        )
        == 0
    )
    done = _one(db, "SELECT COUNT(*) FROM follow_ups WHERE done_at IS NOT NULL")
    planned = _one(db, "SELECT COUNT(*) FROM follow_ups WHERE done_at IS NULL")
    assert done > planned > 0
    assert (
        _one(db, "SELECT COUNT(*) FROM follow_ups WHERE done_at IS NULL AND due_date IS NULL") == 0
    )
    assert _one(db, "SELECT COUNT(*) FROM follow_ups WHERE done_at IS NOT NULL AND "
                    "(channel IS NULL OR content IS NULL OR reached IS NULL)") == 0  # fmt: skip


def test_grades_and_consent_are_on_record(office: tuple[Database, DemoResult]) -> None:
    db, _ = office
    assert (
        _one(
            db,
            """SELECT COUNT(*) FROM customers c WHERE c.grade IS NOT NULL AND NOT EXISTS
        (SELECT 1 FROM grade_changes g WHERE g.customer_id = c.id AND g.old_grade IS NULL)""",
        )
        == 0
    )
    assert (
        _one(
            db,
            """SELECT COUNT(*) FROM customers c WHERE c.grade IS NOT NULL AND c.grade !=
        (SELECT g.new_grade FROM grade_changes g WHERE g.customer_id = c.id
         ORDER BY g.at DESC, g.id DESC LIMIT 1)""",
        )
        == 0
    )
    assert _one(db, "SELECT COUNT(*) FROM customers WHERE consent_basic AND "
                    "(consent_basic_at IS NULL OR consent_notice_version != '1')") == 0  # fmt: skip
    assert (
        _one(
            db,
            """SELECT COUNT(*) FROM customers c WHERE c.consent_basic AND NOT EXISTS
        (SELECT 1 FROM consent_records r WHERE r.customer_id = c.id AND r.purpose = 'basic'
         AND r.granted AND r.at = c.consent_basic_at)""",
        )
        == 0
    )
    assert _one(db, "SELECT COUNT(*) FROM customers WHERE registration_complete AND ("
                    "name IS NULL OR gender IS NULL OR channel IS NULL OR wanted_layout IS NULL "
                    "OR wanted_area_min IS NULL)") == 0  # fmt: skip


# --- deals ---------------------------------------------------------------------------------


def test_deals_agree_with_units_and_customers(office: tuple[Database, DemoResult]) -> None:
    db, _ = office
    active = "', '".join(ACTIVE_DEAL_STATUSES)
    assert _rows(db, f"SELECT unit_id FROM deals WHERE status IN ('{active}') "
                     "GROUP BY unit_id HAVING COUNT(*) > 1") == []  # fmt: skip
    units = _rows(
        db,
        f"""SELECT u.status, d.status FROM units u LEFT JOIN deals d
        ON d.unit_id = u.id AND d.status IN ('{active}')""",
    )
    assert all(unit == (deal or "available") for unit, deal in units)
    statuses = Counter(d for _, d in units if d)
    assert statuses["delivered"] and statuses["contracted"] and statuses["subscribed"]
    stages = _rows(
        db, "SELECT d.status, c.stage FROM deals d JOIN customers c ON c.id = d.customer_id"
    )
    expected = {"held": "visited", "subscribed": "subscribed", "contracted": "contracted",
                "delivered": "delivered", "cancelled": "cancelled"}  # fmt: skip
    assert all(expected[d] == stage for d, stage in stages)
    assert _one(db, "SELECT COUNT(*) FROM deals WHERE status IN ('contracted', 'delivered') "
                    "AND (contract_no IS NULL OR contracted_at <= subscribed_at)") == 0  # fmt: skip
    assert _one(db, "SELECT COUNT(*) FROM handovers") == statuses["delivered"]
    assert _one(db, "SELECT COUNT(*) FROM customers c JOIN deals d ON d.customer_id = c.id "
                    "WHERE d.status != 'held' AND c.resident_id IS NULL") == 0  # fmt: skip
    # A discount beyond 1 % of the list price was approved by the manager.
    assert (
        _one(
            db,
            """SELECT COUNT(*) FROM deals d WHERE d.discount * 100 > d.list_price
        AND NOT EXISTS (SELECT 1 FROM discount_approvals a WHERE a.deal_id = d.id
                        AND a.decision = 'approved')""",
        )
        == 0
    )


def test_after_sales_handful(office: tuple[Database, DemoResult]) -> None:
    db, _ = office
    assert 3 <= _one(db, "SELECT COUNT(*) FROM complaints") <= 12
    assert _one(db, "SELECT COUNT(*) FROM complaints WHERE key_point") >= 3
    surveys = _rows(db, "SELECT id, score, passed FROM surveys")
    assert 5 <= len(surveys) <= 60
    for sid, score, passed in surveys:
        scores = [
            r[0] for r in _rows(db, f"SELECT score FROM survey_answers WHERE survey_id = {sid}")
        ]
        assert score == round(sum(scores) / len(scores)) and bool(passed) == (score >= 80)


def test_database_is_consistent(office: tuple[Database, DemoResult]) -> None:
    db, _ = office
    assert _rows(db, "PRAGMA foreign_key_check") == []
    assert _rows(db, "PRAGMA integrity_check") == [("ok",)]
    # The indexes dropped for the load are all back.
    assert _one(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                    "AND name = 'ix_customers_pinyin_initials'") == 1  # fmt: skip
    # The connection settings of the engine are back too.
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_search_index_finds_customers_by_phone_digits(office: tuple[Database, DemoResult]) -> None:
    db, _ = office
    if not _one(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'customer_search'"):
        pytest.skip("no customer_search table in this schema")
    assert _one(db, "SELECT COUNT(*) FROM customer_search") == CUSTOMERS
    for cid, phone in _rows(db, "SELECT id, phone FROM customers ORDER BY id LIMIT 20"):
        digits = phone[-8:]
        found = [r[0] for r in _rows(
            db, f"SELECT rowid FROM customer_search WHERE phones MATCH '\"{digits}\"'")]  # fmt: skip
        assert cid in found
    triggers = _one(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' "
                        "AND name LIKE 'customer_search%'")  # fmt: skip
    assert triggers >= 2  # put back after the load


# --- runs ----------------------------------------------------------------------------------


def test_refuses_a_database_with_customers(office: tuple[Database, DemoResult]) -> None:
    db, _ = office
    before = _digest(db)
    with pytest.raises(ConflictError, match="已经有客户"):
        DemoService(db, FixedClock(NOW)).generate(customers=10)
    assert _digest(db) == before


def test_same_seed_same_office_in_process_and_in_worker(
    sqlite_template: Path, tmp_path: Path
) -> None:
    dbs = [_open(sqlite_template, tmp_path / f"{name}.sqlite3") for name in "abc"]
    try:
        DemoService(dbs[0], FixedClock(NOW), worker=False).generate(customers=600, seed=3)
        DemoService(dbs[1], FixedClock(NOW), worker=True).generate(customers=600, seed=3)
        DemoService(dbs[2], FixedClock(NOW), worker=False).generate(customers=600, seed=4)
        a, b, c = (_digest(db) for db in dbs)
        assert a == b
        assert a["customers"] != c["customers"] and a["customer_phones"] != c["customer_phones"]
    finally:
        for db in dbs:
            db.dispose()


def test_existing_project_and_accounts_are_kept(sqlite_template: Path, tmp_path: Path) -> None:
    db = _open(sqlite_template, tmp_path / "t.sqlite3")
    try:
        services = Services(db, FixedClock(NOW))
        project = services.projects.ensure_default("我的楼盘")
        admin = services.auth.create_user("admin", "secret-1", Role.ADMIN, "老管理员")
        result = DemoService(db, FixedClock(NOW)).generate(customers=50, seed=1)
        assert "admin" not in [u for u, _, _ in result.users] and len(result.users) == 11
        assert services.auth.authenticate("admin", "secret-1").id == admin.id
        assert _rows(db, "SELECT id, name FROM projects") == [(project.id, "滨江·云璟府")]
        assert _one(db, "SELECT COUNT(*) FROM customers WHERE project_id != "
                        f"{project.id}") == 0  # fmt: skip
    finally:
        db.dispose()


def test_small_office_on_each_backend(services: Services) -> None:
    """Runs on PostgreSQL too when SALESDESK_TEST_DATABASE_URL is set."""
    result = services.demo.generate(customers=300, seed=2)
    assert result.customers == 300
    with services.db.read() as s:
        assert s.scalar(text("SELECT COUNT(*) FROM customers")) == 300
        assert s.scalar(text("SELECT COUNT(DISTINCT phone) FROM customer_phones")) == s.scalar(
            text("SELECT COUNT(*) FROM customer_phones")
        )
        max_user = s.scalar(text("SELECT MAX(id) FROM users"))
    # Ids continue after the explicit ones (PostgreSQL sequences were moved on).
    user = services.auth.create_user("neu", "secret-1", Role.CONSULTANT, "新顾问")
    assert user.id > max_user
    with pytest.raises(ConflictError):
        services.demo.generate(customers=10)


def test_column_lists_cover_the_models() -> None:
    """A column added to a model must be filled (or knowingly left NULL) here too."""
    from app.models import Base
    from app.services import demo_service as demo

    lists = {
        "customers": demo.CUSTOMER_COLUMNS, "customer_phones": demo.PHONE_COLUMNS,
        "related_persons": demo.RELATED_COLUMNS, "visits": demo.VISIT_COLUMNS,
        "follow_ups": demo.FOLLOW_UP_COLUMNS, "grade_changes": demo.GRADE_COLUMNS,
        "ownership_events": demo.OWNERSHIP_COLUMNS, "consent_records": demo.CONSENT_COLUMNS,
        "deals": demo.DEAL_COLUMNS, "discount_approvals": demo.APPROVAL_COLUMNS,
        "handovers": demo.HANDOVER_COLUMNS, "inspection_items": demo.INSPECTION_COLUMNS,
        "units": demo.UNIT_COLUMNS, "adverse_factors": demo.FACTOR_COLUMNS,
        "complaints": demo.COMPLAINT_COLUMNS, "surveys": demo.SURVEY_COLUMNS,
        "survey_answers": demo.ANSWER_COLUMNS, "users": demo.USER_COLUMNS,
    }  # fmt: skip
    for table, columns in lists.items():
        assert set(columns) == set(Base.metadata.tables[table].columns.keys()), table
        assert len(columns) == len(set(columns)), table
