"""An AI detection's snapshot from the backend with the detection's box drawn over it (the box
is given as fractions of the image). Without the picture (offline, not served) the box is drawn
on an empty frame of the camera's shape and the reason is written under it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ioc_console.core.api.rest import RestClient
from ioc_console.core.api.tokens import TokenStore
from ioc_console.gui.tasks import run_in_background

log = logging.getLogger(__name__)
MAX_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class SnapshotSource:
    """Where snapshots come from: the console's backend, as the signed-in user, through the
    site's CA bundle, naming this console position."""

    base_url: str
    username: str | None = None
    ca_bundle: str | None = None
    console_id: str = ""


def fetch_snapshot(source: SnapshotSource, path: str, timeout_s: float = 5.0) -> bytes:
    """The snapshot's bytes (off the GUI thread), through the core's REST client with the
    signed-in user's token from the keyring. The address must be a path on the backend."""
    if not path.startswith("/") or path.startswith("//"):
        raise ValueError("the snapshot address is not on the backend")
    client = RestClient(
        source.base_url,
        token_store=TokenStore(),
        ca_bundle=source.ca_bundle,
        read_timeout=timeout_s,
        retries=0,
        console_id=source.console_id or None,
    )
    with client:
        if source.username:
            client.restore(source.username)
        return client.get_bytes(path, MAX_BYTES, accept="image/*")


class SnapshotView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.box: tuple[float, float, float, float] | None = None
        self.note = ""
        self._wanted: str | None = None
        self.setMinimumSize(240, 135)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_alert(self, alert: Any, source: SnapshotSource | None) -> None:
        self.box = alert.snapshot_box if alert is not None else None
        url = alert.snapshot_url if alert is not None else None
        if url == self._wanted:
            return
        self._wanted, self.image = url, None
        self.note = self.tr("Loading the snapshot…") if url else self.tr("No snapshot")
        self.update()
        if url and source is not None and source.base_url:
            wanted: str = url

            def loaded(data: bytes) -> None:
                self._loaded(wanted, data)

            def failed(error: Exception) -> None:
                self._failed(wanted, error)

            run_in_background(lambda: fetch_snapshot(source, wanted), loaded, failed)

    def _loaded(self, url: str, data: bytes) -> None:
        if not shiboken6.isValid(self) or url != self._wanted:  # closed, or another alert
            return
        image = QImage.fromData(data)
        if image.isNull():
            self._failed(url, ValueError("not a picture"))
            return
        self.image, self.note = image, ""
        self.update()

    def _failed(self, url: str, error: Exception) -> None:
        if not shiboken6.isValid(self) or url != self._wanted:
            return
        log.info("alert snapshot %s not loaded: %s", url, error)
        self.note = self.tr("Snapshot not available: %1").replace("%1", str(error)[:120])
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#0d1014"))
        ratio = (
            self.image.width() / max(1, self.image.height()) if self.image is not None else 16 / 9
        )
        area = QRectF(self.rect().adjusted(4, 4, -4, -24))
        width = min(area.width(), area.height() * ratio)
        height = width / ratio
        frame = QRectF(
            area.x() + (area.width() - width) / 2,
            area.y() + (area.height() - height) / 2,
            width,
            height,
        )
        if self.image is not None:
            painter.drawImage(frame, self.image)
        else:
            painter.setPen(QPen(QColor("#3a424d"), 1, Qt.PenStyle.DashLine))
            painter.drawRect(frame)
        if self.box is not None:
            x, y, w, h = self.box
            painter.setPen(QPen(QColor("#ff3b30"), 2))
            painter.drawRect(
                QRectF(frame.x() + x * width, frame.y() + y * height, w * width, h * height)
            )
        if self.note:
            painter.setPen(QColor("#c5cbd3"))
            painter.drawText(
                self.rect().adjusted(6, 0, -6, -4),
                Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft,
                self.note,
            )
        painter.end()
