"""The code of the small plugins the plugin tests write to a temporary folder."""

# a whole small domain: a panel (with a state of its own), a map layer, a feed, a KPI, a rule
TINY = """
from PySide6.QtWidgets import QLabel

from ioc_console.plugin_api import Aggregate, facility_feature


class Board(QLabel):
    def __init__(self, ctx):
        super().__init__("tiny board")
        self.setObjectName("tiny_board")
        self.note = ctx.state.get("note", "")

    def save_state(self):
        return {"note": self.note}


def register(api):
    api.register_panel("board", "Tiny board", Board, area="left", multi_instance=True)
    api.register_map_layer(
        "sites", "Tiny sites", dataset="facilities", feature=facility_feature,
        match={"domain": "healthcare"},
    )
    api.register_feed("tiny_daily", "Tiny daily figures", path="/tiny/daily")
    api.register_kpi("visits", "Tiny visits", dataset="tiny_daily",
                     formula=Aggregate("count"), target=10, amber=8, red=5)
    api.register_alert_rule("few", "Few tiny visits", alert_type="kpi_breach",
                            kpi="tiny.visits")
"""

BROKEN_PANEL = """
def build(ctx):
    raise RuntimeError("the ward list is empty")


def register(api):
    api.register_panel("view", "Broken view", build)
"""
