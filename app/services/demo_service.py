"""The demo office (演示数据): a realistic sales office, fast enough for a million customers.

Everything comes from one ``random.Random(seed)``, so the same seed gives the same office.
Rows are built as tuples in id order with explicit ids and written in batches with the
driver's own bulk path (``executemany`` on SQLite, ``COPY`` on PostgreSQL), all in one
transaction: the office is saved whole or not at all. The secondary indexes of the bulk
tables are dropped for the load and rebuilt from their exact stored DDL afterwards,
because sorting once is far cheaper than a million random B-tree inserts per index.

Stored forms written here bypass the ORM types, so they must match them: money is
integer fen, areas integer hundredths of a square metre, and on SQLite datetimes are the
text SQLAlchemy writes (``YYYY-MM-DD HH:MM:SS.ffffff``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import marshal
import math
import multiprocessing
import operator
import pickle
import random
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from queue import Empty
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Connection, text

from app.db.engine import Database
from app.domain import pinyin
from app.domain.clock import Clock
from app.domain.deals import DEFAULT_KEY_KINDS
from app.domain.enums import (
    Channel,
    ComplaintStatus,
    DealStatus,
    FollowUpKind,
    Grade,
    OwnershipEventKind,
    PaymentMethod,
    Role,
    SatisfactionLevel,
    Stage,
    UnitStatus,
    VisitKind,
)
from app.domain.errors import ConflictError, ValidationError
from app.domain.models import DemoResult
from app.services.auth_service import hash_password

T = TypeVar("T")
Progress = Callable[[str, int, int], None]

DEMO_PASSWORD = "demo1234"
NOTICE_VERSION = "1"
MAX_CUSTOMERS = 5_000_000

# ---------------------------------------------------------------------------------------
# Vocabulary. Weights are relative; ``_table`` turns them into a 1000-slot lookup table so
# that a weighted draw is one ``random()`` and an index, the cheapest draw Python has.
# ---------------------------------------------------------------------------------------

_K = 1000

PROJECT_NAME = "滨江·云璟府"
DEVELOPER = "杭州云璟置业有限公司"
ADDRESS = "浙江省杭州市滨江区浦沿街道云璟路 88 号"
SALES_OFFICE_PHONE = "0571-8676 9988"
FIVE_CERTIFICATES = "\n".join(
    [
        "国有土地使用证：已取得（浙（2023）杭州市不动产权第 0215836 号）",
        "建设用地规划许可证：已取得（地字第 330108202300037 号）",
        "建设工程规划许可证：已取得（建字第 330108202300112 号）",
        "建筑工程施工许可证：已取得（330108202307210101）",
        "商品房预售许可证：1号楼已取得（杭售许字（2024）第 000186 号）；"
        "2号楼已取得（杭售许字（2024）第 000493 号）",
    ]
)
PARKING_INFO = (
    "地下两层机动车位共 612 个（车位配比 1:1.4），另行销售，价格 18–26 万元/个，"
    "本次认购不含车位；其中充电桩车位 186 个。地面临时停车位 36 个，供访客使用，不出售。"
)

# (title, direction, distance_m, impact, building_no or None)
PROJECT_FACTORS: tuple[tuple[str, str | None, int | None, str, int | None], ...] = (
    (
        "高压输电线路",
        "北",
        320,
        "项目北侧有一条 220 千伏高压线及铁塔经过。北向房间可看到铁塔，"
        "部分人会有心理上的顾虑；电磁环境检测报告可在售楼处查阅。",
        None,
    ),
    (
        "110 千伏变电站",
        "东北",
        460,
        "东北方向有一座变电站，夜间安静时靠近一侧可能听到低频嗡嗡声。",
        None,
    ),
    (
        "邻近地块施工",
        "南",
        80,
        "南侧地块规划为商业综合体，正在施工，预计 2027 年底完工。"
        "施工期间白天有噪音和扬尘，可能影响南向采光和视野。",
        None,
    ),
    (
        "西晒",
        "西",
        None,
        "各楼栋西边户（房号尾号 02、03 的西向房间）夏季下午阳光直射，"
        "室内温度偏高，空调用电会多一些。",
        None,
    ),
    (
        "城市主干道噪音",
        "东",
        45,
        "东侧紧邻江晖大道（双向八车道），昼夜车流较大，东向房间有交通噪音，"
        "已采用中空隔音玻璃，但开窗时仍较明显。",
        1,
    ),
    (
        "规划学校尚未建设",
        "西南",
        600,
        "西南侧规划有一所九年一贯制学校，目前尚未开工。"
        "学校建设时间和学区划分以教育部门公布为准，不作为销售承诺。",
        None,
    ),
    (
        "垃圾中转站",
        "西北",
        180,
        "西北方向有一座垃圾中转站，夏季偶有异味，早晚有清运车辆经过。",
        None,
    ),
    (
        "通信基站",
        "东",
        60,
        "小区东侧绿化带内有一座移动通信基站，距 2号楼约 60 米，"
        "辐射符合国家标准，但可能让部分人心里不踏实。",
        2,
    ),
    (
        "农贸市场",
        "南",
        250,
        "南侧约 250 米有一个农贸市场，买菜方便，但早上人多车多，有一定嘈杂。",
        None,
    ),
    ("加油站", "西", 380, "西侧约 380 米有一座加油站。", None),
    (
        "地下车库出入口",
        "北",
        15,
        "2号楼北侧为地下车库出入口，早晚高峰车辆进出，低楼层北向房间会受到车灯和噪音影响。",
        2,
    ),
)

# (title, impact) of single units; ``_adverse_factor_rows`` picks units where they fit.
UNIT_FACTORS: tuple[tuple[str, str], ...] = (
    (
        "顶层设备平台",
        "该户位于顶层，屋面设有空调室外机和排风设备平台，运行时可能有轻微噪音和振动。",
    ),
    ("临近电梯井", "该户卧室与电梯井相邻，电梯运行时可能听到声音。"),
    ("空调外机位遮挡", "该户次卧窗外为公共空调外机位，窗外视野和通风会受影响。"),
    ("一层临近小区主入口", "该户位于一层，靠近小区主入口，人员进出较多，私密性较差。"),
    ("二层紧邻商业屋面", "该户窗外为底商屋面，屋面上有商铺的排烟和空调设备。"),
)

# (name, weight): the 2020 census order, with Zhejiang's 沈/钱/徐 a little higher.
SURNAMES = (
    ("王", 72), ("李", 70), ("张", 64), ("刘", 52), ("陈", 50), ("杨", 33), ("黄", 24),
    ("赵", 20), ("吴", 22), ("周", 20), ("徐", 16), ("孙", 12), ("马", 11), ("朱", 12),
    ("胡", 11), ("郭", 10), ("何", 9), ("林", 9), ("高", 9), ("罗", 8), ("郑", 8), ("梁", 7),
    ("谢", 6), ("宋", 6), ("唐", 5), ("许", 5), ("韩", 5), ("邓", 5), ("冯", 5), ("曹", 5),
    ("彭", 5), ("曾", 4), ("肖", 4), ("田", 4), ("董", 4), ("潘", 4), ("袁", 4), ("蔡", 4),
    ("蒋", 4), ("余", 4), ("于", 4), ("杜", 4), ("叶", 4), ("程", 3), ("魏", 3), ("苏", 3),
    ("吕", 3), ("丁", 3), ("任", 3), ("卢", 3), ("姚", 3), ("沈", 5), ("钟", 3), ("姜", 3),
    ("崔", 3), ("谭", 3), ("陆", 3), ("范", 2), ("汪", 3), ("廖", 2), ("石", 2), ("金", 3),
    ("韦", 2), ("贾", 2), ("夏", 2), ("付", 2), ("方", 2), ("邹", 2), ("熊", 2), ("白", 2),
    ("孟", 2), ("秦", 2), ("邱", 2), ("侯", 2), ("江", 2), ("尹", 2), ("薛", 2), ("段", 2),
    ("雷", 2), ("龙", 2), ("黎", 2), ("史", 2), ("陶", 2), ("贺", 2), ("毛", 2), ("郝", 2),
    ("顾", 2), ("龚", 2), ("邵", 2), ("钱", 2), ("万", 1), ("武", 1), ("戴", 1), ("严", 1),
    ("莫", 1), ("孔", 1), ("向", 1), ("常", 1), ("汤", 1), ("康", 1), ("施", 1), ("洪", 1),
    ("欧阳", 1), ("诸葛", 1),
)  # fmt: skip

MALE_CHARS = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁浩宇轩然博文俊凯健晨阳志建国海峰林东亮成龙德晓子一天正新嘉睿泽航思逸梓皓宏昊瑞铭远"
FEMALE_CHARS = (
    "芳娜敏静丽艳娟霞燕玲婷雪慧莹琳颖倩洁佳欣怡雨萱梦涵思悦诗琪晴蕾薇妍丹红英秀兰萍晓嘉可紫月玉婉清"
)
MALE_SINGLE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁浩"
FEMALE_SINGLE = "芳娜敏静丽艳娟霞燕玲婷雪慧莹琳颖倩洁"

CHANNELS = (
    (Channel.WALK_IN, 38), (Channel.AGENCY, 18), (Channel.REFERRAL, 12), (Channel.ONLINE, 12),
    (Channel.PHONE, 10), (Channel.EVENT, 5), (Channel.AD, 4), (Channel.OTHER, 1),
)  # fmt: skip
LEAD_CHANNELS = frozenset({Channel.PHONE.value, Channel.ONLINE.value})
GRADES = ((Grade.A, 10), (Grade.B, 25), (Grade.C, 40), (Grade.D, 25))
#: Return visits after the first, by grade: A customers come back, D customers do not.
RETURNS = {
    "A": ((1, 25), (2, 35), (3, 25), (4, 15)),
    "B": ((0, 25), (1, 40), (2, 25), (3, 10)),
    "C": ((0, 50), (1, 35), (2, 12), (3, 3)),
    "D": ((0, 80), (1, 18), (2, 2)),
}
RETURN_GAP_DAYS = {"A": (2, 10), "B": (3, 21), "C": (7, 45), "D": (10, 60)}
LOST_SHARE = {"A": 0.02, "B": 0.06, "C": 0.15, "D": 0.45}
#: Chance that an owner keeps following up a customer whose last visit is older than the
#: protection period, so the customer stays owned instead of lapsing into the public pool.
KEPT_SHARE = {"A": 0.97, "B": 0.9, "C": 0.78, "D": 0.6}
#: Days since the last effective follow-up of an owned customer, at most.
FOLLOW_UP_RECENCY = {"A": 4, "B": 9, "C": 20, "D": 28}
GRADE_INTERVAL = {"A": 2, "B": 5, "C": 14, "D": 30}
DECISION_MONTHS = {"A": (1, 1, 2), "B": (2, 3, 3), "C": (4, 6, 12), "D": (12, 12, 24)}
PROTECTION_DAYS = 30
LEAD_PROTECTION_DAYS = 7
HOLD_HOURS = 48

AGE_BANDS = (("18-25", 4), ("26-35", 38), ("36-45", 32), ("46-55", 17), ("56+", 9))
AGE_RANGE = {
    "18-25": (22, 25),
    "26-35": (26, 35),
    "36-45": (36, 45),
    "46-55": (46, 55),
    "56+": (56, 68),
}
DISTRICTS = (
    ("滨江区", 28), ("萧山区", 20), ("上城区", 10), ("西湖区", 8), ("拱墅区", 6), ("余杭区", 6),
    ("钱塘区", 6), ("临平区", 4), ("富阳区", 3), ("临安区", 1), ("绍兴市", 3), ("外地", 5),
)  # fmt: skip
RESIDENT_REGIONS = ("330108", "330109", "330106", "330102", "330105", "330110", "330602")
OCCUPATIONS = (
    ("企业职员", 30), ("IT 工程师", 14), ("个体经营", 10), ("企业主", 6), ("公务员", 5),
    ("教师", 6), ("医生", 4), ("金融从业", 6), ("自由职业", 5), ("销售", 6), ("退休", 4),
    ("设计师", 3), ("律师", 1),
)  # fmt: skip
FAMILIES = (
    ("单身", 10), ("二人世界", 18), ("三口之家", 40), ("二孩家庭", 17), ("三代同堂", 12),
    ("空巢", 3),
)  # fmt: skip
# layout, area range (m²), weight
WANTED = (
    ("二室两厅一卫", 80, 95, 22),
    ("三室两厅一卫", 90, 105, 20),
    ("三室两厅两卫", 105, 130, 38),
    ("四室两厅两卫", 130, 150, 20),
)
FLOOR_PREFERENCES = (("中高层", 35), ("高层", 25), ("中层", 20), ("低层", 5), ("不限", 15))
ORIENTATIONS_WANTED = (("南北通透", 55), ("南向", 30), ("不限", 15))
# Purpose and decoration have no codes anywhere yet: stored as the words of SPEC §4.
DECORATIONS = (("精装", 70), ("毛坯", 30))
PURPOSES = (("自住", 40), ("改善", 35), ("教育", 12), ("投资", 8), ("养老", 5))
PAYMENTS = (
    (PaymentMethod.COMMERCIAL_LOAN, 45), (PaymentMethod.COMBINED_LOAN, 28),
    (PaymentMethod.FULL, 15), (PaymentMethod.FUND_LOAN, 12),
)  # fmt: skip
DELIVERIES = (("不限", 40), ("现房", 20), ("一年内", 25), ("两年内", 15))
FOCUS = ("price", "location", "school", "transport", "amenities", "brand", "layout")
OBJECTIONS = (
    "总价超出预算", "担心北侧高压线", "西边户西晒", "规划学校还没开工", "离地铁站较远",
    "公摊面积偏大", "南边工地施工噪音", "车位价格偏高", "首付压力大", "担心交付质量",
)  # fmt: skip
COMPETITORS = (
    "江语澜庭", "云栖雅苑", "钱塘印月", "湘湖壹号院", "星河湾畔", "奥体悦府", "之江玖珑",
    "闻涛望庐",
)  # fmt: skip
LOST_REASONS = (
    ("已在其他楼盘购房", 30), ("预算不足，暂缓购房", 20), ("家庭意见不统一", 12),
    ("贷款资质不足", 8), ("对高压线有顾虑", 8), ("工作调动离开杭州", 5), ("多次联系未接听，失联", 17),
)  # fmt: skip
LEAD_LOST_REASONS = (("多次邀约未到访", 60), ("电话咨询后失联", 30), ("已在其他楼盘购房", 10))
RELATIONS = (("spouse", 70), ("parent", 20), ("child", 8), ("other", 2))
PARTY_SIZES = ((1, 25), (2, 45), (3, 20), (4, 8), (5, 2))

# (channel, content, outcome, weight): follow-ups that reached the customer ...
FOLLOW_UPS_REACHED = (
    ("phone", "电话回访，了解看房后的想法", "客户对三室户型感兴趣，计划周末带家人复访", 20),
    ("phone", "电话告知本周末暖场活动和特价房源", "客户表示有空会来参加", 10),
    ("wechat", "微信发送意向户型图和最新一房一价表", "客户已查看，询问首付比例和月供", 18),
    ("wechat", "微信推送工程进度照片", "客户回复收到，暂无新的问题", 10),
    ("sms", "短信通知样板间开放时间", "客户回复“收到”", 5),
    ("face", "售楼处面谈，讲解付款方式和贷款政策", "客户倾向商贷，需要回去和家人商量", 6),
    (
        "phone",
        "电话沟通客户关注的高压线距离问题",
        "说明距离约 320 米并提供检测报告，客户表示理解",
        6,
    ),
    ("home", "上门拜访，送交楼书和区域规划资料", "客户家人也在，整体意向较好", 1),
    ("email", "发送电子楼书和交付标准", "客户邮件回复已收到", 1),
)
# ... and ones that did not (they do not renew protection).
FOLLOW_UPS_MISSED = (
    ("phone", "电话回访", "无人接听", 10),
    ("phone", "电话回访", "客户挂断，稍后再联系", 4),
    ("phone", "电话回访", "关机", 2),
    ("wechat", "微信发送优惠活动信息", "客户未回复", 6),
    ("sms", "短信发送节日问候和活动邀请", "未回复", 2),
)
PLANNED = (
    ("计划：邀约周末复访，带家人看样板间", 30),
    ("计划：发送新推房源和价格表", 25),
    ("计划：确认贷款预审结果", 10),
    ("计划：邀请参加业主暖场活动", 15),
    ("计划：回复客户关于学区的问题", 10),
    ("计划：了解客户和竞品楼盘的比较情况", 10),
)
CANCEL_REASONS = ("贷款审批未通过", "家庭原因放弃购房", "改选其他楼盘", "资金周转困难")
PERSONALISED_CHANGES = ("赠送一年物业费", "厨房橱柜升级为石英石台面", "主卧增加一组衣柜")

STAFF = (
    ("admin", "系统管理员", Role.ADMIN),
    ("jingli", "孙建华", Role.MANAGER),
    ("qiantai", "徐静", Role.RECEPTION),
    ("guwen1", "陈晓雯", Role.CONSULTANT),
    ("guwen2", "王浩然", Role.CONSULTANT),
    ("guwen3", "李思琪", Role.CONSULTANT),
    ("guwen4", "张俊杰", Role.CONSULTANT),
    ("guwen5", "刘佳怡", Role.CONSULTANT),
    ("guwen6", "赵子豪", Role.CONSULTANT),
    ("guwen7", "周婷婷", Role.CONSULTANT),
    ("guwen8", "吴志强", Role.CONSULTANT),
    ("kefu", "郑晓燕", Role.SERVICE),
)
#: How the receptions are shared out: the best consultants get a little more.
CONSULTANT_WEIGHTS = (16, 15, 14, 13, 12, 11, 10, 9)

# Office hours, in seconds after midnight.
OPEN_S = 9 * 3600
CLOSE_S = 18 * 3600
OFFICE_SPAN = CLOSE_S - OPEN_S
DAY_S = 86400
PROTECTION_S = PROTECTION_DAYS * DAY_S
PAST_DAYS = 730  # customers are spread over the two years before today
FUTURE_DAYS = 400
LAUNCH_1 = 45  # day index of each building's first sale (开盘)
LAUNCH_2 = 220
SPRING_FESTIVALS = (
    "2023-01-22", "2024-02-10", "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26",
    "2029-02-13", "2030-02-03", "2031-01-23", "2032-02-11",
)  # fmt: skip

# Mainland mobile prefixes (三大运营商) and how many quarter blocks of each are used:
# a popular prefix gets more of the numbers.
PHONE_PREFIXES = (
    ("138", 4), ("139", 4), ("135", 4), ("136", 4), ("137", 4), ("158", 4), ("159", 4),
    ("150", 4), ("151", 4), ("152", 3), ("186", 4), ("189", 4), ("187", 4), ("188", 3),
    ("182", 3), ("183", 2), ("185", 3), ("180", 3), ("181", 2), ("130", 3), ("131", 2),
    ("132", 2), ("133", 3), ("153", 2), ("155", 2), ("156", 2), ("134", 2), ("157", 2),
    ("177", 2), ("199", 2), ("184", 1), ("198", 1), ("166", 1), ("176", 1), ("191", 1),
    ("173", 1), ("178", 1), ("175", 1),
)  # fmt: skip


class _RoomSpec(NamedTuple):
    """One room position of a floor (房号 = floor + room)."""

    room: int
    layout: str
    area: str  # building area, m²
    ratio: str  # building area / inner area (公摊)
    orientation: str
    premium: int  # ¥/m² over the building's base price


class _BuildingSpec(NamedTuple):
    floors: int
    stairs: int  # 单元
    rooms: tuple[_RoomSpec, ...]  # per floor and 单元
    base_price: int  # ¥/m²
    delivery_day: int  # relative to today: delivered already, or still to come


BUILDINGS = (
    _BuildingSpec(
        floors=26,
        stairs=2,
        rooms=(
            _RoomSpec(1, "四室两厅两卫", "143.86", "1.23", "南北", 1200),
            _RoomSpec(2, "三室两厅两卫", "118.42", "1.25", "南北", 600),
        ),
        base_price=27600,
        delivery_day=-75,
    ),
    _BuildingSpec(
        floors=18,
        stairs=2,
        rooms=(
            _RoomSpec(1, "三室两厅两卫", "105.37", "1.26", "南北", 500),
            _RoomSpec(2, "二室两厅一卫", "89.15", "1.28", "西南", -300),
            _RoomSpec(3, "三室两厅一卫", "98.60", "1.27", "东南", 0),
        ),
        base_price=23800,
        delivery_day=300,
    ),
)


# Stored codes read once: an enum member's ``.value`` costs a descriptor call per use.
_A, _B, _D = Grade.A.value, Grade.B.value, Grade.D.value
_LEAD, _VISITED, _LOST = Stage.LEAD.value, Stage.VISITED.value, Stage.LOST.value
_CONTRACTED, _DELIVERED = DealStatus.CONTRACTED.value, DealStatus.DELIVERED.value
_FIRST, _RETURN = VisitKind.FIRST.value, VisitKind.RETURN.value
_REGULAR = FollowUpKind.REGULAR.value
_REGISTER, _LAPSE = OwnershipEventKind.REGISTER.value, OwnershipEventKind.LAPSE.value
_ONLINE, _REFERRAL = Channel.ONLINE.value, Channel.REFERRAL.value


def _table(pairs: Iterable[tuple[T, int]]) -> tuple[T, ...]:
    """A 1000-slot table: ``table[int(random() * 1000)]`` draws by the given weights."""
    items = list(pairs)
    total = sum(w for _, w in items)
    exact = [w * _K / total for _, w in items]
    counts = [int(x) for x in exact]
    # Largest remainders get the slots left over by rounding down.
    for j in sorted(range(len(items)), key=lambda j: exact[j] - counts[j], reverse=True)[
        : _K - sum(counts)
    ]:
        counts[j] += 1
    out: list[T] = []
    for (value, _), n in zip(items, counts, strict=True):
        out.extend([value] * n)
    return tuple(out)


def _str_table(pairs: Iterable[tuple[Any, int]]) -> tuple[Any, ...]:
    """Like ``_table`` but with enum members replaced by their stored string value."""
    return _table((getattr(v, "value", v), w) for v, w in pairs)


@dataclass(frozen=True, slots=True)
class _GradeProfile:
    """How a customer of one intent grade behaves (SPEC §5)."""

    returns: tuple[int, ...]  # a ``_table`` of the number of return visits
    gap_lo: int  # days between visits: gap_lo + [0, gap_span)
    gap_span: int
    lost: float  # share that is lost after the visits
    kept: float  # share of old customers whose owner keeps following up
    recency: int  # days since the last effective follow-up of a kept customer, at most
    interval: int  # follow-up interval (days)
    decision: tuple[int, int, int]  # decision time frame (months) to draw from
    asked: float  # share that asked for a price
    minutes: int  # visit length: 20 + [0, minutes)


GRADE_PROFILES = {
    g: _GradeProfile(
        returns=_table(RETURNS[g]),
        gap_lo=RETURN_GAP_DAYS[g][0],
        gap_span=RETURN_GAP_DAYS[g][1] - RETURN_GAP_DAYS[g][0] + 1,
        lost=LOST_SHARE[g],
        kept=KEPT_SHARE[g],
        recency=FOLLOW_UP_RECENCY[g],
        interval=GRADE_INTERVAL[g],
        decision=DECISION_MONTHS[g],
        asked={"A": 0.85, "B": 0.5, "C": 0.2, "D": 0.05}[g],
        minutes=110 if g in ("A", "B") else 60,
    )
    for g in "ABCD"
}


# ---------------------------------------------------------------------------------------
# Column lists, in the order the row tuples are built.
# ---------------------------------------------------------------------------------------

CUSTOMER_COLUMNS = (
    "id", "project_id", "name", "pinyin_initials", "pinyin_full", "gender", "age_band",
    "phone", "alt_phone", "occupation", "home_district", "work_district", "family_structure",
    "birthday", "resident_id", "consent_basic", "consent_basic_at", "consent_notice_version",
    "consent_resident_id", "consent_resident_id_at", "consent_marketing",
    "consent_marketing_at", "channel", "referrer_customer_id", "budget_total",
    "budget_down_payment", "wanted_layout", "wanted_area_min", "wanted_area_max",
    "floor_preference", "orientation", "decoration", "purpose", "payment_method",
    "desired_delivery", "focus_points", "objections", "competing_projects", "decision_months",
    "asked_price", "deposit_intent", "note", "owner_id", "owner_since",
    "registration_complete", "registered_at", "protected_until", "locked", "in_public_pool",
    "grade", "stage", "lost_reason", "visit_count", "first_visit_at", "last_visit_at",
    "last_effective_follow_up_at", "next_follow_up_date", "created_at", "updated_at",
    "anonymized_at",
)  # fmt: skip
PHONE_COLUMNS = ("id", "project_id", "phone", "customer_id", "kind", "related_person_id")
RELATED_COLUMNS = ("id", "customer_id", "name", "relation", "phone", "created_at")
VISIT_COLUMNS = (
    "id", "project_id", "customer_id", "consultant_id", "registered_by", "arrived_at",
    "left_at", "duration_minutes", "party_size", "channel", "kind", "consumed_turn", "note",
)  # fmt: skip
FOLLOW_UP_COLUMNS = (
    "id", "customer_id", "assignee_id", "kind", "due_date", "done_at", "channel", "content",
    "outcome", "reached", "next_date", "deal_id", "created_at", "created_by",
)  # fmt: skip
GRADE_COLUMNS = (
    "id", "customer_id", "old_grade", "new_grade", "suggested_grade", "reason", "by_user_id",
    "at",
)  # fmt: skip
OWNERSHIP_COLUMNS = (
    "id", "customer_id", "kind", "from_user_id", "to_user_id", "reason", "by_user_id",
    "transfer_id", "at",
)  # fmt: skip
CONSENT_COLUMNS = ("id", "customer_id", "purpose", "granted", "notice_version", "at", "recorded_by")
DEAL_COLUMNS = (
    "id", "project_id", "customer_id", "unit_id", "consultant_id", "status", "held_at",
    "hold_expires_at", "list_price", "agreed_price", "discount", "deposit", "deposit_date",
    "subscribed_at", "contract_no", "contracted_at", "payment_method", "loan_status",
    "personalised_changes", "cancelled_at", "cancel_reason", "delivery_date", "delivered_at",
    "created_at", "created_by",
)  # fmt: skip
APPROVAL_COLUMNS = (
    "id", "deal_id", "customer_id", "unit_id", "discount", "requested_by", "requested_at",
    "approver_id", "decided_at", "decision", "note",
)  # fmt: skip
HANDOVER_COLUMNS = (
    "id", "deal_id", "handover_date", "water_reading", "electricity_reading", "gas_reading",
    "keys_json", "contracted_area", "measured_area", "unit_price", "area_adjustment",
    "created_by", "created_at",
)  # fmt: skip
INSPECTION_COLUMNS = (
    "id", "handover_id", "room", "item", "passed", "issue_text", "repair_status",
    "repair_closed_at", "sort_order", "due_date",
)  # fmt: skip
UNIT_COLUMNS = (
    "id", "building_id", "unit_no", "floor", "room_no", "layout", "building_area",
    "inner_area", "orientation", "list_price", "status",
)  # fmt: skip
FACTOR_COLUMNS = (
    "id", "project_id", "building_id", "unit_id", "title", "direction", "distance_m",
    "impact", "sort_order",
)  # fmt: skip
COMPLAINT_COLUMNS = (
    "id", "project_id", "customer_id", "received_via", "category", "severity", "description",
    "department", "status", "received_at", "received_by", "first_response_at", "closed_at",
    "resolution", "callback_at", "callback_satisfied", "key_point",
)  # fmt: skip
SURVEY_COLUMNS = (
    "id", "project_id", "customer_id", "consultant_id", "stage", "taken_at", "score", "passed",
)  # fmt: skip
ANSWER_COLUMNS = ("id", "survey_id", "factor", "level", "score")
USER_COLUMNS = (
    "id", "username", "display_name", "role", "password_hash", "project_id", "phone",
    "active", "failed_attempts", "locked_until", "last_login_at", "created_at",
    "deactivated_at",
)  # fmt: skip

#: Tables filled in bulk; their secondary indexes are rebuilt after the load.
BULK_TABLES = (
    "customers", "related_persons", "customer_phones", "visits", "follow_ups",
    "grade_changes", "ownership_events", "consent_records",
)  # fmt: skip
#: Tables given explicit ids here (PostgreSQL sequences are moved past them afterwards).
ID_TABLES = BULK_TABLES + (
    "projects", "users", "buildings", "units", "adverse_factors", "deals",
    "discount_approvals", "handovers", "inspection_items", "complaints", "surveys",
    "survey_answers",
)  # fmt: skip

BATCH = 20_000


# ---------------------------------------------------------------------------------------
# Time: integer seconds since midnight PAST_DAYS before today, printed through tables.
# ---------------------------------------------------------------------------------------


class _Timebase:
    """Seconds ↔ stored text. A lookup per day and per second of the day is several times
    faster than ``datetime`` arithmetic and formatting, which matters at millions of rows.
    """

    def __init__(self, now: dt.datetime) -> None:
        now = now.replace(microsecond=0)
        first = now.date() - dt.timedelta(days=PAST_DAYS)
        self.origin = dt.datetime.combine(first, dt.time())
        self.today = PAST_DAYS
        self.now_s = int((now - self.origin).total_seconds())
        self.days = [
            (first + dt.timedelta(days=k)).isoformat() for k in range(PAST_DAYS + FUTURE_DAYS)
        ]
        self._hms = [
            f" {h:02d}:{m:02d}:{s:02d}.000000"
            for h in range(24)
            for m in range(60)
            for s in range(60)
        ]

    def ts(self, s: int) -> str:
        return self.days[s // DAY_S] + self._hms[s % DAY_S]

    def date_of(self, s: int) -> str:
        return self.days[s // DAY_S]

    def calendar(self, k: int) -> dt.date:
        return self.origin.date() + dt.timedelta(days=k)


def _day_weights(tb: _Timebase) -> list[float]:
    """Relative number of new customers per day: weekends, the two launches (开盘), the
    May Day and National Day holidays busier; Spring Festival quiet; a slow fade."""
    quiet: set[dt.date] = set()
    for festival in SPRING_FESTIVALS:
        first = dt.date.fromisoformat(festival)
        quiet.update(first + dt.timedelta(days=j) for j in range(-2, 7))
    weights = []
    for k in range(PAST_DAYS + 1):
        day = tb.calendar(k)
        w = 1.0 - 0.35 * k / PAST_DAYS
        if k < LAUNCH_1:
            w *= 0.7  # 蓄客: registrations before the first launch
        if day.weekday() >= 5:
            w *= 2.3
        for launch, boost in ((LAUNCH_1, 3.5), (LAUNCH_2, 2.5)):
            if launch <= k < launch + 21:
                w *= 1 + boost * (1 - (k - launch) / 21)
        if (day.month == 5 and day.day <= 5) or (day.month == 10 and day.day <= 7):
            w *= 2.0
        if day in quiet:
            w *= 0.15
        weights.append(w)
    return weights


# ---------------------------------------------------------------------------------------
# Phones: a bijection from an index to a valid mainland mobile, so uniqueness is by
# construction (no lookups, no retries) at any scale.
# ---------------------------------------------------------------------------------------


class _PhoneSequence:
    """``phone(k)`` for distinct ``k`` gives distinct E.164 mobiles with real prefixes.

    The index goes through an affine permutation of the whole number space (so
    neighbours get unrelated numbers) and a fixed shuffle of the eight subscriber digits.
    """

    BLOCK = 25_000_000  # a quarter of one prefix's 10^8 numbers

    def __init__(self, rng: random.Random) -> None:
        slots = [(p, q) for p, n in PHONE_PREFIXES for q in range(n)]
        rng.shuffle(slots)
        self._prefix = ["+86" + p for p, _ in slots]
        self._offset = [q * self.BLOCK for _, q in slots]
        self.size = len(slots) * self.BLOCK
        a = int(self.size * 0.6180339887) + rng.randrange(1_000_000)
        while math.gcd(a, self.size) != 1:
            a += 1
        self._a = a
        self._b = rng.randrange(self.size)
        order = list(range(8))
        rng.shuffle(order)
        self._shuffle = operator.itemgetter(*order)

    def __call__(self, k: int) -> str:
        slot, v = divmod((self._a * k + self._b) % self.size, self.BLOCK)
        return self._prefix[slot] + "".join(self._shuffle(f"{self._offset[slot] + v:08d}"))


# ---------------------------------------------------------------------------------------
# Writing: executemany on SQLite, COPY on PostgreSQL.
# ---------------------------------------------------------------------------------------


class _Writer:
    """Bulk inserts on the connection of the generator's one transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.dbapi: Any = conn.connection.driver_connection
        self.counts: dict[str, int] = {}

    def insert(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        if rows:
            if len(rows[0]) != len(columns):
                raise ValueError(f"{table}: {len(rows[0])} values for {len(columns)} columns")
            self._insert(table, columns, rows)
            self.counts[table] = self.counts.get(table, 0) + len(rows)

    def insert_dicts(self, table: str, columns: Sequence[str], rows: list[dict[str, Any]]) -> None:
        """For the small tables, where naming each value beats speed; missing keys: NULL."""
        unknown = {k for row in rows for k in row} - set(columns)
        if unknown:
            raise ValueError(f"{table}: no columns {sorted(unknown)}")
        self.insert(table, columns, [tuple(row.get(c) for c in columns) for row in rows])

    def _insert(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        raise NotImplementedError

    def scalar(self, sql: str) -> Any:
        return self.conn.exec_driver_sql(sql).scalar()

    def secondary_indexes(self, tables: Sequence[str]) -> list[tuple[str, str]]:
        """(name, exact CREATE statement) of the plain indexes of ``tables``."""
        raise NotImplementedError

    def drop_indexes(self, tables: Sequence[str]) -> list[tuple[str, str]]:
        indexes = self.secondary_indexes(tables)
        for name, _ in indexes:
            self.conn.exec_driver_sql(f'DROP INDEX "{name}"')
        return indexes

    def create_indexes(self, indexes: list[tuple[str, str]], progress: Progress) -> None:
        for j, (_, ddl) in enumerate(indexes):
            progress("建立索引", j, len(indexes))
            self.conn.exec_driver_sql(ddl)
        progress("建立索引", len(indexes), len(indexes))

    def suspend_search_triggers(self) -> list[str]:
        """Drop the triggers that keep ``customer_search`` in step; return their DDL."""
        return []

    def table_ddl(self, table: str) -> str:
        raise NotImplementedError

    def copy_from_scratch(self, table: str) -> None:
        raise NotImplementedError

    def rebuild_search(self, triggers: list[str], progress: Progress) -> None:
        """Fill ``customer_search`` in one statement and put its triggers back."""

    def after_load(self, tables: Sequence[str]) -> None:
        """Sequences and planner statistics."""


class _SqliteWriter(_Writer):
    def _insert(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        marks = ",".join("?" * len(columns))
        self.dbapi.executemany(f"INSERT INTO {table} ({','.join(columns)}) VALUES ({marks})", rows)

    def secondary_indexes(self, tables: Sequence[str]) -> list[tuple[str, str]]:
        names = ",".join(f"'{t}'" for t in tables)
        rows = self.conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({names}) ORDER BY tbl_name, name"
        ).all()
        return [(r[0], r[1]) for r in rows]

    def table_ddl(self, table: str) -> str:
        return str(self.scalar(f"SELECT sql FROM sqlite_master WHERE type = 'table' "
                               f"AND name = '{table}'"))  # fmt: skip

    def copy_from_scratch(self, table: str) -> None:
        # "INSERT INTO t SELECT * FROM other.t" with identical DDL, into an empty table with
        # no triggers and foreign keys off, is SQLite's transfer optimisation.
        n = self.dbapi.execute(f"INSERT INTO main.{table} SELECT * FROM {SCRATCH_SCHEMA}.{table}")
        self.counts[table] = self.counts.get(table, 0) + n.rowcount

    def suspend_search_triggers(self) -> list[str]:
        # Row by row, each phone's trigger re-reads all the customer's phones and rewrites
        # the FTS row; rebuilding once at the end is the same result, orders faster.
        rows = self.conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name IN ('customers', 'customer_phones') "
            "AND name LIKE 'customer_search%' ORDER BY name"
        ).all()
        for name, _ in rows:
            self.conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
        return [r[1] for r in rows]

    def rebuild_search(self, triggers: list[str], progress: Progress) -> None:
        if not triggers:
            return
        progress("建立客户搜索索引", 0, 1)
        # The same content the triggers of migration 0002 keep: the name, and the digits
        # of every phone in national form ("0" + the 11-digit mobile for +86 numbers).
        # In rowid order: the planner would otherwise read a covering index in name order,
        # and FTS5 takes three times as long for rowids out of order.
        self.conn.exec_driver_sql(
            "INSERT INTO customer_search(rowid, name, phones) "
            "SELECT c.id, coalesce(c.name, ''), coalesce((SELECT group_concat("
            "CASE WHEN p.phone LIKE '+86%' THEN '0' || substr(p.phone, 4) "
            "ELSE substr(p.phone, 2) END, ' ') "
            "FROM customer_phones p WHERE p.customer_id = c.id), '') "
            "FROM customers AS c NOT INDEXED ORDER BY c.id"
        )
        for ddl in triggers:
            self.conn.exec_driver_sql(ddl)
        progress("建立客户搜索索引", 1, 1)

    def after_load(self, tables: Sequence[str]) -> None:
        # Sampled statistics: seconds instead of a full scan, enough for the planner.
        self.conn.exec_driver_sql("PRAGMA analysis_limit=1000")
        self.conn.exec_driver_sql("ANALYZE")


class _PostgresWriter(_Writer):
    def _insert(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        sql = f"COPY {table} ({','.join(columns)}) FROM STDIN"
        with self.dbapi.cursor() as cur, cur.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)

    def secondary_indexes(self, tables: Sequence[str]) -> list[tuple[str, str]]:
        # Indexes that back a constraint (primary keys, UNIQUE) stay.
        rows = self.conn.exec_driver_sql(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i "
            "WHERE i.schemaname = current_schema() AND i.tablename = ANY(%(t)s) "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
            "WHERE c.conname = i.indexname AND c.connamespace = "
            "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())) "
            "ORDER BY i.tablename, i.indexname",
            {"t": list(tables)},
        ).all()
        return [(r[0], r[1]) for r in rows]

    def after_load(self, tables: Sequence[str]) -> None:
        for table in tables:
            self.conn.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
        self.conn.exec_driver_sql(f"ANALYZE {', '.join(BULK_TABLES)}")


# ---------------------------------------------------------------------------------------
# The office: project, staff, buildings, units, adverse factors.
# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Unit:
    id: int
    building: int  # index into BUILDINGS
    building_id: int
    unit_no: str
    floor: int
    room_no: str
    layout: str
    area_h: int  # hundredths of m²
    inner_h: int
    orientation: str
    price_fen: int
    status: str = UnitStatus.AVAILABLE.value

    def row(self) -> tuple[Any, ...]:
        return (
            self.id,
            self.building_id,
            self.unit_no,
            self.floor,
            self.room_no,
            self.layout,
            self.area_h,
            self.inner_h,
            self.orientation,
            self.price_fen,
            self.status,
        )


@dataclass(slots=True)
class _Office:
    project_id: int
    manager_id: int
    reception_id: int
    service_id: int
    consultant_ids: list[int]
    building_ids: list[int]
    delivery_days: list[int]  # day index of each building's delivery
    units: list[_Unit]
    made_users: list[tuple[str, str, Role]]


@dataclass(slots=True)
class _DealPlan:
    """A deal decided before the customers exist, so that its customer is built around it."""

    unit: _Unit
    status: str
    start_s: int  # held or subscribed at
    contract_s: int | None = None
    delivered_s: int | None = None
    cancel_s: int | None = None
    id: int = 0
    customer_id: int = 0
    consultant_id: int = 0


@dataclass
class _Rows:
    """One batch of rows per table, written in foreign-key order."""

    customers: list[tuple[Any, ...]] = field(default_factory=list)
    related: list[tuple[Any, ...]] = field(default_factory=list)
    phones: list[tuple[Any, ...]] = field(default_factory=list)
    visits: list[tuple[Any, ...]] = field(default_factory=list)
    follow_ups: list[tuple[Any, ...]] = field(default_factory=list)
    grades: list[tuple[Any, ...]] = field(default_factory=list)
    ownership: list[tuple[Any, ...]] = field(default_factory=list)
    consents: list[tuple[Any, ...]] = field(default_factory=list)

    def pack(self) -> bytes:
        """For the trip from the worker process: marshal is several times faster than
        pickle for plain tuples of str/int/bool/None, and both ends run the same Python."""
        return marshal.dumps(tuple(getattr(self, f.name) for f in fields(self)))

    @classmethod
    def unpack(cls, data: bytes) -> _Rows:
        return cls(*marshal.loads(data))

    def split(self, tables: Sequence[str]) -> tuple[_Rows, _Rows]:
        """(rows of the other tables, rows of ``tables``)."""
        here, there = _Rows(), _Rows()
        for name, table in ROWS_TABLES.items():
            setattr(there if table in tables else here, name, getattr(self, name))
        return here, there

    def write(self, w: _Writer) -> None:
        w.insert("customers", CUSTOMER_COLUMNS, self.customers)
        w.insert("related_persons", RELATED_COLUMNS, self.related)
        w.insert("customer_phones", PHONE_COLUMNS, self.phones)
        w.insert("visits", VISIT_COLUMNS, self.visits)
        w.insert("follow_ups", FOLLOW_UP_COLUMNS, self.follow_ups)
        w.insert("grade_changes", GRADE_COLUMNS, self.grades)
        w.insert("ownership_events", OWNERSHIP_COLUMNS, self.ownership)
        w.insert("consent_records", CONSENT_COLUMNS, self.consents)


#: The table of each list of ``_Rows``.
ROWS_TABLES = {
    "customers": "customers", "related": "related_persons", "phones": "customer_phones",
    "visits": "visits", "follow_ups": "follow_ups", "grades": "grade_changes",
    "ownership": "ownership_events", "consents": "consent_records",
}  # fmt: skip


def _fen(yuan: float) -> int:
    return int(round(yuan * 100))


def _resident_id(region: str, birth: dt.date, male: bool, serial: int) -> str:
    """A GB 11643 number with a correct check digit (odd sequence digit for men)."""
    seq = serial % 500 * 2 + (1 if male else 0)
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]


def _build_office(
    w: _Writer,
    rng: random.Random,
    tb: _Timebase,
    ids: dict[str, int],
    password_hash: str,
    phones: _PhoneSequence,
) -> _Office:
    """The project (created, or the first one filled in), staff, buildings and units.

    Units are returned, not written: their status depends on the deals planned next.
    """
    opened_at = tb.ts(OPEN_S)  # the sales office opened two years ago
    values = {
        "name": PROJECT_NAME,
        "developer": DEVELOPER,
        "address": ADDRESS,
        "sales_office_phone": SALES_OFFICE_PHONE,
        "five_certificates": FIVE_CERTIFICATES,
        "parking_info": PARKING_INFO,
    }
    project_id = w.scalar("SELECT MIN(id) FROM projects")
    if project_id is None:
        project_id = _take(ids, "projects")
        w.insert(
            "projects", ("id", *values, "created_at"), [(project_id, *values.values(), opened_at)]
        )
    else:
        sets = ", ".join(f"{k} = :{k}" for k in values)
        w.conn.execute(
            text(f"UPDATE projects SET {sets} WHERE id = :id"), {**values, "id": project_id}
        )

    existing = {u: int(i) for u, i in w.conn.exec_driver_sql("SELECT username, id FROM users")}
    made: list[tuple[str, str, Role]] = []
    user_rows: list[dict[str, Any]] = []
    user_ids: dict[str, int] = {}
    for j, (username, display, role) in enumerate(STAFF):
        if username in existing:
            user_ids[username] = existing[username]
            continue
        uid = user_ids[username] = _take(ids, "users")
        made.append((username, DEMO_PASSWORD, role))
        user_rows.append(
            dict(
                id=uid,
                username=username,
                display_name=display,
                role=role.value,
                password_hash=password_hash,
                project_id=project_id,
                phone=phones(phones.size - 1 - j),  # far from the customers' indexes
                active=True,
                failed_attempts=0,
                created_at=opened_at,
            )
        )
    w.insert_dicts("users", USER_COLUMNS, user_rows)

    taken = {r[0] for r in w.conn.exec_driver_sql("SELECT name FROM buildings")}
    office = _Office(
        project_id=project_id,
        manager_id=user_ids["jingli"],
        reception_id=user_ids["qiantai"],
        service_id=user_ids["kefu"],
        consultant_ids=[user_ids[f"guwen{j}"] for j in range(1, 9)],
        building_ids=[],
        delivery_days=[],
        units=[],
        made_users=made,
    )
    number = 1
    for b, spec in enumerate(BUILDINGS):
        while f"{number}号楼" in taken:
            number += 1
        name = f"{number}号楼"
        taken.add(name)
        bid = _take(ids, "buildings")
        office.building_ids.append(bid)
        office.delivery_days.append(tb.today + spec.delivery_day)
        building = dict(id=bid, project_id=project_id, name=name, floors=spec.floors,
                        delivery_date=tb.days[tb.today + spec.delivery_day],
                        delivery_place="云璟府交付中心（2号楼一层）")  # fmt: skip
        w.insert_dicts("buildings", tuple(building), [building])
        for stair in range(1, spec.stairs + 1):
            for floor in range(1, spec.floors + 1):
                for room in spec.rooms:
                    area_h = int(float(room.area) * 100) + stair - 1  # mirror images differ a hair
                    # Higher floors cost more; the first two and the top floor less.
                    per_m2 = spec.base_price + room.premium + 140 * min(floor, spec.floors - 2)
                    if floor <= 2 or floor == spec.floors:
                        per_m2 -= 1500
                    per_m2 += rng.randrange(-3, 4) * 100
                    office.units.append(
                        _Unit(
                            id=_take(ids, "units"),
                            building=b,
                            building_id=bid,
                            unit_no=str(stair),
                            floor=floor,
                            room_no=f"{floor}{room.room:02d}",
                            layout=room.layout,
                            area_h=area_h,
                            inner_h=round(area_h / float(room.ratio)),
                            orientation="东南"
                            if stair == 2 and room.room == 2
                            else room.orientation,
                            price_fen=_fen(round(per_m2 * area_h / 100 / 100) * 100),
                        )
                    )
    return office


def _take(ids: dict[str, int], table: str) -> int:
    value = ids[table]
    ids[table] = value + 1
    return value


def _adverse_factor_rows(
    office: _Office, rng: random.Random, ids: dict[str, int]
) -> list[dict[str, Any]]:
    rows = []
    for order, (title, direction, distance, impact, building) in enumerate(PROJECT_FACTORS):
        rows.append(
            dict(
                id=_take(ids, "adverse_factors"),
                project_id=office.project_id,
                building_id=office.building_ids[building - 1] if building else None,
                title=title,
                direction=direction,
                distance_m=distance,
                impact=impact,
                sort_order=order + 1,
            )
        )
    # A few units with something of their own, where it fits the unit.
    for order, (title, impact) in enumerate(UNIT_FACTORS):
        if title.startswith("顶层"):
            fits = [u for u in office.units if u.floor == BUILDINGS[u.building].floors]
        elif title.startswith("一层"):
            fits = [u for u in office.units if u.floor == 1]
        elif title.startswith("二层"):
            fits = [u for u in office.units if u.floor == 2]
        else:
            fits = office.units
        for unit in rng.sample(fits, min(len(fits), 2)):
            rows.append(
                dict(
                    id=_take(ids, "adverse_factors"),
                    project_id=office.project_id,
                    building_id=unit.building_id,
                    unit_id=unit.id,
                    title=title,
                    impact=impact,
                    sort_order=order + 1,
                )
            )
    return rows


class _Generator:
    """Customers with their visits, follow-ups, grades, ownership, consent and deals.

    Everything about one customer is decided in one pass, in order of arrival, so the
    rows are consistent (visit count, last visit, protection, next follow-up) and can be
    written batch by batch without being kept in memory.
    """

    def __init__(
        self,
        rng: random.Random,
        tb: _Timebase,
        office: _Office,
        ids: dict[str, int],
        phones: _PhoneSequence,
        customers: int,
    ) -> None:
        self.rng = rng
        self.r = rng.random
        self.tb = tb
        self.office = office
        self.ids = ids
        self.phone = phones
        self.n = customers
        self.now_s = tb.now_s
        self.today = tb.today
        self.this_year = tb.calendar(tb.today).year
        self.ts = tb.ts
        self.date_of = tb.date_of
        self.reception_id = office.reception_id
        self.project_id = office.project_id
        self.cid0 = ids["customers"]
        self.extra_phone = customers  # phone indexes past the customers' own
        self._tables()
        self._schedule()
        self.plans: dict[int, _DealPlan] = {}
        self.deal_rows: list[dict[str, Any]] = []
        self.deal_follow_ups: list[list[Any]] = []
        self.approvals: list[dict[str, Any]] = []
        self.delivered: list[_DealPlan] = []
        self.dealt: list[_DealPlan] = []
        self.sampled: list[tuple[int, int, int]] = []  # (customer, consultant, last visit)
        self.sample_every = max(1, customers // 20)

    # --- set-up -------------------------------------------------------------------------

    def _tables(self) -> None:
        rng = self.rng
        self.t_channel = _str_table(CHANNELS)
        self.t_grade = _str_table(GRADES)
        self.t_returns = {g: _table(v) for g, v in RETURNS.items()}
        self.t_consultant = _table(zip(self.office.consultant_ids, CONSULTANT_WEIGHTS, strict=True))
        self.t_party = _table(PARTY_SIZES)
        self.t_reached = _table(((c, t, o), n) for c, t, o, n in FOLLOW_UPS_REACHED)
        self.t_missed = _table(((c, t, o), n) for c, t, o, n in FOLLOW_UPS_MISSED)
        self.t_planned = _table(PLANNED)
        self.t_lost = _table(LOST_REASONS)
        self.t_lead_lost = _table(LEAD_LOST_REASONS)
        self.t_relation = _table(RELATIONS)
        self.t_payment = _str_table(PAYMENTS)
        surnames = _table(SURNAMES)
        self.t_surname = tuple((s, pinyin.initials(s), pinyin.full(s)) for s in surnames)
        self.male_given = self._given_names(MALE_CHARS, MALE_SINGLE, 3000)
        self.female_given = self._given_names(FEMALE_CHARS, FEMALE_SINGLE, 3000)
        self.title = {True: ("先生", *_pinyin("先生")), False: ("女士", *_pinyin("女士"))}
        # Pools of whole personas and needs: one draw instead of a dozen per customer.
        ages, occs, dists, fams = (
            _table(AGE_BANDS),
            _table(OCCUPATIONS),
            _table(DISTRICTS),
            _table(FAMILIES),
        )
        self.personas = [
            (
                ages[rng.randrange(_K)],
                occs[rng.randrange(_K)],
                dists[rng.randrange(_K)],
                dists[rng.randrange(_K)],
                fams[rng.randrange(_K)],
            )
            for _ in range(4096)
        ]
        wanted = _table((w, w[3]) for w in WANTED)
        pick = (
            _table(FLOOR_PREFERENCES),
            _table(ORIENTATIONS_WANTED),
            _table(DECORATIONS),
            _table(PURPOSES),
            self.t_payment,
            _table(DELIVERIES),
        )
        self.needs = [self._need(wanted[rng.randrange(_K)], pick) for _ in range(4096)]

    def _given_names(self, chars: str, singles: str, count: int) -> list[tuple[str, str, str]]:
        rng = self.rng
        names = []
        for _ in range(count):
            if rng.random() < 0.15:
                given = rng.choice(singles)
            else:
                given = rng.choice(chars) + rng.choice(chars)
            names.append((given, *_pinyin(given)))
        return names

    def _need(
        self, wanted: tuple[str, int, int, int], pick: tuple[tuple[str, ...], ...]
    ) -> tuple[Any, ...]:
        """One buyer's needs: layout, area range, a budget that fits them, preferences."""
        rng = self.rng
        layout, lo, hi, _ = wanted
        floor, orientation, decoration, purpose, payment, delivery = (
            t[rng.randrange(_K)] for t in pick
        )
        lo += rng.randrange(-5, 6)
        hi += rng.randrange(-5, 6)
        per_m2 = rng.randrange(20_000, 33_000)
        budget = round((lo + hi) / 2 * per_m2 / 100_000) * 100_000  # whole 十万
        share = 1.0 if payment == PaymentMethod.FULL.value else rng.choice((0.3, 0.35, 0.4, 0.5))
        focus = ",".join(sorted(rng.sample(FOCUS, rng.randint(1, 3)), key=FOCUS.index))
        objections = "；".join(rng.sample(OBJECTIONS, rng.randint(0, 2))) or None
        competing = "、".join(rng.sample(COMPETITORS, rng.randint(0, 2))) or None
        return (
            layout,
            lo * 100,
            hi * 100,
            _fen(budget),
            _fen(round(budget * share, -4)),
            floor,
            orientation,
            decoration,
            purpose,
            payment,
            delivery,
            focus,
            objections,
            competing,
        )

    def _schedule(self) -> None:
        """How many customers arrive on each day; day ``k``'s are ``cum[k]..cum[k+1]-1``."""
        tb = self.tb
        weights = _day_weights(tb)
        now_tod = self.now_s - tb.today * DAY_S
        # Today counts only for the part of the opening hours that has passed.
        weights[tb.today] *= max(0.0, min(1.0, (now_tod - OPEN_S) / (CLOSE_S - OPEN_S)))
        total = sum(weights)
        cum = [0]
        acc = 0.0
        for wk in weights:
            acc += wk
            cum.append(int(self.n * acc / total + 1e-9))
        cum[-1] = self.n
        self.cum = cum

    def office_time(self, k: int) -> int:
        """A moment in office hours on day ``k``."""
        return k * DAY_S + OPEN_S + int(self.r() * (CLOSE_S - OPEN_S))

    def past_time(self, k: int) -> int:
        """A moment in office hours on day ``k``, or the day before if that is still to come."""
        k = min(k, self.tb.today)
        s = self.office_time(k)
        return s if s < self.now_s else self.office_time(k - 1)

    # --- deals --------------------------------------------------------------------------

    def plan_deals(self) -> None:
        """Pick which units are sold, when, and to which (future) customer.

        At most one active deal per unit; cancelled deals only where no active deal
        on the same unit started before the cancellation.
        """
        r, today = self.r, self.tb.today
        randint = self.rng.randint
        delivered_day = self.office.delivery_days[0]
        plans: list[_DealPlan] = []
        holds = 0
        for unit in self.office.units:
            if unit.building == 0:  # delivered building: sold long ago
                if r() >= 0.62:
                    continue
                start = randint(LAUNCH_1, delivered_day - 120)
                contract = start + randint(7, 30)
                plan = _DealPlan(
                    unit,
                    DealStatus.CONTRACTED.value,
                    self.office_time(start),
                    self.office_time(contract),
                )
                if r() < 0.85:
                    plan.status = DealStatus.DELIVERED.value
                    plan.delivered_s = self.office_time(
                        randint(delivered_day, min(delivered_day + 60, today - 1))
                    )
            else:
                if r() >= 0.45:
                    continue
                x = r()
                if x < 0.7:
                    start = randint(LAUNCH_2, today - 40)
                    plan = _DealPlan(
                        unit,
                        DealStatus.CONTRACTED.value,
                        self.office_time(start),
                        self.office_time(start + randint(7, 30)),
                    )
                elif x < 0.96 or holds >= 3:
                    plan = _DealPlan(
                        unit,
                        DealStatus.SUBSCRIBED.value,
                        self.office_time(randint(today - 30, today - 1)),
                    )
                else:
                    holds += 1
                    # Held within the last day or so: a hold lapses after HOLD_HOURS.
                    plan = _DealPlan(
                        unit, DealStatus.HELD.value, self.past_time(today - (1 if r() < 0.5 else 0))
                    )
            plans.append(plan)
        cap = self.n // 20  # a small office sells little
        if len(plans) > cap:
            plans = sorted(self.rng.sample(plans, cap), key=lambda p: p.unit.id)
        active_start = {p.unit.id: p.start_s for p in plans}
        for _ in range(len(plans) // 10):
            unit = self.rng.choice(self.office.units)
            start = randint(LAUNCH_1 if unit.building == 0 else LAUNCH_2, today - 25)
            cancel = self.office_time(start + randint(3, 20))
            if active_start.get(unit.id, self.now_s + 1) <= cancel + DAY_S:
                continue
            plans.append(
                _DealPlan(
                    unit, DealStatus.CANCELLED.value, self.office_time(start), cancel_s=cancel
                )
            )
        used: set[int] = set()
        plans.sort(key=lambda p: p.start_s)
        for plan in plans:
            # The customer first came 2 to 60 days before the deal.
            k = plan.start_s // DAY_S
            index = self._pick_customer(max(0, k - 60), k - 2, used)
            if index is None:
                continue
            plan.id = _take(self.ids, "deals")
            plan.customer_id = self.cid0 + index
            plan.consultant_id = self.t_consultant[int(r() * _K)]
            self.plans[index] = plan
            if plan.status != DealStatus.CANCELLED.value:
                plan.unit.status = plan.status

    def _pick_customer(self, first_day: int, last_day: int, used: set[int]) -> int | None:
        if last_day < first_day:
            return None
        lo, hi = self.cum[first_day], self.cum[last_day + 1]
        for _ in range(8):  # bounded: a handful of deals among many customers
            if hi <= lo:
                return None
            index = lo + int(self.r() * (hi - lo))
            if index not in used:
                used.add(index)
                return index
        return None

    # --- customers ----------------------------------------------------------------------

    def batches(self) -> Iterator[_Rows]:
        """The customers in order of arrival, about ``BATCH`` of them (with all their
        rows) at a time."""
        r, ids = self.r, self.ids
        self.next_visit = itertools.count(ids["visits"]).__next__
        self.next_follow_up = itertools.count(ids["follow_ups"]).__next__
        self.next_grade = itertools.count(ids["grade_changes"]).__next__
        self.next_ownership = itertools.count(ids["ownership_events"]).__next__
        self.next_phone = itertools.count(ids["customer_phones"]).__next__
        self.next_consent = itertools.count(ids["consent_records"]).__next__
        rows = _Rows()
        i = 0
        for k in range(self.today + 1):
            count = self.cum[k + 1] - self.cum[k]
            if not count:
                continue
            close = CLOSE_S if k < self.today else min(CLOSE_S, self.now_s - k * DAY_S)
            base = k * DAY_S + OPEN_S
            for tod in sorted(int(r() * (close - OPEN_S)) for _ in range(count)):
                self.customer(i, base + tod, rows)
                i += 1
                if len(rows.customers) >= BATCH:
                    yield rows
                    rows = _Rows()
        yield rows
        # The next free ids, for what is written after the customers. The counters go:
        # they cannot be pickled, and the generator travels back from a worker process.
        ids["visits"] = self.next_visit()
        ids["follow_ups"] = self.next_follow_up()
        ids["grade_changes"] = self.next_grade()
        ids["ownership_events"] = self.next_ownership()
        ids["customer_phones"] = self.next_phone()
        ids["consent_records"] = self.next_consent()
        del (
            self.next_visit,
            self.next_follow_up,
            self.next_grade,
            self.next_ownership,
            self.next_phone,
            self.next_consent,
        )

    def customer(self, i: int, t: int, rows: _Rows) -> None:
        """All rows of customer ``i``, who first came (or called) at ``t``.

        This runs a million times: enum members are read once into module constants and
        ids come from counters, because attribute lookups dominate at this scale.
        """
        r, ts, now_s = self.r, self.ts, self.now_s
        cid = self.cid0 + i
        plan = self.plans.get(i)
        channel = self.t_channel[int(r() * _K)]
        male = r() < 0.55  # the one who registers is a little more often the man
        surname, s_ini, s_full = self.t_surname[int(r() * _K)]
        is_lead = plan is None and channel in LEAD_CHANNELS and r() < 0.5
        if plan is None and r() < (0.25 if is_lead else 0.04):
            given, g_ini, g_full = self.title[male]  # only a surname: 王先生, 李女士
            complete = False
        else:
            pool = self.male_given if male else self.female_given
            given, g_ini, g_full = pool[int(r() * len(pool))]
            complete = not is_lead
        consultant = plan.consultant_id if plan else self.t_consultant[int(r() * _K)]
        grade: str | None = None
        profile: _GradeProfile | None = None
        lost_reason = None
        owner: int | None = consultant
        in_pool = False
        visits: list[int] = []
        done: list[tuple[int, bool]] = []  # regular follow-ups: (at, reached)
        lapse_at = 0
        created = t

        if is_lead:
            stage = _LEAD
            call = t + 3600 + int(r() * 2 * DAY_S)
            if call < now_s:
                done.append((call, r() < 0.7))
            protected = t + LEAD_PROTECTION_DAYS * DAY_S
            if protected <= now_s:
                if r() < 0.5:
                    stage, lost_reason = _LOST, self.t_lead_lost[int(r() * _K)]
                else:
                    owner, in_pool, lapse_at = None, True, protected
        elif plan is not None:
            grade = _A
            profile = GRADE_PROFILES[grade]
            stage = self._deal_visits(plan, t, visits)
        else:
            grade = self.t_grade[int(r() * _K)]
            profile = GRADE_PROFILES[grade]
            stage = _VISITED
            if channel in LEAD_CHANNELS:  # called or left a form first, came later
                created = max(0, t - (1 + int(r() * 10)) * DAY_S - int(r() * 4 * 3600))
            visits.append(t)
            at = t
            for _ in range(profile.returns[int(r() * _K)]):
                k = at // DAY_S + profile.gap_lo + int(r() * profile.gap_span)
                at = k * DAY_S + OPEN_S + int(r() * OFFICE_SPAN)
                if at >= now_s:
                    break
                visits.append(at)
        if visits:
            last = visits[-1]
            protected = last + PROTECTION_S
        if plan is None and visits and profile is not None:
            age = now_s - last
            lost_at = self.office_time(last // DAY_S + 3 + int(r() * 38))
            if r() < profile.lost and lost_at < now_s:
                stage, lost_reason = _LOST, self.t_lost[int(r() * _K)]
                done.append((lost_at, True))
            elif age < PROTECTION_S:
                # Still protected by the visit; maybe already called once since.
                if age > 2 * DAY_S and r() < 0.6:
                    day = last // DAY_S + 1 + int(r() * (age // DAY_S))
                    done.append((self.past_time(day), r() < 0.8))
            elif r() < profile.kept:
                # Kept by following up: an effective contact within the protection period.
                if r() < 0.3:
                    old = last + int(r() * (age - PROTECTION_S))
                    done.append((self.office_time(old // DAY_S), r() < 0.5))
                done.append((self.past_time(self.today - int(r() * profile.recency)), True))
            else:
                # Lapsed into the public pool; an unanswered call does not renew protection.
                owner, in_pool, lapse_at = None, True, protected
                if r() < 0.6:
                    at = self.office_time(last // DAY_S + 1 + int(r() * 10))
                    reached = r() < 0.5 and at + PROTECTION_S < now_s
                    done.append((at, reached))
                    if reached:
                        lapse_at = protected = at + PROTECTION_S

        # --- follow-ups -------------------------------------------------------------
        effective = 0
        next_date: str | None = None
        interval_s = (profile.interval if profile else 2) * DAY_S
        if len(done) > 1:
            done.sort()
        for at, reached in done:
            if reached:
                channel_, content, outcome = self.t_reached[int(r() * _K)]
                effective = at
                next_date = self.date_of(at + interval_s)
            else:
                channel_, content, outcome = self.t_missed[int(r() * _K)]
                next_date = self.date_of(at + (1 + int(r() * 2)) * DAY_S)
            if lost_reason and at == done[-1][0]:
                outcome = f"{lost_reason}，标记为流失"
                next_date = None
            stamp = ts(at)
            rows.follow_ups.append(
                (
                    self.next_follow_up(),
                    cid,
                    consultant,
                    _REGULAR,
                    stamp[:10],
                    stamp,
                    channel_,
                    content,
                    outcome,
                    reached,
                    next_date,
                    None,
                    stamp,
                    consultant,
                )
            )
        locked = False
        if plan is not None:
            effective, next_date = self._deal_follow_ups(plan, effective)
            protected = max(protected, effective + PROTECTION_S)
            locked = plan.status in (_CONTRACTED, _DELIVERED)
        elif owner is None or stage == _LOST:
            next_date = None
        else:
            if effective and not is_lead:
                protected = max(protected, effective + PROTECTION_S)
            if next_date is None:
                next_date = self.date_of((visits[-1] if visits else t) + interval_s)
        planned = 0
        if owner is not None and plan is None and next_date and r() < 0.3:
            # The consultant set the next date and wrote down what to do.
            planned = max(effective, visits[-1] if visits else t)
            rows.follow_ups.append(
                (
                    self.next_follow_up(),
                    cid,
                    consultant,
                    _REGULAR,
                    next_date,
                    None,
                    None,
                    self.t_planned[int(r() * _K)],
                    None,
                    None,
                    None,
                    None,
                    ts(planned),
                    consultant,
                )
            )

        # --- visits, grade, ownership -----------------------------------------------
        reception = self.reception_id
        party = 1
        minutes_span = profile.minutes if profile else 60
        for j, at in enumerate(visits):
            size = self.t_party[int(r() * _K)]
            minutes = 20 + int(r() * minutes_span)
            left = at + minutes * 60
            if j == 0:
                party = size
            if left > now_s:  # still in the sales office
                rows.visits.append(
                    (
                        self.next_visit(),
                        self.project_id,
                        cid,
                        consultant,
                        reception,
                        ts(at),
                        None,
                        None,
                        size,
                        channel,
                        _FIRST if j == 0 else _RETURN,
                        j == 0,
                        None,
                    )
                )
            else:
                rows.visits.append(
                    (
                        self.next_visit(),
                        self.project_id,
                        cid,
                        consultant,
                        reception,
                        ts(at),
                        ts(left),
                        minutes,
                        size,
                        channel,
                        _FIRST if j == 0 else _RETURN,
                        j == 0,
                        None,
                    )
                )
        if grade is not None:
            first_grade = _B if plan else grade
            suggested, reason = first_grade, None
            if r() < 0.12 and first_grade != _D:
                suggested = "ABCD"["ABCD".index(first_grade) + 1]
                reason = "顾问根据面谈情况调整"
            rows.grades.append(
                (
                    self.next_grade(),
                    cid,
                    None,
                    first_grade,
                    suggested,
                    reason,
                    consultant,
                    ts(visits[0] + 1800),
                )
            )
            if plan:
                rows.grades.append(
                    (
                        self.next_grade(),
                        cid,
                        first_grade,
                        grade,
                        grade,
                        "复访并有交定金意向，升为 A 级",
                        consultant,
                        ts(plan.start_s),
                    )
                )
        registered = ts(visits[0] if visits else t)
        by = reception if visits else consultant
        rows.ownership.append(
            (self.next_ownership(), cid, _REGISTER, None, consultant, None, by, None, registered)
        )
        if in_pool:
            rows.ownership.append(
                (
                    self.next_ownership(),
                    cid,
                    _LAPSE,
                    consultant,
                    None,
                    "保护期内无有效跟进或来访，自动进入公共客户池",
                    None,
                    None,
                    ts(lapse_at),
                )
            )

        # --- phones, related persons, consent ---------------------------------------
        phone = self.phone(i)
        rows.phones.append((self.next_phone(), self.project_id, phone, cid, "primary", None))
        alt_phone = None
        if complete and r() < 0.08:
            alt_phone = self.phone(self.extra_phone)
            self.extra_phone += 1
            rows.phones.append(
                (self.next_phone(), self.project_id, alt_phone, cid, "alternate", None)
            )
        if complete and party >= 2 and r() < 0.06:
            self._related(cid, surname, male, visits[0], rows)
        # Online forms ask for consent; a phone enquiry keeps only name and phone.
        consent = complete or plan is not None or (is_lead and channel == _ONLINE)
        consent_at = ts(created) if consent else None
        marketing = consent and r() < 0.35
        if consent:
            rows.consents.append(
                (self.next_consent(), cid, "basic", True, NOTICE_VERSION, consent_at, by)
            )
            if marketing:
                rows.consents.append(
                    (self.next_consent(), cid, "marketing", True, NOTICE_VERSION, consent_at, by)
                )

        # --- the customer row -------------------------------------------------------
        need = self.needs[int(r() * 4096)]
        if consent and not is_lead:
            (
                layout,
                amin,
                amax,
                budget,
                down,
                floor_pref,
                orientation,
                decoration,
                purpose,
                payment,
                delivery,
                focus,
                objections,
                competing,
            ) = need
        else:
            amin = amax = down = floor_pref = orientation = decoration = purpose = None
            payment = delivery = focus = objections = competing = None
            # An online lead filled in what the form asked; a phone lead told nothing.
            layout, budget = (need[0], need[3]) if consent else (None, None)
        age_band = occupation = home = work = family = birthday = resident_id = None
        if complete or plan:
            age_band, occupation, home, work, family = self.personas[int(r() * 4096)]
            if plan is not None or r() < 0.35:
                birthday, resident_id = self._birthday(age_band, male, cid, plan is not None)
        decision = None
        asked = deposit_intent = False
        if profile is not None:
            decision = profile.decision[int(r() * 3)]
            asked = r() < profile.asked
            deposit_intent = plan is not None or (grade == _A and r() < 0.5)
        referrer = None
        if channel == _REFERRAL and i:
            if self.dealt and r() < 0.5:  # 老带新: usually an owner brings a friend
                referrer = self.dealt[int(r() * len(self.dealt))].customer_id
            else:
                referrer = self.cid0 + int(r() * i)
        updated = max(
            created,
            visits[-1] if visits else 0,
            done[-1][0] if done else 0,
            lapse_at,
            planned,
            effective,
        )
        if plan is not None:
            updated = max(
                updated,
                plan.start_s,
                plan.contract_s or 0,
                plan.delivered_s or 0,
                plan.cancel_s or 0,
            )
            self._deal_row(plan)
        rows.customers.append(
            (
                cid,
                self.project_id,
                surname + given,
                s_ini + g_ini,
                s_full + g_full,
                "M" if male else "F",
                age_band,
                phone,
                alt_phone,
                occupation,
                home,
                work,
                family,
                birthday,
                resident_id,
                consent,
                consent_at,
                NOTICE_VERSION if consent else None,
                resident_id is not None,
                ts(plan.start_s) if resident_id and plan else None,
                marketing,
                consent_at if marketing else None,
                channel,
                referrer,
                budget,
                down,
                layout,
                amin,
                amax,
                floor_pref,
                orientation,
                decoration,
                purpose,
                payment,
                delivery,
                focus,
                objections,
                competing,
                decision,
                asked,
                deposit_intent,
                None,
                owner,
                registered if owner else None,
                complete and consent,
                registered,
                ts(protected),
                locked,
                in_pool,
                grade,
                stage,
                lost_reason,
                len(visits),
                ts(visits[0]) if visits else None,
                ts(visits[-1]) if visits else None,
                ts(effective) if effective else None,
                next_date,
                ts(created),
                ts(updated),
                None,
            )
        )
        if plan is None and visits and stage != _LOST and i % self.sample_every == 0:
            self.sampled.append((cid, consultant, visits[-1]))

    def _related(self, cid: int, surname: str, male: bool, at: int, rows: _Rows) -> None:
        """A family member who came along, with their own phone (same customer by phone)."""
        r = self.r
        relation = self.t_relation[int(r() * _K)]
        if relation == "spouse":
            other_male, other_surname = not male, self.t_surname[int(r() * _K)][0]
        else:
            other_male, other_surname = r() < 0.5, surname
        pool = self.male_given if other_male else self.female_given
        rid = _take(self.ids, "related_persons")
        phone = self.phone(self.extra_phone)
        self.extra_phone += 1
        rows.related.append(
            (rid, cid, other_surname + pool[int(r() * len(pool))][0], relation, phone, self.ts(at))
        )
        rows.phones.append((self.next_phone(), self.project_id, phone, cid, "related", rid))

    def _birthday(
        self, age_band: str, male: bool, cid: int, with_id: bool
    ) -> tuple[str, str | None]:
        lo, hi = AGE_RANGE[age_band]
        year = self.this_year - lo - int(self.r() * (hi - lo + 1))
        born = dt.date(year, 1, 1) + dt.timedelta(days=int(self.r() * 365))
        if not with_id:
            return born.isoformat(), None
        region = RESIDENT_REGIONS[int(self.r() * len(RESIDENT_REGIONS))]
        return born.isoformat(), _resident_id(region, born, male, cid)

    def _deal_visits(self, plan: _DealPlan, t: int, visits: list[int]) -> str:
        """Visits of a deal's customer: first, maybe one more, the deal, the contract."""
        visits.append(t)
        first_day, deal_day = t // DAY_S, plan.start_s // DAY_S
        if deal_day - first_day >= 3 and self.r() < 0.6:
            visits.append(
                self.office_time(first_day + 1 + int(self.r() * (deal_day - first_day - 1)))
            )
        if plan.start_s > visits[-1]:
            visits.append(plan.start_s)
        if plan.contract_s:
            visits.append(plan.contract_s)
        self.dealt.append(plan)
        return {
            DealStatus.HELD.value: Stage.VISITED.value,
            DealStatus.SUBSCRIBED.value: Stage.SUBSCRIBED.value,
            DealStatus.CONTRACTED.value: Stage.CONTRACTED.value,
            DealStatus.DELIVERED.value: Stage.DELIVERED.value,
            DealStatus.CANCELLED.value: Stage.CANCELLED.value,
        }[plan.status]

    def _deal_follow_ups(self, plan: _DealPlan, effective: int) -> tuple[int, str | None]:
        """The post-sale callbacks of SPEC §6; returns the last effective contact and the
        next follow-up date (the earliest callback still to do)."""
        tb, r = self.tb, self.r
        tasks = []
        if plan.status not in (DealStatus.HELD.value,):
            tasks.append(
                (
                    FollowUpKind.CALLBACK_SUBSCRIPTION.value,
                    plan.start_s,
                    plan.consultant_id,
                    "认购后回访：确认签约时间和所需材料",
                    "客户已准备好签约资料，约定签约时间",
                )
            )
        if plan.contract_s:
            tasks.append(
                (
                    FollowUpKind.CALLBACK_CONTRACT.value,
                    plan.contract_s,
                    self.office.service_id,
                    "签约后回访：核对合同信息，说明按揭办理流程",
                    "客户对签约过程满意，按揭资料已提交",
                )
            )
        if plan.delivered_s:
            tasks.append(
                (
                    FollowUpKind.CALLBACK_DELIVERY.value,
                    plan.delivered_s + 83 * DAY_S,
                    self.office.service_id,
                    "交付三个月回访：了解入住体验和维修情况",
                    "客户反馈入住后整体满意",
                )
            )
        next_date = None
        for kind, since, assignee, content, outcome in tasks:
            due = since + 7 * DAY_S
            at = self.office_time(since // DAY_S + 1 + int(r() * 6))
            if plan.cancel_s and at > plan.cancel_s:
                continue
            if at < self.now_s:
                effective = max(effective, at)
                self.deal_follow_ups.append(
                    [
                        plan.customer_id,
                        assignee,
                        kind,
                        tb.date_of(due),
                        tb.ts(at),
                        "phone",
                        content,
                        outcome,
                        True,
                        None,
                        plan.id,
                        tb.ts(at),
                        assignee,
                    ]
                )
            else:
                next_date = next_date or tb.date_of(due)
                self.deal_follow_ups.append(
                    [
                        plan.customer_id,
                        assignee,
                        kind,
                        tb.date_of(due),
                        None,
                        None,
                        content,
                        None,
                        None,
                        None,
                        plan.id,
                        tb.ts(since),
                        assignee,
                    ]
                )
        if next_date is None and plan.status == DealStatus.HELD.value:
            next_date = tb.date_of(plan.start_s + DAY_S)  # deposit before the hold lapses
        if next_date is None and plan.status == DealStatus.SUBSCRIBED.value:
            next_date = tb.date_of(max(effective, plan.start_s) + 2 * DAY_S)
        return effective, next_date

    def _deal_row(self, plan: _DealPlan) -> None:
        tb, ts, r = self.tb, self.tb.ts, self.r
        unit = plan.unit
        held = plan.status == DealStatus.HELD.value
        pct = (0, 0.005, 0.01, 0.01, 0.015, 0.02, 0.03)[int(r() * 7)]
        discount = round(unit.price_fen * pct / 10_000) * 10_000  # whole hundreds of yuan
        payment = self.t_payment[int(r() * _K)]
        loan = None
        if payment != PaymentMethod.FULL.value:  # codes of app.domain.deals.LOAN_STATUS_LABELS
            loan = LOAN_STATUS_OF_DEAL.get(plan.status)
        contracted = plan.contract_s is not None
        row = dict(
            id=plan.id,
            project_id=self.project_id,
            customer_id=plan.customer_id,
            unit_id=unit.id,
            consultant_id=plan.consultant_id,
            status=plan.status,
            held_at=ts(plan.start_s) if held else None,
            hold_expires_at=ts(plan.start_s + HOLD_HOURS * 3600) if held else None,
            list_price=unit.price_fen,
            contract_no=None,
            contracted_at=None,
            cancelled_at=ts(plan.cancel_s) if plan.cancel_s else None,
            cancel_reason=CANCEL_REASONS[int(r() * 4)] if plan.cancel_s else None,
            delivery_date=None,
            delivered_at=ts(plan.delivered_s) if plan.delivered_s else None,
            created_at=ts(plan.start_s),
            created_by=plan.consultant_id,
        )
        if not held:
            row.update(
                agreed_price=unit.price_fen - discount,
                discount=discount,
                deposit=_fen((20_000, 50_000, 50_000, 100_000)[int(r() * 4)]),
                deposit_date=tb.date_of(plan.start_s),
                subscribed_at=ts(plan.start_s),
                payment_method=payment,
                loan_status=loan,
                personalised_changes=PERSONALISED_CHANGES[int(r() * 3)] if r() < 0.15 else None,
            )
        if contracted:
            year = tb.calendar(plan.start_s // DAY_S).year
            row.update(
                contract_no=f"YJF{year}-{plan.id:05d}",
                contracted_at=ts(plan.contract_s),  # type: ignore[arg-type]
                delivery_date=tb.days[self.office.delivery_days[unit.building]],
            )
        self.deal_rows.append(row)
        if not held and discount * 100 > unit.price_fen:  # beyond 1 %: the manager approved
            self.approvals.append(
                dict(
                    deal_id=plan.id,
                    customer_id=plan.customer_id,
                    unit_id=unit.id,
                    discount=discount,
                    requested_by=plan.consultant_id,
                    requested_at=ts(plan.start_s - 3600),
                    approver_id=self.office.manager_id,
                    decided_at=ts(plan.start_s - 1800),
                    decision="approved",
                    note="客户全款/老带新，申请额外优惠",
                )
            )
        if plan.delivered_s:
            self.delivered.append(plan)

    # --- after the customers ------------------------------------------------------------

    def write_deals(self, w: _Writer) -> None:
        w.insert_dicts("deals", DEAL_COLUMNS, self.deal_rows)
        for a in self.approvals:
            a["id"] = _take(self.ids, "discount_approvals")
        w.insert_dicts("discount_approvals", APPROVAL_COLUMNS, self.approvals)
        w.insert("follow_ups", FOLLOW_UP_COLUMNS,
                 [(_take(self.ids, "follow_ups"), *f) for f in self.deal_follow_ups])  # fmt: skip
        self._write_handovers(w)

    def _write_handovers(self, w: _Writer) -> None:
        """交付验收: meter readings, keys, the 面积补差 and an inspection checklist whose
        failed items are repair items, some still open."""
        tb, r = self.tb, self.r
        agreed = {d["id"]: d["agreed_price"] for d in self.deal_rows if "agreed_price" in d}
        keys = json.dumps(dict(zip(DEFAULT_KEY_KINDS, (3, 2, 2, 1), strict=False)),
                          ensure_ascii=False)  # fmt: skip
        handovers, items = [], []
        for plan in self.delivered:
            at = plan.delivered_s or 0
            contracted = plan.unit.area_h
            measured = contracted + int((r() - 0.6) * contracted * 0.01)
            unit_price = round(agreed[plan.id] * 100 / contracted)  # fen per m²
            hid = _take(self.ids, "handovers")
            handovers.append(
                dict(
                    id=hid,
                    deal_id=plan.id,
                    handover_date=tb.date_of(at),
                    water_reading=f"{r() * 20:.1f}",
                    electricity_reading=f"{r() * 120:.1f}",
                    gas_reading=f"{r() * 6:.1f}",
                    keys_json=keys,
                    contracted_area=contracted,
                    measured_area=measured,
                    unit_price=unit_price,
                    area_adjustment=round((measured - contracted) * unit_price / 100),
                    created_by=self.office.service_id,
                    created_at=tb.ts(at),
                )
            )
            for order, (room, item) in enumerate(INSPECTION_CHECKLIST):
                ok = r() < 0.88
                closed = not ok and r() < 0.7
                items.append(
                    dict(
                        id=_take(self.ids, "inspection_items"),
                        handover_id=hid,
                        room=room,
                        item=item,
                        passed=ok,
                        issue_text=None if ok else INSPECTION_ISSUES[int(r() * 5)],
                        repair_status=None if ok else ("closed" if closed else "open"),
                        repair_closed_at=tb.ts(at + 10 * DAY_S) if closed else None,
                        sort_order=order,
                        due_date=None if ok else tb.date_of(at + 15 * DAY_S),
                    )
                )
        w.insert_dicts("handovers", HANDOVER_COLUMNS, handovers)
        w.insert_dicts("inspection_items", INSPECTION_COLUMNS, items)

    def write_after_sales(self, w: _Writer) -> None:
        """A handful of complaints (the same leak three times: a key improvement point)
        and satisfaction surveys."""
        tb, r, now_s = self.tb, self.r, self.now_s
        owners = [p for p in self.dealt if p.status != DealStatus.CANCELLED.value]
        who = [(p.customer_id, p.delivered_s or p.contract_s or p.start_s) for p in owners]
        who += [(c, at) for c, _, at in self.sampled]
        complaints = []
        for j, (complaint, (customer, since)) in enumerate(zip(COMPLAINTS, who, strict=False)):
            category, severity, description, department, resolution, key = complaint
            received = self.past_time(since // DAY_S + 3 + int(r() * 60))
            if received <= since:
                continue
            status = ComplaintStatus.OPEN.value
            if resolution and received + 6 * DAY_S < now_s:
                status = ComplaintStatus.CLOSED.value
            elif received + DAY_S < now_s and j % 3:
                status = ComplaintStatus.RESPONDED.value
            closed = status == ComplaintStatus.CLOSED.value
            called_back = closed and received + 8 * DAY_S < now_s
            complaints.append(
                dict(
                    id=_take(self.ids, "complaints"),
                    project_id=self.project_id,
                    customer_id=customer,
                    received_via=("phone", "visit", "survey")[j % 3],
                    category=category,
                    severity=severity,
                    description=description,
                    department=department,
                    status=status,
                    received_at=tb.ts(received),
                    received_by=self.office.service_id,
                    first_response_at=None if status == "open" else tb.ts(received + DAY_S),
                    closed_at=tb.ts(received + 6 * DAY_S) if closed else None,
                    resolution=resolution if closed else None,
                    callback_at=tb.ts(received + 8 * DAY_S) if called_back else None,
                    callback_satisfied=True if called_back else None,
                    key_point=key,
                )
            )
        w.insert_dicts("complaints", COMPLAINT_COLUMNS, complaints)

        levels = _table(SATISFACTION)
        surveys, answers = [], []
        takers = [(p.customer_id, p.consultant_id, p.start_s + 3600, STAGE_OF_DEAL[p.status])
                  for p in owners[:10]]  # fmt: skip
        takers += [(c, cons, at + 2 * 3600, Stage.VISITED.value) for c, cons, at in self.sampled]
        for customer, consultant, at, stage in takers:
            if at >= now_s:
                continue
            sid = _take(self.ids, "surveys")
            scores = []
            for factor in ("reception", "consultant", "environment", "process"):
                level, (lo, hi) = levels[int(r() * _K)]
                score = lo + int(r() * (hi - lo + 1))
                scores.append(score)
                answers.append(dict(id=_take(self.ids, "survey_answers"), survey_id=sid,
                                    factor=factor, level=level, score=score))  # fmt: skip
            total = round(sum(scores) / len(scores))  # equal weights, the default setting
            surveys.append(dict(id=sid, project_id=self.project_id, customer_id=customer,
                                consultant_id=consultant, stage=stage, taken_at=tb.ts(at),
                                score=total, passed=total >= 80))  # fmt: skip
        w.insert_dicts("surveys", SURVEY_COLUMNS, surveys)
        w.insert_dicts("survey_answers", ANSWER_COLUMNS, answers)


LOAN_STATUS_OF_DEAL = {"subscribed": "pending", "contracted": "approved", "delivered": "disbursed"}
STAGE_OF_DEAL = {
    DealStatus.HELD.value: Stage.VISITED.value,
    DealStatus.SUBSCRIBED.value: Stage.SUBSCRIBED.value,
    DealStatus.CONTRACTED.value: Stage.CONTRACTED.value,
    DealStatus.DELIVERED.value: Stage.DELIVERED.value,
    DealStatus.CANCELLED.value: Stage.CANCELLED.value,
}

# (category, severity, description, department, resolution or None, key improvement point)
COMPLAINTS = (
    ("工程质量", "high", "地下车库 B2 层顶板渗水，车停在下面被滴脏", "工程部",
     "已对渗水点注浆封堵，雨后复查无渗漏", True),
    ("销售服务", "low", "置业顾问回访电话太频繁，影响工作", "营销部",
     "已调整回访频率并向客户致歉", False),
    ("工程质量", "high", "地下车库渗水，车位上方一直滴水", "工程部",
     "已对渗水点注浆封堵，雨后复查无渗漏", True),
    ("工程质量", "medium", "卫生间地漏返味", "工程部", "更换防臭地漏，客户确认无异味", False),
    ("销售承诺", "high", "认为销售时所说的学校开工时间与实际不符", "营销部", None, False),
    ("工程质量", "high", "车库顶板渗水仍未彻底解决", "工程部", "重新做防水层并跟踪一个雨季",
     True),
    ("物业服务", "low", "单元门禁卡经常刷不开", "物业公司", "更换门禁读卡器", False),
    ("车位", "medium", "车位价格高于认购时口头告知的价格", "营销部", None, False),
)  # fmt: skip
# (level, score range), weight: SPEC §8's bands.
SATISFACTION = (
    ((SatisfactionLevel.SATISFIED.value, (91, 100)), 55),
    ((SatisfactionLevel.FAIRLY_SATISFIED.value, (81, 90)), 28),
    ((SatisfactionLevel.NEUTRAL.value, (61, 80)), 13),
    ((SatisfactionLevel.DISSATISFIED.value, (40, 60)), 4),
)
INSPECTION_CHECKLIST = (
    ("客厅", "墙面"), ("客厅", "地面"), ("主卧", "门窗"), ("次卧", "门窗"), ("厨房", "水电"),
    ("厨房", "燃气"), ("卫生间", "防水"), ("阳台", "栏杆"),
)  # fmt: skip
INSPECTION_ISSUES = ("墙面有细小裂缝", "窗户密封条脱落", "地砖空鼓", "水龙头滴水", "入户门划痕")


def _pinyin(text_: str) -> tuple[str, str]:
    """Keys of a given name or a title; the surname's keys are made apart (surname rule)."""
    return pinyin.given_name_keys(text_)


# ---------------------------------------------------------------------------------------
# The service.
# ---------------------------------------------------------------------------------------


#: From this many customers on, a worker process generates while this one writes.
WORKER_FROM = 100_000
#: With a worker on SQLite, these tables are built (rows and indexes) by the worker in a
#: scratch file and copied in at the end; this process writes the rest meanwhile.
SCRATCH_TABLES = ("visits", "follow_ups", "grade_changes", "ownership_events", "consent_records")
SCRATCH_SCHEMA = "demo_scratch"


class DemoService:
    """Fills an empty database with a demo sales office (``salesdesk demo``)."""

    def __init__(self, db: Database, clock: Clock, *, worker: bool | None = None) -> None:
        """``worker``: generate in a separate process (None: for large offices, when the
        program is not a frozen build, whose executable cannot be spawned as Python)."""
        self._db = db
        self._clock = clock
        self._worker = worker

    def generate(
        self,
        customers: int = 2000,
        seed: int = 1,
        progress: Progress | None = None,
    ) -> DemoResult:
        """Generate the office in one transaction; refuse a database that has customers.

        All demo accounts share the password ``demo1234``.
        """
        if not 0 <= customers <= MAX_CUSTOMERS:
            msg = f"客户数量应在 0 到 {MAX_CUSTOMERS:,} 之间"
            raise ValidationError(msg, {"customers": msg})
        report = progress or (lambda _label, _done, _total: None)
        started_at = self._clock.now().replace(microsecond=0)
        began = time.perf_counter()
        password_hash = hash_password(DEMO_PASSWORD)  # once: Argon2id is slow on purpose
        worker = self._worker
        if worker is None:
            worker = customers >= WORKER_FROM and not getattr(sys, "frozen", False)
        with (
            self._db.engine.connect() as conn,
            tempfile.TemporaryDirectory(prefix="salesdesk-demo-") as tmp,
        ):
            writer: _Writer
            scratch: _Scratch | None = None
            if self._db.is_sqlite:
                writer = _SqliteWriter(conn)
                restore = _sqlite_bulk_mode(writer.dbapi, customers)
                if worker:
                    scratch = _Scratch(str(Path(tmp) / "scratch.sqlite3"))
                    # ATTACH is refused inside a transaction, and BEGIN IMMEDIATE would
                    # lock the scratch file against the worker that is to fill it.
                    writer.dbapi.execute(f"ATTACH DATABASE ? AS {SCRATCH_SCHEMA}", (scratch.path,))
                    conn.execution_options(sqlite_begin="DEFERRED")
            else:
                writer = _PostgresWriter(conn)
                restore = None
            try:
                with conn.begin():
                    if scratch is not None:
                        # Take the write lock now, as BEGIN IMMEDIATE would have.
                        conn.exec_driver_sql("DELETE FROM main.customers WHERE 0")
                    gen = self._fill(writer, random.Random(seed), _Timebase(started_at),
                                     customers, password_hash, worker, scratch, report)  # fmt: skip
            finally:
                if scratch is not None:
                    writer.dbapi.execute(f"DETACH DATABASE {SCRATCH_SCHEMA}")
                if restore is not None:
                    restore()
        return DemoResult(
            customers=customers,
            visits=writer.counts.get("visits", 0),
            follow_ups=writer.counts.get("follow_ups", 0),
            deals=len(gen.deal_rows),
            users=gen.office.made_users,
            seconds=time.perf_counter() - began,
            started_at=started_at,
        )

    def _fill(
        self,
        w: _Writer,
        rng: random.Random,
        tb: _Timebase,
        customers: int,
        password_hash: str,
        worker: bool,
        scratch: _Scratch | None,
        report: Progress,
    ) -> _Generator:
        if w.scalar("SELECT 1 FROM customers LIMIT 1") is not None:
            raise ConflictError("数据库里已经有客户数据，演示数据只能生成到空数据库中。")
        report("楼盘、房源与员工", 0, 1)
        ids = {t: int(w.scalar(f"SELECT COALESCE(MAX(id), 0) FROM {t}")) + 1 for t in ID_TABLES}
        phones = _PhoneSequence(rng)
        office = _build_office(w, rng, tb, ids, password_hash, phones)
        gen = _Generator(rng, tb, office, ids, phones, customers)
        gen.plan_deals()  # decides the units' status
        w.insert("units", UNIT_COLUMNS, [u.row() for u in office.units])
        w.insert_dicts("adverse_factors", FACTOR_COLUMNS, _adverse_factor_rows(office, rng, ids))
        report("楼盘、房源与员工", 1, 1)
        here: tuple[str, ...] = BULK_TABLES
        if scratch is not None:
            here = tuple(t for t in BULK_TABLES if t not in SCRATCH_TABLES)
            scratch.tables = [w.table_ddl(t) for t in SCRATCH_TABLES]
            scratch.indexes = [ddl for _, ddl in w.secondary_indexes(SCRATCH_TABLES)]
        indexes = w.drop_indexes(here)
        triggers = w.suspend_search_triggers()
        label = "生成客户、来访与跟进"
        report(label, 0, customers)
        done = 0
        with contextlib.ExitStack() as stack:
            if worker:
                proc = stack.enter_context(_Worker(gen, scratch))
                batches: Iterable[_Rows] = proc.batches()
            else:
                batches = gen.batches()
            for rows in batches:
                rows.write(w)
                done += len(rows.customers)
                report(label, done, customers)
            if worker:
                gen = proc.generator  # holds the deals and the samples for after-sales
            w.create_indexes(indexes, report)
            w.rebuild_search(triggers, report)
            if scratch is not None:
                report("合并来访与跟进", 0, len(SCRATCH_TABLES))
                proc.wait_for_scratch()
                for j, table in enumerate(SCRATCH_TABLES):
                    w.copy_from_scratch(table)
                    report("合并来访与跟进", j + 1, len(SCRATCH_TABLES))
        report("成交与售后", 0, 1)
        gen.write_deals(w)
        gen.write_after_sales(w)
        report("成交与售后", 1, 1)
        report("统计信息", 0, 1)
        w.after_load(ID_TABLES)
        report("统计信息", 1, 1)
        return gen


@dataclass
class _Scratch:
    """A SQLite file the worker fills with some bulk tables, indexes included, for this
    process to copy in with SQLite's transfer optimisation (records and index entries
    copied in order: no re-sorting, several times faster than inserting)."""

    path: str
    tables: list[str] = field(default_factory=list)  # CREATE TABLE statements
    indexes: list[str] = field(default_factory=list)  # CREATE INDEX statements

    def build(self, batches: list[bytes]) -> None:
        con = sqlite3.connect(self.path, isolation_level=None)
        try:
            for pragma in ("journal_mode=OFF", "synchronous=OFF", "temp_store=MEMORY",
                           f"cache_size=-{2 * 2**20}"):  # fmt: skip
                con.execute(f"PRAGMA {pragma}")  # a throwaway file: no journal needed
            con.execute("BEGIN")
            for ddl in self.tables:
                con.execute(ddl)
            sink = _ConnectionSink(con)
            while batches:
                _Rows.unpack(batches.pop(0)).write(sink)  # type: ignore[arg-type]
            for ddl in self.indexes:
                con.execute(ddl)
            con.execute("COMMIT")
        finally:
            con.close()


class _ConnectionSink:
    """The ``insert`` of a writer, on a plain sqlite3 connection (the worker's scratch)."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con

    def insert(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        if rows:
            marks = ",".join("?" * len(columns))
            self.con.executemany(f"INSERT INTO {table} ({','.join(columns)}) VALUES ({marks})",
                                 rows)  # fmt: skip


class _Worker:
    """The generator run in a worker process; on SQLite it also builds the scratch file.

    The worker gets the generator pickled as it stands after planning, so the rows are
    exactly those the generator would make here; it sends the generator back at the end.
    """

    def __init__(self, gen: _Generator, scratch: _Scratch | None) -> None:
        self.generator = gen
        self._payload = pickle.dumps(gen, protocol=pickle.HIGHEST_PROTOCOL)
        self._scratch = scratch

    def __enter__(self) -> _Worker:
        # spawn, not fork: a forked copy of a process with threads (Qt, a pool) may hang.
        ctx = multiprocessing.get_context("spawn")
        self._queue = ctx.Queue(maxsize=3)
        self._proc = ctx.Process(target=_worker_main, name="salesdesk-demo", daemon=True,
                                 args=(self._payload, self._queue, self._scratch))  # fmt: skip
        self._proc.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._proc.is_alive():
            self._proc.terminate()
        self._proc.join()
        self._queue.close()

    def batches(self) -> Iterator[_Rows]:
        while True:
            kind, data = self._get()
            if kind == "done":
                self.generator = pickle.loads(data)
                return
            yield _Rows.unpack(data)

    def wait_for_scratch(self) -> None:
        kind, _ = self._get()
        assert kind == "scratch", kind

    def _get(self) -> tuple[str, Any]:
        while True:
            try:
                kind, data = self._queue.get(timeout=1.0)
            except Empty:
                if not self._proc.is_alive():
                    raise RuntimeError(
                        f"演示数据生成进程意外退出 (worker exit code {self._proc.exitcode})"
                    ) from None
                continue
            if kind == "error":
                raise RuntimeError(f"演示数据生成进程出错 (worker failed):\n{data}")
            return kind, data


def _worker_main(payload: bytes, queue: Any, scratch: _Scratch | None) -> None:
    """The worker process: generate and send the batches, then the generator itself; with
    a scratch file, keep its tables back and build it once everything is generated."""
    try:
        gen: _Generator = pickle.loads(payload)
        kept: list[bytes] = []
        for rows in gen.batches():
            if scratch is not None:
                here, there = rows.split(SCRATCH_TABLES)
                kept.append(there.pack())
                rows = here
            queue.put(("rows", rows.pack()))
        queue.put(("done", pickle.dumps(gen, protocol=pickle.HIGHEST_PROTOCOL)))
        if scratch is not None:
            scratch.build(kept)
            queue.put(("scratch", None))
    except BaseException:
        queue.put(("error", traceback.format_exc()))


def _sqlite_bulk_mode(dbapi: Any, customers: int) -> Callable[[], None]:
    """Trade durability for speed on this one connection while the office is generated.

    Safe here: the work is one transaction on a database that had no customers, written
    by code whose references are right by construction (ids are assigned here, parents
    written first; the tests run ``PRAGMA foreign_key_check``), so the per-row foreign
    key checks, 40 % of the insert time, are off. The returned function puts the
    connection back as the engine configured it.
    """
    pragmas = ("synchronous", "cache_size", "temp_store", "foreign_keys", "threads")
    before = {p: dbapi.execute(f"PRAGMA {p}").fetchone()[0] for p in pragmas}
    busy_ms = dbapi.execute("PRAGMA busy_timeout").fetchone()[0]
    dbapi.execute("PRAGMA synchronous=OFF")
    # Room for the whole office (about 2.5 KiB a customer with all its rows): pages that
    # spill into the WAL mid-transaction are slow to read back for the index builds.
    cache_kib = min(4 * 2**20, 65536 + customers * 5 // 2)
    dbapi.execute(f"PRAGMA cache_size=-{cache_kib}")
    dbapi.execute("PRAGMA temp_store=MEMORY")  # index builds sort in memory
    dbapi.execute("PRAGMA foreign_keys=OFF")
    dbapi.execute("PRAGMA threads=2")  # index builds sort on both cores
    # In WAL mode every page is written twice (log, then checkpoint). A rollback journal
    # holds only the few pages that existed before, and the new pages go straight into
    # the file; a crash still rolls back. Leaving WAL needs the only open connection:
    # when another one is open the office is written through the WAL as usual.
    was_wal = dbapi.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    left_wal = False
    if was_wal:
        dbapi.execute("PRAGMA busy_timeout=0")  # ask, do not wait
        try:
            left_wal = dbapi.execute("PRAGMA journal_mode=DELETE").fetchone()[0] != "wal"
        except sqlite3.OperationalError:  # "database is locked": not the only connection
            left_wal = False
        dbapi.execute(f"PRAGMA busy_timeout={busy_ms}")

    def restore() -> None:
        if left_wal:
            dbapi.execute("PRAGMA journal_mode=WAL")
        elif was_wal:
            # Fold the large WAL back into the file, unless someone is reading: then it is
            # left to a later checkpoint rather than waiting here.
            dbapi.execute("PRAGMA busy_timeout=0")
            dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            dbapi.execute(f"PRAGMA busy_timeout={busy_ms}")
        for p, value in before.items():
            dbapi.execute(f"PRAGMA {p}={value}")

    return restore
