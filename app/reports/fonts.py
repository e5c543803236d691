"""Finding and registering a CJK font once, so every form embeds a subset of it.

Order: the path configured in Settings (``AppSettings.pdf_font_path``; a ``.ttc`` may
name its face as ``path.ttc#1``) → the operating system's usual fonts (Windows: Microsoft
YaHei, SimSun, SimHei; Linux: WenQuanYi, Noto CJK, Droid, AR PL; macOS: PingFang, STHeiti,
Songti) → ReportLab's built-in ``STSong-Light`` CID font. The last one is not embedded
(the PDF asks the viewer for the font), so it comes with a warning the Settings page
shows. Only TrueType outlines can be embedded by ReportLab; OpenType/CFF files such as
most Noto CJK builds are skipped.

Registration parses the font file (about 0.1–0.3 s); it happens once per process and
choice, and can be done early off the GUI thread with ``ensure_font``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

FALLBACK_FONT = "STSong-Light"
#: A character every usable font must have.
_PROBE = "告知书"

FALLBACK_WARNING = (
    "未找到可嵌入的中文字体，PDF 暂用 ReportLab 内置的 STSong-Light 字体（不嵌入字体文件，"
    "在没有该字体的电脑或打印机上可能显示为其他字体甚至方框）。请安装中文字体，或在“设置”中"
    "指定字体文件，例如 C:\\Windows\\Fonts\\msyh.ttc 或 "
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc。"
)


@dataclass(frozen=True, slots=True)
class FontChoice:
    """The font the forms use. ``embedded`` False means the fallback CID font."""

    name: str  # registered ReportLab font name
    path: str | None
    subfont_index: int
    embedded: bool
    source: str  # configured / system / fallback
    warning: str | None = None

    @property
    def family(self) -> str:
        if self.path is None:
            return FALLBACK_FONT
        return Path(self.path).name + (f"#{self.subfont_index}" if self.subfont_index else "")


def _windows_candidates() -> list[tuple[Path, int]]:
    roots = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        roots.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    names = [("msyh.ttc", 0), ("msyh.ttf", 0), ("simsun.ttc", 0), ("simhei.ttf", 0),
             ("simkai.ttf", 0), ("simfang.ttf", 0), ("Deng.ttf", 0)]  # fmt: skip
    return [(root / n, i) for n, i in names for root in roots]


def _linux_candidates() -> list[tuple[Path, int]]:
    home = Path.home()
    rel = [
        ("truetype/wqy/wqy-microhei.ttc", 0),
        ("truetype/wqy/wqy-zenhei.ttc", 0),
        ("wenquanyi/wqy-microhei/wqy-microhei.ttc", 0),
        ("wenquanyi/wqy-zenhei/wqy-zenhei.ttc", 0),
        ("wqy-microhei/wqy-microhei.ttc", 0),
        ("wqy-zenhei/wqy-zenhei.ttc", 0),
        # Index 2 is Simplified Chinese in the Noto/Source Han collections; most builds
        # are CFF (not embeddable by ReportLab) and are skipped when they fail to load.
        ("opentype/noto/NotoSansCJK-Regular.ttc", 2),
        ("opentype/noto/NotoSerifCJK-Regular.ttc", 2),
        ("noto-cjk/NotoSansCJK-Regular.ttc", 2),
        ("google-noto-cjk/NotoSansCJK-Regular.ttc", 2),
        ("truetype/noto/NotoSansSC-Regular.ttf", 0),
        ("truetype/droid/DroidSansFallbackFull.ttf", 0),
        ("google-droid-sans-fonts/DroidSansFallbackFull.ttf", 0),
        ("truetype/arphic/uming.ttc", 0),
        ("truetype/arphic/ukai.ttc", 0),
    ]
    roots = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
             home / ".local/share/fonts", home / ".fonts"]  # fmt: skip
    return [(root / r, i) for r, i in rel for root in roots]


def _macos_candidates() -> list[tuple[Path, int]]:
    return [
        (Path("/System/Library/Fonts/PingFang.ttc"), 0),
        (Path("/System/Library/Fonts/STHeiti Light.ttc"), 0),
        (Path("/System/Library/Fonts/STHeiti Medium.ttc"), 0),
        (Path("/System/Library/Fonts/Supplemental/Songti.ttc"), 0),
        (Path("/Library/Fonts/Songti.ttc"), 0),
        (Path("/System/Library/Fonts/Hiragino Sans GB.ttc"), 0),
        (Path("/Library/Fonts/Arial Unicode.ttf"), 0),
        (Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"), 0),
    ]


def system_candidates(platform: str | None = None) -> list[tuple[Path, int]]:
    """The usual CJK font files of this operating system, best first (existing or not)."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return _windows_candidates()
    if platform == "darwin":
        return _macos_candidates()
    return _linux_candidates()


def parse_configured(value: str) -> tuple[Path, int] | None:
    """``C:\\Fonts\\msyh.ttc`` or ``.../NotoSansCJK.ttc#2`` → (path, face index)."""
    value = (value or "").strip().strip('"')
    if not value:
        return None
    index = 0
    head, sep, tail = value.rpartition("#")
    if sep and tail.isdigit():
        value, index = head, int(tail)
    return Path(value).expanduser(), index


def discover(configured: str = "") -> list[tuple[Path, int, str]]:
    """Existing candidate files in order of preference, with where each came from."""
    found: list[tuple[Path, int, str]] = []
    conf = parse_configured(configured)
    if conf is not None:
        found.append((conf[0], conf[1], "configured"))
    seen = set()
    for path, index in system_candidates():
        key = (str(path), index)
        if key in seen:
            continue
        seen.add(key)
        if path.is_file():
            found.append((path, index, "system"))
    return found


_lock = threading.Lock()
_cache: dict[str, FontChoice] = {}


def _try_register(path: Path, index: int) -> str:
    """Register a TrueType face; return its ReportLab name. Raises if unusable."""
    digest = hashlib.sha1(f"{path}#{index}".encode()).hexdigest()[:10]
    name = f"SalesDeskCJK-{digest}"
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    font = TTFont(name, str(path), subfontIndex=index)
    char_map = font.face.charToGlyph
    missing = [ch for ch in _PROBE if ord(ch) not in char_map]
    if missing:
        raise ValueError(f"字体中没有中文字形（缺少“{''.join(missing)}”）")
    pdfmetrics.registerFont(font)
    return name


def _fallback() -> str:
    if FALLBACK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_FONT))
    return FALLBACK_FONT


def ensure_font(configured: str = "") -> FontChoice:
    """The font for the forms, registered with ReportLab (once per process and setting)."""
    key = (configured or "").strip()
    with _lock:
        cached = _cache.get(key)
        if cached is not None:
            return cached
        problems: list[str] = []
        choice: FontChoice | None = None
        for path, index, source in discover(key):
            try:
                name = _try_register(path, index)
            except Exception as exc:  # a broken, CFF or non-CJK font: try the next one
                log.info("font %s#%s not usable: %s", path, index, exc)
                if source == "configured":
                    problems.append(f"设置的字体文件无法使用：{path}（{exc}）")
                continue
            warning = "；".join(problems) + "，已改用系统字体。" if problems else None
            choice = FontChoice(name, str(path), index, True, source, warning)
            break
        if choice is None:
            warning = ("；".join(problems) + "。" if problems else "") + FALLBACK_WARNING
            choice = FontChoice(_fallback(), None, 0, False, "fallback", warning)
            log.warning("no embeddable CJK font found; using %s", FALLBACK_FONT)
        _cache[key] = choice
        return choice


def reset_cache() -> None:
    """Forget the chosen fonts (tests; after the setting changes the cache key differs)."""
    with _lock:
        _cache.clear()
