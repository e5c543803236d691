"""Refresh the translation catalogues from the UI sources, then compile them.

    /work/venv/bin/python resources/translations/update.py          # lupdate + lrelease
    /work/venv/bin/python resources/translations/update.py --check  # only report problems

Source strings are Simplified Chinese (``tr("接待台")``); ``salesdesk_en.ts`` holds the
English. After running, translate every message marked ``type="unfinished"`` (Qt
Linguist: ``pyside6-linguist resources/translations/salesdesk_en.ts``), run again so
the ``.qm`` is rebuilt, and commit both files. ``tests/ui/test_translations.py`` fails
while a message is untranslated or the ``.qm`` is stale.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import service_messages  # noqa: E402  (beside this script)

ROOT = HERE.parent.parent
SOURCES = [ROOT / "app" / "ui"]
LANGUAGES = ["en"]
SOURCE_LANGUAGE = "zh_CN"


def tool(name: str) -> str:
    """``pyside6-<name>`` next to this Python first (a venv not on PATH), else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found; install PySide6 into this environment")
    return found


def ts_path(language: str) -> Path:
    return HERE / f"salesdesk_{language}.ts"


def qm_path(language: str) -> Path:
    return HERE / f"salesdesk_{language}.qm"


def python_sources() -> list[str]:
    return sorted(str(p) for src in SOURCES for p in src.rglob("*.py"))


def lupdate(ts: Path, language: str) -> None:
    """Merge the current source strings into ``ts`` (dropping ones no longer used)."""
    subprocess.run(
        [
            tool("lupdate"),
            *python_sources(),
            "-ts",
            str(ts),
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
        ],
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def problems(ts: Path) -> list[str]:
    """Messages without a finished translation, as ``context: source`` lines."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                found.append(f"{name}: {source} (no translation)")
                continue
            kind = translation.get("type")
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            if kind in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
                found.append(f"{name}: {source} ({kind or 'empty'})")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing, report only")
    args = parser.parse_args()
    status = 0
    if not args.check:
        service_messages.main()  # the services' messages, marked for lupdate
    for language in LANGUAGES:
        ts = ts_path(language)
        if not args.check:
            lupdate(ts, language)
        missing = problems(ts)
        for line in missing:
            print(f"{ts.name}: untranslated: {line}")
        if missing:
            status = 1
        if not args.check:
            lrelease(ts, qm_path(language))
    return status


if __name__ == "__main__":
    raise SystemExit(main())
