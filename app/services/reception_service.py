"""The reception desk (接待台, SPEC §3): phone lookup (判客), visit registration, check-out.

``register_visit`` is one transaction: the customer (created or updated), its phones,
the visit, the ownership events, the rotation assignment with its queue snapshot,
consent records and audit entries are saved whole or not at all.

Two reception PCs registering the same new phone at the same moment end with one
customer: ``UNIQUE(project_id, phone)`` on ``customer_phones`` (and on ``customers``)
lets only one insert win. The other side gets a ``ConflictError`` telling who has just
registered the phone, and its form keeps every value; looking the phone up again shows
the card, and saving again records a same-day visit to that customer. The same message
comes when SQLite serialised the two writers (the second one then finds the phone
already there although its card said "new"): ``RegistrationForm.expected_customer_id``
carries what the card showed, so both databases behave the same.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import bindparam, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.domain import pinyin
from app.domain.access import sees_customer_data, sees_full
from app.domain.clock import Clock
from app.domain.customer import (
    CustomerCard,
    RegistrationForm,
    RegistrationResult,
    VisitPlan,
    VisitRow,
)
from app.domain.enums import (
    Channel,
    ConsentPurpose,
    Gender,
    Grade,
    OwnershipEventKind,
    Role,
    RotationStatus,
    Stage,
    VisitKind,
)
from app.domain.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from app.domain.follow_up import plan_next_follow_up
from app.domain.models import UserInfo
from app.domain.ownership import (
    OwnershipFacts,
    RouteKind,
    decide_route,
    missing_required,
    protection,
    protection_until,
)
from app.domain.phone import display_phone, mask_phone, normalize_phone
from app.domain.rotation import propose
from app.domain.settings import AppSettings
from app.models import ConsentRecord, Customer, CustomerPhone, OwnershipEvent, RelatedPerson, Visit
from app.services import audit_service
from app.services.customer_query_service import project_id_for, user_names
from app.services.rotation_service import (
    assign_in_session,
    load_queue,
    lock_queue,
    mark_status,
    require_consultant,
)
from app.services.settings_service import load_settings

MAX_PARTY_SIZE = 50
#: Customer attributes reception may store only with the customer's basic consent
#: (PIPL: more than phone and name). Gender is kept as the form of address (先生/女士)
#: reception must write down to save a visit at all, so it is not in this list.
CONSENT_FIELDS = ("alt_phone", "age_band", "wanted_area_min", "wanted_area_max",
                  "wanted_layout", "note", "referrer_customer_id")  # fmt: skip


def facts_of(c: Customer) -> OwnershipFacts:
    return OwnershipFacts(
        owner_id=c.owner_id,
        owner_since=c.owner_since,
        locked=c.locked,
        in_public_pool=c.in_public_pool,
        visit_count=c.visit_count,
        last_visit_at=c.last_visit_at,
        last_effective_follow_up_at=c.last_effective_follow_up_at,
        registration_complete=c.registration_complete,
        registered_at=c.registered_at,
        created_at=c.created_at,
        stage=c.stage,
        protected_until=c.protected_until,
    )


def customer_values(c: Customer) -> dict[str, object]:
    """The customer's attributes by name, for the required-fields rule."""
    return {k: getattr(c, k) for k in ("name", "gender", "phone", "channel", "wanted_area_min",
            "wanted_area_max", "wanted_layout", "age_band", "budget_total", "home_district",
            "work_district", "occupation", "purpose")}  # fmt: skip


def grant_consent(
    s: Session, c: Customer, purpose: ConsentPurpose, granted: bool, *, now: dt.datetime,
    by_user_id: int | None, notice_version: str,
) -> bool:  # fmt: skip
    """Set one consent flag with its time and keep the record; False if unchanged."""
    flag, at = f"consent_{purpose.value}", f"consent_{purpose.value}_at"
    if bool(getattr(c, flag)) == granted:
        return False
    setattr(c, flag, granted)
    setattr(c, at, now)
    if purpose is ConsentPurpose.BASIC:
        c.consent_notice_version = notice_version
    s.add(ConsentRecord(customer_id=c.id, purpose=purpose.value, granted=granted,
                        notice_version=notice_version, at=now, recorded_by=by_user_id))  # fmt: skip
    return True


def day_start(now: dt.datetime) -> dt.datetime:
    return dt.datetime.combine(now.date(), dt.time())


@dataclass(frozen=True, slots=True)
class _Checked:
    """A form that passed the checks that need no database."""

    phone: str
    phone_warning: str | None
    name: str
    gender: str
    party_size: int
    channel: str
    consultant_id: int
    alt_phone: str | None
    wanted_area_min: Decimal | None
    wanted_area_max: Decimal | None


# Built once: the 判客 lookup runs on every keystroke that completes a number.
_FIND_BY_PHONE = (
    select(Customer, CustomerPhone.kind, CustomerPhone.related_person_id)
    .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
    .where(CustomerPhone.project_id == bindparam("pid"), CustomerPhone.phone == bindparam("phone"))
)
_TODAY_CONSULTANT = (
    select(Visit.consultant_id)
    .where(
        Visit.customer_id == bindparam("cid"),
        Visit.arrived_at >= bindparam("since"),
        Visit.kind != VisitKind.SCOUT.value,
    )
    .order_by(Visit.arrived_at.desc(), Visit.id.desc())
    .limit(1)
)


class _PhoneTaken(Exception):
    def __init__(self, phone: str) -> None:
        self.phone = phone


def _is_phone_conflict(exc: IntegrityError) -> bool:
    text = str(exc.orig).lower()
    return "phone" in text and ("unique" in text or "duplicate" in text)


class ReceptionService:
    """Phone lookup, visit registration and check-out, one transaction per call."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # --- lookup --------------------------------------------------------------------

    def lookup_phone(self, actor: UserInfo, raw_phone: str) -> CustomerCard | None:
        """The 判客 card of the customer known by this phone (primary, alternate or a
        related person's), or None. Raises ``ValidationError`` (field ``phone``) for
        input that cannot be a phone yet, e.g. 10 digits while typing."""
        if not sees_customer_data(actor):
            raise PermissionDenied("管理员不能查看客户信息")
        phone = normalize_phone(raw_phone).e164
        with self._db.read() as s:
            found = self._find(s, project_id_for(s, actor), phone)
            if found is None:
                return None
            c, kind, rel = found
            return self._card(s, actor, c, kind, rel, self._clock.now(), load_settings(s))

    def plan_visit(self, actor: UserInfo, raw_phone: str, *, scout: bool = False) -> VisitPlan:
        """What saving a visit for this phone would do: the card, the route (owner,
        same-day, scout, rotation) and the proposed consultant. Nothing is written."""
        if not sees_customer_data(actor):
            raise PermissionDenied("管理员不能查看客户信息")
        check = normalize_phone(raw_phone)
        now = self._clock.now()
        with self._db.read() as s:
            pid = project_id_for(s, actor)
            settings = load_settings(s)
            found = self._find(s, pid, check.e164)
            card = None
            facts = None
            today_consultant = None
            if found is not None:
                c, kind, rel = found
                card = self._card(s, actor, c, kind, rel, now, settings)
                facts = facts_of(c)
                today_consultant = card.visited_today_consultant_id
            decision = decide_route(facts, now, settings, scout=scout,
                                    today_consultant_id=today_consultant)  # fmt: skip
            consultant_id = decision.consultant_id
            if decision.kind is RouteKind.ROTATION:
                consultant_id = propose(load_queue(s, pid, now.date()))
            names = user_names(s, {consultant_id} if consultant_id else set())
        name = names.get(consultant_id) if consultant_id else None
        return VisitPlan(
            phone_e164=check.e164,
            phone_warning=check.warning,
            card=card,
            route=decision.kind,
            consultant_id=consultant_id,
            consultant_name=name,
            consumes_turn=decision.consumes_turn,
            lapses=decision.lapses,
            message=_plan_message(decision.kind, card, name, decision.lapses),
        )

    def _find(
        self, s: Session, project_id: int, phone: str
    ) -> tuple[Customer, str, RelatedPerson | None] | None:
        row = s.execute(_FIND_BY_PHONE, {"pid": project_id, "phone": phone}).first()
        if row is None:
            # A customer row whose phone is not in customer_phones (written by an older
            # import) is still found.
            c = s.scalar(select(Customer).where(Customer.project_id == project_id,
                                                Customer.phone == phone))  # fmt: skip
            return (c, "primary", None) if c is not None else None
        c = row[0]
        rel = s.get(RelatedPerson, row.related_person_id) if row.related_person_id else None
        return c, row.kind, rel

    def _today_consultant(self, s: Session, customer_id: int, now: dt.datetime) -> int | None:
        return s.scalar(_TODAY_CONSULTANT, {"cid": customer_id, "since": day_start(now)})

    def _card(
        self,
        s: Session,
        actor: UserInfo,
        c: Customer,
        matched_by: str,
        rel: RelatedPerson | None,
        now: dt.datetime,
        settings: AppSettings,
    ) -> CustomerCard:
        prot = protection(facts_of(c), now, settings)
        full = sees_full(actor, c.owner_id, c.stage)
        names = user_names(s, {c.owner_id} if c.owner_id else set())
        return CustomerCard(
            customer_id=c.id,
            name=c.name or "",
            gender=c.gender,
            phone=display_phone(c.phone) if full else mask_phone(c.phone),
            phone_masked=not full,
            matched_by=matched_by,
            related_person_name=rel.name if rel is not None else None,
            owner_id=c.owner_id,
            owner_name=names.get(c.owner_id) if c.owner_id else None,
            grade=c.grade,
            stage=c.stage,
            visit_count=c.visit_count,
            first_visit_at=c.first_visit_at,
            last_visit_at=c.last_visit_at,
            last_effective_follow_up_at=c.last_effective_follow_up_at,
            protection=prot.status,
            protected_until=prot.until,
            expiring_soon=prot.expiring_soon,
            locked=c.locked,
            in_public_pool=c.in_public_pool,
            registration_complete=c.registration_complete,
            missing_fields=tuple(missing_required(customer_values(c), settings.required_fields)),
            consent_basic=c.consent_basic,
            consent_marketing=c.consent_marketing,
            visited_today_consultant_id=self._today_consultant(s, c.id, now),
        )

    # --- registration --------------------------------------------------------------

    def check_form(self, form: RegistrationForm) -> None:
        """Raise ``ValidationError`` with every field error the form has on its own
        (without the database), so the UI can mark all fields at once."""
        self._check(form, self._clock.now())

    def _check(self, form: RegistrationForm, now: dt.datetime) -> _Checked:
        errors: dict[str, str] = {}
        phone, warning = "", None
        try:
            check = normalize_phone(form.phone)
            phone, warning = check.e164, check.warning
        except ValidationError as exc:
            errors.update(exc.field_errors)
        name = (form.name or "").strip()
        if not name:
            errors["name"] = "请输入客户姓名或姓氏"
        elif len(name) > 64:
            errors["name"] = "姓名过长"
        gender = form.gender
        if gender not in {g.value for g in Gender}:
            errors["gender"] = "请选择性别"
        party = form.party_size
        if (
            not isinstance(party, int)
            or isinstance(party, bool)
            or not 1 <= party <= MAX_PARTY_SIZE
        ):
            errors["party_size"] = f"来访人数应为 1–{MAX_PARTY_SIZE}"
        if form.channel not in {c.value for c in Channel}:
            errors["channel"] = "请选择来源渠道"
        if form.consultant_id is None:
            errors["consultant_id"] = "请选择接待顾问"
        alt = None
        if (form.alt_phone or "").strip():
            try:
                alt = normalize_phone(form.alt_phone).e164
            except ValidationError as exc:
                errors["alt_phone"] = exc.field_errors.get("phone", str(exc))
            else:
                if alt == phone:
                    errors["alt_phone"] = "备用电话与手机号相同"
        amin = _area(form.wanted_area_min, "wanted_area_min", errors)
        amax = _area(form.wanted_area_max, "wanted_area_max", errors)
        if amin is not None and amax is not None and amin > amax:
            errors["wanted_area_max"] = "面积上限应不小于下限"
        if errors:
            raise ValidationError("；".join(dict.fromkeys(errors.values())), errors)
        assert form.consultant_id is not None and gender is not None and form.channel
        return _Checked(phone, warning, name, gender, party, form.channel, form.consultant_id,
                        alt, amin, amax)  # type: ignore[arg-type]  # fmt: skip

    def register_visit(self, actor: UserInfo, form: RegistrationForm) -> RegistrationResult:
        """Register a walk-in (SPEC §3.2-3.6) in one transaction.

        Raises ``ValidationError`` (with ``field_errors``) for bad input or a consultant
        the ownership rules do not allow, ``ConflictError`` when another PC registered
        this phone first (the form is not saved; look the phone up again).
        """
        if actor.role not in (Role.RECEPTION, Role.MANAGER, Role.CONSULTANT):
            raise PermissionDenied("只有前台、置业顾问或销售经理可以登记来访")
        now = self._clock.now()
        checked = self._check(form, now)
        try:
            with self._db.write() as s:
                return self._register(s, actor, form, checked, now)
        except _PhoneTaken as taken:
            raise self._taken_error(actor, taken.phone) from None
        except IntegrityError as exc:
            if not _is_phone_conflict(exc):
                raise
            raise self._taken_error(actor, checked.phone) from exc

    def _taken_error(self, actor: UserInfo, phone: str) -> ConflictError:
        card = None
        try:
            card = self.lookup_phone(actor, phone)
        except DomainError:  # pragma: no cover - the message is still useful without it
            card = None
        if card is None:
            return ConflictError("该手机号刚刚被其他电脑登记，请重新查询后再保存")
        owner = f"，归属顾问 {card.owner_name}" if card.owner_name else ""
        return ConflictError(
            f"该手机号刚刚已由其他电脑登记为客户“{card.name}”{owner}。"
            "本次登记未保存，所填内容已保留：请重新查询号码，按老客户登记。"
        )

    def _register(
        self, s: Session, actor: UserInfo, form: RegistrationForm, ck: _Checked, now: dt.datetime
    ) -> RegistrationResult:
        pid = project_id_for(s, actor)
        settings = load_settings(s)
        found = self._find(s, pid, ck.phone)
        if found is None:
            if form.expected_customer_id is not None:
                raise ConflictError("该号码对应的客户记录已变更，请重新查询后再保存")
            customer = None
        else:
            customer = found[0]
            if form.expected_customer_id != customer.id:
                raise _PhoneTaken(ck.phone)
        if ck.alt_phone is not None:
            other = s.scalar(select(CustomerPhone.customer_id).where(
                CustomerPhone.project_id == pid, CustomerPhone.phone == ck.alt_phone))  # fmt: skip
            if other is not None and (customer is None or other != customer.id):
                msg = "该备用电话已属于另一位客户"
                raise ValidationError(msg, {"alt_phone": msg})
        if (
            form.referrer_customer_id is not None
            and s.get(Customer, form.referrer_customer_id) is None
        ):
            raise ValidationError("推荐人不存在", {"referrer_customer_id": "推荐人不存在"})

        # PIPL: more than phone and name needs basic consent.
        has_consent = form.consent_basic or (customer is not None and customer.consent_basic)
        extra = [f for f in CONSENT_FIELDS if _given(getattr(form, f))]
        if extra and not has_consent:
            msg = "客户未同意个人信息收集，只能保存手机号和姓名；请先取得同意"
            raise ValidationError(msg, {"consent_basic": msg, **{f: msg for f in extra}})

        values = customer_values(customer) if customer is not None else {}
        merged = {**values, **{k: v for k, v in self._form_values(form, ck).items()
                               if _given(v) and not _given(values.get(k))}}  # fmt: skip
        merged["phone"] = customer.phone if customer is not None else ck.phone
        missing = missing_required(merged, settings.required_fields)
        complete = not missing

        facts = facts_of(customer) if customer is not None else None
        today_consultant = self._today_consultant(s, customer.id, now) if customer else None
        decision = decide_route(facts, now, settings, scout=form.scout,
                                today_consultant_id=today_consultant, form_complete=complete,
                                form_consultant_id=ck.consultant_id)  # fmt: skip
        is_manager = actor.role is Role.MANAGER
        override_reason = form.override_reason.strip()
        if override_reason and not is_manager:
            msg = "只有销售经理可以改派客户归属"
            raise ValidationError(msg, {"override_reason": msg})

        events: list[str] = []
        consumed = False
        rotation_event = None
        target = ck.consultant_id
        override = False
        day = now.date()
        if decision.kind in (RouteKind.OWNER, RouteKind.SAME_DAY):
            assert decision.consultant_id is not None
            if ck.consultant_id != decision.consultant_id:
                if not (is_manager and override_reason):
                    name = user_names(s, {decision.consultant_id}).get(decision.consultant_id, "")
                    why = ("该客户今天已由 {n} 接待" if decision.kind is RouteKind.SAME_DAY
                           else "该客户在 {n} 的保护期内")  # fmt: skip
                    msg = why.format(n=name) + "，本次来访应由其接待；改派须由销售经理填写原因"
                    raise ValidationError(msg, {"consultant_id": msg})
                override = True
            target = ck.consultant_id
        elif decision.kind is RouteKind.ROTATION:
            lock_queue(s, pid)
            if load_queue(s, pid, day):
                reason = form.assign_reason.strip() or override_reason
                assignment, rotation_event = assign_in_session(
                    s, pid, day, ck.consultant_id, reason, now=now, actor=actor
                )
                target = assignment.consultant_id
                consumed = True
        require_consultant(s, pid, target)

        created = customer is None
        prev_visits = 0 if customer is None else customer.visit_count
        if customer is None:
            customer = self._new_customer(s, pid, form, ck, now, target, complete, settings)
            events.append(OwnershipEventKind.REGISTER.value)
            s.add(OwnershipEvent(customer_id=customer.id, kind=OwnershipEventKind.REGISTER.value,
                                 from_user_id=None, to_user_id=target,
                                 reason="竞品踩盘登记" if form.scout else "首次来访登记",
                                 by_user_id=actor.id, at=now))  # fmt: skip
        else:
            self._fill_blanks(s, customer, form, ck, now)
            old_owner = customer.owner_id
            if decision.lapses:
                events.append(OwnershipEventKind.LAPSE.value)
                s.add(OwnershipEvent(customer_id=customer.id, kind=OwnershipEventKind.LAPSE.value,
                                     from_user_id=old_owner, to_user_id=None,
                                     reason="保护期已过，进入公共客户池", by_user_id=actor.id,
                                     at=now))  # fmt: skip
                customer.owner_id = None
                customer.owner_since = None
                customer.protected_until = None
                customer.in_public_pool = True
            new_owner: int | None = None
            kind = None
            reason = None
            if override:
                new_owner, kind = target, OwnershipEventKind.OVERRIDE
                reason = override_reason
            elif decision.kind is RouteKind.DISPUTE:
                new_owner, kind = target, OwnershipEventKind.REGISTER
                reason = "撞单：原登记不完整，以最早的完整登记为准"
            elif decision.kind is RouteKind.ROTATION:
                new_owner, kind = target, OwnershipEventKind.REGISTER
                reason = "公共客户池客户来访，按轮序分配" if not created else "首次来访登记"
            if new_owner is not None and kind is not None and new_owner != customer.owner_id:
                from_user = customer.owner_id
                events.append(kind.value)
                s.add(OwnershipEvent(customer_id=customer.id, kind=kind.value,
                                     from_user_id=from_user, to_user_id=new_owner, reason=reason,
                                     by_user_id=actor.id, at=now))  # fmt: skip
                customer.owner_id = new_owner
                customer.owner_since = now
                customer.protected_until = None  # a new owner starts a fresh period
                customer.in_public_pool = False
                customer.registration_complete = False
                customer.registered_at = None
                if override:
                    names = user_names(s, {u for u in (from_user, new_owner) if u is not None})
                    audit_service.record(
                        s, at=now, user_id=actor.id, action="ownership_override",
                        customer_id=customer.id, entity="customer", entity_id=customer.id,
                        detail=f"原顾问：{names.get(from_user, '无') if from_user else '无'}；"
                        f"新顾问：{names.get(new_owner, '')}；原因：{override_reason}",
                    )  # fmt: skip
            elif decision.kind is RouteKind.ROTATION and customer.owner_id is None:
                customer.in_public_pool = False
            if complete and not customer.registration_complete and customer.owner_id == target:
                customer.registration_complete = True
                customer.registered_at = now
            if not form.scout:
                if decision.kind is not RouteKind.SAME_DAY:
                    customer.visit_count += 1
                customer.first_visit_at = customer.first_visit_at or now
                customer.last_visit_at = now
                if customer.stage == Stage.LEAD.value:
                    customer.stage = Stage.VISITED.value
            customer.updated_at = now
            until = protection_until(facts_of(customer), settings)
            if until is not None and (customer.protected_until is None
                                      or until > customer.protected_until):  # fmt: skip
                customer.protected_until = until
            if not form.scout:
                _plan_after_visit(customer, now.date(), settings)

        self._grant(s, customer, form, now, actor, settings)

        if form.scout:
            kind_v = VisitKind.SCOUT
        elif decision.kind is RouteKind.SAME_DAY:
            kind_v = VisitKind.SAME_DAY
        elif prev_visits == 0:
            kind_v = VisitKind.FIRST
        else:
            kind_v = VisitKind.RETURN
        visit = Visit(project_id=pid, customer_id=customer.id, consultant_id=target,
                      registered_by=actor.id, arrived_at=now, left_at=None,
                      duration_minutes=None, party_size=ck.party_size, channel=ck.channel,
                      kind=kind_v.value, consumed_turn=consumed,
                      note=(form.note or "").strip() or None)  # fmt: skip
        s.add(visit)
        s.flush()
        if rotation_event is not None:
            rotation_event.visit_id = visit.id
        else:
            mark_status(s, pid, day, target, RotationStatus.BUSY, now=now, by_user_id=actor.id,
                        visit_id=visit.id)  # fmt: skip
        s.flush()
        card = self._card(s, actor, customer, found[1] if found else "primary",
                          found[2] if found else None, now, settings)  # fmt: skip
        return RegistrationResult(
            visit_id=visit.id,
            customer_id=customer.id,
            created_customer=created,
            kind=kind_v,
            route=decision.kind,
            consultant_id=target,
            consultant_name=user_names(s, {target}).get(target, ""),
            consumed_turn=consumed,
            ownership_events=tuple(events),
            registration_complete=customer.registration_complete,
            missing_fields=tuple(missing),
            warnings=tuple(w for w in (ck.phone_warning,) if w),
            card=card,
        )

    def _form_values(self, form: RegistrationForm, ck: _Checked) -> dict[str, object]:
        return {
            "name": ck.name,
            "gender": ck.gender,
            "channel": ck.channel,
            "age_band": (form.age_band or "").strip() or None,
            "wanted_area_min": ck.wanted_area_min,
            "wanted_area_max": ck.wanted_area_max,
            "wanted_layout": (form.wanted_layout or "").strip() or None,
        }

    def _new_customer(
        self, s: Session, pid: int, form: RegistrationForm, ck: _Checked, now: dt.datetime,
        owner: int, complete: bool, settings: AppSettings,
    ) -> Customer:  # fmt: skip
        vals = self._form_values(form, ck)
        c = Customer(
            project_id=pid,
            name=ck.name,
            pinyin_initials=pinyin.initials(ck.name)[:32],
            pinyin_full=pinyin.full(ck.name)[:128],
            gender=ck.gender,
            age_band=vals["age_band"],
            phone=ck.phone,
            alt_phone=ck.alt_phone,
            channel=ck.channel,
            referrer_customer_id=form.referrer_customer_id,
            wanted_layout=vals["wanted_layout"],
            wanted_area_min=ck.wanted_area_min,
            wanted_area_max=ck.wanted_area_max,
            note=(form.note or "").strip() or None,
            consent_basic=False,
            consent_resident_id=False,
            consent_marketing=False,
            asked_price=False,
            deposit_intent=False,
            owner_id=owner,
            owner_since=now,
            registration_complete=complete and not form.scout,
            registered_at=now if complete and not form.scout else None,
            locked=False,
            in_public_pool=False,
            grade=Grade.D.value if form.scout else None,
            stage=Stage.LOST.value if form.scout else Stage.VISITED.value,
            lost_reason="竞品踩盘" if form.scout else None,
            visit_count=0 if form.scout else 1,
            first_visit_at=None if form.scout else now,
            last_visit_at=None if form.scout else now,
            created_at=now,
            updated_at=now,
        )
        c.protected_until = protection_until(facts_of(c), settings)
        if not form.scout:
            _plan_after_visit(c, now.date(), settings)
        s.add(c)
        s.flush()  # IntegrityError here when another PC has just inserted the phone
        s.add(CustomerPhone(project_id=pid, phone=ck.phone, customer_id=c.id, kind="primary"))
        if ck.alt_phone:
            s.add(CustomerPhone(project_id=pid, phone=ck.alt_phone, customer_id=c.id,
                                kind="alternate"))  # fmt: skip
        s.flush()
        return c

    def _fill_blanks(
        self, s: Session, c: Customer, form: RegistrationForm, ck: _Checked, now: dt.datetime
    ) -> None:
        """A known customer's file is never overwritten from the reception form; only
        empty fields are filled in."""
        for key, value in self._form_values(form, ck).items():
            if _given(value) and not _given(getattr(c, key)):
                setattr(c, key, value)
                if key == "name":
                    c.pinyin_initials = pinyin.initials(ck.name)[:32]
                    c.pinyin_full = pinyin.full(ck.name)[:128]
        if ck.alt_phone and not c.alt_phone:
            c.alt_phone = ck.alt_phone
            s.add(CustomerPhone(project_id=c.project_id, phone=ck.alt_phone, customer_id=c.id,
                                kind="alternate"))  # fmt: skip
        if form.referrer_customer_id and not c.referrer_customer_id:
            c.referrer_customer_id = form.referrer_customer_id

    def _grant(
        self, s: Session, c: Customer, form: RegistrationForm, now: dt.datetime,
        actor: UserInfo, settings: AppSettings,
    ) -> None:  # fmt: skip
        version = settings.privacy_notice_version
        for purpose, wanted in ((ConsentPurpose.BASIC, form.consent_basic),
                                (ConsentPurpose.MARKETING, form.consent_marketing)):  # fmt: skip
            if wanted:
                grant_consent(s, c, purpose, True, now=now, by_user_id=actor.id,
                              notice_version=version)  # fmt: skip

    # --- check-out and the board -----------------------------------------------------

    def check_out(self, actor: UserInfo, visit_id: int) -> VisitRow:
        """The visitor leaves: record the time and the duration; the consultant is free
        again in the rotation when they have no other visitor in the office."""
        if actor.role not in (Role.RECEPTION, Role.MANAGER, Role.CONSULTANT):
            raise PermissionDenied("只有前台、置业顾问或销售经理可以登记离开")
        now = self._clock.now()
        with self._db.write() as s:
            v = s.get(Visit, visit_id)
            if v is None:
                raise NotFoundError("找不到这条来访记录")
            if v.left_at is not None:
                raise ConflictError(
                    "该访客已于 {time} 登记离开", values={"time": f"{v.left_at:%H:%M}"}
                )
            v.left_at = max(now, v.arrived_at)
            v.duration_minutes = int((v.left_at - v.arrived_at).total_seconds() // 60)
            s.flush()
            if v.consultant_id is not None:
                still = s.scalar(
                    select(Visit.id)
                    .where(
                        Visit.consultant_id == v.consultant_id,
                        Visit.left_at.is_(None),
                        Visit.arrived_at >= day_start(now),
                    )
                    .limit(1)
                )
                if still is None:
                    mark_status(s, v.project_id, now.date(), v.consultant_id,
                                RotationStatus.FREE, now=now, by_user_id=actor.id,
                                visit_id=v.id, only_from=RotationStatus.BUSY)  # fmt: skip
            return self._rows(s, actor, [v])[0]

    def in_office_now(self, actor: UserInfo) -> list[VisitRow]:
        """Visitors who arrived today and have not been checked out, earliest first."""
        if not sees_customer_data(actor):
            raise PermissionDenied("管理员不能查看客户信息")
        now = self._clock.now()
        with self._db.read() as s:
            visits = s.scalars(
                select(Visit)
                .where(
                    Visit.project_id == project_id_for(s, actor),
                    Visit.arrived_at >= day_start(now),
                    Visit.left_at.is_(None),
                )  # fmt: skip
                .order_by(Visit.arrived_at, Visit.id)
            ).all()
            return self._rows(s, actor, visits)

    def visits_today(self, actor: UserInfo) -> list[VisitRow]:
        """Every visit of today (checked out or not), latest first."""
        if not sees_customer_data(actor):
            raise PermissionDenied("管理员不能查看客户信息")
        now = self._clock.now()
        with self._db.read() as s:
            visits = s.scalars(
                select(Visit)
                .where(
                    Visit.project_id == project_id_for(s, actor), Visit.arrived_at >= day_start(now)
                )  # fmt: skip
                .order_by(Visit.arrived_at.desc(), Visit.id.desc())
            ).all()
            return self._rows(s, actor, visits)

    def count_visits_today(self, actor: UserInfo) -> int:
        """How many visits today has had so far (checked out or not): one COUNT, for the
        board's "今日来访" figure, rather than loading the rows to count them."""
        if not sees_customer_data(actor):
            raise PermissionDenied("管理员不能查看客户信息")
        now = self._clock.now()
        with self._db.read() as s:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(Visit)
                    .where(
                        Visit.project_id == project_id_for(s, actor),
                        Visit.arrived_at >= day_start(now),
                    )
                )
                or 0
            )

    def _rows(self, s: Session, actor: UserInfo, visits: list[Visit] | object) -> list[VisitRow]:
        visits = list(visits)  # type: ignore[call-overload]
        if not visits:
            return []
        cust = {
            c.id: c
            for c in s.scalars(
                select(Customer).where(Customer.id.in_({v.customer_id for v in visits}))
            )
        }
        names = user_names(s, {v.consultant_id for v in visits if v.consultant_id})
        rows = []
        for v in visits:
            c = cust[v.customer_id]
            full = sees_full(actor, c.owner_id, c.stage)
            rows.append(
                VisitRow(
                    visit_id=v.id,
                    customer_id=c.id,
                    customer_name=c.name or "",
                    phone=display_phone(c.phone) if full else mask_phone(c.phone),
                    phone_masked=not full,
                    consultant_id=v.consultant_id,
                    consultant_name=names.get(v.consultant_id) if v.consultant_id else None,
                    arrived_at=v.arrived_at,
                    left_at=v.left_at,
                    duration_minutes=v.duration_minutes,
                    party_size=v.party_size,
                    kind=VisitKind(v.kind),
                    channel=v.channel,
                    consumed_turn=v.consumed_turn,
                )
            )
        return rows


def _given(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return True


def _area(value: object, field: str, errors: dict[str, str]) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        errors[field] = "面积应为数字"
        return None
    if not d.is_finite() or d <= 0 or d >= 10000:
        errors[field] = "面积应在 1–9999 平方米之间"
        return None
    return d.quantize(Decimal("0.01"))


def _plan_message(kind: RouteKind, card: CustomerCard | None, consultant: str | None,
                  lapses: bool) -> str:  # fmt: skip
    who = consultant or "（暂无空闲顾问）"
    if card is None:
        return f"新客户，按轮序由 {who} 接待"
    if kind is RouteKind.SCOUT:
        return "竞品踩盘，不占轮序"
    if kind is RouteKind.SAME_DAY:
        return f"今日再次来访，仍由 {who} 接待（不占轮序）"
    if kind is RouteKind.OWNER:
        if card.locked:
            return f"老客户，已锁定归属 {who}（不占轮序）"
        until = f"（保护期至 {card.protected_until:%Y-%m-%d}）" if card.protected_until else ""
        return f"老客户，归属顾问 {who}{until}，复访不占轮序"
    if lapses:
        return (
            f"原归属顾问 {card.owner_name or ''} 的保护期已过，转入公共客户池，按轮序由 {who} 接待"
        )
    return f"公共客户池客户，按轮序由 {who} 接待"


def _plan_after_visit(customer: Customer, today: dt.date, settings: AppSettings) -> None:
    """A visit is a contact: the next follow-up is planned from it by the grade interval
    (SPEC §5: every customer always has one). A date the consultant set that is still
    ahead and earlier than the plan is kept."""
    planned = plan_next_follow_up(
        today, customer.grade, settings.grade_intervals_days, not_before=today
    )
    current = customer.next_follow_up_date
    if planned is None:
        return
    if current is None or current < today or planned < current:
        customer.next_follow_up_date = planned
