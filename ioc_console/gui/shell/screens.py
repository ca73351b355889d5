"""Qt screens and rectangles as the core's layout types."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen

from ioc_console.core.layouts.model import Rect, ScreenRef
from ioc_console.core.layouts.placement import ScreenInfo


def to_rect(rect: QRect) -> Rect:
    return Rect(rect.x(), rect.y(), rect.width(), rect.height())


def to_qrect(rect: Rect) -> QRect:
    return QRect(rect.x, rect.y, rect.width, rect.height)


def screens() -> list[QScreen]:
    return list(QGuiApplication.screens())


def screen_infos() -> list[ScreenInfo]:
    primary = QGuiApplication.primaryScreen()
    return [
        ScreenInfo(i, s.name(), to_rect(s.availableGeometry()), s is primary)
        for i, s in enumerate(screens())
    ]


def screen_index(screen: QScreen | None) -> int:
    all_screens = screens()
    return all_screens.index(screen) if screen in all_screens else 0


def screen_ref(screen: QScreen | None) -> ScreenRef:
    screen = screen or QGuiApplication.primaryScreen()
    return ScreenRef(screen_index(screen), screen.name(), to_rect(screen.availableGeometry()))


def describe(index: int) -> str:
    screen = screens()[index]
    size = screen.geometry()
    return f"{index + 1}: {screen.name()} ({size.width()}×{size.height()})"
