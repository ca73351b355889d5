"""Digital zoom around the cursor and the snapshot's file name and folder."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from ioc_console.core.video.snapshots import free_path, snapshot_dir, snapshot_name
from ioc_console.core.video.zoom import Zoom


def test_zoom_keeps_the_point_under_the_cursor():
    zoom = Zoom()
    assert zoom.crop(960, 540) == ""
    zoom.zoom_at(0.25, 0.25, 4)  # 1.25 ** 4 ≈ 2.44
    assert 2.4 < zoom.factor < 2.5
    w, h, x, y = _parse(zoom.crop(960, 540))
    assert (w, h) == (round(960 / zoom.factor), round(540 / zoom.factor))
    # the point a quarter into the picture is still a quarter into the view
    assert abs((x + 0.25 * w) - 240) <= 1 and abs((y + 0.25 * h) - 135) <= 1


def test_zoom_and_pan_stay_inside_the_picture():
    zoom = Zoom()
    zoom.zoom_at(1.0, 1.0, 10)
    zoom.pan(-5.0, -5.0)  # far beyond the bottom-right corner
    w, h, x, y = _parse(zoom.crop(960, 540))
    assert x + w == 960 and y + h == 540
    zoom.zoom_at(0.5, 0.5, -50)
    assert not zoom.zoomed and zoom.crop(960, 540) == ""


def test_snapshot_name_in_city_time_and_safe():
    when = datetime(2026, 11, 29, 17, 5, 9, tzinfo=UTC)  # 00:05:09 on 30 Nov in Cao Lãnh
    name = snapshot_name("Ngã tư A/B: cổng*chính", when)
    assert name == "Ngã tư A_B_ cổng_chính 2026-11-30 00-05-09.png"
    assert snapshot_name(" ..", when).startswith("camera ")


def test_a_long_camera_name_still_makes_a_file(tmp_path):
    when = datetime(2026, 11, 29, 17, 5, 9, tzinfo=UTC)
    name = snapshot_name("Cầu " + "Ệ" * 130, when)  # 3 bytes a letter in UTF-8
    assert name.startswith("Cầu ỆỆ") and name.endswith(" 2026-11-30 00-05-09.png")
    path = free_path(tmp_path, name)
    path.write_bytes(b"png")
    assert free_path(tmp_path, name).name.endswith(" (2).png")


def test_snapshot_folder(tmp_path, monkeypatch):
    assert snapshot_dir(str(tmp_path / "x")) == tmp_path / "x"
    monkeypatch.setenv("IOC_CONSOLE_HOME", str(tmp_path))
    assert snapshot_dir("") == tmp_path / "snapshots"
    monkeypatch.delenv("IOC_CONSOLE_HOME")
    assert snapshot_dir("").name == "IOC Console"
    (tmp_path / "a 1.png").write_bytes(b"x")
    assert free_path(tmp_path, "a 1.png") == Path(tmp_path / "a 1 (2).png")


def _parse(geometry: str) -> tuple[int, int, int, int]:
    size, x, y = geometry.split("+")
    w, h = size.split("x")
    return int(w), int(h), int(x), int(y)
