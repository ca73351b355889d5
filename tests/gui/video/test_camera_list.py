"""Camera list: the cached cameras, searched without diacritics, filtered by ward, following
the backend's changes live; double-click plays a camera in the wall's selected tile."""

from online import online_console
from PySide6.QtCore import Qt

from ioc_console.gui.video.camera_model import CAMERA_MIME, ID_ROLE, STATUS_ROLE, CameraModel

NGA_TU = "Ngã tư Đặng Văn Bình – Lý Thường Kiệt"


def open_console(start_console, qtbot):
    console = online_console(start_console, qtbot)
    panel = console.wm.docks["camera_list"].widget()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 24, timeout=20_000)
    qtbot.waitUntil(lambda: panel.ward.count() > 1, timeout=20_000)
    return console, panel


def row_of(panel, camera_id):
    proxy = panel.proxy
    return next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ID_ROLE) == camera_id)


def shown(panel, column=CameraModel.NAME, role=Qt.ItemDataRole.DisplayRole):
    return [panel.proxy.index(r, column).data(role) for r in range(panel.proxy.rowCount())]


def test_search_ignores_diacritics_and_the_ward_filter_narrows(start_console, qtbot):
    console, panel = open_console(start_console, qtbot)
    assert panel.count.text().startswith("24 cameras · data as of ")
    panel.search.setText("nga tu dang van binh")
    assert shown(panel) == [NGA_TU]
    assert panel.count.text().startswith("1 of 24 cameras")
    row = row_of(panel, "cam-01")
    assert panel.proxy.index(row, CameraModel.WARD).data() == "Phường Cao Lãnh"
    assert panel.proxy.index(row, CameraModel.STATUS).data(STATUS_ROLE) == "online"

    panel.search.setText("my ngai")  # the ward's name is searched too
    in_my_ngai = {c["id"] for c in console.services.cache.items("cameras") if c["ward"] == "29884"}
    assert in_my_ngai and set(panel.camera_ids()) == in_my_ngai
    panel.search.clear()

    wards = [panel.ward.itemText(i) for i in range(panel.ward.count())]
    assert wards == ["All wards", "Phường Cao Lãnh", "Phường Mỹ Ngãi", "Phường Mỹ Trà"]
    panel.ward.setCurrentIndex(wards.index("Phường Mỹ Trà"))
    in_my_tra = {c["id"] for c in console.services.cache.items("cameras") if c["ward"] == "29888"}
    assert in_my_tra and set(panel.camera_ids()) == in_my_tra
    assert set(shown(panel, CameraModel.WARD)) == {"Phường Mỹ Trà"}
    panel.ward.setCurrentIndex(0)
    assert len(panel.camera_ids()) == 24

    mime = panel.model.mimeData([panel.model.index(0, 0)])
    assert bytes(mime.data(CAMERA_MIME).data()).decode() == panel.model.camera(0)["id"]


def test_a_camera_changed_on_the_backend_changes_in_the_list(start_console, qtbot):
    console, panel = open_console(start_console, qtbot)
    demo = console.link.demo
    panel.table.selectRow(row_of(panel, "cam-02"))
    camera = demo.store.get("cameras", "cam-02")
    demo.store.put("cameras", {**camera, "status": "maintenance", "name": "Ngã tư Nguyễn Huệ"})

    def status_of(camera_id):
        return panel.proxy.index(row_of(panel, camera_id), CameraModel.STATUS).data(STATUS_ROLE)

    qtbot.waitUntil(lambda: status_of("cam-02") == "maintenance", timeout=15_000)
    assert panel.proxy.index(row_of(panel, "cam-02"), 0).data() == "Ngã tư Nguyễn Huệ"
    selected = panel.table.selectionModel().selectedRows()
    assert [i.data(ID_ROLE) for i in selected] == ["cam-02"]  # the row was updated in place

    demo.store.delete("cameras", "cam-03")
    qtbot.waitUntil(lambda: "cam-03" not in panel.camera_ids(), timeout=15_000)
    assert panel.count.text().startswith("23 cameras")


def test_double_click_plays_the_camera_in_the_selected_tile(start_console, qtbot):
    console, panel = open_console(start_console, qtbot)
    wall = console.wm.docks["video_wall"].widget()
    qtbot.mouseClick(wall.tiles[2], Qt.MouseButton.LeftButton)
    assert wall.selected == 2
    panel.search.setText("ben xe")
    index = panel.proxy.index(0, 0)
    assert index.data(ID_ROLE) == "cam-10"
    centre = panel.table.visualRect(index).center()
    # a double click as the mouse makes it: press and release, then the second press
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: wall.tiles[2].camera_id == "cam-10", timeout=5_000)
    assert wall.save_state()["cameras"][2] == "cam-10"
    assert wall.tiles[2].header.name.text() == "Bến xe khách Cao Lãnh – cổng ra"


def test_search_and_ward_are_kept_in_the_layout(start_console, qtbot):
    console, panel = open_console(start_console, qtbot)
    panel.search.setText("cho")
    panel.ward.setCurrentIndex(1)
    state = panel.save_state()
    assert state == {"version": 1, "search": "cho", "ward": "29869"}
    console.save_layout("Cameras")
    console.open_layout("Ward office")
    console.open_layout("Cameras")
    again = console.wm.docks["camera_list"].widget()
    assert again is not panel
    assert again.search.text() == "cho"
    qtbot.waitUntil(lambda: again.ward.currentData() == "29869", timeout=5_000)
