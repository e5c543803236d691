"""判客 rules (SPEC §3.2), pure, with dates passed in."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from app.domain.ownership import (
    Claim,
    OwnershipFacts,
    ProtectionStatus,
    RouteKind,
    decide_route,
    missing_required,
    protection,
    protection_until,
    resolve_claims,
)
from app.domain.settings import AppSettings

T0 = dt.datetime(2026, 3, 2, 10, 0)
S = AppSettings()


def facts(**kw: object) -> OwnershipFacts:
    base = dict(owner_id=1, owner_since=T0, locked=False, in_public_pool=False, visit_count=1,
                last_visit_at=T0, last_effective_follow_up_at=None, registration_complete=True,
                registered_at=T0, created_at=T0, stage="visited")  # fmt: skip
    base.update(kw)
    return OwnershipFacts(**base)  # type: ignore[arg-type]


def test_thirty_days_after_the_last_visit_or_effective_follow_up() -> None:
    f = facts()
    assert protection_until(f, S) == T0 + dt.timedelta(days=30)
    assert protection(f, T0 + dt.timedelta(days=29, hours=23), S).status is ProtectionStatus.VALID
    assert protection(f, T0 + dt.timedelta(days=30), S).status is ProtectionStatus.LAPSED
    renewed = facts(last_effective_follow_up_at=T0 + dt.timedelta(days=20))
    assert protection_until(renewed, S) == T0 + dt.timedelta(days=50)


def test_lead_gets_seven_days_and_settings_change_both() -> None:
    lead = facts(visit_count=0, last_visit_at=None, stage="lead")
    assert protection_until(lead, S) == T0 + dt.timedelta(days=7)
    custom = AppSettings(protection_days=15, lead_protection_days=3)
    assert protection_until(lead, custom) == T0 + dt.timedelta(days=3)
    assert protection_until(facts(), custom) == T0 + dt.timedelta(days=15)


def test_locked_pool_post_sale_and_stored_grace() -> None:
    late = T0 + dt.timedelta(days=400)
    assert protection(facts(locked=True), late, S).status is ProtectionStatus.LOCKED
    assert protection(facts(owner_id=None), T0, S).status is ProtectionStatus.POOL
    assert protection(facts(stage="contracted"), late, S).status is ProtectionStatus.VALID
    grace = facts(protected_until=T0 + dt.timedelta(days=40))
    p = protection(grace, T0 + dt.timedelta(days=35), S)
    assert p.status is ProtectionStatus.VALID and p.until == T0 + dt.timedelta(days=40)
    warn = protection(facts(), T0 + dt.timedelta(days=28), S)
    assert warn.expiring_soon and warn.status is ProtectionStatus.VALID


def test_required_fields_follow_the_setting() -> None:
    values = {"name": "张三", "gender": "M", "phone": "+8613812345678", "channel": "walk_in",
              "wanted_area_min": None, "wanted_area_max": 120, "wanted_layout": " "}  # fmt: skip
    assert missing_required(values, S.required_fields) == ["wanted_layout"]
    assert missing_required(values, ["name", "budget"]) == ["budget"]


@given(st.lists(st.tuples(st.integers(1, 5), st.integers(0, 100), st.booleans()), max_size=8))
def test_earliest_complete_registration_wins_whatever_the_order(
    raw: list[tuple[int, int, bool]],
) -> None:
    claims = [Claim(c, T0 + dt.timedelta(hours=h), ok) for c, h, ok in raw]
    winner = resolve_claims(claims)
    assert winner == resolve_claims(list(reversed(claims)))
    complete = [c for c in claims if c.complete]
    if not complete:
        assert winner is None
    else:
        assert winner is not None and winner.complete
        assert all(winner.registered_at <= c.registered_at for c in complete)


def test_routes() -> None:
    now = T0 + dt.timedelta(days=3)
    assert decide_route(None, now, S).kind is RouteKind.ROTATION
    assert decide_route(facts(), now, S).kind is RouteKind.OWNER
    assert decide_route(facts(), now, S, today_consultant_id=2).kind is RouteKind.SAME_DAY
    assert decide_route(facts(), now, S, scout=True, form_consultant_id=3).kind is RouteKind.SCOUT
    lapsed = decide_route(facts(), T0 + dt.timedelta(days=31), S)
    assert lapsed.kind is RouteKind.ROTATION and lapsed.lapses and lapsed.consumes_turn
    pool = decide_route(facts(owner_id=None, in_public_pool=True), now, S)
    assert pool.kind is RouteKind.ROTATION and not pool.lapses
    incomplete = facts(registration_complete=False)
    won = decide_route(incomplete, now, S, form_complete=True, form_consultant_id=2)
    assert won.kind is RouteKind.DISPUTE and won.consultant_id == 2
    assert decide_route(facts(), now, S, form_complete=True, form_consultant_id=2).kind is (
        RouteKind.OWNER
    )
    assert decide_route(incomplete, now, S, form_consultant_id=2).kind is RouteKind.OWNER
