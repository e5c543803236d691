"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-24 02:14:56.041039
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "projects",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("developer", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("sales_office_phone", sa.String(length=40), nullable=False),
        sa.Column("five_certificates", sa.Text(), nullable=False),
        sa.Column("parking_info", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
    )
    op.create_table(
        "buildings",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "project_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("floors", sa.Integer(), nullable=False),
        sa.Column("delivery_date", sa.Date(), nullable=True),
        sa.Column("delivery_place", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_buildings_project_id_projects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_buildings")),
        sa.UniqueConstraint("project_id", "name", name=op.f("uq_buildings_project_id_name")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column(
            "project_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deactivated_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_users_project_id_projects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column(
            "customer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("entity", sa.String(length=32), nullable=True),
        sa.Column("entity_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_audit_log_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_at", ["at"], unique=False)
        batch_op.create_index("ix_audit_log_customer", ["customer_id"], unique=False)
        batch_op.create_index("ix_audit_log_user_at", ["user_id", "at"], unique=False)

    op.create_table(
        "customers",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "project_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("name", sa.String(length=64), nullable=True),
        sa.Column("pinyin_initials", sa.String(length=32), nullable=False),
        sa.Column("pinyin_full", sa.String(length=128), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=True),
        sa.Column("age_band", sa.String(length=16), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("alt_phone", sa.String(length=20), nullable=True),
        sa.Column("occupation", sa.String(length=64), nullable=True),
        sa.Column("home_district", sa.String(length=64), nullable=True),
        sa.Column("work_district", sa.String(length=64), nullable=True),
        sa.Column("family_structure", sa.String(length=64), nullable=True),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("resident_id", sa.String(length=18), nullable=True),
        sa.Column("consent_basic", sa.Boolean(), nullable=False),
        sa.Column("consent_basic_at", sa.DateTime(), nullable=True),
        sa.Column("consent_notice_version", sa.String(length=16), nullable=True),
        sa.Column("consent_resident_id", sa.Boolean(), nullable=False),
        sa.Column("consent_resident_id_at", sa.DateTime(), nullable=True),
        sa.Column("consent_marketing", sa.Boolean(), nullable=False),
        sa.Column("consent_marketing_at", sa.DateTime(), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column(
            "referrer_customer_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=True,
        ),
        sa.Column("budget_total", sa.BigInteger(), nullable=True),
        sa.Column("budget_down_payment", sa.BigInteger(), nullable=True),
        sa.Column("wanted_layout", sa.String(length=32), nullable=True),
        sa.Column("wanted_area_min", sa.BigInteger(), nullable=True),
        sa.Column("wanted_area_max", sa.BigInteger(), nullable=True),
        sa.Column("floor_preference", sa.String(length=32), nullable=True),
        sa.Column("orientation", sa.String(length=16), nullable=True),
        sa.Column("decoration", sa.String(length=16), nullable=True),
        sa.Column("purpose", sa.String(length=16), nullable=True),
        sa.Column("payment_method", sa.String(length=16), nullable=True),
        sa.Column("desired_delivery", sa.String(length=32), nullable=True),
        sa.Column("focus_points", sa.String(length=128), nullable=True),
        sa.Column("objections", sa.Text(), nullable=True),
        sa.Column("competing_projects", sa.Text(), nullable=True),
        sa.Column("decision_months", sa.Integer(), nullable=True),
        sa.Column("asked_price", sa.Boolean(), nullable=False),
        sa.Column("deposit_intent", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("owner_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("owner_since", sa.DateTime(), nullable=True),
        sa.Column("registration_complete", sa.Boolean(), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=True),
        sa.Column("protected_until", sa.DateTime(), nullable=True),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("in_public_pool", sa.Boolean(), nullable=False),
        sa.Column("grade", sa.String(length=1), nullable=True),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("lost_reason", sa.Text(), nullable=True),
        sa.Column("visit_count", sa.Integer(), nullable=False),
        sa.Column("first_visit_at", sa.DateTime(), nullable=True),
        sa.Column("last_visit_at", sa.DateTime(), nullable=True),
        sa.Column("last_effective_follow_up_at", sa.DateTime(), nullable=True),
        sa.Column("next_follow_up_date", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("anonymized_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_customers_owner_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_customers_project_id_projects")
        ),
        sa.ForeignKeyConstraint(
            ["referrer_customer_id"],
            ["customers.id"],
            name=op.f("fk_customers_referrer_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
        sa.UniqueConstraint("project_id", "phone", name=op.f("uq_customers_project_id_phone")),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index("ix_customers_name", ["name"], unique=False)
        batch_op.create_index(
            "ix_customers_owner_next_follow_up", ["owner_id", "next_follow_up_date"], unique=False
        )
        batch_op.create_index("ix_customers_pinyin_initials", ["pinyin_initials"], unique=False)
        batch_op.create_index(
            "ix_customers_project_alt_phone", ["project_id", "alt_phone"], unique=False
        )
        batch_op.create_index(
            "ix_customers_project_created", ["project_id", "created_at"], unique=False
        )
        batch_op.create_index("ix_customers_project_grade", ["project_id", "grade"], unique=False)
        batch_op.create_index(
            "ix_customers_project_pool", ["project_id", "in_public_pool"], unique=False
        )
        batch_op.create_index("ix_customers_project_stage", ["project_id", "stage"], unique=False)
        batch_op.create_index("ix_customers_protected_until", ["protected_until"], unique=False)

    op.create_table(
        "rotation_entries",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "project_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column(
            "consultant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("make_up_turns", sa.Integer(), nullable=False),
        sa.Column("signed_in_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultant_id"], ["users.id"], name=op.f("fk_rotation_entries_consultant_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_rotation_entries_project_id_projects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rotation_entries")),
        sa.UniqueConstraint(
            "project_id",
            "day",
            "consultant_id",
            name=op.f("uq_rotation_entries_project_id_day_consultant_id"),
        ),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column(
            "updated_by", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["users.id"], name=op.f("fk_settings_updated_by_users")
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "transfers",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "project_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "from_user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column(
            "by_user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("deactivated_user", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["by_user_id"], ["users.id"], name=op.f("fk_transfers_by_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["from_user_id"], ["users.id"], name=op.f("fk_transfers_from_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_transfers_project_id_projects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfers")),
    )
    op.create_table(
        "units",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "building_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("unit_no", sa.String(length=8), nullable=False),
        sa.Column("floor", sa.Integer(), nullable=False),
        sa.Column("room_no", sa.String(length=16), nullable=False),
        sa.Column("layout", sa.String(length=32), nullable=False),
        sa.Column("building_area", sa.BigInteger(), nullable=False),
        sa.Column("inner_area", sa.BigInteger(), nullable=False),
        sa.Column("orientation", sa.String(length=16), nullable=False),
        sa.Column("list_price", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["building_id"], ["buildings.id"], name=op.f("fk_units_building_id_buildings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_units")),
        sa.UniqueConstraint(
            "building_id", "unit_no", "room_no", name=op.f("uq_units_building_id_unit_no_room_no")
        ),
    )
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.create_index("ix_units_building_status", ["building_id", "status"], unique=False)

    op.create_table(
        "adverse_factors",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "project_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "building_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("unit_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=True),
        sa.Column("distance_m", sa.Integer(), nullable=True),
        sa.Column("impact", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["building_id"], ["buildings.id"], name=op.f("fk_adverse_factors_building_id_buildings")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_adverse_factors_project_id_projects")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_adverse_factors_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adverse_factors")),
    )
    with op.batch_alter_table("adverse_factors", schema=None) as batch_op:
        batch_op.create_index("ix_adverse_factors_project", ["project_id"], unique=False)
        batch_op.create_index("ix_adverse_factors_unit", ["unit_id"], unique=False)

    op.create_table(
        "complaints",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "project_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "customer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("received_via", sa.String(length=16), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("department", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column(
            "received_by", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("first_response_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("callback_at", sa.DateTime(), nullable=True),
        sa.Column("callback_satisfied", sa.Boolean(), nullable=True),
        sa.Column("key_point", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_complaints_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_complaints_project_id_projects")
        ),
        sa.ForeignKeyConstraint(
            ["received_by"], ["users.id"], name=op.f("fk_complaints_received_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
    )
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.create_index("ix_complaints_customer", ["customer_id"], unique=False)
        batch_op.create_index(
            "ix_complaints_project_status", ["project_id", "status"], unique=False
        )

    op.create_table(
        "consent_records",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "customer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("notice_version", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column(
            "recorded_by", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_consent_records_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_consent_records_recorded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_records")),
    )
    with op.batch_alter_table("consent_records", schema=None) as batch_op:
        batch_op.create_index("ix_consent_records_customer", ["customer_id"], unique=False)

    op.create_table(
        "deals",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "project_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "customer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("unit_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "consultant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("held_at", sa.DateTime(), nullable=True),
        sa.Column("hold_expires_at", sa.DateTime(), nullable=True),
        sa.Column("list_price", sa.BigInteger(), nullable=False),
        sa.Column("agreed_price", sa.BigInteger(), nullable=True),
        sa.Column("discount", sa.BigInteger(), nullable=True),
        sa.Column("deposit", sa.BigInteger(), nullable=True),
        sa.Column("deposit_date", sa.Date(), nullable=True),
        sa.Column("subscribed_at", sa.DateTime(), nullable=True),
        sa.Column("contract_no", sa.String(length=64), nullable=True),
        sa.Column("contracted_at", sa.DateTime(), nullable=True),
        sa.Column("payment_method", sa.String(length=16), nullable=True),
        sa.Column("loan_status", sa.String(length=32), nullable=True),
        sa.Column("personalised_changes", sa.Text(), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=True),
        sa.Column("delivery_date", sa.Date(), nullable=True),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column(
            "created_by", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.ForeignKeyConstraint(
            ["consultant_id"], ["users.id"], name=op.f("fk_deals_consultant_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_deals_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_deals_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_deals_project_id_projects")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_deals_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deals")),
        sa.UniqueConstraint("contract_no", name=op.f("uq_deals_contract_no")),
    )
    with op.batch_alter_table("deals", schema=None) as batch_op:
        batch_op.create_index("ix_deals_consultant", ["consultant_id"], unique=False)
        batch_op.create_index("ix_deals_customer", ["customer_id"], unique=False)
        batch_op.create_index("ix_deals_project_status", ["project_id", "status"], unique=False)
        batch_op.create_index(
            "uq_deals_active_unit",
            ["unit_id"],
            unique=True,
            sqlite_where=sa.text("status IN ('held', 'subscribed', 'contracted', 'delivered')"),
            postgresql_where=sa.text("status IN ('held', 'subscribed', 'contracted', 'delivered')"),
        )

    op.create_table(
        "grade_changes",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "customer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("old_grade", sa.String(length=1), nullable=True),
        sa.Column("new_grade", sa.String(length=1), nullable=False),
        sa.Column("suggested_grade", sa.String(length=1), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column(
            "by_user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["by_user_id"], ["users.id"], name=op.f("fk_grade_changes_by_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_grade_changes_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grade_changes")),
    )
    with op.batch_alter_table("grade_changes", schema=None) as batch_op:
        batch_op.create_index("ix_grade_changes_customer", ["customer_id", "at"], unique=False)

    op.create_table(
        "ownership_events",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "customer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column(
            "from_user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "to_user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column(
            "by_user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "transfer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["by_user_id"], ["users.id"], name=op.f("fk_ownership_events_by_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_ownership_events_customer_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["from_user_id"], ["users.id"], name=op.f("fk_ownership_events_from_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["to_user_id"], ["users.id"], name=op.f("fk_ownership_events_to_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["transfers.id"],
            name=op.f("fk_ownership_events_transfer_id_transfers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ownership_events")),
    )
    with op.batch_alter_table("ownership_events", schema=None) as batch_op:
        batch_op.create_index("ix_ownership_events_customer", ["customer_id", "at"], unique=False)
        batch_op.create_index(
            "ix_ownership_events_to_user_at", ["to_user_id", "kind", "at"], unique=False
        )
        batch_op.create_index("ix_ownership_events_transfer", ["transfer_id"], unique=False)

    op.create_table(
        "related_persons",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "customer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("name", sa.String(length=64), nullable=True),
        sa.Column("relation", sa.String(length=16), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_related_persons_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_related_persons")),
    )
    with op.batch_alter_table("related_persons", schema=None) as batch_op:
        batch_op.create_index("ix_related_persons_customer", ["customer_id"], unique=False)

    op.create_table(
        "surveys",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "project_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "customer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "consultant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultant_id"], ["users.id"], name=op.f("fk_surveys_consultant_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_surveys_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_surveys_project_id_projects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_surveys")),
    )
    with op.batch_alter_table("surveys", schema=None) as batch_op:
        batch_op.create_index("ix_surveys_project_taken", ["project_id", "taken_at"], unique=False)

    op.create_table(
        "visits",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "project_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "customer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "consultant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "registered_by", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("arrived_at", sa.DateTime(), nullable=False),
        sa.Column("left_at", sa.DateTime(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("party_size", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("consumed_turn", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["consultant_id"], ["users.id"], name=op.f("fk_visits_consultant_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_visits_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_visits_project_id_projects")
        ),
        sa.ForeignKeyConstraint(
            ["registered_by"], ["users.id"], name=op.f("fk_visits_registered_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visits")),
    )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visits_consultant_arrived", ["consultant_id", "arrived_at"], unique=False
        )
        batch_op.create_index(
            "ix_visits_customer_arrived", ["customer_id", "arrived_at"], unique=False
        )
        batch_op.create_index(
            "ix_visits_project_arrived", ["project_id", "arrived_at"], unique=False
        )

    op.create_table(
        "customer_phones",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "project_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column(
            "customer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column(
            "related_person_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_customer_phones_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_customer_phones_project_id_projects")
        ),
        sa.ForeignKeyConstraint(
            ["related_person_id"],
            ["related_persons.id"],
            name=op.f("fk_customer_phones_related_person_id_related_persons"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_phones")),
        sa.UniqueConstraint(
            "project_id", "phone", name=op.f("uq_customer_phones_project_id_phone")
        ),
    )
    with op.batch_alter_table("customer_phones", schema=None) as batch_op:
        batch_op.create_index("ix_customer_phones_customer", ["customer_id"], unique=False)

    op.create_table(
        "discount_approvals",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("deal_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column(
            "customer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("unit_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("discount", sa.BigInteger(), nullable=False),
        sa.Column(
            "requested_by", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column(
            "approver_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["approver_id"], ["users.id"], name=op.f("fk_discount_approvals_approver_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_discount_approvals_customer_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_discount_approvals_deal_id_deals")
        ),
        sa.ForeignKeyConstraint(
            ["requested_by"], ["users.id"], name=op.f("fk_discount_approvals_requested_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_discount_approvals_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_discount_approvals")),
    )
    with op.batch_alter_table("discount_approvals", schema=None) as batch_op:
        batch_op.create_index("ix_discount_approvals_deal", ["deal_id"], unique=False)

    op.create_table(
        "follow_ups",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "customer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "assignee_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column("content", sa.Text(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("reached", sa.Boolean(), nullable=True),
        sa.Column("next_date", sa.Date(), nullable=True),
        sa.Column("deal_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column(
            "created_by", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["users.id"], name=op.f("fk_follow_ups_assignee_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_follow_ups_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_follow_ups_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_follow_ups_deal_id_deals")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
    )
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index(
            "ix_follow_ups_assignee_due", ["assignee_id", "due_date"], unique=False
        )
        batch_op.create_index("ix_follow_ups_customer", ["customer_id", "created_at"], unique=False)

    op.create_table(
        "handovers",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("deal_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("handover_date", sa.Date(), nullable=False),
        sa.Column("water_reading", sa.String(length=32), nullable=True),
        sa.Column("electricity_reading", sa.String(length=32), nullable=True),
        sa.Column("gas_reading", sa.String(length=32), nullable=True),
        sa.Column("keys_json", sa.Text(), nullable=False),
        sa.Column("contracted_area", sa.BigInteger(), nullable=False),
        sa.Column("measured_area", sa.BigInteger(), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("area_adjustment", sa.BigInteger(), nullable=False),
        sa.Column(
            "created_by", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_handovers_created_by_users")
        ),
        sa.ForeignKeyConstraint(["deal_id"], ["deals.id"], name=op.f("fk_handovers_deal_id_deals")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handovers")),
        sa.UniqueConstraint("deal_id", name=op.f("uq_handovers_deal_id")),
    )
    op.create_table(
        "issued_documents",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "project_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("doc_no", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column(
            "customer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("unit_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("deal_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column(
            "transfer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "reprint_of_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("file_path", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("issued_by", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column(
            "signed_recorded_by",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=True,
        ),
        sa.Column("scan_path", sa.Text(), nullable=True),
        sa.Column("scan_sha256", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_issued_documents_customer_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_issued_documents_deal_id_deals")
        ),
        sa.ForeignKeyConstraint(
            ["issued_by"], ["users.id"], name=op.f("fk_issued_documents_issued_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_issued_documents_project_id_projects")
        ),
        sa.ForeignKeyConstraint(
            ["reprint_of_id"],
            ["issued_documents.id"],
            name=op.f("fk_issued_documents_reprint_of_id_issued_documents"),
        ),
        sa.ForeignKeyConstraint(
            ["signed_recorded_by"],
            ["users.id"],
            name=op.f("fk_issued_documents_signed_recorded_by_users"),
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["transfers.id"],
            name=op.f("fk_issued_documents_transfer_id_transfers"),
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_issued_documents_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_documents")),
        sa.UniqueConstraint("doc_no", name=op.f("uq_issued_documents_doc_no")),
    )
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.create_index("ix_issued_documents_customer", ["customer_id"], unique=False)
        batch_op.create_index("ix_issued_documents_deal", ["deal_id"], unique=False)

    op.create_table(
        "rotation_events",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "project_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column(
            "consultant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("visit_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column(
            "by_user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("queue_snapshot", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["by_user_id"], ["users.id"], name=op.f("fk_rotation_events_by_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["consultant_id"], ["users.id"], name=op.f("fk_rotation_events_consultant_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_rotation_events_project_id_projects")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name=op.f("fk_rotation_events_visit_id_visits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rotation_events")),
    )
    with op.batch_alter_table("rotation_events", schema=None) as batch_op:
        batch_op.create_index("ix_rotation_events_project_day", ["project_id", "day"], unique=False)

    op.create_table(
        "survey_answers",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "survey_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("factor", sa.String(length=32), nullable=False),
        sa.Column("level", sa.String(length=24), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["survey_id"], ["surveys.id"], name=op.f("fk_survey_answers_survey_id_surveys")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_answers")),
    )
    with op.batch_alter_table("survey_answers", schema=None) as batch_op:
        batch_op.create_index("ix_survey_answers_survey", ["survey_id"], unique=False)

    op.create_table(
        "inspection_items",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "handover_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("room", sa.String(length=32), nullable=False),
        sa.Column("item", sa.String(length=64), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("issue_text", sa.Text(), nullable=True),
        sa.Column("repair_status", sa.String(length=16), nullable=True),
        sa.Column("repair_closed_at", sa.DateTime(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["handover_id"],
            ["handovers.id"],
            name=op.f("fk_inspection_items_handover_id_handovers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_items")),
    )
    with op.batch_alter_table("inspection_items", schema=None) as batch_op:
        batch_op.create_index("ix_inspection_items_handover", ["handover_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("inspection_items", schema=None) as batch_op:
        batch_op.drop_index("ix_inspection_items_handover")

    op.drop_table("inspection_items")
    with op.batch_alter_table("survey_answers", schema=None) as batch_op:
        batch_op.drop_index("ix_survey_answers_survey")

    op.drop_table("survey_answers")
    with op.batch_alter_table("rotation_events", schema=None) as batch_op:
        batch_op.drop_index("ix_rotation_events_project_day")

    op.drop_table("rotation_events")
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.drop_index("ix_issued_documents_deal")
        batch_op.drop_index("ix_issued_documents_customer")

    op.drop_table("issued_documents")
    op.drop_table("handovers")
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_ups_customer")
        batch_op.drop_index("ix_follow_ups_assignee_due")

    op.drop_table("follow_ups")
    with op.batch_alter_table("discount_approvals", schema=None) as batch_op:
        batch_op.drop_index("ix_discount_approvals_deal")

    op.drop_table("discount_approvals")
    with op.batch_alter_table("customer_phones", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_phones_customer")

    op.drop_table("customer_phones")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index("ix_visits_project_arrived")
        batch_op.drop_index("ix_visits_customer_arrived")
        batch_op.drop_index("ix_visits_consultant_arrived")

    op.drop_table("visits")
    with op.batch_alter_table("surveys", schema=None) as batch_op:
        batch_op.drop_index("ix_surveys_project_taken")

    op.drop_table("surveys")
    with op.batch_alter_table("related_persons", schema=None) as batch_op:
        batch_op.drop_index("ix_related_persons_customer")

    op.drop_table("related_persons")
    with op.batch_alter_table("ownership_events", schema=None) as batch_op:
        batch_op.drop_index("ix_ownership_events_transfer")
        batch_op.drop_index("ix_ownership_events_to_user_at")
        batch_op.drop_index("ix_ownership_events_customer")

    op.drop_table("ownership_events")
    with op.batch_alter_table("grade_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_grade_changes_customer")

    op.drop_table("grade_changes")
    with op.batch_alter_table("deals", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_deals_active_unit",
            sqlite_where=sa.text("status IN ('held', 'subscribed', 'contracted', 'delivered')"),
            postgresql_where=sa.text("status IN ('held', 'subscribed', 'contracted', 'delivered')"),
        )
        batch_op.drop_index("ix_deals_project_status")
        batch_op.drop_index("ix_deals_customer")
        batch_op.drop_index("ix_deals_consultant")

    op.drop_table("deals")
    with op.batch_alter_table("consent_records", schema=None) as batch_op:
        batch_op.drop_index("ix_consent_records_customer")

    op.drop_table("consent_records")
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_index("ix_complaints_project_status")
        batch_op.drop_index("ix_complaints_customer")

    op.drop_table("complaints")
    with op.batch_alter_table("adverse_factors", schema=None) as batch_op:
        batch_op.drop_index("ix_adverse_factors_unit")
        batch_op.drop_index("ix_adverse_factors_project")

    op.drop_table("adverse_factors")
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.drop_index("ix_units_building_status")

    op.drop_table("units")
    op.drop_table("transfers")
    op.drop_table("settings")
    op.drop_table("rotation_entries")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index("ix_customers_protected_until")
        batch_op.drop_index("ix_customers_project_stage")
        batch_op.drop_index("ix_customers_project_pool")
        batch_op.drop_index("ix_customers_project_grade")
        batch_op.drop_index("ix_customers_project_created")
        batch_op.drop_index("ix_customers_project_alt_phone")
        batch_op.drop_index("ix_customers_pinyin_initials")
        batch_op.drop_index("ix_customers_owner_next_follow_up")
        batch_op.drop_index("ix_customers_name")

    op.drop_table("customers")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_user_at")
        batch_op.drop_index("ix_audit_log_customer")
        batch_op.drop_index("ix_audit_log_at")

    op.drop_table("audit_log")
    op.drop_table("users")
    op.drop_table("buildings")
    op.drop_table("projects")
