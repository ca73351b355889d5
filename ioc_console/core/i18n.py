"""Translatable text declared in the Qt-free core.

The core cannot call Qt's translator, so it marks text with :func:`QT_TRANSLATE_NOOP` (the
name ``pyside6-lupdate`` looks for) and hands a :class:`TrText` to the Qt layer, which
translates it with ``QCoreApplication.translate(text.context, text)`` when it draws.
"""

from __future__ import annotations


class TrText(str):
    """A source string (English) together with its translation context."""

    context: str

    def __new__(cls, context: str, source: str) -> TrText:
        obj = super().__new__(cls, source)
        obj.context = context
        return obj

    def __reduce__(self):
        return (TrText, (self.context, str(self)))


def QT_TRANSLATE_NOOP(context: str, source: str) -> TrText:
    """Mark ``source`` for translation in ``context`` without translating it now."""
    return TrText(context, source)


def as_tr_text(value: str, context: str = "Plugins") -> TrText:
    """Return ``value`` as a :class:`TrText`; a plain string gets ``context``."""
    return value if isinstance(value, TrText) else TrText(context, value)
