"""The camera list's table: the cached cameras as rows (name, ward, status), filtered by a
diacritics-insensitive search and a ward, and dragged onto wall tiles by id."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ioc_console.core.i18n import QT_TRANSLATE_NOOP
from ioc_console.core.text import fold, matches
from ioc_console.gui.theme import state_colour
from ioc_console.gui.widgets.plain_text import plain_tooltip

CAMERA_MIME = "application/x-ioc-camera"
ID_ROLE = Qt.ItemDataRole.UserRole
WARD_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

STATUS_TITLES = {
    "online": QT_TRANSLATE_NOOP("Cameras", "online"),
    "offline": QT_TRANSLATE_NOOP("Cameras", "offline"),
    "maintenance": QT_TRANSLATE_NOOP("Cameras", "maintenance"),
}
STATUS_STATES = {"online": "ok", "offline": "error", "maintenance": "warning"}


def camera_mime(camera_id: str) -> QMimeData:
    """What a dragged camera carries: its id as UTF-8 under :data:`CAMERA_MIME`."""
    mime = QMimeData()
    mime.setData(CAMERA_MIME, camera_id.encode("utf-8"))
    mime.setText(camera_id)
    return mime


def status_title(status: str) -> str:
    title = STATUS_TITLES.get(status)
    return QCoreApplication.translate("Cameras", title) if title else status


def status_colour(status: str) -> QColor:
    return state_colour(STATUS_STATES.get(status, "muted"))


def _dot(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class CameraModel(QAbstractTableModel):
    """One row per camera, in the cache's order; rows change in place when a record does."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Cameras", "Camera"),
        QT_TRANSLATE_NOOP("Cameras", "Ward"),
        QT_TRANSLATE_NOOP("Cameras", "Status"),
    )
    NAME, WARD, STATUS = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cameras: list[dict] = []
        self._wards: dict[str, str] = {}  # ward code -> name

    # -- content ---------------------------------------------------------------------------
    def set_wards(self, wards: dict[str, str]) -> None:
        self._wards = dict(wards)
        if self._cameras:
            self.dataChanged.emit(self.index(0, self.WARD), self.index(len(self._cameras) - 1, 1))

    def ward_name(self, code: str) -> str:
        return self._wards.get(code, code or "")

    def set_cameras(self, cameras: list[dict]) -> None:
        """Bring the rows to ``cameras``: changed rows in place, new ones appended, gone ones
        removed (so selection and scrolling survive a live update)."""
        wanted = {c["id"]: c for c in cameras}
        for row in reversed(range(len(self._cameras))):
            if self._cameras[row]["id"] not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._cameras[row]
                self.endRemoveRows()
        for row, old in enumerate(self._cameras):
            new = wanted.pop(old["id"])
            if new != old:
                self._cameras[row] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        if wanted:
            first = len(self._cameras)
            self.beginInsertRows(QModelIndex(), first, first + len(wanted) - 1)
            self._cameras.extend(wanted.values())
            self.endInsertRows()

    def camera(self, row: int) -> dict:
        return self._cameras[row]

    def cameras(self) -> list[dict]:
        return list(self._cameras)

    # -- the Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cameras)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        title = QCoreApplication.translate("Cameras", self.COLUMNS[section])
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if section == self.STATUS else title
        if role == Qt.ItemDataRole.ToolTipRole:
            return title
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        camera = self._cameras[index.row()]
        column = index.column()
        status = str(camera.get("status", ""))
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return str(camera.get("name") or camera["id"])
            if column == self.WARD:
                return self.ward_name(str(camera.get("ward") or ""))
            return None  # a coloured dot: the word is in the tooltip (the list is narrow)
        if role in (Qt.ItemDataRole.ToolTipRole, STATUS_ROLE) and column == self.STATUS:
            return status_title(status)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.STATUS:
            return status_title(status)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return plain_tooltip(f"{camera.get('name', '')}\n{camera['id']}")
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return _dot(status_colour(status))
        if role == ID_ROLE:
            return camera["id"]
        if role == WARD_ROLE:
            return str(camera.get("ward") or "")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [CAMERA_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return camera_mime(self._cameras[rows[0]]["id"]) if rows else QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class CameraFilter(QSortFilterProxyModel):
    """Search (every word begins a word of the name, id or ward; diacritics ignored) and ward."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._query = ""
        self._ward = ""
        self.setSortRole(Qt.ItemDataRole.DisplayRole)

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self._query = query
        self.endFilterChange()

    def set_ward(self, code: str) -> None:
        self.beginFilterChange()
        self._ward = code or ""
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = cast(CameraModel, self.sourceModel())
        camera = model.camera(row)
        ward = str(camera.get("ward") or "")
        if self._ward and ward != self._ward:
            return False
        return matches(
            self._query, str(camera.get("name", "")), camera["id"], model.ward_name(ward)
        )

    def lessThan(self, left: Index, right: Index) -> bool:
        role = STATUS_ROLE if left.column() == CameraModel.STATUS else Qt.ItemDataRole.DisplayRole
        return fold(str(left.data(role) or "")) < fold(str(right.data(role) or ""))
