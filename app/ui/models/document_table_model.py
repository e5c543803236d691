"""The archive of issued forms of one deal (单据档案): number, kind, time, by, signed.

One table-model shape (STYLE.md): column constants, translated headers, ``ROW_ROLE``
returning the row's ``IssuedDocumentInfo``, ``data()`` delegating to small helpers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.forms import IssuedDocumentInfo
from app.ui.models.list_table_model import ListTableModel
from app.ui.sales_labels import document_kind_label, when

Index = QModelIndex | QPersistentModelIndex

SIGNED_COLOUR = QColor("#1e7b34")
UNSIGNED_COLOUR = QColor("#8a5a00")


class DocumentTableModel(ListTableModel[IssuedDocumentInfo]):
    NUMBER, KIND, ISSUED_AT, ISSUED_BY, SIGNED = range(5)
    COLUMN_COUNT = 5
    #: ``data(index, ROW_ROLE)`` is the row's ``IssuedDocumentInfo``.
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            self.NUMBER: self.tr("单号"),
            self.KIND: self.tr("单据"),
            self.ISSUED_AT: self.tr("打印时间"),
            self.ISSUED_BY: self.tr("经办人"),
            self.SIGNED: self.tr("签字"),
        }
        return headers.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        doc = self._rows[index.row()]
        if role == self.ROW_ROLE:
            return doc
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(doc, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(doc)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.SIGNED:
            return QBrush(SIGNED_COLOUR if doc.signed else UNSIGNED_COLOUR)
        return None

    def signed_text(self, doc: IssuedDocumentInfo) -> str:
        if not doc.signed:
            return self.tr("未签字")
        if doc.scan_path:
            return self.tr("已签字，有扫描件")
        return self.tr("已签字")

    def _display(self, doc: IssuedDocumentInfo, column: int) -> str | None:
        if column == self.NUMBER:
            return doc.doc_no
        if column == self.KIND:
            title = document_kind_label(doc.kind)
            if doc.reprint_of_doc_no:
                return self.tr("{title}（补打）").format(title=title)
            return title
        if column == self.ISSUED_AT:
            return when(doc.issued_at)
        if column == self.ISSUED_BY:
            return doc.issued_by_name or ""
        if column == self.SIGNED:
            return self.signed_text(doc)
        return None

    def _tooltip(self, doc: IssuedDocumentInfo) -> str:
        lines = [doc.doc_no, document_kind_label(doc.kind)]
        if doc.reprint_of_doc_no:
            lines.append(self.tr("补打自 {number}").format(number=doc.reprint_of_doc_no))
        if doc.signed_at is not None:
            lines.append(self.tr("签字登记于 {time}").format(time=when(doc.signed_at)))
        lines.append(self.tr("SHA-256：{hash}").format(hash=doc.sha256))
        return "\n".join(lines)
