"""Copying to the clipboard, and taking it back when the window locks.

Every page copies through :func:`copy_text` (a revealed phone, a customer's address...).
When the window locks (``app.ui.lock_screen``), :func:`clear_if_ours` empties the
clipboard only if it still holds something this program put there: what was copied
through :func:`copy_text`, or anything the platform says this process owns (text
copied with Ctrl+C from one of our fields). Text the user copied from another program
is left alone.

The clipboard is one per process, so is the record of what we put on it: a digest of
the last copied text (never the text itself, which may be a full phone number).
"""

from __future__ import annotations

import hashlib

from PySide6.QtGui import QClipboard, QGuiApplication

_last_digest: bytes | None = None


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


def _clipboard() -> QClipboard:
    return QGuiApplication.clipboard()


def copy_text(text: str) -> None:
    """Put ``text`` on the clipboard and remember that this program put it there."""
    global _last_digest
    _clipboard().setText(text)
    _last_digest = _digest(text)


def holds_our_text() -> bool:
    """True if the clipboard holds text this program put there."""
    clipboard = _clipboard()
    text = clipboard.text()
    if not text:
        return False
    return _last_digest == _digest(text) or clipboard.ownsClipboard()


def clear_if_ours() -> bool:
    """Empty the clipboard if it holds text this program put there; True if it did."""
    global _last_digest
    clipboard = _clipboard()
    # X11's primary selection holds whatever was last selected in one of our fields.
    if clipboard.supportsSelection() and clipboard.ownsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
    if not holds_our_text():
        return False
    clipboard.clear()
    _last_digest = None
    return True
