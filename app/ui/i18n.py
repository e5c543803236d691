"""Installing the translators for the chosen UI language.

Source strings are Simplified Chinese, so ``zh_CN`` needs no catalogue of ours; it does
need Qt's own ``qtbase_zh_CN`` so that standard buttons say 确定/取消. English is ours,
compiled from ``resources/translations/salesdesk_en.ts``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.domain.enums import Language
from app.domain.errors import set_message_translator
from app.paths import resource

log = logging.getLogger(__name__)

#: Each language named in itself, so a user can find their own in a foreign UI.
LANGUAGE_NAMES: dict[str, str] = {Language.ZH_CN.value: "简体中文", Language.EN.value: "English"}


def _service_message(text: str) -> str:
    return QCoreApplication.translate("ServiceMessages", text)


def app_catalogue(language: str) -> str:
    return str(resource("translations", f"salesdesk_{language}.qm"))


class Translations:
    """The translators currently installed on the application; ``apply`` swaps them."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language: str | None = None

    def apply(self, language: str) -> str:
        """Install the catalogues for ``language`` (unknown ones fall back to zh_CN).

        Returns the language actually in effect.
        """
        self.remove()
        if language not in LANGUAGE_NAMES:
            log.warning("unknown UI language %r, using zh_CN", language)
            language = Language.ZH_CN.value
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language == Language.EN.value:
            self._install(app_catalogue(language))
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
            # The services' messages too (see app/ui/service_messages.py).
            set_message_translator(_service_message)
        else:
            self._install(f"{qt_dir}/qtbase_zh_CN.qm")
            QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self.language = language
        return language

    def remove(self) -> None:
        set_message_translator(None)
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = None

    def _install(self, path: str) -> None:
        translator = QTranslator(self._app)
        if translator.load(path):
            self._app.installTranslator(translator)
            self._installed.append(translator)
        else:
            # A missing catalogue leaves the Chinese source text: usable, so not fatal.
            log.warning("translation catalogue not found: %s", path)
