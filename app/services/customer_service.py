"""The customer file (客户档案, SPEC §4): read, edit, related persons, consent, timeline.

Who sees what follows ``app.domain.access``: the owner, a manager (and customer
service from the subscription on) open the file in full and may edit it. Anyone else
is refused, and the attempt is written to the audit log (issue 5: "opening another
consultant's customer by id, e.g. from a stale list, is refused and audited"); what
判客 needs of someone else's customer (name, masked phone, owner, grade, last visit)
comes from the lists and the reception card, not from the file. Revealing a full phone
or ID number of someone else's customer needs a reason and is written to the audit log
(the detail holds the masked value only).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.domain import pinyin
from app.domain.access import (
    RESIDENT_ID_NOT_YET,
    may_hold_resident_id,
    may_reveal,
    sees_customer_data,
    sees_full,
)
from app.domain.clock import Clock
from app.domain.customer import (
    EDITABLE_FIELDS,
    ConsentState,
    CustomerFile,
    RelatedPersonInfo,
    TimelineEntry,
    TimelineKind,
)
from app.domain.enums import (
    Channel,
    ConsentPurpose,
    Gender,
    OwnershipEventKind,
    PaymentMethod,
    Role,
    Stage,
)
from app.domain.errors import NotFoundError, PermissionDenied, ValidationError
from app.domain.models import UserInfo
from app.domain.ownership import missing_required, protection, protection_until
from app.domain.phone import display_phone, mask_phone, normalize_phone
from app.domain.resident_id import mask_resident_id, normalize_resident_id
from app.models import (
    Building,
    Complaint,
    Customer,
    CustomerPhone,
    Deal,
    FollowUp,
    GradeChange,
    IssuedDocument,
    OwnershipEvent,
    RelatedPerson,
    Survey,
    Unit,
    Visit,
)
from app.models import ConsentRecord as ConsentRow
from app.services import audit_service
from app.services.customer_query_service import project_id_for, user_names
from app.services.reception_service import customer_values, facts_of, grant_consent
from app.services.rotation_service import require_consultant
from app.services.settings_service import load_settings

FOCUS_POINTS = ("price", "location", "school", "transport", "amenities", "brand", "layout")
RELATIONS = ("spouse", "parent", "child", "other")
#: Stages the file may set directly; the others follow deals (认购/签约/交付/退订).
EDITABLE_STAGES = (Stage.LEAD.value, Stage.VISITED.value, Stage.LOST.value)
_TEXT_LIMITS = {
    "age_band": 16, "occupation": 64, "home_district": 64, "work_district": 64,
    "family_structure": 64, "wanted_layout": 32, "floor_preference": 32, "orientation": 16,
    "decoration": 16, "purpose": 16, "desired_delivery": 32,
}  # fmt: skip
_LONG_TEXT = ("objections", "competing_projects", "note", "lost_reason")
_VISIT_LABELS = {
    "first": "首次来访",
    "return": "复访",
    "same_day": "当日再次来访",
    "scout": "竞品踩盘",
}
_OWNERSHIP_LABELS = {
    "register": "登记归属", "claim": "从公共池认领", "release": "释放到公共池",
    "lapse": "保护期满转入公共池", "transfer": "客户移交", "override": "经理改派",
    "lock": "锁定归属", "unlock": "解除锁定",
}  # fmt: skip
_DOC_LABELS = {"purchase_notice": "购房告知书", "delivery_notice": "交付通知书",
               "handover": "交付验收单", "transfer": "客户档案移交单",
               "sales_control": "销控表", "privacy_notice": "个人信息告知书"}  # fmt: skip
_CONSENT_LABELS = {"basic": "个人信息收集", "resident_id": "身份证信息", "marketing": "营销信息"}


def _consent(c: Customer) -> ConsentState:
    return ConsentState(
        basic=c.consent_basic, basic_at=c.consent_basic_at,
        resident_id=c.consent_resident_id, resident_id_at=c.consent_resident_id_at,
        marketing=c.consent_marketing, marketing_at=c.consent_marketing_at,
        notice_version=c.consent_notice_version,
    )  # fmt: skip


class CustomerService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # --- reading ----------------------------------------------------------------------

    def _get(
        self, s: Session, actor: UserInfo, customer_id: int, *, audit_refusal: str = ""
    ) -> Customer:
        if not sees_customer_data(actor):
            if audit_refusal:
                self._refuse(actor, customer_id, audit_refusal)
            raise PermissionDenied("管理员不能查看客户信息")
        c = s.get(Customer, customer_id)
        if c is None or c.project_id != project_id_for(s, actor):
            raise NotFoundError("找不到该客户")
        return c

    def get_file(self, actor: UserInfo, customer_id: int) -> CustomerFile:
        """The whole file, for those who may open it (see the module docstring);
        anyone else gets ``PermissionDenied`` and an ``access_denied`` audit row."""
        with self._db.read() as s:
            c = self._get(s, actor, customer_id, audit_refusal="打开客户档案")
            if sees_full(actor, c.owner_id, c.stage):
                return self._file(s, actor, c)
            owner = user_names(s, {c.owner_id}).get(c.owner_id) if c.owner_id else None
        self._refuse(actor, customer_id, "打开客户档案")
        raise PermissionDenied(
            ("该客户归属置业顾问{owner}" if owner else "该客户目前没有归属顾问")
            + "；完整档案只有归属顾问和销售经理可以打开；判客所需的姓名、隐藏号码、"
            "归属、等级和最后来访请在客户列表中查看。此次打开已记入审计日志。",
            values={"owner": owner or ""},
        )

    def _refuse(self, actor: UserInfo, customer_id: int, what: str) -> None:
        audit_service.record_refusal(
            self._db, at=self._clock.now(), user_id=actor.id, customer_id=customer_id, what=what
        )

    def _file(self, s: Session, actor: UserInfo, c: Customer) -> CustomerFile:
        full = sees_full(actor, c.owner_id, c.stage)
        settings = load_settings(s)
        prot = protection(facts_of(c), self._clock.now(), settings)
        names = user_names(s, {c.owner_id} if c.owner_id else set())
        referrer = s.get(Customer, c.referrer_customer_id) if c.referrer_customer_id else None
        related = ()
        if full:
            related = tuple(
                RelatedPersonInfo(
                    id=r.id,
                    name=r.name,
                    relation=r.relation,
                    phone=display_phone(r.phone),
                    phone_masked=False,
                    created_at=r.created_at,
                )  # fmt: skip
                for r in s.scalars(
                    select(RelatedPerson)
                    .where(RelatedPerson.customer_id == c.id)
                    .order_by(RelatedPerson.id)
                )  # fmt: skip
            )

        def f(value: Any) -> Any:
            return value if full else None

        return CustomerFile(
            id=c.id,
            full_access=full,
            name=c.name,
            gender=c.gender,
            age_band=f(c.age_band),
            phone=display_phone(c.phone) if full else mask_phone(c.phone),
            alt_phone=(display_phone(c.alt_phone) if full else mask_phone(c.alt_phone)),
            phone_masked=not full,
            occupation=f(c.occupation),
            home_district=f(c.home_district),
            work_district=f(c.work_district),
            family_structure=f(c.family_structure),
            birthday=f(c.birthday),
            resident_id=mask_resident_id(c.resident_id) if full else "",
            channel=c.channel,
            referrer_customer_id=f(c.referrer_customer_id),
            referrer_name=f(referrer.name if referrer else None),
            budget_total=f(c.budget_total),
            budget_down_payment=f(c.budget_down_payment),
            wanted_layout=f(c.wanted_layout),
            wanted_area_min=f(c.wanted_area_min),
            wanted_area_max=f(c.wanted_area_max),
            floor_preference=f(c.floor_preference),
            orientation=f(c.orientation),
            decoration=f(c.decoration),
            purpose=f(c.purpose),
            payment_method=f(c.payment_method),
            desired_delivery=f(c.desired_delivery),
            focus_points=tuple(p for p in (c.focus_points or "").split(",") if p) if full else (),
            objections=f(c.objections),
            competing_projects=f(c.competing_projects),
            decision_months=f(c.decision_months),
            asked_price=bool(c.asked_price) if full else False,
            deposit_intent=bool(c.deposit_intent) if full else False,
            note=f(c.note),
            owner_id=c.owner_id,
            owner_name=names.get(c.owner_id) if c.owner_id else None,
            owner_since=c.owner_since,
            grade=c.grade,
            stage=c.stage,
            lost_reason=f(c.lost_reason),
            locked=c.locked,
            in_public_pool=c.in_public_pool,
            protection=prot.status,
            protected_until=prot.until,
            registration_complete=c.registration_complete,
            registered_at=c.registered_at,
            missing_fields=tuple(missing_required(customer_values(c), settings.required_fields)),
            visit_count=c.visit_count,
            first_visit_at=c.first_visit_at,
            last_visit_at=c.last_visit_at,
            last_effective_follow_up_at=c.last_effective_follow_up_at,
            next_follow_up_date=f(c.next_follow_up_date),
            created_at=c.created_at,
            updated_at=c.updated_at,
            consent=_consent(c),
            related_persons=related,
        )

    # --- editing ----------------------------------------------------------------------

    def _require_full(self, actor: UserInfo, c: Customer) -> None:
        if not sees_full(actor, c.owner_id, c.stage):
            raise PermissionDenied("只有归属顾问或销售经理可以修改该客户档案")

    def update(self, actor: UserInfo, customer_id: int, changes: Mapping[str, Any]) -> CustomerFile:
        """Change the given fields (names from ``EDITABLE_FIELDS``; others raise
        ``ValueError``, a programming error). Every value is validated as at reception;
        all field errors come together in one ``ValidationError``. Storing anything beyond
        phone and name needs the customer's basic consent; a resident ID needs the
        resident-ID consent and a customer from subscription on (it is not asked for
        before). ``resident_id`` "" clears it."""
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        now = self._clock.now()
        with self._db.write() as s:
            c = self._get(s, actor, customer_id)
            self._require_full(actor, c)
            values, errors = self._validate(s, c, changes, now)
            beyond = [k for k, v in values.items() if k not in ("name", "phone") and _given(v)]
            if beyond and not c.consent_basic:
                msg = "客户未同意个人信息收集，只能保存手机号和姓名"
                errors.setdefault("consent_basic", msg)
                for k in beyond:
                    errors.setdefault(k, msg)
            if errors:
                raise ValidationError("；".join(dict.fromkeys(errors.values())), errors)
            self._apply(s, c, values, now)
            settings = load_settings(s)
            if (not c.registration_complete and c.owner_id is not None
                    and not missing_required(customer_values(c), settings.required_fields)):  # fmt: skip
                c.registration_complete = True
                c.registered_at = now
            c.updated_at = now
            s.flush()
            return self._file(s, actor, c)

    def _validate(
        self, s: Session, c: Customer, changes: Mapping[str, Any], now: dt.datetime
    ) -> tuple[dict[str, Any], dict[str, str]]:
        errors: dict[str, str] = {}
        out: dict[str, Any] = {}
        for key, raw in changes.items():
            try:
                out[key] = self._value(s, c, key, raw, now)
            except ValidationError as exc:
                errors[key] = exc.field_errors.get(key) or next(
                    iter(exc.field_errors.values()), str(exc)
                )
        amin = out.get("wanted_area_min", c.wanted_area_min)
        amax = out.get("wanted_area_max", c.wanted_area_max)
        if amin is not None and amax is not None and amin > amax:
            errors.setdefault("wanted_area_max", "面积上限应不小于下限")
        total = out.get("budget_total", c.budget_total)
        down = out.get("budget_down_payment", c.budget_down_payment)
        if total is not None and down is not None and down > total:
            errors.setdefault("budget_down_payment", "首付不能高于总价")
        stage = out.get("stage", c.stage)
        if stage == Stage.LOST.value and not _given(out.get("lost_reason", c.lost_reason)):
            errors.setdefault("lost_reason", "请填写流失原因")
        if "resident_id" in out and out["resident_id"]:
            if not may_hold_resident_id(stage):
                errors["resident_id"] = RESIDENT_ID_NOT_YET
            elif not c.consent_resident_id:
                errors["resident_id"] = "保存身份证号需客户同意（身份证信息授权）"
        return out, errors

    def _value(self, s: Session, c: Customer, key: str, raw: Any, now: dt.datetime) -> Any:
        def bad(msg: str) -> ValidationError:
            return ValidationError(msg, {key: msg})

        text = raw.strip() if isinstance(raw, str) else raw
        if key == "name":
            if not text:
                raise bad("请输入客户姓名")
            if len(text) > 64:
                raise bad("姓名过长")
            return text
        if key == "phone":
            e164 = normalize_phone(text or "").e164
            self._phone_free(s, c, e164, key)
            return e164
        if key == "alt_phone":
            if not text:
                return None
            e164 = normalize_phone(text).e164
            self._phone_free(s, c, e164, key)
            return e164
        if key == "gender":
            if text in (None, ""):
                return None
            if text not in {g.value for g in Gender}:
                raise bad("请选择性别")
            return text
        if key == "channel":
            if text in (None, ""):
                return None
            if text not in {ch.value for ch in Channel}:
                raise bad("请选择来源渠道")
            return text
        if key == "payment_method":
            if text in (None, ""):
                return None
            if text not in {p.value for p in PaymentMethod}:
                raise bad("请选择付款方式")
            return text
        if key == "stage":
            if text not in EDITABLE_STAGES:
                raise bad("认购、签约、交付、退订由交易流程更新")
            return text
        if key == "birthday":
            if text in (None, ""):
                return None
            if not isinstance(text, dt.date) or isinstance(text, dt.datetime):
                raise bad("生日应为日期")
            if text > now.date() or text.year < 1900:
                raise bad("生日不合理")
            return text
        if key == "next_follow_up_date":
            if text in (None, ""):
                return None
            if not isinstance(text, dt.date) or isinstance(text, dt.datetime):
                raise bad("下次跟进日期应为日期")
            return text
        if key == "resident_id":
            if not text:
                return None
            return normalize_resident_id(text, now.date())
        if key == "referrer_customer_id":
            if text in (None, ""):
                return None
            ref = s.get(Customer, int(text))
            if ref is None or ref.id == c.id or ref.project_id != c.project_id:
                raise bad("推荐人不存在")
            return ref.id
        if key in ("budget_total", "budget_down_payment"):
            return _decimal(text, bad, 0, Decimal("1e10"), "金额")
        if key in ("wanted_area_min", "wanted_area_max"):
            return _decimal(text, bad, Decimal("0.01"), Decimal(9999), "面积")
        if key == "decision_months":
            if text in (None, ""):
                return None
            if not isinstance(text, int) or isinstance(text, bool) or not 0 <= text <= 120:
                raise bad("决策周期应为 0–120 个月")
            return text
        if key in ("asked_price", "deposit_intent"):
            return bool(text)
        if key == "focus_points":
            items = text.split(",") if isinstance(text, str) else list(text or ())
            items = [i.strip() for i in items if i and i.strip()]
            wrong = [i for i in items if i not in FOCUS_POINTS]
            if wrong:
                raise bad("未知的关注点：" + "、".join(wrong))
            return ",".join(dict.fromkeys(items)) or None
        if key in _TEXT_LIMITS:
            if not text:
                return None
            if len(text) > _TEXT_LIMITS[key]:
                raise bad(f"最多 {_TEXT_LIMITS[key]} 个字")
            return text
        if key in _LONG_TEXT:
            return text or None
        raise ValueError(key)  # pragma: no cover - EDITABLE_FIELDS is checked first

    def _phone_free(self, s: Session, c: Customer, e164: str, key: str) -> None:
        other = s.scalar(select(CustomerPhone.customer_id).where(
            CustomerPhone.project_id == c.project_id, CustomerPhone.phone == e164))  # fmt: skip
        if other is not None and other != c.id:
            owner = s.get(Customer, other)
            msg = f"该号码已属于客户“{owner.name if owner else ''}”"
            raise ValidationError(msg, {key: msg})

    def _apply(self, s: Session, c: Customer, values: dict[str, Any], now: dt.datetime) -> None:
        for key, value in values.items():
            if key == "phone" and value != c.phone:
                self._set_phone(s, c, "primary", c.phone, value)
            elif key == "alt_phone" and value != c.alt_phone:
                self._set_phone(s, c, "alternate", c.alt_phone, value)
            setattr(c, key, value)
            if key == "name":
                c.pinyin_initials = pinyin.initials(value)[:32]
                c.pinyin_full = pinyin.full(value)[:128]

    def _set_phone(
        self, s: Session, c: Customer, kind: str, old: str | None, new: str | None
    ) -> None:
        if old:
            row = s.scalar(select(CustomerPhone).where(
                CustomerPhone.project_id == c.project_id, CustomerPhone.phone == old,
                CustomerPhone.customer_id == c.id))  # fmt: skip
            if row is not None:
                s.delete(row)
                s.flush()
        if new:
            existing = s.scalar(select(CustomerPhone).where(
                CustomerPhone.project_id == c.project_id, CustomerPhone.phone == new))  # fmt: skip
            if existing is not None:  # the customer's own other phone changes its role
                existing.kind = kind
            else:
                s.add(CustomerPhone(project_id=c.project_id, phone=new, customer_id=c.id,
                                    kind=kind))  # fmt: skip
            s.flush()

    # --- related persons --------------------------------------------------------------

    def add_related_person(
        self, actor: UserInfo, customer_id: int, *, name: str | None, relation: str, phone: str
    ) -> RelatedPersonInfo:
        """Link a family member; their phone then finds this customer at reception."""
        now = self._clock.now()
        errors: dict[str, str] = {}
        if relation not in RELATIONS:
            errors["relation"] = "请选择关系"
        e164 = ""
        try:
            e164 = normalize_phone(phone).e164
        except ValidationError as exc:
            errors.update(exc.field_errors)
        name = (name or "").strip() or None
        if name and len(name) > 64:
            errors["name"] = "姓名过长"
        if errors:
            raise ValidationError("；".join(errors.values()), errors)
        with self._db.write() as s:
            c = self._get(s, actor, customer_id)
            self._require_full(actor, c)
            if not c.consent_basic:
                msg = "客户未同意个人信息收集，不能保存家庭成员信息"
                raise ValidationError(msg, {"consent_basic": msg})
            self._phone_free(s, c, e164, "phone")
            if s.scalar(select(CustomerPhone.id).where(
                    CustomerPhone.project_id == c.project_id, CustomerPhone.phone == e164)):  # fmt: skip
                msg = "该号码已是本客户的电话"
                raise ValidationError(msg, {"phone": msg})
            rp = RelatedPerson(customer_id=c.id, name=name, relation=relation, phone=e164,
                               created_at=now)  # fmt: skip
            s.add(rp)
            s.flush()
            s.add(CustomerPhone(project_id=c.project_id, phone=e164, customer_id=c.id,
                                kind="related", related_person_id=rp.id))  # fmt: skip
            c.updated_at = now
            s.flush()
            return RelatedPersonInfo(rp.id, rp.name, rp.relation, display_phone(e164), False,
                                     rp.created_at)  # fmt: skip

    def remove_related_person(self, actor: UserInfo, related_person_id: int) -> None:
        """Unlink a family member: their phone no longer finds the customer (audited)."""
        now = self._clock.now()
        with self._db.write() as s:
            rp = s.get(RelatedPerson, related_person_id)
            if rp is None:
                raise NotFoundError("找不到该家庭成员")
            c = self._get(s, actor, rp.customer_id)
            self._require_full(actor, c)
            for row in s.scalars(select(CustomerPhone).where(
                    CustomerPhone.related_person_id == rp.id)):  # fmt: skip
                s.delete(row)
            s.flush()
            audit_service.record(s, at=now, user_id=actor.id, action="related_person_remove",
                                 customer_id=c.id, entity="related_person", entity_id=rp.id,
                                 detail=f"{rp.relation} {rp.name or ''} {mask_phone(rp.phone)}")  # fmt: skip
            s.delete(rp)
            c.updated_at = now

    # --- consent ----------------------------------------------------------------------

    def set_consent(
        self, actor: UserInfo, customer_id: int, purpose: ConsentPurpose, granted: bool
    ) -> ConsentState:
        """Grant or withdraw one consent; each change is a ``consent_records`` row with
        the privacy-notice version, and the flag on the customer keeps its time."""
        now = self._clock.now()
        purpose = ConsentPurpose(purpose)
        with self._db.write() as s:
            c = self._get(s, actor, customer_id)
            if actor.role is not Role.RECEPTION:
                self._require_full(actor, c)
            if granted and purpose is not ConsentPurpose.BASIC and not c.consent_basic:
                msg = "请先取得个人信息收集的基本同意"
                raise ValidationError(msg, {"consent_basic": msg})
            version = load_settings(s).privacy_notice_version
            grant_consent(s, c, purpose, granted, now=now, by_user_id=actor.id,
                          notice_version=version)  # fmt: skip
            c.updated_at = now
            s.flush()
            return _consent(c)

    # --- ownership override -----------------------------------------------------------

    def override_owner(
        self, actor: UserInfo, customer_id: int, new_owner_id: int, reason: str
    ) -> CustomerFile:
        """A manager settles a 撞单 dispute (or any ownership question): the customer goes
        to ``new_owner_id``; the reason is kept on the timeline and in the audit log."""
        if actor.role is not Role.MANAGER:
            raise PermissionDenied("只有销售经理可以改派客户归属")
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("请填写改派原因", {"reason": "请填写改派原因"})
        now = self._clock.now()
        with self._db.write() as s:
            c = self._get(s, actor, customer_id)
            require_consultant(s, c.project_id, new_owner_id)
            if c.owner_id == new_owner_id:
                raise ValidationError("该客户已归属此顾问", {"consultant_id": "该客户已归属此顾问"})
            old = c.owner_id
            s.add(OwnershipEvent(customer_id=c.id, kind=OwnershipEventKind.OVERRIDE.value,
                                 from_user_id=old, to_user_id=new_owner_id, reason=reason,
                                 by_user_id=actor.id, at=now))  # fmt: skip
            c.owner_id = new_owner_id
            c.owner_since = now
            c.in_public_pool = False
            c.protected_until = None
            c.protected_until = protection_until(facts_of(c), load_settings(s))
            c.updated_at = now
            names = user_names(s, {u for u in (old, new_owner_id) if u is not None})
            audit_service.record(
                s, at=now, user_id=actor.id, action="ownership_override", customer_id=c.id,
                entity="customer", entity_id=c.id,
                detail=f"原顾问：{names.get(old, '无') if old else '无'}；"
                f"新顾问：{names.get(new_owner_id, '')}；原因：{reason}",
            )  # fmt: skip
            s.flush()
            return self._file(s, actor, c)

    # --- reveal -----------------------------------------------------------------------

    def reveal_phone(self, actor: UserInfo, customer_id: int, reason: str) -> str:
        """The full primary phone. Unless the actor owns the customer, a reason is
        required and the reveal is audited (with the masked number only)."""
        return self._reveal(actor, customer_id, reason, "phone")

    def reveal_resident_id(self, actor: UserInfo, customer_id: int, reason: str) -> str:
        """The full resident ID number (always audited; shown masked everywhere else)."""
        return self._reveal(actor, customer_id, reason, "resident_id")

    def _reveal(self, actor: UserInfo, customer_id: int, reason: str, what: str) -> str:
        now = self._clock.now()
        reason = (reason or "").strip()
        with self._db.write() as s:
            c = self._get(s, actor, customer_id)
            own = actor.role is Role.CONSULTANT and c.owner_id == actor.id
            if what == "resident_id":
                if not (own or actor.role is Role.MANAGER):
                    raise PermissionDenied("无权查看该客户的身份证号")
            elif not may_reveal(actor, c.owner_id, c.stage):
                raise PermissionDenied("无权查看该客户的完整手机号")
            if own and what == "phone":
                return display_phone(c.phone)
            if not reason:
                raise ValidationError("请填写查看原因", {"reason": "请填写查看原因"})
            if what == "phone":
                value, masked, action = display_phone(c.phone), mask_phone(c.phone), "reveal_phone"
            else:
                value = c.resident_id or ""
                masked, action = mask_resident_id(c.resident_id), "reveal_resident_id"
            audit_service.record(s, at=now, user_id=actor.id, action=action, customer_id=c.id,
                                 entity="customer", entity_id=c.id,
                                 detail=f"查看：{masked}；原因：{reason}")  # fmt: skip
            return value

    # --- timeline ---------------------------------------------------------------------

    def timeline(self, actor: UserInfo, customer_id: int) -> list[TimelineEntry]:
        """Everything that happened to the customer, newest first (互动档案)."""
        with self._db.read() as s:
            c = self._get(s, actor, customer_id, audit_refusal="查看互动档案")
            if sees_full(actor, c.owner_id, c.stage):
                return self._timeline(s, c.id)
        self._refuse(actor, customer_id, "查看互动档案")
        raise PermissionDenied("只有归属顾问或销售经理可以查看互动档案；此次查看已记入审计日志。")

    def _timeline(self, s: Session, cid: int) -> list[TimelineEntry]:
        out: list[TimelineEntry] = []
        users: set[int] = set()

        def add(at: dt.datetime | None, kind: TimelineKind, action: str, summary: str,
                detail: str | None, user_id: int | None, entity: str, entity_id: int) -> None:  # fmt: skip
            if at is None:
                return
            if user_id is not None:
                users.add(user_id)
            out.append(TimelineEntry(at, kind, action, summary, detail or "", user_id, None,
                                     entity, entity_id))  # fmt: skip

        for v in s.scalars(select(Visit).where(Visit.customer_id == cid)):
            extra = f"，停留 {v.duration_minutes} 分钟" if v.duration_minutes is not None else ""
            add(v.arrived_at, TimelineKind.VISIT, v.kind,
                f"{_VISIT_LABELS.get(v.kind, v.kind)}（{v.party_size} 人{extra}）", v.note,
                v.consultant_id, "visit", v.id)  # fmt: skip
        for fu in s.scalars(select(FollowUp).where(FollowUp.customer_id == cid)):
            if fu.done_at is None:
                continue
            reached = "已联系上" if fu.reached else "未联系上"
            add(fu.done_at, TimelineKind.FOLLOW_UP, fu.kind,
                f"跟进（{fu.channel or ''}）：{reached}",
                "；".join(x for x in (fu.content, fu.outcome) if x),
                fu.created_by or fu.assignee_id, "follow_up", fu.id)  # fmt: skip
        for g in s.scalars(select(GradeChange).where(GradeChange.customer_id == cid)):
            add(g.at, TimelineKind.GRADE, g.new_grade,
                f"意向等级 {g.old_grade or '—'} → {g.new_grade}", g.reason, g.by_user_id,
                "grade_change", g.id)  # fmt: skip
        for e in s.scalars(select(OwnershipEvent).where(OwnershipEvent.customer_id == cid)):
            users.update(u for u in (e.from_user_id, e.to_user_id) if u is not None)
            add(e.at, TimelineKind.OWNERSHIP, e.kind, _OWNERSHIP_LABELS.get(e.kind, e.kind),
                e.reason, e.by_user_id, "ownership_event", e.id)  # fmt: skip
        deals = s.execute(
            select(Deal, Unit.room_no, Building.name)
            .join(Unit, Unit.id == Deal.unit_id)
            .join(Building, Building.id == Unit.building_id)
            .where(Deal.customer_id == cid)
        ).all()
        for d, room, building in deals:
            unit = f"{building} {room}"
            for at, action, label in ((d.held_at, "held", "保留房源"),
                                      (d.subscribed_at, "subscribed", "认购"),
                                      (d.contracted_at, "contracted", "签约"),
                                      (d.cancelled_at, "cancelled", "退订"),
                                      (d.delivered_at, "delivered", "交付")):  # fmt: skip
                detail = d.cancel_reason if action == "cancelled" else None
                add(at, TimelineKind.DEAL, action, f"{label}：{unit}", detail, d.consultant_id,
                    "deal", d.id)  # fmt: skip
        for doc in s.scalars(select(IssuedDocument).where(IssuedDocument.customer_id == cid)):
            label = _DOC_LABELS.get(doc.kind, doc.kind)
            add(doc.issued_at, TimelineKind.DOCUMENT, doc.kind, f"打印{label}（{doc.doc_no}）",
                None, doc.issued_by, "issued_document", doc.id)  # fmt: skip
            add(doc.signed_at, TimelineKind.DOCUMENT, "signed", f"{label}已签字（{doc.doc_no}）",
                None, doc.signed_recorded_by, "issued_document", doc.id)  # fmt: skip
        for cp in s.scalars(select(Complaint).where(Complaint.customer_id == cid)):
            add(cp.received_at, TimelineKind.COMPLAINT, "received", f"投诉：{cp.category}",
                cp.description, cp.received_by, "complaint", cp.id)  # fmt: skip
            add(cp.closed_at, TimelineKind.COMPLAINT, "closed", f"投诉结案：{cp.category}",
                cp.resolution, None, "complaint", cp.id)  # fmt: skip
        for sv in s.scalars(select(Survey).where(Survey.customer_id == cid)):
            add(sv.taken_at, TimelineKind.SURVEY, sv.stage,
                f"满意度调查：{sv.score} 分（{'达标' if sv.passed else '未达标'}）", None,
                sv.consultant_id, "survey", sv.id)  # fmt: skip
        for cr in s.scalars(select(ConsentRow).where(ConsentRow.customer_id == cid)):
            verb = "同意" if cr.granted else "撤回同意"
            add(cr.at, TimelineKind.CONSENT, cr.purpose,
                f"{verb}：{_CONSENT_LABELS.get(cr.purpose, cr.purpose)}（告知书第 {cr.notice_version} 版）",
                None, cr.recorded_by, "consent_record", cr.id)  # fmt: skip
        names = user_names(s, users)
        # Ownership lines name the consultants involved.
        events = {e.id: e for e in s.scalars(select(OwnershipEvent).where(
            OwnershipEvent.customer_id == cid))}  # fmt: skip
        final = []
        for entry in out:
            summary = entry.summary
            if entry.kind is TimelineKind.OWNERSHIP:
                e = events[entry.entity_id]
                a = names.get(e.from_user_id, "") if e.from_user_id else "公共池"
                b = names.get(e.to_user_id, "") if e.to_user_id else "公共池"
                summary = f"{summary}：{a} → {b}"
            elif entry.kind is TimelineKind.VISIT and entry.user_id is not None:
                summary = summary.replace("（", f"（接待：{names.get(entry.user_id, '')}，", 1)
            final.append(TimelineEntry(entry.at, entry.kind, entry.action, summary, entry.detail,
                                       entry.user_id, names.get(entry.user_id) if entry.user_id
                                       else None, entry.entity, entry.entity_id))  # fmt: skip
        final.sort(key=lambda e: (e.at, e.entity, e.entity_id), reverse=True)
        return final


def _given(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, bool):
        return value
    return True


def _decimal(
    text: Any, bad: Any, lo: Decimal | int, hi: Decimal | int, what: str
) -> Decimal | None:
    if text in (None, ""):
        return None
    try:
        d = Decimal(str(text))
    except InvalidOperation:
        raise bad(f"{what}应为数字") from None
    if not d.is_finite() or d < lo or d > hi:
        raise bad(f"{what}超出范围")
    return d.quantize(Decimal("0.01"))
