"""Benchmark of the printed forms (issue 6): the purchase notice, click to archived file.

    python bench/bench_forms.py [--database-url URL] [--single 50] [--batch 1000]

Sets up a fresh database (a temporary SQLite file unless a URL is given) with one unit
that has 20 adverse factors (project, building and unit), then times:

- font registration (once per process; the GUI does it at start-up off its thread);
- rendering alone (dataclass → PDF bytes, no database);
- ``DocumentService.issue_purchase_notice`` after the first: read the data, take the next
  number, render, write and fsync the archived file, insert the archive row and the
  audit entry, commit — what a click on "打印告知书" costs; p50/p95/max;
- a batch of N notices through ``issue_purchase_notices`` (one transaction each), the
  call the GUI's progress dialog runs in a worker: total time and rate.

This is a benchmark, not a test: write the figures into bench/README.md with the
machine, the date and the load (``uptime``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db import migrate  # noqa: E402
from app.db.engine import open_database, resolve_url  # noqa: E402
from app.domain.clock import SystemClock  # noqa: E402
from app.domain.enums import Role  # noqa: E402
from app.reports import fonts  # noqa: E402
from app.reports.purchase_notice import render_purchase_notice  # noqa: E402
from app.services.auth_service import to_info  # noqa: E402
from app.services.container import Services  # noqa: E402

FACTORS = [
    (
        "110千伏高压线走廊",
        "西北",
        350,
        "项目西北侧有 110 千伏高压架空线经过，可能有电磁环境方面的心理影响及视觉遮挡。",
    ),
    (
        "规划中的小学尚未建成",
        None,
        None,
        "南侧规划小学一所，建设时间以教育部门为准，存在不建或延期的可能。",
    ),
    ("邻近城市主干道", "东", 40, "东侧紧邻文一西路，早晚高峰车流较大，临路一侧有交通噪声。"),
    ("地铁施工", "南", 600, "地铁 3 号线南延段施工预计持续至 2028 年，施工期间有噪声和交通管制。"),
    ("垃圾中转站", "东北", 800, "东北方向约 800 米有生活垃圾中转站，夏季东北风时可能有异味。"),
    ("移动通信基站", "北", 120, "北侧商业楼顶设有移动通信基站。"),
    ("农贸市场", "西", 300, "西侧约 300 米有农贸市场，早间人流车流较多。"),
    ("加油站", "西南", 450, "西南方向约 450 米有加油站。"),
    ("医院", "东南", 900, "东南方向约 900 米为区人民医院，偶有救护车鸣笛。"),
    ("殡仪服务站", "北", 2500, "北侧约 2.5 公里有殡仪服务站。"),
    ("河道", "南", 200, "南侧河道汛期水位上涨，地下车库入口设有挡水设施。"),
    ("高架桥规划", "东", 1500, "东侧规划高架快速路，建成后可能有交通噪声。"),
    ("楼间距", None, None, "本楼栋与南侧 3 号楼楼间距约 36 米，冬至日低层日照时间较短。"),
    ("变电箱", "北", 15, "本楼栋北侧绿地内有箱式变电站。"),
    ("消防通道", "西", 5, "本楼栋西侧为消防登高场地，不得占用。"),
    ("地下车库出入口", "南", 20, "本楼栋南侧约 20 米为地下车库出入口，夜间车灯可能照入低层。"),
    ("西晒", "西", None, "该户主要采光面朝西，夏季午后室内温度较高。"),
    ("电梯井相邻", None, None, "该户主卧一侧墙体与电梯井相邻，可能听到电梯运行声。"),
    ("设备平台", None, None, "该户客厅外侧有空调设备平台，外机运行时有噪声。"),
    ("顶层防水", None, None, "该户为顶层，屋面防水保修期五年，之后由业主大会统筹维修。"),
]


def _machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = ", load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    return f"{model}, {os.cpu_count()} logical CPUs{mem}{load}, Python {platform.python_version()}"


def _setup(services: Services) -> tuple[object, list[tuple[int, int]]]:
    from app.models import Customer, Project, User

    now = services.clock.now()
    project = services.projects.ensure_default("云栖花园")
    with services.db.write() as s:
        p = s.get(Project, project.id)
        assert p is not None
        p.developer, p.address, p.sales_office_phone = (
            "杭州云栖置业有限公司", "杭州市西湖区云栖路 88 号", "0571-88886666")  # fmt: skip
        p.five_certificates = "\n".join(f"{n}：已取得" for n in (
            "国有土地使用证", "建设用地规划许可证", "建设工程规划许可证",
            "建筑工程施工许可证", "商品房预售许可证"))  # fmt: skip
        p.parking_info = "地下车位 560 个，车位比 1:1.2，车位另售。"
        u = User(username="guwen1", display_name="陈晓雯", role=Role.CONSULTANT.value,
                 password_hash="x", project_id=project.id, active=True, failed_attempts=0,
                 created_at=now)  # fmt: skip
        s.add(u)
        s.flush()
        actor = to_info(u)
        customers = []
        for i in range(20):
            c = Customer(project_id=project.id, name=f"客户{i:02d}", phone=f"+861380000{i:04d}",
                         owner_id=u.id, stage="visited", created_at=now, updated_at=now,
                         payment_method="commercial_loan")  # fmt: skip
            s.add(c)
            s.flush()
            customers.append(c.id)
    b = services.units.create_building(project.id, "1号楼", 30)
    units = []
    for floor in range(1, 26):
        for pos in (1, 2):
            units.append(services.units.add_unit(
                b.id, unit_no="1", floor=floor, room_no=f"{floor}{pos:02d}",
                layout="三室两厅两卫", building_area="128.56", inner_area="102.30",
                orientation="南北通透", list_price="3256800").id)  # fmt: skip
    target = units[0]
    for i, (title, direction, distance, impact) in enumerate(FACTORS):
        scope = {"building_id": b.id} if 12 <= i < 16 else ({"unit_id": target} if i >= 16 else {})
        services.units.add_adverse_factor(project.id, title, impact, direction=direction,
                                          distance_m=distance, **scope)  # fmt: skip
    # every unit gets the unit-level factors, so every notice in the batch lists 20
    for u_id in units[1:]:
        for title, direction, distance, impact in FACTORS[16:]:
            services.units.add_adverse_factor(project.id, title, impact, direction=direction,
                                              distance_m=distance, unit_id=u_id)  # fmt: skip
    pairs = [(customers[i % len(customers)], units[i % len(units)]) for i in range(10_000)]
    return actor, pairs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--database-url", help="default: a temporary SQLite file")
    ap.add_argument("--single", type=int, default=50, help="single notices to time (50)")
    ap.add_argument("--batch", type=int, default=1000, help="notices in the batch (1000)")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-forms-"))
    os.environ["SALESDESK_DATA_DIR"] = str(tmp / "data")
    url = resolve_url(args.database_url, tmp / "bench.sqlite3")
    db = open_database(url)
    migrate.upgrade(db)
    services = Services(db, SystemClock())
    actor, pairs = _setup(services)
    docs = services.documents

    t0 = time.perf_counter()
    font = fonts.ensure_font("")
    font_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    first = docs.issue_purchase_notice(*pairs[0], actor=actor)  # type: ignore[arg-type]
    first_s = time.perf_counter() - t0

    from app.domain.forms import PurchaseNoticeData, from_json
    from app.models import IssuedDocument

    with db.read() as s:
        payload = s.get(IssuedDocument, first.id).payload_json  # type: ignore[union-attr]
    data = from_json(PurchaseNoticeData, payload)
    assert len(data.adverse_factors) == 20, len(data.adverse_factors)
    render_times = []
    for _ in range(args.single):
        t0 = time.perf_counter()
        buf = io.BytesIO()
        render_purchase_notice(data, buf, font=font)
        render_times.append(time.perf_counter() - t0)
    pages = buf.getvalue().count(b"/Type /Page\n") or buf.getvalue().count(b"/Type /Page")

    click = []
    for i in range(1, args.single + 1):
        t0 = time.perf_counter()
        docs.issue_purchase_notice(*pairs[i], actor=actor)  # type: ignore[arg-type]
        click.append(time.perf_counter() - t0)

    batch = pairs[: args.batch]
    t0 = time.perf_counter()
    issued = docs.issue_purchase_notices(batch, actor=actor)  # type: ignore[arg-type]
    batch_s = time.perf_counter() - t0
    size = Path(first.file_path).stat().st_size

    def ms(xs: list[float], q: float) -> float:
        return statistics.quantiles(xs, n=100)[int(q) - 1] * 1000 if len(xs) > 1 else xs[0] * 1000

    print(f"machine: {_machine()}")
    print(f"date: {dt.datetime.now():%Y-%m-%d %H:%M}, database: {db.engine.dialect.name}")
    print(
        f"font: {font.family} ({font.source}, embedded={font.embedded}) registered in {font_s * 1000:.0f} ms"
    )
    print(f"notice: 20 adverse factors, {pages} pages, {size / 1024:.0f} KiB")
    print(f"first notice (incl. first-use costs): {first_s * 1000:.0f} ms")
    print(f"render only (no database): p50 {ms(render_times, 50):.1f} ms, "
          f"p95 {ms(render_times, 95):.1f} ms")  # fmt: skip
    print(f"click to archived file, after the first ({len(click)} runs): "
          f"p50 {ms(click, 50):.1f} ms, p95 {ms(click, 95):.1f} ms, max {max(click) * 1000:.1f} ms")  # fmt: skip
    print(f"batch of {len(issued)}: {batch_s:.1f} s, {len(issued) / batch_s:.1f} notices/s, "
          f"{batch_s / len(issued) * 1000:.1f} ms each")  # fmt: skip
    db.dispose()


if __name__ == "__main__":
    main()
