"""Video workers driven over their pipes; a demo backend's cameras on loopback to play."""

from __future__ import annotations

import pytest
from worker_pipes import WorkerPipes


@pytest.fixture
def start_worker():
    """``start_worker(*extra, env=...)``: a worker process (killed at the end if still alive)."""
    workers: list[WorkerPipes] = []

    def start(*extra: str, env: dict[str, str] | None = None) -> WorkerPipes:
        workers.append(WorkerPipes(*extra, env=env))
        return workers[-1]

    yield start
    for worker in workers:
        worker.stop()


@pytest.fixture(scope="module")
def city():
    """The demo backend with its camera streamer, for the whole module."""
    from ioc_console.demo.backend import DemoBackend

    demo = DemoBackend(seed=7, rate=0, complaints=50, heartbeat_s=1.0)
    demo.start()
    yield demo
    demo.stop()


@pytest.fixture
def sub_url(city):
    """``sub_url("cam-01")``: a camera's sub stream (MPEG-TS over HTTP on loopback)."""
    city.streamer.start()
    return lambda cam: f"{city.url}/streams/{cam}/sub.ts"


@pytest.fixture
def surface(qtbot):
    """``surface(size)``: a shown native window of this process for a worker to draw into,
    as its window id; ``surface.grab(window_id)``: what the screen shows there (QImage)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QWidget

    widgets: dict[int, QWidget] = {}

    def make(size: tuple[int, int] = (320, 180)) -> int:
        widget = QWidget()
        widget.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        widget.setStyleSheet("background: black")
        widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        widgets[int(widget.winId())] = widget
        return int(widget.winId())

    def grab(window: int):
        widget = widgets[window]
        screen = widget.screen()
        top_left = widget.mapToGlobal(QPoint(0, 0)) - screen.geometry().topLeft()
        return screen.grabWindow(
            0, top_left.x(), top_left.y(), widget.width(), widget.height()
        ).toImage()

    make.grab = grab
    yield make
    for widget in widgets.values():
        widget.close()
        widget.deleteLater()
