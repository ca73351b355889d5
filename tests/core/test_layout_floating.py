"""Floating panel groups read from a layout file."""

from ioc_console.core.layouts.defaults import DEFAULT_LAYOUTS, OPERATOR
from ioc_console.core.layouts.model import Layout, Rect


def _with_floating(groups: list[dict]) -> dict:
    data = DEFAULT_LAYOUTS[OPERATOR].to_dict()
    data["windows"][0]["floating"] = groups
    return data


def test_a_floating_group_saved_without_a_rectangle_is_left_out_and_the_rest_kept():
    placed = {"panels": ["map"], "rect": {"x": 10, "y": 20, "width": 400, "height": 300},
              "screen": 0}
    unplaced = {"panels": ["event_log"], "rect": None, "screen": 0}

    layout = Layout.from_dict(_with_floating([placed, unplaced]))

    floating = layout.windows[0].floating
    assert [f.panels for f in floating] == [("map",)]
    assert floating[0].rect == Rect(10, 20, 400, 300)
    assert layout.windows[0].panel_ids == DEFAULT_LAYOUTS[OPERATOR].windows[0].panel_ids
