"""The customers page over a million customers: search, filter, sort, count, positions.

Everything is filtered and sorted in SQL; nothing loads every customer row.

How a page is found (SQLite; PostgreSQL lets its planner choose):

- **Search** is classified once: 3+ digits search the phones, a latin word the pinyin
  (prefix of the initials ``zs`` or the full pinyin ``zhangs``, B-tree range scans),
  anything else the name: 3+ characters anywhere in it through the FTS5 trigram table of
  migration 0002, 1-2 characters as a prefix (range scan on ``ix_customers_name``),
  because the trigram tokenizer silently matches nothing below three characters.
- **Plan choice.** A page either walks the index of the sort column and checks the
  filters row by row ("sort-driven", best when many rows match), or collects the
  matching rows through the search or a filter index and sorts them ("match-driven",
  best when few match). For a search the number of matches is known cheaply (FTS count,
  or a range count capped at ``MATCH_DRIVEN_MAX``) and decides. For filters alone the
  sort-driven walk runs under a time budget and, if it has not found the page by then,
  gives way to the match-driven plan. SQLite's own planner is not trusted here: without
  ANALYZE statistics (a fresh database) or with correlated filters it picks plans that
  take 0.5-2 s on a million rows.
- **Positions.** ``ids()`` returns the ordered ids of the whole view (8 bytes a row);
  the table model builds it off the GUI thread after the first page is shown and then
  jumps to any row, the last included, by index, reading rows with ``rows_by_ids``.
  Until then ``page(offset=...)`` answers jumps, fast without filters (index walk from
  the nearer end) and slower with them.
- **Count.** ``count()`` is exact. ``count_within()`` gives up after a time budget and
  returns None (the page then shows "counting..." until ``ids()`` completes, whose
  length is the exact count); counts over one indexed filter or a search are cheap.
"""

from __future__ import annotations

import datetime as dt
import re
import time
import unicodedata
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.domain.access import sees_customer_data, sees_full
from app.domain.clock import Clock
from app.domain.customer import CustomerFilter, CustomerRow, CustomerSort, SortKey
from app.domain.errors import NotFoundError, PermissionDenied
from app.domain.models import UserInfo
from app.domain.phone import display_phone, mask_phone
from app.models import Customer, Project, User

#: Name prefixes of migration 0002's search objects, which ``app.models`` does not map.
SEARCH_SCHEMA_PREFIXES = ("customer_search", "ix_search_")
#: A search with at most this many matches is sorted after matching (match-driven); with
#: filters as well the sort-driven walk finds fewer rows per step, so the bar is higher.
MATCH_DRIVEN_MAX = 10_000
MATCH_DRIVEN_MAX_FILTERED = 50_000
#: A filter whose own index finds at most this many rows drives the query.
DRIVER_MAX = 10_000
_NOT_PROJECT_LEADING = frozenset({"ix_customers_owner_day", "ix_customers_name"})
#: Migration 0002's covering index: default order plus every filter column.
LIST_INDEX = "ix_search_customers_list"
#: Time a sort-driven walk may take before the match-driven plan is tried (SQLite).
SORT_DRIVEN_BUDGET_MS = 25.0
#: SQLite virtual-machine steps between two looks at the clock during a budgeted query.
PROGRESS_STEPS = 1000
ID_BATCH = 5_000
DEFAULT_SORT = CustomerSort()


def is_search_schema_object(name: str | None) -> bool:
    """True for the FTS5 table (and its shadow tables) and the search indexes."""
    return bool(name) and str(name).startswith(SEARCH_SCHEMA_PREFIXES)


# --- small helpers shared by the reception, rotation and customer services -----------


def project_id_for(s: Session, actor: UserInfo) -> int:
    """The actor's project, or the installation's only/first project."""
    if actor.project_id is not None:
        return actor.project_id
    pid = s.scalar(select(Project.id).order_by(Project.id).limit(1))
    if pid is None:
        raise NotFoundError("尚未建立楼盘项目")
    return int(pid)


def user_names(s: Session, ids: set[int] | set[int | None] | Sequence[int]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = s.execute(_USER_NAMES, {"ids": list(wanted)}).all()
    return {r[0]: r[1] for r in rows}


_USER_NAMES = select(User.id, User.display_name).where(
    User.id.in_(bindparam("ids", expanding=True))
)


# --- search classification -------------------------------------------------------------

_SEPARATORS = re.compile(r"[\s\-()（）+]")


@dataclass(frozen=True, slots=True)
class SearchTerm:
    kind: str  # "none" | "phone" | "pinyin" | "name" | "impossible"
    value: str

    @property
    def uses_fts(self) -> bool:
        return (self.kind == "phone") or (self.kind == "name" and len(self.value) >= 3)


def classify_search(raw: str) -> SearchTerm:
    """What the search box means: phone digits, pinyin, or (part of) a name."""
    q = unicodedata.normalize("NFKC", raw or "").strip()
    if not q:
        return SearchTerm("none", "")
    compact = _SEPARATORS.sub("", q)
    if compact.isdigit() and compact.isascii():
        if len(compact) < 3:
            return SearchTerm("impossible", compact)
        if compact.startswith("86") and len(compact) == 13:
            compact = compact[2:]
        return SearchTerm("phone", compact)
    if q.isascii() and re.fullmatch(r"[A-Za-z][A-Za-z ]*", q):
        return SearchTerm("pinyin", q.replace(" ", "").lower())
    return SearchTerm("name", re.sub(r"\s+", "", q))


def _prefix_upper(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _fts_phrase(column: str, value: str) -> str:
    return f'{column} : "' + value.replace('"', '""') + '"'


# --- sorts ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _SortSpec:
    columns: tuple[str, ...]
    index: str
    project_leading: bool  # the index starts with project_id


_SORTS: dict[SortKey, _SortSpec] = {
    SortKey.CREATED: _SortSpec(("created_at",), LIST_INDEX, True),
    SortKey.UPDATED: _SortSpec(("updated_at",), "ix_search_customers_updated", True),
    SortKey.NAME: _SortSpec(("name",), "ix_customers_name", False),
    SortKey.GRADE: _SortSpec(("grade",), "ix_customers_project_grade", True),
    SortKey.STAGE: _SortSpec(("stage",), "ix_customers_project_stage", True),
    SortKey.OWNER: _SortSpec(
        ("owner_id", "next_follow_up_date"), "ix_customers_owner_day", False
    ),  # fmt: skip
    SortKey.CHANNEL: _SortSpec(("channel",), "ix_search_customers_channel", True),
    SortKey.VISIT_COUNT: _SortSpec(("visit_count",), "ix_search_customers_visit_count", True),
    SortKey.LAST_VISIT: _SortSpec(("last_visit_at",), "ix_search_customers_last_visit", True),
    SortKey.NEXT_FOLLOW_UP: _SortSpec(
        ("next_follow_up_date",), "ix_search_customers_next_follow_up", True
    ),  # fmt: skip
}

_ROW_COLUMNS = (
    "id", "name", "gender", "phone", "grade", "stage", "owner_id", "channel", "visit_count",
    "last_visit_at", "next_follow_up_date", "created_at", "updated_at", "in_public_pool",
    "locked", "protected_until",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Query:
    """A compiled view: WHERE pieces (with and without index-disabling ``+``) and params."""

    where_plain: tuple[str, ...]
    where_no_index: tuple[str, ...]
    params: dict[str, object]
    term: SearchTerm
    has_filters: bool
    project_in_where: bool
    #: (index, condition) of each filter an index can drive: candidates for the
    #: match-driven plan when that filter alone matches few rows.
    drivers: tuple[tuple[str, str], ...] = ()


class _Interrupted(Exception):
    pass


class CustomerQueryService:
    """Read-only queries of the customers page. Every call opens its own read session,
    so the UI may call ``ids()`` from a worker thread while the GUI thread reads rows."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # --- public API ---------------------------------------------------------------------

    def page(
        self,
        actor: UserInfo,
        flt: CustomerFilter,
        sort: CustomerSort = DEFAULT_SORT,
        *,
        offset: int = 0,
        limit: int = 100,
    ) -> list[CustomerRow]:
        """Rows ``offset .. offset+limit`` of the view, masked for ``actor``."""
        self._check(actor)
        with self._db.read() as s:
            ids = self._page_ids(s, actor, flt, sort, offset, limit)
            return self._rows(s, actor, ids)

    def page_at(
        self,
        actor: UserInfo,
        flt: CustomerFilter,
        sort: CustomerSort,
        index: int,
        limit: int = 100,
        *,
        total: int | None = None,
    ) -> list[CustomerRow]:
        """Up to ``limit`` rows starting at row ``index``. With ``total`` (the view's row
        count) a row in the second half is reached by walking from the end."""
        self._check(actor)
        with self._db.read() as s:
            ids = self._page_ids(s, actor, flt, sort, index, limit, total=total)
            return self._rows(s, actor, ids)

    def row_at(
        self, actor: UserInfo, flt: CustomerFilter, sort: CustomerSort, index: int
    ) -> CustomerRow | None:
        rows = self.page_at(actor, flt, sort, index, 1)
        return rows[0] if rows else None

    def count(self, actor: UserInfo, flt: CustomerFilter) -> int:
        """The exact number of rows of the view (may take a few hundred ms over a
        million customers with several filters; see ``count_within``)."""
        self._check(actor)
        with self._db.read() as s:
            n = self._count(s, actor, flt, None)
            assert n is not None
            return n

    def count_within(self, actor: UserInfo, flt: CustomerFilter, budget_ms: float) -> int | None:
        """The exact count if it takes less than ``budget_ms`` (SQLite), else None."""
        self._check(actor)
        with self._db.read() as s:
            return self._count(s, actor, flt, budget_ms)

    def ids(
        self,
        actor: UserInfo,
        flt: CustomerFilter,
        sort: CustomerSort = DEFAULT_SORT,
        *,
        cancelled: Callable[[], bool] | None = None,
    ) -> array[int] | None:
        """Every id of the view in order (``array('q')``, 8 bytes a row): the positions a
        table model needs to jump to any row. None if ``cancelled()`` turned true."""
        self._check(actor)
        out: array[int] = array("q")
        with self._db.read() as s:
            q = self._compile(s, actor, flt)
            sql, params = self._ids_sql(s, q, sort, None, None, **self._whole_plan(s, q, sort))
            if s.get_bind().dialect.name == "sqlite":
                # The driver's own cursor: a million ids in a third of the time.
                raw = s.connection().connection.driver_connection
                cursor = raw.execute(sql, params)  # type: ignore[union-attr]
            else:
                # A server-side cursor: the ids arrive in batches, not all at once.
                cursor = s.execute(text(sql).execution_options(stream_results=True), params)
            while True:
                chunk = cursor.fetchmany(ID_BATCH)
                if not chunk:
                    break
                out.extend(r[0] for r in chunk)
                if cancelled is not None and cancelled():
                    cursor.close()
                    return None
        return out

    def rows_by_ids(self, actor: UserInfo, ids: Sequence[int]) -> list[CustomerRow]:
        """Rows for these ids, in the given order (missing ids are left out)."""
        self._check(actor)
        with self._db.read() as s:
            return self._rows(s, actor, list(ids))

    # --- compile ------------------------------------------------------------------------

    def _check(self, actor: UserInfo) -> None:
        if not sees_customer_data(actor):
            raise PermissionDenied("管理员不能查看客户信息")

    def _single_project(self, s: Session) -> bool:
        return (s.scalar(select(func.count()).select_from(Project)) or 0) <= 1

    def _compile(self, s: Session, actor: UserInfo, flt: CustomerFilter) -> _Query:
        sqlite = s.get_bind().dialect.name == "sqlite"
        plain: list[str] = []
        noidx: list[str] = []
        params: dict[str, object] = {}
        pid = project_id_for(s, actor)
        project_in_where = not self._single_project(s)
        if project_in_where:
            plain.append("c.project_id = :pid")
            noidx.append("+c.project_id = :pid" if sqlite else "c.project_id = :pid")
        params["pid"] = pid
        p = "+" if sqlite else ""

        drivers: list[tuple[str, str]] = []

        def add_in(column: str, values: Sequence[object], name: str, index: str) -> None:
            keys = []
            for i, v in enumerate(values):
                params[f"{name}{i}"] = v
                keys.append(f":{name}{i}")
            inner = ", ".join(keys)
            plain.append(f"c.{column} IN ({inner})")
            noidx.append(f"{p}c.{column} IN ({inner})")
            drivers.append((index, f"c.{column} IN ({inner})"))

        if flt.grades:
            add_in("grade", flt.grades, "g", "ix_customers_project_grade")
        if flt.owner_ids:
            add_in("owner_id", flt.owner_ids, "o", "ix_customers_owner_day")
        if flt.stages:
            add_in("stage", flt.stages, "st", "ix_customers_project_stage")
        if flt.channels:
            add_in("channel", flt.channels, "ch", "ix_search_customers_channel")
        now = self._clock.now()
        if flt.created_from is not None:
            params["cfrom"] = dt.datetime.combine(flt.created_from, dt.time())
            # Left usable by every index: a date range seeks the default-order indexes.
            plain.append("c.created_at >= :cfrom")
            noidx.append("c.created_at >= :cfrom")
        if flt.created_to is not None:
            params["cto"] = dt.datetime.combine(flt.created_to + dt.timedelta(days=1), dt.time())
            plain.append("c.created_at < :cto")
            noidx.append("c.created_at < :cto")
        if flt.overdue:
            params["today"] = now.date()
            plain.append("c.next_follow_up_date < :today")
            noidx.append(f"{p}c.next_follow_up_date < :today")
            drivers.append(("ix_search_customers_next_follow_up", "c.next_follow_up_date < :today"))
        if flt.public_pool:
            params["now"] = now
            cond = (
                "(c.in_public_pool = :true OR (c.owner_id IS NOT NULL AND c.locked = :false"
                " AND c.protected_until < :now))"
            )
            params["true"], params["false"] = True, False
            plain.append(cond)
            noidx.append(cond.replace("c.in_public_pool", f"{p}c.in_public_pool"))
        has_filters = bool(plain) and not (project_in_where and len(plain) == 1)
        term = classify_search(flt.search)
        if term.kind == "impossible":
            plain.append("1 = 0")
            noidx.append("1 = 0")
        elif term.kind != "none":
            cond = self._search_condition(sqlite, term, params)
            plain.append(cond)
            noidx.append(cond)
        # The date parameters must reach SQLite in SQLAlchemy's stored text form.
        return _Query(tuple(plain), tuple(noidx), params, term, has_filters, project_in_where,
                      tuple(drivers))  # fmt: skip

    def _search_condition(self, sqlite: bool, term: SearchTerm, params: dict[str, object]) -> str:
        v = term.value
        if sqlite:
            if term.kind == "phone":
                params["fts"] = _fts_phrase("phones", v)
                return (
                    "c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH :fts)"
                )
            if term.kind == "name" and len(v) >= 3:
                params["fts"] = _fts_phrase("name", v)
                return (
                    "c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH :fts)"
                )
            if term.kind == "name":
                params["lo"], params["hi"] = v, _prefix_upper(v)
                return "(c.name >= :lo AND c.name < :hi)"
            params["lo"], params["hi"] = v, _prefix_upper(v)
            return (
                "((c.pinyin_initials >= :lo AND c.pinyin_initials < :hi)"
                " OR (c.pinyin_full >= :lo AND c.pinyin_full < :hi))"
            )
        esc = " ESCAPE '\\'"
        if term.kind == "phone":
            digits = v[1:] if v.startswith("0") else v
            params["like"] = f"%{_like_escape(digits)}%"
            return (
                "c.id IN (SELECT p.customer_id FROM customer_phones p WHERE p.project_id = :pid"
                f" AND p.phone LIKE :like{esc})"
            )
        if term.kind == "name":
            params["like"] = f"%{_like_escape(v)}%" if len(v) >= 3 else f"{_like_escape(v)}%"
            return f"c.name LIKE :like{esc}"
        params["like"] = f"{_like_escape(v)}%"
        return f"(c.pinyin_initials LIKE :like{esc} OR c.pinyin_full LIKE :like{esc})"

    def _estimate_matches(self, s: Session, q: _Query, cap: int) -> int:
        """Matches of the search alone, counted up to ``cap`` (so the estimate stays cheap)."""
        t = q.term
        if t.uses_fts:
            sql = (
                "SELECT count(*) FROM (SELECT 1 FROM customer_search "
                f"WHERE customer_search MATCH :fts LIMIT {cap + 1})"
            )
            return int(s.execute(text(sql), {"fts": q.params["fts"]}).scalar() or 0)
        if t.kind == "name":
            sql = (
                "SELECT count(*) FROM (SELECT 1 FROM customers WHERE name >= :lo AND name < :hi"
                f" LIMIT {cap + 1})"
            )
            return int(s.execute(text(sql), {"lo": q.params["lo"], "hi": q.params["hi"]}).scalar())
        if t.kind == "pinyin":
            total = 0
            for col in ("pinyin_initials", "pinyin_full"):
                sql = (
                    f"SELECT count(*) FROM (SELECT 1 FROM customers WHERE {col} >= :lo AND "
                    f"{col} < :hi LIMIT {cap + 1})"
                )
                total += int(
                    s.execute(text(sql), {"lo": q.params["lo"], "hi": q.params["hi"]}).scalar()
                )
            return total
        return 0

    def _ids_sql(
        self,
        s: Session,
        q: _Query,
        sort: CustomerSort,
        limit: int | None,
        offset: int | None,
        *,
        sort_driven: bool | None,
        reverse: bool = False,
        via_list_index: bool = False,
        driver: tuple[str, str] | None = None,
    ) -> tuple[str, dict[str, object]]:
        """The id query. ``sort_driven`` True walks the sort index (filters checked per
        row), False collects matches and sorts them, None lets the database choose."""
        sqlite = s.get_bind().dialect.name == "sqlite"
        spec = _SORTS[sort.key]
        desc = sort.descending != reverse
        # Only the index chosen here may drive: the filters' own indexes are switched off
        # (``+column``), the search condition keeps its index for the match-driven plan.
        where = list(q.where_no_index if (sqlite and sort_driven is not None) else q.where_plain)
        source = "customers c"
        if sqlite and sort_driven:
            index = spec.index
            if index == LIST_INDEX and not q.has_filters:
                index = "ix_customers_project_created"  # narrower: faster long walks
            source = f"customers c INDEXED BY {index}"
        elif sqlite and via_list_index:
            source = f"customers c INDEXED BY {LIST_INDEX}"
            where = list(q.where_no_index)
        elif sqlite and driver is not None:
            source = f"customers c INDEXED BY {driver[0]}"
            where = [driver[1], *q.where_no_index]
            if driver[0] not in _NOT_PROJECT_LEADING and not q.project_in_where:
                where.insert(0, "c.project_id = :pid")
        if (
            not q.project_in_where
            and sqlite
            and ((spec.project_leading and sort_driven is not False) or via_list_index)
        ):
            # The sort index starts with project_id: an equality on it lets SQLite walk
            # the index in sort order.
            where.insert(0, "c.project_id = :pid")
        plus = "+" if (sqlite and sort_driven is False) else ""
        direction = "DESC" if desc else "ASC"
        nulls = "NULLS LAST" if desc else "NULLS FIRST"
        order = ", ".join(f"{plus}c.{col} {direction} {nulls}" for col in spec.columns)
        order += f", c.id {direction}"
        sql = "SELECT c.id FROM " + source
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY " + order
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
            if offset:
                sql += f" OFFSET {int(offset)}"
        return sql, self._bind(s, q.params)

    def _bind(self, s: Session, params: dict[str, object]) -> dict[str, object]:
        """Dates and datetimes in the stored form (SQLite keeps SQLAlchemy's text)."""
        if s.get_bind().dialect.name != "sqlite":
            return params
        out: dict[str, object] = {}
        for k, v in params.items():
            if isinstance(v, dt.datetime):
                out[k] = v.strftime("%Y-%m-%d %H:%M:%S.%f")
            elif isinstance(v, dt.date):
                out[k] = v.isoformat()
            elif isinstance(v, bool):
                out[k] = int(v)
            else:
                out[k] = v
        return out

    # --- execution ----------------------------------------------------------------------

    @contextmanager
    def _budget(self, s: Session, ms: float | None) -> Iterator[None]:
        """Interrupt the statement after ``ms`` milliseconds (SQLite only)."""
        if ms is None or s.get_bind().dialect.name != "sqlite":
            yield
            return
        raw = s.connection().connection.driver_connection
        deadline = time.perf_counter() + ms / 1000

        def handler() -> int:
            return 1 if time.perf_counter() > deadline else 0

        raw.set_progress_handler(handler, PROGRESS_STEPS)  # type: ignore[union-attr]
        try:
            yield
        except OperationalError as exc:
            if "interrupt" in str(exc.orig).lower():
                raise _Interrupted from exc
            raise
        finally:
            raw.set_progress_handler(None, 0)  # type: ignore[union-attr]

    def _fetch_ids(self, s: Session, sql: str, params: dict[str, object]) -> list[int]:
        return [r[0] for r in s.execute(text(sql), params)]

    def _page_ids(
        self,
        s: Session,
        actor: UserInfo,
        flt: CustomerFilter,
        sort: CustomerSort,
        offset: int,
        limit: int,
        *,
        total: int | None = None,
    ) -> list[int]:
        q = self._compile(s, actor, flt)
        sqlite = s.get_bind().dialect.name == "sqlite"
        offset = max(0, offset)
        reverse = False
        if total is not None and offset > total // 2:
            # Walk from the far end: rows offset..offset+limit are, reversed, rows
            # (total-offset-limit)..(total-offset) of the reversed order.
            reverse = True
            end = min(total, offset + limit)
            limit = max(0, end - offset)
            offset = total - end
        if not sqlite:
            sql, params = self._ids_sql(s, q, sort, limit, offset, sort_driven=None,
                                        reverse=reverse)  # fmt: skip
            ids = self._fetch_ids(s, sql, params)
        else:
            ids = self._sqlite_page_ids(s, q, sort, limit, offset, reverse)
        return ids[::-1] if reverse else ids

    def _search_sort_driven(self, s: Session, q: _Query, sort: CustomerSort) -> bool:
        """Walk the sort index (many matches) or sort the matches (few)?"""
        prefix = q.term.kind == "name" and not q.term.uses_fts
        if prefix and sort.key is SortKey.NAME:
            return True  # the name range is itself in sort order
        bar = MATCH_DRIVEN_MAX
        if q.has_filters or (prefix and sort.key is SortKey.CREATED):
            # Filters thin out the sort-driven walk; a name prefix in the default order
            # is read from the covering ix_search_customers_name_list.
            bar = MATCH_DRIVEN_MAX_FILTERED
        return self._estimate_matches(s, q, bar) > bar

    def _whole_plan(self, s: Session, q: _Query, sort: CustomerSort) -> dict[str, bool | None]:
        """How to read every id of the view (for positions and exports)."""
        if s.get_bind().dialect.name != "sqlite":
            return {"sort_driven": None}
        if q.term.kind not in ("none", "impossible"):
            if q.term.kind == "name" and not q.term.uses_fts and sort.key is SortKey.CREATED:
                # Every match of a name prefix, with its creation time, is in the covering
                # ix_search_customers_name_list: reading them all and sorting is cheapest.
                return {"sort_driven": False}
            return {"sort_driven": self._search_sort_driven(s, q, sort)}
        driver = self._driver(s, q) if q.has_filters else None
        if driver is not None:
            return {"sort_driven": False, "driver": driver}
        if not q.has_filters or _SORTS[sort.key].index == LIST_INDEX:
            return {"sort_driven": True}
        return {"sort_driven": False, "via_list_index": True}

    def _driver(self, s: Session, q: _Query) -> tuple[str, str] | None:
        """The filter whose index finds the fewest rows, if at most ``DRIVER_MAX``."""
        if s.get_bind().dialect.name != "sqlite" or q.term.kind != "none":
            return None
        params = self._bind(s, q.params)
        best: tuple[int, tuple[str, str]] | None = None
        for index, cond in q.drivers:
            where = cond
            if index not in _NOT_PROJECT_LEADING:
                where = "c.project_id = :pid AND " + cond
            sql = (
                f"SELECT count(*) FROM (SELECT 1 FROM customers c INDEXED BY {index} "
                f"WHERE {where} LIMIT {DRIVER_MAX + 1})"
            )
            n = int(s.execute(text(sql), params).scalar() or 0)
            if n <= DRIVER_MAX and (best is None or n < best[0]):
                best = (n, (index, cond))
        return best[1] if best is not None else None

    def _sqlite_page_ids(
        self, s: Session, q: _Query, sort: CustomerSort, limit: int, offset: int, reverse: bool
    ) -> list[int]:
        if q.term.kind not in ("none", "impossible"):
            driven = self._search_sort_driven(s, q, sort)
            sql, params = self._ids_sql(s, q, sort, limit, offset, sort_driven=driven,
                                        reverse=reverse)  # fmt: skip
            return self._fetch_ids(s, sql, params)
        driver = self._driver(s, q) if q.has_filters else None
        if driver is not None:
            # One filter alone matches few rows: read those through its index and sort.
            sql, params = self._ids_sql(s, q, sort, limit, offset, sort_driven=False,
                                        reverse=reverse, driver=driver)  # fmt: skip
            return self._fetch_ids(s, sql, params)
        if not q.has_filters or _SORTS[sort.key].index == LIST_INDEX:
            # No filters, or the list index holds them all: walk the sort order.
            sql, params = self._ids_sql(s, q, sort, limit, offset, sort_driven=True,
                                        reverse=reverse)  # fmt: skip
            return self._fetch_ids(s, sql, params)
        sql, params = self._ids_sql(s, q, sort, limit, offset, sort_driven=True, reverse=reverse)
        try:
            with self._budget(s, SORT_DRIVEN_BUDGET_MS):
                return self._fetch_ids(s, sql, params)
        except _Interrupted:
            pass
        # Few rows match: collect them from the covering list index (no row reads for the
        # filters), then sort.
        sql, params = self._ids_sql(s, q, sort, limit, offset, sort_driven=False, reverse=reverse,
                                    via_list_index=True)  # fmt: skip
        return self._fetch_ids(s, sql, params)

    def _count(
        self, s: Session, actor: UserInfo, flt: CustomerFilter, budget_ms: float | None
    ) -> int | None:
        q = self._compile(s, actor, flt)
        where = list(q.where_plain)
        sqlite = s.get_bind().dialect.name == "sqlite"
        if sqlite and q.term.uses_fts and not q.has_filters and not q.project_in_where:
            sql = "SELECT count(*) FROM customer_search WHERE customer_search MATCH :fts"
            return int(s.execute(text(sql), {"fts": q.params["fts"]}).scalar() or 0)
        sql = "SELECT count(*) FROM customers c"
        driver = self._driver(s, q) if q.has_filters else None
        if driver is not None:
            sql += f" INDEXED BY {driver[0]}"
            if driver[0] not in _NOT_PROJECT_LEADING and not q.project_in_where:
                where.insert(0, "c.project_id = :pid")
        elif sqlite and q.term.kind == "none" and len(where) - int(q.project_in_where) >= 2:
            # Several filters: one pass over the covering list index beats row reads.
            sql += f" INDEXED BY {LIST_INDEX}"
            if not q.project_in_where:
                where.insert(0, "c.project_id = :pid")
        elif (
            sqlite
            and q.term.kind == "none"
            and len(q.drivers) == 1
            and len(where) - int(q.project_in_where) == 1
        ):
            # One filter: its own index answers the count without reading rows.
            index = q.drivers[0][0]
            sql += f" INDEXED BY {index}"
            if index not in _NOT_PROJECT_LEADING and not q.project_in_where:
                where.insert(0, "c.project_id = :pid")
        if where:
            sql += " WHERE " + " AND ".join(where)
        try:
            with self._budget(s, budget_ms):
                return int(s.execute(text(sql), self._bind(s, q.params)).scalar() or 0)
        except _Interrupted:
            return None

    def _rows(self, s: Session, actor: UserInfo, ids: list[int]) -> list[CustomerRow]:
        if not ids:
            return []
        c = Customer.__table__.c
        cols = [c[name] for name in _ROW_COLUMNS]
        by_id = {}
        for start in range(0, len(ids), 1000):
            chunk = ids[start : start + 1000]
            for r in s.execute(select(*cols).where(c.id.in_(chunk))):
                by_id[r.id] = r
        names = user_names(s, {r.owner_id for r in by_id.values() if r.owner_id is not None})
        today = self._clock.now().date()
        out = []
        for i in ids:
            r = by_id.get(i)
            if r is None:
                continue
            full = sees_full(actor, r.owner_id, r.stage)
            out.append(
                CustomerRow(
                    id=r.id,
                    name=r.name or "",
                    gender=r.gender,
                    phone=display_phone(r.phone) if full else mask_phone(r.phone),
                    phone_masked=not full,
                    grade=r.grade,
                    stage=r.stage,
                    owner_id=r.owner_id,
                    owner_name=names.get(r.owner_id) if r.owner_id is not None else None,
                    channel=r.channel,
                    visit_count=r.visit_count,
                    last_visit_at=r.last_visit_at,
                    next_follow_up_date=r.next_follow_up_date,
                    created_at=r.created_at,
                    updated_at=r.updated_at,
                    in_public_pool=bool(r.in_public_pool),
                    locked=bool(r.locked),
                    overdue=r.next_follow_up_date is not None and r.next_follow_up_date < today,
                )
            )
        return out


def flt_has_anything(flt: CustomerFilter) -> bool:
    """True if the filter narrows the view at all."""
    return flt != CustomerFilter()
