"""Change notifications that pages subscribe to (see STYLE.md: changes announce themselves).

A page that writes data emits the matching signal after the service call returns; every
page that shows that kind of data decides for itself whether and when to refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    customers_changed = Signal()
    visits_changed = Signal()
    settings_changed = Signal()
    #: Buildings or units were added or changed (an import, say).
    units_changed = Signal()
    #: A deal step (hold, subscription, contract, cancellation, delivery) changed units.
    deals_changed = Signal()
    #: A form was issued, reprinted or marked signed.
    documents_changed = Signal()
