"""The manager's audit viewer: filter, page, count, export, verify the chain.

Who reads what:

- a **manager** reads every row;
- an **admin** reads only rows that are about no customer (``customer_id IS NULL``):
  sign-ins, lockouts, account and role changes, settings, retention runs. SPEC §1 gives
  the admin no customer data; audit rows hold masked data only, but which customer was
  revealed, exported or deleted by whom is still information about customers;
- nobody else reads the audit trail (``PermissionDenied``).

Reading is not audited; exporting is (``audit_export``, in the transaction that read the
rows). Filtering and paging happen in SQL, newest first, so a log of millions of rows
pages as fast as a small one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.domain.clock import Clock
from app.domain.enums import Role
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.models import UserInfo
from app.domain.privacy import (
    AuditAction,
    AuditChainStatus,
    AuditExport,
    AuditFilter,
    AuditPage,
    AuditRow,
    scrub_identifiers,
)
from app.models import AuditEntry, User
from app.services import audit_service
from app.services.auth_service import load_actor

MAX_PAGE = 1000
EXPORT_COLUMNS = (
    "id",
    "时间",
    "用户",
    "操作",
    "客户ID",
    "对象",
    "对象ID",
    "详情",
    "prev_hash",
    "hash",
)


@contextlib.contextmanager
def write_only_workbook(path: Path) -> Iterator[Any]:
    """A write-only openpyxl workbook saved to ``path`` when the block ends.

    On any failure (also while rows are being added) the sheets' streams are closed, so
    no half-written generator is left for the garbage collector, and the partial file is
    removed.
    """
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    try:
        yield wb
        path.parent.mkdir(parents=True, exist_ok=True)
        wb.save(path)
    except BaseException:
        for ws in wb.worksheets:
            with contextlib.suppress(Exception):
                ws.close()
        path.unlink(missing_ok=True)
        raise


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class AuditQueryService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def page(self, actor: UserInfo, flt: AuditFilter | None = None, *, offset: int = 0,
             limit: int = 100) -> AuditPage:  # fmt: skip
        """One page of matching rows, newest first, with the total count."""
        flt = flt or AuditFilter()
        limit = max(1, min(int(limit), MAX_PAGE))
        offset = max(0, int(offset))
        with self._db.read() as s:
            me = self._reader(s, actor)
            total = self._count(s, me, flt)
            stmt = self._select(me, flt).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
            rows = tuple(_row(e, name) for e, name in s.execute(stmt))
        return AuditPage(rows=rows, total=total, offset=offset, limit=limit)

    def count(self, actor: UserInfo, flt: AuditFilter | None = None) -> int:
        with self._db.read() as s:
            return self._count(s, self._reader(s, actor), flt or AuditFilter())

    def actions(self, actor: UserInfo) -> list[str]:
        """The action codes present in the log (for the filter's drop-down), sorted."""
        with self._db.read() as s:
            me = self._reader(s, actor)
            stmt = select(AuditEntry.action).distinct()
            if me.role is not Role.MANAGER:
                stmt = stmt.where(AuditEntry.customer_id.is_(None))
            return sorted(s.scalars(stmt))

    def verify(self, actor: UserInfo) -> AuditChainStatus:
        """Re-compute the whole hash chain (the viewer's "integrity check" button)."""
        with self._db.read() as s:
            self._reader(s, actor)
            check = audit_service.verify_chain(s)
        return AuditChainStatus(rows=check.rows, first_bad_id=check.first_bad_id,
                                problem=check.problem)  # fmt: skip

    def export_xlsx(
        self,
        actor: UserInfo,
        flt: AuditFilter | None,
        path: Path,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> AuditExport:
        """Write the matching rows (oldest first, with their hashes) to an .xlsx file.

        The export is audited in the same transaction that read the rows; if writing the
        file fails nothing is recorded, and if recording fails the file is removed. Run it
        off the GUI thread: ``progress(done, total)`` reports every 1,000 rows.
        """
        flt = flt or AuditFilter()
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            raise ValidationError("审计日志只能导出为 .xlsx 文件", {"path": ".xlsx"})
        now = self._clock.now()
        with self._db.write() as s:
            me = self._reader(s, actor)
            total = self._count(s, me, flt)
            done = 0
            stmt = self._select(me, flt).order_by(AuditEntry.id)
            try:
                with write_only_workbook(path) as wb:
                    ws = wb.create_sheet("审计日志")
                    ws.append(list(EXPORT_COLUMNS))
                    for e, name in s.execute(stmt.execution_options(yield_per=1000)):
                        ws.append([e.id, e.at, name or "系统", e.action, e.customer_id, e.entity,
                                   e.entity_id, e.detail, e.prev_hash, e.hash])  # fmt: skip
                        done += 1
                        if progress and done % 1000 == 0:
                            progress(done, total)
                audit_service.record(
                    s, at=now, user_id=me.id, action=AuditAction.AUDIT_EXPORT,
                    entity="audit_log", detail=f"导出 {done} 条：{_describe(flt)}",
                )  # fmt: skip
                s.flush()
            except BaseException:
                path.unlink(missing_ok=True)
                raise
        if progress:
            progress(done, total)
        return AuditExport(path=path, rows=done)

    # ------------------------------------------------------------------ helpers

    def _reader(self, s: Session, actor: UserInfo) -> UserInfo:
        me = load_actor(s, actor)
        if me.role not in (Role.MANAGER, Role.ADMIN):
            raise PermissionDenied("只有销售经理和管理员可以查看审计日志")
        return me

    def _select(self, me: UserInfo, flt: AuditFilter) -> Select[Any]:
        stmt = select(AuditEntry, User.display_name).outerjoin(User, User.id == AuditEntry.user_id)
        return stmt.where(*self._conditions(me, flt))

    def _count(self, s: Session, me: UserInfo, flt: AuditFilter) -> int:
        stmt = select(func.count()).select_from(AuditEntry).where(*self._conditions(me, flt))
        return int(s.scalar(stmt) or 0)

    @staticmethod
    def _conditions(me: UserInfo, flt: AuditFilter) -> list[Any]:
        cond: list[Any] = []
        if me.role is not Role.MANAGER:
            cond.append(AuditEntry.customer_id.is_(None))
        if flt.user_id is not None:
            cond.append(AuditEntry.user_id == flt.user_id)
        if flt.actions:
            cond.append(AuditEntry.action.in_([str(a) for a in flt.actions]))
        if flt.customer_id is not None:
            cond.append(AuditEntry.customer_id == flt.customer_id)
        if flt.date_from is not None:
            cond.append(AuditEntry.at >= dt.datetime.combine(flt.date_from, dt.time()))
        if flt.date_to is not None:
            end = dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time())
            cond.append(AuditEntry.at < end)
        if flt.text.strip():
            pattern = "%" + _like_escape(flt.text.strip()) + "%"
            cond.append(AuditEntry.detail.like(pattern, escape="\\"))
        return cond


def _row(e: AuditEntry, name: str | None) -> AuditRow:
    return AuditRow(id=e.id, at=e.at, user_id=e.user_id, user_name=name or "",
                    action=e.action, customer_id=e.customer_id, entity=e.entity,
                    entity_id=e.entity_id, detail=e.detail)  # fmt: skip


def _describe(flt: AuditFilter) -> str:
    parts = []
    if flt.user_id is not None:
        parts.append(f"用户 #{flt.user_id}")
    if flt.actions:
        parts.append("操作 " + ",".join(str(a) for a in flt.actions))
    if flt.customer_id is not None:
        parts.append(f"客户 #{flt.customer_id}")
    if flt.date_from or flt.date_to:
        parts.append(f"日期 {flt.date_from or '…'} 至 {flt.date_to or '…'}")
    if flt.text.strip():
        parts.append(f"含“{scrub_identifiers(flt.text.strip())}”")
    return "；".join(parts) or "全部"
