"""Fixtures for the GUI tests: offscreen Qt, a real migrated SQLite file, translators."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.bootstrap import open_services  # noqa: E402
from app.domain.enums import Role  # noqa: E402
from app.domain.models import UserInfo  # noqa: E402
from app.services.container import Services  # noqa: E402
from app.ui.background import BackgroundTask  # noqa: E402
from app.ui.i18n import Translations  # noqa: E402

PASSWORD = "secret-123"


@pytest.fixture
def gui_services(sqlite_url: str) -> Iterator[Services]:
    """Services opened through the composition root on a fresh migrated SQLite file."""
    services = open_services(sqlite_url).services
    yield services
    assert BackgroundTask.wait_for_all(10_000)
    services.db.dispose()


@pytest.fixture
def consultant(gui_services: Services) -> UserInfo:
    gui_services.projects.ensure_default("滨江壹号院")
    return gui_services.auth.create_user("zhang", PASSWORD, Role.CONSULTANT, "张伟")


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """Install catalogues for one test; removed again afterwards (Chinese source text)."""
    installed = Translations(qapp)
    yield installed
    installed.remove()
    QLocale.setDefault(QLocale.system())
