"""The arrows point one way: services never load Qt, the UI never touches the database."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"


def test_importing_services_does_not_load_pyside6() -> None:
    modules = sorted(
        "app.services." + p.stem for p in (APP / "services").glob("*.py") if p.stem != "__init__"
    )
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "import app.bootstrap, app.cli, app.models, app.db.migrate\n"
        + "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        + "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_gui_start_loads_the_data_layer_before_pyside6() -> None:
    """PySide6's import hook reads the source of every module imported after it; the
    data layer (SQLAlchemy, models, the first screens' services) is imported before."""
    code = (
        "import sys\n"
        "from app.bootstrap import GUI_START_MODULES, preload_data_layer\n"
        "preload_data_layer()\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
        "missing = [m for m in GUI_START_MODULES + ('sqlalchemy.orm',) if m not in sys.modules]\n"
        "assert not missing, missing\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    source = (APP / "bootstrap.py").read_text(encoding="utf-8")
    run_gui = source[source.index("def run_gui") :]
    assert run_gui.index("preload_data_layer()") < run_gui.index("from app.ui")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_ui_never_imports_sqlalchemy_models_or_db() -> None:
    offenders = []
    for path in (APP / "ui").rglob("*.py"):
        for name in _imports(path):
            if name.split(".")[0] == "sqlalchemy" or name.startswith(("app.models", "app.db")):
                offenders.append(f"{path.relative_to(APP)}: {name}")
    assert offenders == []


def test_domain_is_plain_python() -> None:
    offenders = []
    for path in (APP / "domain").rglob("*.py"):
        for name in _imports(path):
            top = name.split(".")[0]
            if top in {"sqlalchemy", "PySide6", "alembic"} or name.startswith(
                ("app.models", "app.db", "app.services", "app.ui")
            ):
                offenders.append(f"{path.relative_to(APP)}: {name}")
    assert offenders == []


def test_reports_never_touch_the_database() -> None:
    offenders = []
    for path in (APP / "reports").rglob("*.py"):
        for name in _imports(path):
            if name.split(".")[0] == "sqlalchemy" or name.startswith(("app.models", "app.db")):
                offenders.append(f"{path.relative_to(APP)}: {name}")
    assert offenders == []
