"""The PySide6 desktop interface.

Pages, dialogs and widgets call services and receive domain dataclasses; nothing here
imports ``sqlalchemy``, ``app.models`` or ``app.db``. Source strings are Simplified
Chinese inside ``tr()``; English comes from ``resources/translations/salesdesk_en.qm``.
"""
