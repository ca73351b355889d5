"""One object of a kind per application (the RTSP capability, the tiles' clock)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject

T = TypeVar("T", bound=QObject)
_objects: dict[type, QObject] = {}


def one_per_app(cls: type[T]) -> T:
    """The application's one ``cls(parent=app)``, made on first use, forgotten when destroyed."""
    obj = _objects.get(cls)
    if obj is None:
        obj = cls(QCoreApplication.instance())
        _objects[cls] = obj
        obj.destroyed.connect(lambda *_: _forget(cls, obj))
    return obj  # type: ignore[return-value]


def existing(cls: type[T]) -> T | None:
    """The application's one ``cls`` if it was made (never makes one)."""
    return _objects.get(cls)  # type: ignore[return-value]


def _forget(cls: type, obj: QObject) -> None:
    if _objects.get(cls) is obj:  # not a newer one made after this one was let go
        del _objects[cls]
