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

    def __reduce__(self) -> tuple[type[TrText], tuple[str, str]]:
        return (TrText, (self.context, str(self)))


def QT_TRANSLATE_NOOP(context: str, source: str) -> TrText:
    """Mark ``source`` for translation in ``context`` without translating it now."""
    return TrText(context, source)


def as_tr_text(value: str, context: str = "Plugins") -> TrText:
    """Return ``value`` as a :class:`TrText`; a plain string gets ``context``."""
    return value if isinstance(value, TrText) else TrText(context, value)


class Message(str):
    """A sentence for the operator made in the core: an English template with %1, %2 ... and
    its arguments. ``str()`` is the English text (for logs); the Qt layer translates the
    template and fills in the arguments."""

    template: TrText
    args: tuple[str, ...]

    def __new__(cls, template: TrText, *args: object) -> Message:
        texts = tuple(str(a) for a in args)
        obj = super().__new__(cls, fill(str(template), texts))
        obj.template = template
        obj.args = texts
        return obj


def fill(template: str, args: tuple[str, ...]) -> str:
    """Put ``args`` in place of %1, %2 ... (highest first, so %1 does not eat %10)."""
    for number in range(len(args), 0, -1):
        template = template.replace(f"%{number}", args[number - 1])
    return template
