"""A console under the standard load, or idle, measuring its GUI event-loop lag; run by
test_standard_load.py in a fresh process (IOC_CONSOLE_HOME set by the parent).

    load_child.py ARM SECONDS

ARM is ``idle`` (the same console and layout, the demo backend with 10,000 complaints and no
live events, the wall's tiles empty), ``load`` (four live tiles, 20 events/s), ``endless``
(``load`` with the map's former endless animations put back into the page) or ``before``
(``endless`` with the map's cache reads on the GUI thread: the console as it was).

The console's own layout for the run: the video wall (2x2) and the map side by side, both
visible. Once the map shows the complaints (and, loaded, the four tiles are live) an alert is
selected on the map (its ring) and a 10 ms precise timer measures its own lateness for SECONDS.
It prints:
  READY <seconds from start to ready>
  LAG <p50 ms> <p99 ms> <max ms> <samples>
  FLUSH <count> <p50 ms> <p99 ms> <max ms>      (the map's change pushes on the GUI thread)
  READ <count> <p50 ms> <p99 ms> <max ms>       (the map's cache reads on the pool)
  EVENTS <changes announced by the cache> <items they name>   (during the measurement)
  LIVE <tiles live at the end>
"""

from __future__ import annotations

import json
import sys
import time

START = time.perf_counter()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

COMPLAINTS = 10_000
EVENTS_PER_MINUTE = 20 * 60
TILES = 4
LAYOUT = "standard-load"
# the map's animations before they were bounded, for the ``endless`` arm
ENDLESS_CSS = (
    ".ioc-alert--new { animation: ioc-pulse 1.4s ease-out infinite !important; }"
    ".ioc-highlight { animation: ioc-ring 1.2s ease-in-out infinite !important; }"
)


def say(*parts) -> None:
    print(*parts, flush=True)


def percentiles(values: list[float]) -> tuple[float, float, float]:
    from ioc_console.core.responsiveness import percentile

    ordered = sorted(values)
    return percentile(ordered, 0.5), percentile(ordered, 0.99), ordered[-1] if ordered else 0.0


def patch_demo_and_map(arm: str, gui_ms: list[float], pool_ms: list[float]) -> None:
    """The embedded demo backend with 10,000 complaints at the arm's event rate; the map's
    work on the GUI thread and on the pool timed (``before``: the reads on the GUI thread, as
    they were)."""
    from ioc_console.demo.embedded import start_embedded
    from ioc_console.gui.map.feed import FeedPump
    from ioc_console.gui.sync_bridge import SyncBridge

    rate = 0 if arm == "idle" else EVENTS_PER_MINUTE
    SyncBridge._start_demo_backend = staticmethod(
        lambda: start_embedded(rate=rate, complaints=COMPLAINTS)
    )
    read, done = FeedPump._read, FeedPump._read_done

    def timed(fn, into: list[float]):
        def run(*args):
            start = time.perf_counter()
            try:
                return fn(*args)
            finally:
                into.append((time.perf_counter() - start) * 1000)

        return run

    if arm == "before":

        def on_the_gui_thread(self) -> None:
            self._reading = True
            done(self, read(self))

        FeedPump.flush = timed(on_the_gui_thread, gui_ms)
    else:
        FeedPump._read = timed(read, pool_ms)
        FeedPump._read_done = timed(done, gui_ms)


def bench_layout():
    from ioc_console.core.layouts.model import (
        DockArea,
        Layout,
        PanelPlacement,
        ScreenRef,
        WindowLayout,
        WindowMode,
    )

    placements = (
        PanelPlacement("video_wall", DockArea.CENTER),
        PanelPlacement("map", DockArea.RIGHT),
    )
    window = WindowLayout("main", ScreenRef(0), placements, mode=WindowMode.MAXIMIZED)
    return Layout(LAYOUT, (window,))  # the wall's grid: 2x2 by default


class Run:
    def __init__(self, arm: str, seconds: float) -> None:
        from ioc_console.core.cli import build_parser
        from ioc_console.gui.app import start_console

        self.arm, self.seconds = arm, seconds
        self.flushes: list[float] = []
        self.reads: list[float] = []
        patch_demo_and_map(arm, self.flushes, self.reads)
        args = build_parser().parse_args(["--lang", "vi"])
        self.console = start_console(args, None, checks=False)
        self.console.quit_application = lambda code=0: None
        self.console.services.layouts.save(bench_layout())
        self.console.open_layout(LAYOUT)
        self.cache = self.console.services.cache
        self.events = self.items = 0
        self.cache.subscribe(self._counted)
        self.wall = self._panel("video_wall")
        self.map = self._panel("map")
        self.stage = "data"
        self.poll = QTimer()
        self.poll.timeout.connect(self._step)
        self.poll.start(500)

    def _counted(self, change) -> None:  # on the cache's writer thread
        self.events += 1
        self.items += len(change.ids or ())

    def _panel(self, kind: str):
        return next(d.widget() for i, d in self.console.wm.docks.items() if i.startswith(kind))

    def _js(self, script: str, then) -> None:
        self.map.view.page().runJavaScript(f"JSON.stringify({script})", 0, then)

    def _step(self) -> None:
        if self.stage == "data" and self.cache.count("complaints") >= COMPLAINTS * 0.95:
            self.stage = "map"
            self._cameras()
        elif self.stage == "map" and self.map.view.ready:
            self._js(
                "window.iocMap.state.ready && [window.iocMap.count('complaints'),"
                " window.iocMap.idle()]",
                self._map_state,
            )
        elif self.stage == "tiles":
            live = sum(t.state.value == "live" for t in self.wall.tiles)
            if self.arm == "idle" or live == TILES:
                self.stage = "measuring"
                self._measure()

    def _cameras(self) -> None:
        playable = [
            c["id"]
            for c in self.cache.items("cameras")
            if c.get("status") == "online" and str(c["streams"]["sub"]).startswith("http")
        ]
        for index in range(self.wall.tile_count()):
            if self.arm == "idle" or index >= TILES:
                self.wall.clear_tile(index)
            else:
                self.wall.set_tile_camera(index, playable[index])

    def _map_state(self, text) -> None:
        state = json.loads(text) if text else None
        if self.stage == "map" and state and state[0] >= COMPLAINTS * 0.9 and state[1]:
            self.stage = "tiles"
            self._select_an_alert()

    def _select_an_alert(self) -> None:
        from ioc_console.core.geo.features import FeatureContext, alert_feature

        ctx = FeatureContext.from_cache(self.cache)
        placed = [a for a in self.cache.items("alerts") if alert_feature(a, ctx)]
        placed.sort(key=lambda a: a.get("state") != "new")
        if placed:
            self.map.view.command("focus", layer="alerts", id=placed[0]["id"])
        if self.arm in ("endless", "before"):
            self._js(
                "(function () { var s = document.createElement('style');"
                f" s.textContent = {json.dumps(ENDLESS_CSS)}; document.head.appendChild(s);"
                " return true; })()",
                lambda _r: None,
            )

    def _measure(self) -> None:
        from ioc_console.core.responsiveness import Activity, LagRecorder
        from ioc_console.gui.responsiveness import LagMeter

        say("READY", f"{time.perf_counter() - START:.1f}")
        self.poll.stop()
        self.flushes.clear()
        self.reads.clear()
        self.events = self.items = 0
        self.recorder = LagRecorder(window_s=self.seconds + 60)
        self.probe = LagMeter(self.recorder, interval_ms=10, work=Activity())
        QTimer.singleShot(int(self.seconds * 1000), self._report)

    def _report(self) -> None:
        self.probe.stop()
        lags = self.recorder.lags_ms()
        p50, p99, worst = percentiles(lags)
        say("LAG", f"{p50:.2f}", f"{p99:.2f}", f"{worst:.1f}", len(lags))
        f50, f99, fmax = percentiles(self.flushes)
        say("FLUSH", len(self.flushes), f"{f50:.2f}", f"{f99:.2f}", f"{fmax:.1f}")
        r50, r99, rmax = percentiles(self.reads)
        say("READ", len(self.reads), f"{r50:.2f}", f"{r99:.2f}", f"{rmax:.1f}")
        say("EVENTS", self.events, self.items)
        say("LIVE", sum(t.state.value == "live" for t in self.wall.tiles))
        self.console.link.stop()
        QApplication.instance().exit(0)


def main(arm: str, seconds: float) -> int:
    run = Run(arm, seconds)
    return QApplication.instance().exec() if run else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], float(sys.argv[2])))
