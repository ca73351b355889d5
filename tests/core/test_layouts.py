import json

import pytest

from ioc_console.core.layouts.defaults import (
    DEFAULT_LAYOUTS,
    LEADERS,
    OPERATOR,
    SUPERVISOR,
    WARD_OFFICE,
)
from ioc_console.core.layouts.model import Layout, LayoutError, Rect, ScreenRef
from ioc_console.core.layouts.placement import ScreenInfo, fit_rect, match_screen, place, screen_of
from ioc_console.core.layouts.store import LayoutStore, slug
from ioc_console.core.panels import DockArea


def _placement(window, panel_id):
    return next(p for p in window.panels if p.id == panel_id)


def test_default_layouts_are_declared_for_their_screens():
    assert [
        len(DEFAULT_LAYOUTS[n].windows) for n in (OPERATOR, SUPERVISOR, WARD_OFFICE, LEADERS)
    ] == [1, 3, 1, 3]
    assert [w.screen.index for w in DEFAULT_LAYOUTS[SUPERVISOR].windows] == [0, 1, 2]
    dashboards = DEFAULT_LAYOUTS[SUPERVISOR].windows[2]
    assert dashboards.panels[0].id == "overview" and dashboards.panels[0].tab_with is None
    for panel in ("complaint_dashboard", "procedures_dashboard", "healthcare.dashboard"):
        assert _placement(dashboards, panel).tab_with == "overview"


@pytest.mark.parametrize("name", list(DEFAULT_LAYOUTS))
def test_diagnostics_are_a_tab_and_the_main_views_get_the_room(name):
    for window in DEFAULT_LAYOUTS[name].windows:
        for diagnostics in ("system_status", "event_log"):
            if diagnostics in window.panel_ids:
                assert _placement(window, diagnostics).tab_with, (name, diagnostics)
        for placement in window.panels:  # a side panel never takes most of the width
            assert placement.share is None or placement.share <= 0.4


def test_each_layout_holds_what_its_users_work_with():
    def panels(name):
        return {p for w in DEFAULT_LAYOUTS[name].windows for p in w.panel_ids}

    assert {"alert_queue", "video_wall", "map", "complaint_list"} <= panels(OPERATOR)
    assert {"overview", "map", "complaint_dashboard", "procedures_dashboard", "alert_queue"} <= (
        panels(LEADERS)
    )
    ward = DEFAULT_LAYOUTS[WARD_OFFICE].windows[0]
    assert ward.panels[0].id == "map" and ward.panels[0].area is DockArea.CENTER
    assert {"complaint_list", "alert_queue", "procedures_dashboard"} <= set(ward.panel_ids)
    assert all(p.area is not DockArea.CENTER for p in ward.panels[1:])  # the map has the room


@pytest.mark.parametrize("name", list(DEFAULT_LAYOUTS))
def test_layout_dict_round_trip(name):
    layout = DEFAULT_LAYOUTS[name]
    data = json.loads(json.dumps(layout.to_dict()))
    assert Layout.from_dict(data) == layout


def test_store_saves_loads_and_default_comes_back(tmp_path):
    store = LayoutStore(tmp_path)
    assert store.names()[:3] == [OPERATOR, SUPERVISOR, WARD_OFFICE]
    mine = Layout("Ca đêm", DEFAULT_LAYOUTS[OPERATOR].windows)
    path = store.save(mine)
    assert path.name == "ca-dem.json"
    assert store.load("Ca đêm") == mine
    assert "Ca đêm" in store.names()
    store.delete("Ca đêm")
    with pytest.raises(LayoutError, match="no layout named"):
        store.load("Ca đêm")


def test_corrupt_saved_layout_is_kept_aside_and_default_used(tmp_path):
    store = LayoutStore(tmp_path)
    store.path_for(OPERATOR).write_text('{"format": "ioc-console-layout", "version": 1}')
    assert store.load(OPERATOR) == DEFAULT_LAYOUTS[OPERATOR]
    assert len(list(tmp_path.glob("operator.json.unreadable-*"))) == 1


def test_layout_from_a_newer_console_is_refused_with_a_reason(tmp_path):
    store = LayoutStore(tmp_path)
    data = DEFAULT_LAYOUTS[OPERATOR].to_dict() | {"name": "X", "version": 7}
    store.path_for("X").write_text(json.dumps(data))
    with pytest.raises(LayoutError, match="newer console"):
        store.load("X")


def test_slug():
    assert slug("Giám sát viên / màn hình 2") == "giam-sat-vien-man-hinh-2"
    assert slug("!!!") == "layout"


SCREENS_TWO = [
    ScreenInfo(0, "DP-1", Rect(0, 0, 1920, 1040), primary=True),
    ScreenInfo(1, "DP-2", Rect(1920, 0, 1280, 1024)),
]


def test_window_on_a_missing_screen_moves_to_one_that_exists():
    saved_on = ScreenRef(2, "HDMI-1", Rect(3200, 0, 1920, 1080))
    target, rect = place(Rect(3300, 100, 800, 600), saved_on, SCREENS_TWO)
    assert target.index == 0
    assert rect == Rect(100, 100, 800, 600)  # same offset, on a screen that exists


def test_window_of_a_missing_screen_prefers_a_screen_without_a_window():
    gone = ScreenRef(2, "HDMI-1")
    assert match_screen(gone, SCREENS_TWO, taken=frozenset({0})).index == 1
    assert match_screen(gone, SCREENS_TWO, taken=frozenset({0, 1})).index == 0  # primary


def test_too_large_window_shrinks_and_stays_inside():
    saved_on = ScreenRef(1, "DP-2", Rect(1920, 0, 2560, 1440))
    target, rect = place(Rect(2000, 50, 2560, 1400), saved_on, SCREENS_TWO)
    assert target.name == "DP-2"
    area = target.available
    assert rect.width <= area.width and rect.height <= area.height
    assert area.x <= rect.x and rect.x + rect.width <= area.x + area.width
    assert area.y <= rect.y and rect.y + rect.height <= area.y + area.height


def test_screen_matched_by_name_when_reordered():
    reordered = [
        ScreenInfo(0, "DP-2", Rect(0, 0, 1280, 1024)),
        ScreenInfo(1, "DP-1", Rect(1280, 0, 1920, 1040)),
    ]
    assert match_screen(ScreenRef(0, "DP-1"), reordered).index == 1
    twins = [
        ScreenInfo(0, "screen", Rect(0, 0, 10, 10)),
        ScreenInfo(1, "screen", Rect(0, 0, 10, 10)),
    ]
    assert match_screen(ScreenRef(1, "screen"), twins).index == 1  # same names: by position


def test_fill_screen_when_no_rect_and_screen_of():
    assert fit_rect(None, ScreenRef(0), SCREENS_TWO[1]) == SCREENS_TWO[1].available
    assert screen_of(Rect(2000, 10, 100, 100), SCREENS_TWO).index == 1
    assert screen_of(Rect(-5000, -5000, 10, 10), SCREENS_TWO).index == 0


@pytest.mark.parametrize("name", sorted(DEFAULT_LAYOUTS))
def test_a_default_layout_places_each_panel_once(name):
    """A panel placed twice opens only where the second placement puts it."""
    ids = [pid for window in DEFAULT_LAYOUTS[name].windows for pid in window.panel_ids]
    assert len(ids) == len(set(ids)), sorted(i for i in set(ids) if ids.count(i) > 1)
