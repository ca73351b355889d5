"""What the tile's mixins (input, visibility, display) reach on :class:`VideoTile`, declared for
the type checker: at run time the mixins are plain classes and the tile provides all of it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

    from ioc_console.core.video.streams import StreamChoice
    from ioc_console.core.video.watchdog import TileState, Watchdog
    from ioc_console.core.video.zoom import Zoom
    from ioc_console.gui.video.player import VideoPlayer
    from ioc_console.gui.video.tile_header import TileHeader

    class TileHost(QWidget):
        stateChanged: Signal
        activated: Signal
        doubleClicked: Signal
        cameraDropped: Signal
        tileDropped: Signal
        snapshotTaken: Signal
        contextMenuAboutToShow: Signal

        index: int
        camera: dict | None
        missing: str | None
        state: TileState
        variant: str | None
        url: str | None
        ward_lookup: Callable[[str], str] | None
        snapshot_folder: Callable[[], Path]
        header: TileHeader
        surface: QWidget
        message: QLabel
        body: QWidget
        _stack: QStackedLayout
        _player: VideoPlayer
        _watchdog: Watchdog
        _zoom: Zoom
        _rtsp_ok: Callable[[], bool | None]
        _reason: str
        _selected: bool

        @property
        def camera_id(self) -> str | None: ...
        @property
        def override(self) -> StreamChoice: ...
        def set_override(self, choice: StreamChoice) -> None: ...
        def reset_zoom(self) -> None: ...
        def snapshot(self, folder: Path) -> None: ...
        def _apply_zoom(self) -> None: ...
        def _show_state(self) -> None: ...
        def _start_player(self) -> None: ...
        def _resume(self) -> None: ...
        def _pause(self) -> None: ...

else:
    TileHost = object
