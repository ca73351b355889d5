"""Video wall: grids and where their tiles go, cameras dropped and tiles swapped, the wall in
the saved layout, one wall per window, camera tours that wait while the pointer is on the wall."""

import pytest
from online import online_console
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QCursor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from ioc_console.core.video.grids import GRID_KINDS, grid
from ioc_console.core.video.streams import StreamChoice
from ioc_console.core.video.tours import Tour
from ioc_console.gui.video.wall import VideoWallPanel


def drop(widget, mime_type: str, value: str) -> None:
    """What a drag and drop delivers: the drag entering the widget, then the drop."""
    mime = QMimeData()
    mime.setData(mime_type, QByteArray(value.encode("utf-8")))
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(widget, QDragEnterEvent(centre.toPoint(), actions, mime, buttons, keys))
    event = QDropEvent(centre, actions, mime, buttons, keys)
    QApplication.sendEvent(widget, event)
    assert event.isAccepted()


def drop_camera(tile, camera_id: str) -> None:
    drop(tile, "application/x-ioc-camera", camera_id)


def away_from_the_wall(window) -> None:
    QCursor.setPos(window.statusBar().mapToGlobal(QPoint(4, 4)))


@pytest.fixture
def big_wall(console, qtbot):
    """A wall alone in a 1000×760 window, so that even 4×4 tiles have room."""
    wall = VideoWallPanel(console.services)
    qtbot.addWidget(wall)
    wall.resize(1000, 760)
    wall.show()
    qtbot.waitExposed(wall)
    return wall


@pytest.mark.parametrize("kind", GRID_KINDS)
def test_every_grid_lays_out_its_tiles_with_the_big_one_in_place(big_wall, qtbot, kind):
    wall = big_wall
    wall.toolbar.grid.setCurrentIndex(wall.toolbar.grid.findData(kind))
    layout = grid(kind)
    assert len(wall.tiles) == layout.tile_count
    qtbot.waitUntil(lambda: all(t.isVisible() for t in wall.tiles))
    QApplication.processEvents()
    boxes = [t.geometry() for t in wall.tiles]
    for a in range(len(boxes)):  # no two tiles overlap
        for b in range(a + 1, len(boxes)):
            assert not boxes[a].intersects(boxes[b]), (kind, a, b)
    small = boxes[-1]
    for box, cell in zip(boxes, layout.cells, strict=True):
        assert box.width() == pytest.approx(small.width() * cell.colspan, rel=0.1, abs=6)
        assert box.height() == pytest.approx(small.height() * cell.rowspan, rel=0.1, abs=6)
    big = boxes[0]
    area = wall.grid.rect()
    if kind == "1+12":  # the big tile in the centre
        assert abs(big.center().x() - area.center().x()) <= 4
        assert abs(big.center().y() - area.center().y()) <= 4
    else:  # top-left
        assert big.topLeft() == area.topLeft()


def test_cameras_dropped_on_tiles_and_tiles_swapped_by_drag(start_console, qtbot):
    console = online_console(start_console, qtbot)
    wall = console.wm.docks["video_wall"].widget()
    wall.set_grid("2x2")
    for tile in wall.tiles:
        wall.clear_tile(wall.tiles.index(tile))
    drop_camera(wall.tiles[1], "cam-07")
    drop_camera(wall.tiles[3], "cam-15")
    assert [t.camera_id for t in wall.tiles] == [None, "cam-07", None, "cam-15"]
    assert wall.selected == 3  # the tile a camera was dropped on is the selected one
    assert wall.tiles[3].header.name.text() == "Trường Đại học Đồng Tháp – cổng Phạm Hữu Lầu"
    wall.set_override(1, StreamChoice.HIGH)

    drop(wall.tiles[3], "application/x-ioc-tile", "1")  # tile 2 dragged onto tile 4
    assert [t.camera_id for t in wall.tiles] == [None, "cam-15", None, "cam-07"]
    assert wall.tiles[3].override is StreamChoice.HIGH  # the stream choice goes along
    assert wall.tiles[1].override is StreamChoice.AUTO
    assert wall.save_state()["cameras"] == [None, "cam-15", None, "cam-07"]

    wall.set_grid("1+5")  # cameras carry over by position
    assert [t.camera_id for t in wall.tiles] == [None, "cam-15", None, "cam-07", None, None]
    wall.set_grid("1x1")
    assert [t.camera_id for t in wall.tiles] == [None]


def test_the_wall_comes_back_with_the_saved_layout(start_console, qtbot):
    console = online_console(start_console, qtbot)
    wall = console.wm.docks["video_wall"].widget()
    wall.set_grid("3x3")
    for index in range(9):
        wall.clear_tile(index)
    for index, camera in ((0, "cam-11"), (4, "cam-13"), (8, "cam-17")):
        drop_camera(wall.tiles[index], camera)
    wall.set_override(4, StreamChoice.LOW)
    wall.select(4)
    saved = wall.save_state()
    assert saved == {
        "version": 1,
        "grid": "3x3",
        "cameras": ["cam-11", None, None, None, "cam-13", None, None, None, "cam-17"],
        "overrides": ["auto"] * 4 + ["low"] + ["auto"] * 4,
        "selected": 4,
        "tour": None,
    }
    console.save_layout("Wall test")
    console.open_layout("Ward office")
    assert not any(i.startswith("video_wall") for i in console.wm.docks)
    console.open_layout("Wall test")
    again = console.wm.docks["video_wall"].widget()
    assert again is not wall
    assert again.save_state() == saved
    assert again.toolbar.grid.currentData() == "3x3"
    assert [t.camera_id for t in again.tiles][4] == "cam-13"
    assert again.tiles[4].override is StreamChoice.LOW


def test_a_tile_whose_camera_is_not_in_the_cache_says_so_and_plays_when_it_comes(
    start_console, qtbot
):
    console = online_console(start_console, qtbot)
    demo = console.link.demo
    wall = console.wm.docks["video_wall"].widget()
    wall.set_grid("2x2")
    wall.restore_state({"version": 1, "grid": "2x2", "cameras": ["cam-03", "cam-77"]})
    missing = wall.tiles[1]  # a layout from another site, or a camera not synced yet
    assert missing.camera is None and wall.cameras[1] == "cam-77"
    assert "cam-77" in missing.message.text()
    assert missing.header.name.text() == "cam-77"
    assert missing.message.text() != wall.tiles[2].message.text()  # not "drop a camera here"

    demo.store.delete("cameras", "cam-03")  # removed on the backend while it plays
    qtbot.waitUntil(lambda: wall.tiles[0].camera is None, timeout=20_000)
    assert "cam-03" in wall.tiles[0].message.text() and not wall.tiles[0].decoding()

    camera = {**demo.store.get("cameras", "cam-04"), "id": "cam-77", "name": "Cầu Đình Trung"}
    demo.store.put("cameras", camera)  # it arrives: the tile plays it
    qtbot.waitUntil(lambda: missing.camera_id == "cam-77", timeout=20_000)
    assert missing.header.name.text() == "Cầu Đình Trung"
    removed = wall.tiles[0].context_menu().findChild(QAction, "wallClear")
    assert removed.isEnabled()  # the operator can let go of a camera that is gone
    removed.trigger()
    assert wall.cameras[0] is None
    assert wall.tiles[0].message.text() == wall.tiles[2].message.text()


def test_a_tour_without_cameras_does_not_empty_the_wall(console):
    wall = console.wm.docks["video_wall"].widget()
    wall.set_grid("2x2")
    for index, camera in enumerate(("cam-01", "cam-02", "cam-03", "cam-04")):
        wall.set_tile_camera(index, camera)
    wall.tours.put(Tour("Trống", (), 5, "grid"))  # the dialog refuses it; a file may not
    assert not wall.start_tour("Trống")
    assert not wall.runner.running
    assert wall.cameras == ["cam-01", "cam-02", "cam-03", "cam-04"]


def test_one_wall_per_window_each_window_may_hold_its_own(console, qtbot):
    wm = console.wm
    main = wm.main_window
    walls = lambda: sorted(i for i in wm.docks if i.startswith("video_wall"))  # noqa: E731
    assert walls() == ["video_wall"]
    console.toggle_panel("video_wall", True, main)  # the Panels menu, in a window with a wall
    assert walls() == ["video_wall"]
    second = wm.open_window(screen=1)
    console.toggle_panel("video_wall", True, second)
    assert walls() == ["video_wall", "video_wall#2"]
    assert wm.window_of("video_wall#2") is second
    console.toggle_panel("video_wall", True, second)
    assert walls() == ["video_wall", "video_wall#2"]
    wm.move_panel("video_wall#2", main)  # refused: the main window has its wall
    assert wm.window_of("video_wall#2") is second
    wm.close_panel("video_wall")
    qtbot.waitUntil(lambda: walls() == ["video_wall#2"])
    wm.move_panel("video_wall#2", main)  # now it may go there
    assert wm.window_of("video_wall#2") is main


def test_a_tour_advances_and_waits_while_the_pointer_is_on_the_wall(start_console, qtbot):
    console = online_console(start_console, qtbot)
    window = console.wm.main_window
    wall = console.wm.docks["video_wall"].widget()
    away_from_the_wall(window)
    wall.tours.put(Tour("Chợ và bến", ("cam-04", "cam-05", "cam-06"), 1, "tile"))
    wall.select(1)
    assert wall.start_tour("Chợ và bến")
    tile = wall.tiles[1]
    assert tile.camera_id == "cam-04"
    assert "Tour “Chợ và bến” on tile 2" in wall.toolbar.status.text()
    qtbot.waitUntil(lambda: tile.camera_id == "cam-05", timeout=10_000)
    qtbot.waitUntil(lambda: tile.camera_id == "cam-06", timeout=10_000)
    qtbot.waitUntil(lambda: tile.camera_id == "cam-04", timeout=10_000)
    assert wall.save_state()["tour"] == "Chợ và bến"

    QCursor.setPos(tile.mapToGlobal(tile.rect().center()))
    qtbot.waitUntil(lambda: wall.runner.paused, timeout=10_000)
    assert "paused while the pointer is on the wall" in wall.toolbar.status.text()
    held = tile.camera_id
    checks = []
    wall.runner._timer.timeout.connect(lambda: checks.append(tile.camera_id))
    # three dwells' worth of checks: nothing moves while the operator looks
    qtbot.waitUntil(lambda: len(checks) >= 6, timeout=20_000)
    assert tile.camera_id == held
    away_from_the_wall(window)
    qtbot.waitUntil(lambda: tile.camera_id != held, timeout=10_000)
    assert not wall.runner.paused

    wall.tours.put(Tour("Cả tường", tuple(f"cam-{n:02d}" for n in range(1, 7)), 1, "grid"))
    wall.start_tour("Cả tường")
    assert [t.camera_id for t in wall.tiles] == ["cam-01", "cam-02", "cam-03", "cam-04"]
    qtbot.waitUntil(lambda: wall.tiles[0].camera_id == "cam-05", timeout=10_000)
    assert [t.camera_id for t in wall.tiles] == ["cam-05", "cam-06", None, None]
    drop_camera(wall.tiles[2], "cam-10")  # the operator takes over: the tour ends
    assert not wall.runner.running
    assert wall.save_state()["tour"] is None


def test_tours_are_made_in_the_tours_dialog_and_offered_in_the_tour_menu(console, qtbot):
    from ioc_console.gui.video.tours_dialog import ToursDialog

    wall = console.wm.docks["video_wall"].widget()
    dialog = ToursDialog(wall.tours, console.services.cache, wall)
    qtbot.addWidget(dialog)
    dialog.cameras = [{"id": "cam-01", "name": "A"}, {"id": "cam-02", "name": "B"}]
    dialog._show_tour("")  # the cache of this console is empty: two cameras given by hand
    dialog.name.setText("Ban đêm")
    dialog.dwell.setValue(7)
    dialog.target.setCurrentIndex(dialog.target.findData("grid"))
    for row in range(dialog.camera_list.count()):
        dialog.camera_list.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.save_button.click()
    assert wall.tours.get("Ban đêm") == Tour("Ban đêm", ("cam-01", "cam-02"), 7, "grid")
    assert [dialog.tours.item(i).text() for i in range(dialog.tours.count())] == ["Ban đêm"]

    wall.toolbar._fill_tour_menu()
    texts = [a.text() for a in wall.toolbar.tour_menu.actions()]
    assert texts[0] == "Ban đêm" and "Tours…" in texts
    wall.toolbar.tour_menu.actions()[0].trigger()
    assert wall.runner.running and wall.runner.tour.name == "Ban đêm"
