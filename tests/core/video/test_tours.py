"""Camera tours: the rotation arithmetic and the versioned file in the configuration folder."""

import json

import pytest

from ioc_console.core.video.tours import (
    TOURS_VERSION,
    Tour,
    TourError,
    TourStore,
    grid_page,
    next_step,
    tile_camera,
    tours_file,
)


def test_a_tile_tour_cycles_through_its_cameras():
    tour = Tour("Chợ", ("cam-01", "cam-02", "cam-03"), 5)
    step, seen = 0, []
    for _ in range(4):
        seen.append(tile_camera(tour, step))
        step = next_step(tour, step)
    assert seen == ["cam-01", "cam-02", "cam-03", "cam-01"]


def test_a_grid_tour_shows_pages_the_last_one_filled_up():
    tour = Tour("Giao thông", tuple(f"cam-{n:02d}" for n in range(1, 11)), 5, "grid")
    assert grid_page(tour, 0, 4) == ["cam-01", "cam-02", "cam-03", "cam-04"]
    assert grid_page(tour, 2, 4) == ["cam-09", "cam-10", None, None]
    assert next_step(tour, 2, 4) == 0
    assert grid_page(tour, 3, 4) == grid_page(tour, 0, 4)


def test_an_empty_tour_shows_nothing_and_does_not_fail():
    tour = Tour("Trống", (), 3)
    assert tile_camera(tour, 5) is None
    assert grid_page(Tour("T", (), 3, "grid"), 1, 4) == [None] * 4
    assert next_step(tour, 0) == 0


@pytest.mark.parametrize(
    "kwargs",
    [
        {"name": " "},
        {"dwell_s": 0},
        {"dwell_s": True},
        {"target": "wall"},
        {"camera_ids": ("cam-01", "")},
    ],
)
def test_a_bad_tour_is_refused(kwargs):
    values = {"name": "T", "camera_ids": ("cam-01",), "dwell_s": 5, "target": "tile"} | kwargs
    with pytest.raises(TourError):
        Tour(**values)


def test_tours_round_trip_through_a_versioned_file(tmp_path):
    path = tours_file(tmp_path)
    store = TourStore(path)
    assert store.tours() == []
    store.put(Tour("Chợ Cao Lãnh", ("cam-04", "cam-05"), 8))
    store.put(Tour("Giao thông", ("cam-01", "cam-02", "cam-03"), 5, "grid"))
    store.put(Tour("Chợ Cao Lãnh", ("cam-04",), 6))  # replaced, keeps its place
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == TOURS_VERSION
    again = TourStore(path)
    assert again.names() == ["Chợ Cao Lãnh", "Giao thông"]
    assert again.get("Chợ Cao Lãnh") == Tour("Chợ Cao Lãnh", ("cam-04",), 6)
    again.remove("Giao thông")
    assert TourStore(path).names() == ["Chợ Cao Lãnh"]
    assert not list(tmp_path.glob(".*.tmp"))  # written through a temporary file


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        '{"version": 99, "tours": []}',
        '{"version": 1, "tours": [{"name": "x", "dwell_s": -1}]}',
        "[]",
    ],
)
def test_an_unreadable_file_is_kept_aside_and_reported(tmp_path, text, caplog):
    path = tours_file(tmp_path)
    path.write_text(text, encoding="utf-8")
    store = TourStore(path)
    assert store.tours() == []
    kept = list(tmp_path.glob("tours.json.unreadable-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == text
    assert not path.exists()
    problems = store.take_problems()
    assert len(problems) == 1 and "could not be read" in problems[0]
    assert "kept as" in caplog.text
    store.put(Tour("Mới", ("cam-01",), 5))  # the console goes on and can save again
    assert TourStore(path).names() == ["Mới"]
