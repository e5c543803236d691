"""Export of the customers page's current view to .xlsx (SPEC §10), masked and audited.

openpyxl's write-only mode streams rows to disk, so a million-row export holds one batch
in memory. The ordered ids of the view come first (``CustomerQueryService.ids``), then
the rows in batches; ``progress(done, total)`` is called after each batch and may return
False to cancel (the partial file is removed). The file is written under a temporary
name and renamed at the end, so a crash never leaves a half file with the real name.
Masking follows the screen (``app.domain.access``); the export is written to the audit
log with the row count and the filter, never with phone numbers.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from app.db.engine import Database
from app.domain.access import sees_customer_data
from app.domain.clock import Clock
from app.domain.customer import CustomerFilter, CustomerRow, CustomerSort, ExportResult
from app.domain.errors import PermissionDenied
from app.domain.models import UserInfo
from app.services import audit_service
from app.services.customer_query_service import CustomerQueryService

Progress = Callable[[int, int], "bool | None"]
BATCH = 2_000

_GENDER = {"M": "男", "F": "女"}
_GRADE = {"A": "A 高意向", "B": "B 中意向", "C": "C 低意向", "D": "D 无意向"}
_STAGE = {"lead": "潜在", "visited": "来访", "subscribed": "认购", "contracted": "签约",
          "delivered": "交付", "owner": "业主", "lost": "流失", "cancelled": "退订"}  # fmt: skip
_CHANNEL = {"walk_in": "自然来访", "phone": "来电", "online": "网络", "agency": "中介带看",
            "referral": "老带新", "ad": "广告", "event": "活动", "other": "其他"}  # fmt: skip

#: Column code -> (header, value of a row). The UI's column chooser passes codes.
COLUMNS: dict[str, tuple[str, Callable[[CustomerRow], object]]] = {
    "id": ("客户编号", lambda r: r.id),
    "name": ("姓名", lambda r: r.name),
    "gender": ("性别", lambda r: _GENDER.get(r.gender or "", "")),
    "phone": ("手机号", lambda r: r.phone),
    "grade": ("意向等级", lambda r: _GRADE.get(r.grade or "", "")),
    "stage": ("阶段", lambda r: _STAGE.get(r.stage, r.stage)),
    "owner": ("置业顾问", lambda r: r.owner_name or ("公共客户池" if r.in_public_pool else "")),
    "channel": ("来源渠道", lambda r: _CHANNEL.get(r.channel or "", r.channel or "")),
    "visit_count": ("来访次数", lambda r: r.visit_count),
    "last_visit": ("最近来访", lambda r: r.last_visit_at),
    "next_follow_up": ("下次跟进", lambda r: r.next_follow_up_date),
    "overdue": ("跟进逾期", lambda r: "是" if r.overdue else ""),
    "created": ("登记时间", lambda r: r.created_at),
}


def describe_filter(flt: CustomerFilter) -> str:
    parts = []
    if flt.search:
        parts.append(f"搜索“{flt.search}”")
    for label, values in (("等级", flt.grades), ("阶段", flt.stages), ("渠道", flt.channels),
                          ("顾问", flt.owner_ids)):  # fmt: skip
        if values:
            parts.append(f"{label}={','.join(map(str, values))}")
    if flt.created_from or flt.created_to:
        parts.append(f"登记日期 {flt.created_from or ''}–{flt.created_to or ''}")
    if flt.overdue:
        parts.append("跟进逾期")
    if flt.public_pool:
        parts.append("公共客户池")
    return "；".join(parts) or "全部客户"


class ExportService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._query = CustomerQueryService(db, clock)

    def export_customers(
        self,
        actor: UserInfo,
        flt: CustomerFilter,
        sort: CustomerSort,
        path: str | os.PathLike[str],
        *,
        columns: tuple[str, ...] | None = None,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Write the view to ``path`` (.xlsx). Run it off the GUI thread."""
        if not sees_customer_data(actor):
            raise PermissionDenied("管理员不能导出客户信息")
        cols = tuple(columns or COLUMNS)
        unknown = [c for c in cols if c not in COLUMNS]
        if unknown:
            raise ValueError(f"unknown columns: {unknown}")
        target = Path(path)
        tmp = target.with_name(target.name + ".part")
        ids = self._query.ids(actor, flt, sort)
        assert ids is not None
        total = len(ids)
        from openpyxl import Workbook  # imported here: ~60 ms that start-up need not pay

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("客户")
        ws.append([COLUMNS[c][0] for c in cols])
        done = 0
        cancelled = False
        try:
            for start in range(0, total, BATCH):
                rows = self._query.rows_by_ids(actor, ids[start : start + BATCH])
                for r in rows:
                    ws.append([COLUMNS[c][1](r) for c in cols])
                done = min(total, start + BATCH)
                if progress is not None and progress(done, total) is False:
                    cancelled = True
                    break
            if progress is not None and total == 0:
                progress(0, 0)
            # Saving also finishes the worksheet's row writer (needed even when cancelled).
            wb.save(tmp)
            if cancelled:
                return ExportResult(str(target), done, cols, cancelled=True)
            os.replace(tmp, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        now = self._clock.now()
        with self._db.write() as s:
            audit_service.record(s, at=now, user_id=actor.id, action="export_customers",
                                 entity="export", entity_id=None,
                                 detail=f"导出客户 {total} 行；{describe_filter(flt)}；"
                                 f"文件：{target.name}")  # fmt: skip
        return ExportResult(str(target), total, cols)
