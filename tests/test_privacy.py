"""PIPL: the privacy notice, consent per purpose, a copy of a person's data, deletion by
anonymisation (byte-searched in the SQLite file and WAL), the retention job, and no full
phone or ID number in any audit detail or log line."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import event, select, text

from app.domain.clock import FixedClock
from app.domain.enums import ConsentPurpose, Role
from app.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.domain.models import UserInfo
from app.domain.privacy import (
    BASIC_CONSENT_FIELDS,
    DEFAULT_NOTICE_TEXT,
    NOTICE_PLACEHOLDERS,
    anonymised_name,
    contains_identifier,
    months_before,
    render_notice,
    scrub_identifiers,
)
from app.domain.settings import AppSettings
from app.models import (
    AuditEntry,
    ConsentRecord,
    Customer,
    CustomerPhone,
    Deal,
    FollowUp,
    Project,
    RelatedPerson,
    Unit,
    User,
    Visit,
)
from app.services.auth_service import hash_password
from app.services.container import Services

_HASH = hash_password("secret-123")
RESIDENT_ID = "11010519491231002X"


# ---------------------------------------------------------------- a small office


@dataclass
class Office:
    project_id: int
    staff: dict[str, UserInfo]


def make_office(services: Services) -> Office:
    """A project and one account per role (plus a second consultant), inserted directly."""
    now = services.clock.now()
    staff = {}
    with services.db.write() as s:
        p = Project(name="阳光花园", developer="阳光置业有限公司", address="滨江路 1 号",
                    sales_office_phone="0571-88886666", five_certificates="", parking_info="",
                    created_at=now)  # fmt: skip
        s.add(p)
        s.flush()
        for key, role in [(r.value, r) for r in Role] + [("consultant2", Role.CONSULTANT)]:
            u = User(username=key, display_name=f"{key}-name", role=role.value,
                     password_hash=_HASH, project_id=p.id, active=True, failed_attempts=0,
                     created_at=now)  # fmt: skip
            s.add(u)
            s.flush()
            staff[key] = UserInfo(u.id, u.username, u.display_name, role, p.id, True)
    return Office(p.id, staff)


def add_customer(
    services: Services,
    office: Office,
    *,
    phone: str,
    name: str = "张三丰",
    owner: str | None = "consultant",
    stage: str = "visited",
    alt_phone: str | None = None,
    related_phone: str | None = None,
    resident_id: str | None = None,
    at: dt.datetime | None = None,
) -> int:
    """A customer with the rows reception and consultants leave behind: phones, a related
    person, a visit, follow-ups (one done, one open), consent."""
    now = at or services.clock.now()
    owner_id = office.staff[owner].id if owner else None
    with services.db.write() as s:
        c = Customer(
            project_id=office.project_id, name=name,
            pinyin_initials="zsf" if name == "张三丰" else "kh",
            pinyin_full="zhangsanfeng" if name == "张三丰" else "kehu", gender="M", age_band="30-39", phone=phone,
            alt_phone=alt_phone, occupation="教师", home_district="西湖区",
            work_district="滨江区", family_structure="三口之家", birthday=dt.date(1990, 5, 1),
            resident_id=resident_id, consent_basic=True, consent_basic_at=now,
            consent_notice_version="1", consent_resident_id=resident_id is not None,
            consent_marketing=True, consent_marketing_at=now, channel="walk_in",
            budget_total=Decimal("3000000.00"), wanted_layout="三室两厅",
            note=f"客户说手机 {phone[3:]} 白天打", objections="价格偏高", owner_id=owner_id,
            owner_since=now, registration_complete=True, registered_at=now, grade="B",
            stage=stage, visit_count=2, first_visit_at=now, last_visit_at=now,
            created_at=now, updated_at=now, locked=False, in_public_pool=owner is None,
        )  # fmt: skip
        s.add(c)
        s.flush()
        s.add(CustomerPhone(project_id=office.project_id, phone=phone, customer_id=c.id,
                            kind="primary"))  # fmt: skip
        if alt_phone:
            s.add(CustomerPhone(project_id=office.project_id, phone=alt_phone,
                                customer_id=c.id, kind="alternate"))  # fmt: skip
        if related_phone:
            rp = RelatedPerson(customer_id=c.id, name="李秋水", relation="spouse",
                               phone=related_phone, created_at=now)  # fmt: skip
            s.add(rp)
            s.flush()
            s.add(CustomerPhone(project_id=office.project_id, phone=related_phone,
                                customer_id=c.id, kind="related", related_person_id=rp.id))  # fmt: skip
        s.add(Visit(project_id=office.project_id, customer_id=c.id, consultant_id=owner_id,
                    arrived_at=now, party_size=2, channel="walk_in", kind="first",
                    consumed_turn=True, note=f"{name}和太太一起来"))  # fmt: skip
        s.add(FollowUp(customer_id=c.id, assignee_id=owner_id, kind="regular", done_at=now,
                       channel="phone", content=f"给{name}打电话", outcome="约周末", reached=True,
                       created_at=now))  # fmt: skip
        s.add(FollowUp(customer_id=c.id, assignee_id=owner_id, kind="regular",
                       due_date=now.date() + dt.timedelta(days=5), created_at=now))  # fmt: skip
        s.add(ConsentRecord(customer_id=c.id, purpose="basic", granted=True,
                            notice_version="1", at=now))  # fmt: skip
        return c.id


def add_unit_and_deal(services: Services, office: Office, customer_id: int, status: str) -> int:
    now = services.clock.now()
    with services.db.write() as s:
        from app.models import Building

        b = Building(project_id=office.project_id, name=f"{customer_id}号楼", floors=10)
        s.add(b)
        s.flush()
        cols = Unit.__table__.columns
        values: dict[str, object] = {"building_id": b.id}
        for col in cols:
            if col.name in values or col.name == "id" or col.nullable:
                continue
            values[col.name] = {"status": "available"}.get(col.name, _dummy(col))
        u = Unit(**values)
        s.add(u)
        s.flush()
        d = Deal(project_id=office.project_id, customer_id=customer_id, unit_id=u.id,
                 consultant_id=office.staff["consultant"].id, status=status,
                 list_price=Decimal("2000000"), cancel_reason="张三丰资金不够" if status ==
                 "cancelled" else None, personalised_changes="张三丰要求改厨房",
                 created_at=now)  # fmt: skip
        s.add(d)
        s.flush()
        return d.id


def _dummy(col: object) -> object:
    from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text

    t = col.type  # type: ignore[attr-defined]
    if isinstance(t, Boolean):
        return False
    if isinstance(t, DateTime):
        return dt.datetime(2026, 1, 1)
    if isinstance(t, Date):
        return dt.date(2026, 1, 1)
    if isinstance(t, String | Text):
        return "1"
    if isinstance(t, Integer):
        return 1
    return Decimal("100")


def _audit(services: Services, action: str | None = None) -> list[AuditEntry]:
    with services.db.read() as s:
        stmt = select(AuditEntry).order_by(AuditEntry.id)
        if action:
            stmt = stmt.where(AuditEntry.action == action)
        return list(s.scalars(stmt))


# ---------------------------------------------------------------- the notice


def test_default_notice_names_purposes_retention_rights_and_contact(services: Services) -> None:
    make_office(services)
    notice = services.privacy.notice()
    assert notice.version == "1"
    assert notice.title == "阳光花园 个人信息保护告知书（第 1 版）"
    for words in ("阳光置业有限公司", "滨江路 1 号", "0571-88886666", "24 个月", "身份证号码",
                  "营销信息", "撤回", "删除", "查阅、复制", "生物识别"):  # fmt: skip
        assert words in notice.text, words
    assert not any(p in notice.text for p in NOTICE_PLACEHOLDERS)


def test_notice_follows_the_settings(services: Services) -> None:
    make_office(services)
    services.settings.save(AppSettings(privacy_notice_version="2", retention_months=36))
    notice = services.privacy.notice()
    assert notice.version == "2" and "36 个月" in notice.text and "第 2 版" in notice.text


def test_own_notice_text_keeps_braces() -> None:
    notice = render_notice("{project}告知书 {unknown} {{x}}", version="3", project="阳光花园")
    assert notice.text == "阳光花园告知书 {unknown} {{x}}\n"
    assert render_notice("", version="1", project="").text.startswith("本项目 个人信息保护告知书")
    assert "{project}" in DEFAULT_NOTICE_TEXT


def test_months_before() -> None:
    assert months_before(dt.datetime(2026, 3, 31, 9), 1) == dt.datetime(2026, 2, 28, 9)
    assert months_before(dt.datetime(2026, 3, 2), 24) == dt.datetime(2024, 3, 2)
    assert months_before(dt.datetime(2024, 2, 29), 12) == dt.datetime(2023, 2, 28)
    assert months_before(dt.datetime(2026, 1, 15), 13) == dt.datetime(2024, 12, 15)


def test_scrub_identifiers() -> None:
    text = "手机13812345678，+8613912345678，身份证11010519491231002x，已遮盖138****5678"
    scrubbed = scrub_identifiers(text)
    assert contains_identifier(text) and not contains_identifier(scrubbed)
    assert "138****5678" in scrubbed and "+86139****5678" in scrubbed
    assert "1101**********002x" in scrubbed
    assert (
        scrub_identifiers("房号 1-2-301，面积 89.5，金额 3000000")
        == "房号 1-2-301，面积 89.5，金额 3000000"
    )


def test_reception_consent_fields_are_covered_by_withdrawal() -> None:
    """What the registration form stores only with consent is erased when it is withdrawn."""
    reception = pytest.importorskip("app.services.reception_service")
    assert set(reception.CONSENT_FIELDS) <= set(BASIC_CONSENT_FIELDS)


# ---------------------------------------------------------------- consent


def test_consent_is_recorded_per_purpose_with_version_and_time(
    services: Services, clock: FixedClock
) -> None:
    office = make_office(services)
    cid = add_customer(services, office, phone="+8613912345678", resident_id=RESIDENT_ID)
    reception = office.staff["reception"]
    clock.advance(hours=1)
    state = services.privacy.record_consent(reception, cid, ConsentPurpose.MARKETING, False)
    assert not state.marketing and state.marketing_at == clock.now()
    assert state.basic and state.resident_id
    latest = state.history[0]
    assert (latest.purpose, latest.granted, latest.notice_version, latest.at) == (
        ConsentPurpose.MARKETING, False, "1", clock.now(),
    )  # fmt: skip
    assert latest.recorded_by == reception.id
    clock.advance(hours=1)
    state = services.privacy.record_consent(reception, cid, ConsentPurpose.MARKETING, True,
                                            notice_version="2")  # fmt: skip
    assert state.marketing and state.notice_version == "2"
    assert [e.granted for e in state.history if e.purpose is ConsentPurpose.MARKETING] == [
        True, False,
    ]  # fmt: skip
    # Withdrawals are audited; grants are on record in consent_records already.
    (row,) = _audit(services, "consent")
    assert row.customer_id == cid and "营销信息" in row.detail


def test_withdrawing_resident_id_consent_erases_the_number(
    services: Services, clock: FixedClock
) -> None:
    office = make_office(services)
    cid = add_customer(services, office, phone="+8613912345678", resident_id=RESIDENT_ID)
    services.privacy.record_consent(office.staff["manager"], cid, ConsentPurpose.RESIDENT_ID, False)
    with services.db.read() as s:
        c = s.get(Customer, cid)
        assert c is not None and c.resident_id is None and c.consent_resident_id is False
        assert c.occupation == "教师"  # only the ID number goes
    assert "resident_id" in _audit(services, "consent")[0].detail


def test_withdrawing_basic_consent_erases_all_but_name_and_phone(
    services: Services, clock: FixedClock
) -> None:
    office = make_office(services)
    cid = add_customer(services, office, phone="+8613912345678", alt_phone="+8613712345670",
                       resident_id=RESIDENT_ID)  # fmt: skip
    state = services.privacy.record_consent(office.staff["consultant"], cid,
                                            ConsentPurpose.BASIC, False)  # fmt: skip
    assert not state.basic and not state.resident_id
    with services.db.read() as s:
        c = s.get(Customer, cid)
        assert c is not None
        for field in (*BASIC_CONSENT_FIELDS, "resident_id"):
            assert getattr(c, field) is None, field
        assert (c.name, c.phone, c.gender, c.grade, c.visit_count) == (
            "张三丰", "+8613912345678", "M", "B", 2,
        )  # fmt: skip
        kinds = set(s.scalars(select(CustomerPhone.kind).where(CustomerPhone.customer_id == cid)))
        assert kinds == {"primary"}


def test_extra_consents_need_basic_consent_first(services: Services) -> None:
    office = make_office(services)
    cid = add_customer(services, office, phone="+8613912345678")
    manager = office.staff["manager"]
    services.privacy.record_consent(manager, cid, ConsentPurpose.BASIC, False)
    with pytest.raises(ValidationError) as info:
        services.privacy.record_consent(manager, cid, ConsentPurpose.MARKETING, True)
    assert "consent_basic" in info.value.field_errors
    services.privacy.record_consent(manager, cid, ConsentPurpose.BASIC, True)
    assert services.privacy.record_consent(manager, cid, ConsentPurpose.MARKETING, True).marketing


def test_correction_is_the_customer_files_own_edit(services: Services) -> None:
    office = make_office(services)
    cid = add_customer(services, office, phone="+8613912345678")
    corrected = services.privacy.correct(office.staff["manager"], cid, {"occupation": "医生"})
    assert corrected.occupation == "医生"
    with pytest.raises(PermissionDenied):
        services.privacy.correct(office.staff["consultant2"], cid, {"occupation": "律师"})


def test_who_may_record_consent(services: Services) -> None:
    office = make_office(services)
    mine = add_customer(services, office, phone="+8613912345678")
    theirs = add_customer(services, office, phone="+8613912345679", owner="consultant2")
    for who in ("consultant", "reception", "manager"):
        services.privacy.record_consent(office.staff[who], mine, ConsentPurpose.MARKETING, True)
    for who, cid in (("consultant", theirs), ("admin", mine), ("service", mine)):
        with pytest.raises(PermissionDenied):
            services.privacy.record_consent(office.staff[who], cid, ConsentPurpose.MARKETING,
                                            False)  # fmt: skip
    denied = _audit(services, "access_denied")
    assert [(r.user_id, r.customer_id) for r in denied] == [
        (office.staff["consultant"].id, theirs),
        (office.staff["admin"].id, mine),
        (office.staff["service"].id, mine),
    ]


# ---------------------------------------------------------------- a copy for the person


@pytest.mark.parametrize("fmt", ["json", "xlsx"])
def test_export_everything_about_one_customer(services: Services, tmp_path: Path, fmt: str) -> None:
    office = make_office(services)
    cid = add_customer(services, office, phone="+8613912345678", alt_phone="+8613712345670",
                       related_phone="+8615012345671", resident_id=RESIDENT_ID)  # fmt: skip
    add_customer(services, office, phone="+8613800000000", name="别人")
    add_unit_and_deal(services, office, cid, "cancelled")
    path = tmp_path / f"copy.{fmt}"
    result = services.privacy.export_personal_data(office.staff["manager"], cid, path, fmt)
    assert result.tables["customers"] == 1 and result.tables["customer_phones"] == 3
    assert result.tables["related_persons"] == 1 and result.tables["visits"] == 1
    assert result.tables["follow_ups"] == 2 and result.tables["consent_records"] == 1
    assert result.tables["deals"] == 1
    if fmt == "json":
        doc = json.loads(path.read_text(encoding="utf-8"))
        (row,) = doc["tables"]["customers"]
        assert row["id"] == cid and row["resident_id"] == RESIDENT_ID
        assert row["budget_total"] == "3000000.00" and row["birthday"] == "1990-05-01"
        assert doc["staff"][str(office.staff["consultant"].id)] == "consultant-name"
        blob = path.read_text(encoding="utf-8")
    else:
        wb = load_workbook(path, read_only=True)
        assert {"customers", "customer_phones", "visits", "deals", "staff"} <= set(wb.sheetnames)
        blob = json.dumps([[list(r) for r in wb[n].iter_rows(values_only=True)]
                           for n in wb.sheetnames], default=str, ensure_ascii=False)  # fmt: skip
    assert "+8613912345678" in blob and "李秋水" in blob
    assert "别人" not in blob and "+8613800000000" not in blob
    (row,) = _audit(services, "subject_export")
    assert row.customer_id == cid and row.user_id == office.staff["manager"].id


def test_only_a_manager_exports_a_persons_copy(services: Services, tmp_path: Path) -> None:
    office = make_office(services)
    cid = add_customer(services, office, phone="+8613912345678")
    for who in ("consultant", "reception", "service", "admin"):
        with pytest.raises(PermissionDenied):
            services.privacy.export_personal_data(office.staff[who], cid, tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()
    assert _audit(services, "subject_export") == []
    assert len(_audit(services, "access_denied")) == 4
    with pytest.raises(ValidationError):
        services.privacy.export_personal_data(office.staff["manager"], cid, tmp_path / "x", "csv")


# ---------------------------------------------------------------- deletion


def test_anonymise_removes_identity_and_keeps_statistics(
    services: Services, clock: FixedClock
) -> None:
    office = make_office(services)
    cid = add_customer(services, office, phone="+8613912345678", alt_phone="+8613712345670",
                       related_phone="+8615012345671", resident_id=RESIDENT_ID)  # fmt: skip
    deal_id = add_unit_and_deal(services, office, cid, "cancelled")
    manager = office.staff["manager"]
    clock.advance(days=1)
    result = services.privacy.anonymise(manager, cid, "张三丰本人来电要求删除，电话13912345678",
                                        compact=False)  # fmt: skip
    assert result.name == anonymised_name(cid) == f"已删除客户#{cid}"
    with services.db.read() as s:
        c = s.get(Customer, cid)
        assert c is not None and c.name == f"已删除客户#{cid}"
        for field in ("phone", "alt_phone", "resident_id", "birthday", "occupation",
                      "home_district", "work_district", "family_structure", "note",
                      "objections"):  # fmt: skip
            assert getattr(c, field) is None, field
        assert (c.pinyin_full, c.pinyin_initials) == ("", "")
        assert not (c.consent_basic or c.consent_marketing or c.consent_resident_id)
        assert c.anonymized_at == clock.now() and c.next_follow_up_date is None
        # statistics stay
        assert (c.grade, c.stage, c.channel, c.visit_count, c.owner_id) == (
            "B", "visited", "walk_in", 2, office.staff["consultant"].id,
        )  # fmt: skip
        assert c.budget_total == Decimal("3000000.00") and c.wanted_layout == "三室两厅"
        assert s.scalars(select(CustomerPhone).where(CustomerPhone.customer_id == cid)).all() == []
        rp = s.scalars(select(RelatedPerson).where(RelatedPerson.customer_id == cid)).one()
        assert (rp.name, rp.phone, rp.relation) == (None, None, "spouse")
        assert s.scalars(select(Visit.note).where(Visit.customer_id == cid)).all() == [None]
        fus = s.scalars(select(FollowUp).where(FollowUp.customer_id == cid)).all()
        assert len(fus) == 1 and fus[0].content is None and fus[0].reached is True  # open task gone
        deal = s.get(Deal, deal_id)
        assert deal is not None and deal.personalised_changes is None
        assert deal.cancel_reason == "***资金不够" and deal.list_price == Decimal("2000000.00")
        consent = s.scalars(select(ConsentRecord).where(ConsentRecord.customer_id == cid)).all()
        assert len(consent) == 1  # kept, tied to the anonymised row only
    (row,) = _audit(services, "anonymise")
    assert row.customer_id == cid and row.user_id == manager.id
    assert "张三丰" not in row.detail and "13912345678" not in row.detail
    assert "139****5678" in row.detail
    with pytest.raises(NotFoundError):  # gone for every later use case
        services.privacy.anonymise(manager, cid, "再删一次")


def test_anonymise_is_refused_while_a_deal_is_active(services: Services) -> None:
    office = make_office(services)
    cid = add_customer(services, office, phone="+8613912345678")
    add_unit_and_deal(services, office, cid, "subscribed")
    with pytest.raises(ConflictError, match="依法需要保存"):
        services.privacy.anonymise(office.staff["manager"], cid, "本人要求", compact=False)
    with services.db.read() as s:
        assert s.get(Customer, cid).name == "张三丰"  # type: ignore[union-attr]
    assert _audit(services, "anonymise") == []


def test_only_a_manager_deletes_and_a_reason_is_needed(services: Services) -> None:
    office = make_office(services)
    cid = add_customer(services, office, phone="+8613912345678")
    with pytest.raises(ValidationError):
        services.privacy.anonymise(office.staff["manager"], cid, "  ")
    for who in ("consultant", "reception", "service", "admin"):
        with pytest.raises(PermissionDenied):
            services.privacy.anonymise(office.staff[who], cid, "本人要求")
    with services.db.read() as s:
        assert s.get(Customer, cid).phone == "+8613912345678"  # type: ignore[union-attr]


def test_a_failed_deletion_changes_nothing_and_records_nothing(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The audit row is written in the deletion's transaction: both or neither."""
    from app.services import privacy_service

    office = make_office(services)
    cid = add_customer(services, office, phone="+8613912345678")

    def fail(_s: object) -> None:  # runs after the audit row was added
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(privacy_service, "_optimize_search_index", fail)
    with pytest.raises(RuntimeError):
        services.privacy.anonymise(office.staff["manager"], cid, "本人要求")
    with services.db.read() as s:
        assert s.get(Customer, cid).name == "张三丰"  # type: ignore[union-attr]
    assert _audit(services, "anonymise") == []


# ---------------------------------------------------------------- the bytes on disk


PHONE = "+8613912345678"
OLD_PHONE = "+8613912340000"
ALT = "+8613712345670"
RELATED = "+8615012345671"


def _needles() -> dict[str, bytes]:
    out = {}
    for p in (PHONE, OLD_PHONE, ALT, RELATED):
        out[p] = p.encode()
        out[p[3:]] = p[3:].encode()  # the 11-digit national form
    out[RESIDENT_ID] = RESIDENT_ID.encode()
    out["张三丰"] = "张三丰".encode()
    out["zhangsanfeng"] = b"zhangsanfeng"
    return out


def _found(db_file: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in (db_file, db_file.with_name(db_file.name + "-wal")):
        if not f.exists():
            continue
        blob = f.read_bytes()
        hits = [name for name, needle in _needles().items() if needle in blob]
        if hits:
            found[f.name] = hits
    return found


def test_deleted_phone_is_gone_from_the_sqlite_file_and_wal(
    sqlite_services: Services, sqlite_url: str, clock: FixedClock
) -> None:
    services = sqlite_services
    db_file = Path(sqlite_url.removeprefix("sqlite:///"))
    # The python.org SQLite of the Windows build has secure_delete off (Debian's is built
    # with it on); switch it off so freed space keeps old bytes, as on a reception PC.
    event.listen(services.db.engine, "connect",
                 lambda con, _rec: con.execute("PRAGMA secure_delete=OFF"))  # fmt: skip
    services.db.engine.dispose()
    office = make_office(services)
    for i in range(30):
        add_customer(services, office, phone=f"+86137000000{i:02d}", name=f"客户{i}")
    cid = add_customer(services, office, phone=OLD_PHONE, alt_phone=ALT, related_phone=RELATED,
                       resident_id=RESIDENT_ID)  # fmt: skip
    for i in range(30, 60):
        add_customer(services, office, phone=f"+86137000000{i:02d}", name=f"客户{i}")

    # Life goes on: the phone changes, notes grow and shrink, the WAL is checkpointed in
    # between, so old versions of the row end up in free space inside the file.
    def checkpoint() -> None:
        raw = services.db.engine.raw_connection()  # outside any transaction
        assert raw.cursor().execute("PRAGMA secure_delete").fetchone() == (0,)
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.close()

    checkpoint()
    with services.db.write() as s:
        c = s.get(Customer, cid)
        assert c is not None
        c.phone = PHONE
        s.execute(CustomerPhone.__table__.update()
                  .where(CustomerPhone.phone == OLD_PHONE).values(phone=PHONE))  # fmt: skip
    for k in (5, 1, 9, 2, 7, 0, 3):
        with services.db.write() as s:
            c = s.get(Customer, cid)
            assert c is not None
            c.note = "备注" * (k * 20) or None
            c.visit_count = k
        checkpoint()
    before = _found(db_file)
    # The search must see them at first (the old phone's slot happens to be reused).
    assert set(before[db_file.name]) == set(_needles()) - {OLD_PHONE, OLD_PHONE[3:]}

    services.privacy.anonymise(office.staff["manager"], cid, "本人要求删除")

    assert _found(db_file) == {}
    with services.db.read() as s:
        conn = s.connection()
        # The search index of migration 0002 no longer finds the customer by any phone...
        for p in (PHONE, ALT, RELATED):
            hits = conn.exec_driver_sql(
                "SELECT rowid FROM customer_search WHERE phones LIKE ?", (f"%{p[3:]}%",)
            ).all()
            assert hits == [], p
        # ...and holds no trigram of them for that document any more.
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.cs_vocab "
            "USING fts5vocab(main, customer_search, 'instance')"
        )
        terms = {r[0] for r in conn.exec_driver_sql(
            "SELECT term FROM temp.cs_vocab WHERE doc = ?", (cid,))}  # fmt: skip
        assert not any(t.isdigit() and t in PHONE for t in terms - {str(cid)[-3:]}), terms
        assert conn.exec_driver_sql("SELECT count(*) FROM customer_search").scalar() == 61
    # Everybody else is still findable by phone.
    with services.db.read() as s:
        assert s.scalar(select(Customer.id).where(Customer.phone == "+8613700000007"))


# ---------------------------------------------------------------- retention


def test_retention_anonymises_only_stale_leads_and_audits_the_counts(
    services: Services, clock: FixedClock
) -> None:
    office = make_office(services)
    long_ago = clock.now() - dt.timedelta(days=2 * 365 + 30)
    stale = add_customer(services, office, phone="+8613900000001", at=long_ago)
    stale_lead = add_customer(services, office, phone="+8613900000002", at=long_ago,
                              stage="lead", owner=None)  # fmt: skip
    recent = add_customer(services, office, phone="+8613900000003")
    with_deal = add_customer(services, office, phone="+8613900000004", at=long_ago)
    add_unit_and_deal(services, office, with_deal, "cancelled")
    recently_reached = add_customer(services, office, phone="+8613900000005", at=long_ago)
    with services.db.write() as s:
        s.add(FollowUp(customer_id=recently_reached, kind="regular", reached=True,
                       done_at=clock.now() - dt.timedelta(days=30), created_at=long_ago))  # fmt: skip
    owner_stage = add_customer(services, office, phone="+8613900000006", at=long_ago,
                               stage="owner")  # fmt: skip

    assert services.privacy.retention_candidates() == 2
    with pytest.raises(PermissionDenied):
        services.privacy.run_retention(office.staff["consultant"])
    result = services.privacy.run_retention(office.staff["admin"], batch=1, compact=False)
    assert result.anonymised == 2 and set(result.customer_ids) == {stale, stale_lead}
    assert result.cutoff == dt.datetime(2024, 3, 2, 10, 0)
    with services.db.read() as s:
        names = dict(s.execute(select(Customer.id, Customer.name)).all())
    assert names[stale] == f"已删除客户#{stale}" and names[stale_lead] == f"已删除客户#{stale_lead}"
    for keep in (recent, with_deal, recently_reached, owner_stage):
        assert names[keep] == "张三丰"
    per_customer = _audit(services, "anonymise")
    assert sorted(r.customer_id for r in per_customer) == sorted([stale, stale_lead])
    (summary,) = _audit(services, "retention")
    assert summary.user_id == office.staff["admin"].id
    assert "匿名化 2 位客户" in summary.detail and "24 个月" in summary.detail
    # A second run finds nothing and says so.
    assert services.privacy.run_retention(compact=False).anonymised == 0
    assert "匿名化 0 位客户" in _audit(services, "retention")[-1].detail


# ---------------------------------------------------------------- no identifiers in logs


_FULL_ID = re.compile(r"(?<![0-9A-Za-z*])\d{17}[\dXx](?![0-9A-Za-z])")
_FULL_PHONE = re.compile(r"(?<!\d)(?:\+?86)?1[3-9]\d{9}(?!\d)")


def test_no_audit_detail_or_log_line_holds_a_full_phone_or_id(
    services: Services, clock: FixedClock, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    office = make_office(services)
    staff = office.staff
    cids = [
        add_customer(services, office, phone=f"+861391234567{i}", alt_phone=f"+861371234567{i}",
                     related_phone=f"+861501234567{i}", resident_id=RESIDENT_ID)
        for i in range(3)
    ]  # fmt: skip
    services.auth.create_user("newcomer", "secret-123", Role.CONSULTANT, actor=staff["admin"])
    services.auth.authenticate("newcomer", "secret-123")
    for _ in range(3):
        with pytest.raises(Exception):  # noqa: B017 - wrong password, then the lockout
            services.auth.authenticate("newcomer", "13912345670")
    services.privacy.record_consent(staff["manager"], cids[0], ConsentPurpose.RESIDENT_ID, False)
    services.privacy.record_consent(staff["manager"], cids[1], ConsentPurpose.BASIC, False)
    services.privacy.export_personal_data(staff["manager"], cids[0], tmp_path / "c.json")
    with pytest.raises(PermissionDenied):
        services.privacy.export_personal_data(staff["consultant2"], cids[0], tmp_path / "d.json")
    services.privacy.anonymise(staff["manager"], cids[2], f"本人 +861391234567{2} 要求，"
                               f"身份证 {RESIDENT_ID}", compact=False)  # fmt: skip
    clock.advance(days=800)
    services.privacy.run_retention(compact=False)
    services.audit.export_xlsx(staff["manager"], None, tmp_path / "audit.xlsx")

    rows = _audit(services)
    assert {r.action for r in rows} >= {
        "user_create", "sign_in", "lockout", "consent", "subject_export", "access_denied",
        "anonymise", "retention", "audit_export",
    }  # fmt: skip
    for r in rows:
        assert not _FULL_PHONE.search(r.detail) and not _FULL_ID.search(r.detail), r.detail
        assert not contains_identifier(r.detail), r.detail
    for record in caplog.records:
        line = record.getMessage()
        assert not _FULL_PHONE.search(line) and not _FULL_ID.search(line), line
    # The audit table as a whole, grepped as text.
    with services.db.read() as s:
        dump = " ".join(str(v) for row in s.execute(text("SELECT * FROM audit_log")) for v in row)
    for i in range(3):
        assert f"1391234567{i}" not in dump and f"1371234567{i}" not in dump
    assert RESIDENT_ID not in dump
