"""Text from outside (a backend, a camera, a plugin) shown as the text it is, never as markup.

Qt guesses whether a label's text or a tooltip is rich text (``Qt.mightBeRichText``): a camera
named ``<b>Chợ</b>`` or ``&lt;`` would be drawn as markup. Labels that show such text get
``Qt.TextFormat.PlainText``; tooltips, which have no format of their own, go through
``plain_tooltip``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it literally (unchanged when Qt would not read it as
    markup anyway)."""
    if not GuiQt.mightBeRichText(text):
        return text
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpacePre)


__all__ = ["plain_tooltip"]
