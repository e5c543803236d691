"""The composition root: paths → database URL → engine → migrate → services → Qt → window.

Nothing else reaches for globals; the GUI and the CLI both start here.
"""

from __future__ import annotations

from dataclasses import dataclass

from app import paths
from app.db import migrate
from app.db.engine import Database, open_database, resolve_url
from app.domain.clock import Clock, SystemClock
from app.services.container import Services


@dataclass
class Opened:
    services: Services
    upgrade: migrate.UpgradeResult


def open_services(database_url: str | None, clock: Clock | None = None) -> Opened:
    """Open the database, refuse one newer than the code, back up and migrate to head."""
    url = resolve_url(database_url, paths.default_database_path())
    db: Database = open_database(url)
    try:
        result = migrate.upgrade(db, backup_to=paths.backup_dir())
    except BaseException:
        db.dispose()
        raise
    return Opened(Services(db, clock or SystemClock()), result)


#: The data-layer modules the first screens need (sign-in, settings, the reception desk).
GUI_START_MODULES = (
    "app.models",
    "app.services.auth_service",
    "app.services.settings_service",
    "app.services.project_service",
    "app.services.reception_service",
    "app.services.rotation_service",
)


def preload_data_layer() -> None:
    """Import the data layer before PySide6 is imported.

    Once PySide6 is loaded, its import hook (the ``__feature__`` check) reads the source
    of every module imported after it to see whether it uses PySide6: for SQLAlchemy and
    our models that is ~400 files and ~0.2 s of start-up spent on nothing. Imported
    first, they never pass through the hook. The services would import them anyway.
    """
    import importlib

    for name in GUI_START_MODULES:
        importlib.import_module(name)


def run_gui(database_url: str | None, argv: list[str] | None = None) -> int:
    """Start the desktop application; returns the process exit code.

    Qt starts first, so that a database that cannot be opened (too new, on a network
    share, locked) is explained in a dialog rather than on a console nobody reads.
    """
    import sys

    preload_data_layer()  # before the first PySide6 import: see its docstring

    from app.domain.errors import DomainError
    from app.ui.application import create_qt_app, run_main, show_fatal

    qt_app = create_qt_app(argv if argv is not None else sys.argv[:1])
    try:
        opened = open_services(database_url)
    except DomainError as exc:
        show_fatal(str(exc))
        return 2
    try:
        return run_main(qt_app, opened.services)
    finally:
        opened.services.db.dispose()
