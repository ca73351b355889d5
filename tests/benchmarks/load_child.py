"""A console under the standard load, or idle, measuring its GUI event-loop lag; run by
test_standard_load.py in a fresh process (IOC_CONSOLE_HOME set by the parent).

    load_child.py ARM SECONDS

ARM ``idle``: the console with the video wall (2x2) and the map side by side, the demo backend
with 10,000 complaints and no live events, the wall's tiles empty; as it is (``idle``) and with
the map's former endless animations (``idle-endless``), taken in turns. ARM ``load``: the same
with four live tiles and the demo backend at 20 events/s, measured in three variants taken in
turns (slices of SLICE_S, so that each meets the same load from the rest of the machine):
  ``after``   the console as it is;
  ``endless`` the map's former endless animations put back into the page;
  ``before``  that, with the map's cache reads on the GUI thread: the console as it was.

Once the map shows the complaints (and the tiles are live) an alert is selected on the map (its
ring) and a 10 ms precise timer measures its own lateness for SECONDS per variant. It prints:
  READY <seconds from start to ready>
  LAG <variant> <p50 ms> <p99 ms> <max ms> <samples>
  FLUSH <variant> <count> <p50 ms> <p99 ms> <max ms>   (the map's pushes: GUI-thread time)
  ENDLESS <variant> <most endless animations seen running in the page mid-slice>
  EVENTS <changes announced by the cache> <items they name>   (while measuring)
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
SLICE_S = 10.0
SETTLE_MS = 500  # after a change of variant, not measured
VARIANTS = {"idle": ("idle", "idle-endless"), "load": ("after", "endless", "before")}
WITH_ENDLESS = ("idle-endless", "endless", "before")
# the map's animations before they were bounded
ENDLESS_CSS = (
    ".ioc-alert--new { animation: ioc-pulse 1.4s ease-out infinite !important; }"
    ".ioc-highlight { animation: ioc-ring 1.2s ease-in-out infinite !important; }"
)
NOW = {"variant": ""}  # the variant being measured
PUSHES: dict[str, list[float]] = {}  # variant -> GUI-thread milliseconds per push


def say(*parts) -> None:
    print(*parts, flush=True)


def percentiles(values: list[float]) -> tuple[float, float, float]:
    from ioc_console.core.responsiveness import percentile

    ordered = sorted(values)
    return percentile(ordered, 0.5), percentile(ordered, 0.99), ordered[-1] if ordered else 0.0


def patch_demo_and_map(arm: str) -> None:
    """The embedded demo backend with 10,000 complaints at the arm's event rate; the map's
    pushes timed, its reads on the GUI thread in the ``before`` variant (as they were)."""
    from ioc_console.demo.embedded import start_embedded
    from ioc_console.gui import app
    from ioc_console.gui.map.feed import FeedPump

    rate = 0 if arm == "idle" else EVENTS_PER_MINUTE
    app.start_demo_backend = lambda **options: start_embedded(
        **{**options, "rate": rate, "complaints": COMPLAINTS}
    )
    flush, read, done = FeedPump.flush, FeedPump._read, FeedPump._read_done

    def timed(fn, *args) -> None:
        start = time.perf_counter()
        fn(*args)
        PUSHES.setdefault(NOW["variant"], []).append((time.perf_counter() - start) * 1000)

    def on_the_gui_thread(self) -> None:
        self._reading = True
        done(self, read(self))

    def flush_as_measured(self) -> None:
        if NOW["variant"] == "before" and not self._reading:
            timed(on_the_gui_thread, self)
        else:
            flush(self)

    FeedPump.flush = flush_as_measured
    FeedPump._read_done = lambda self, result: timed(done, self, result)


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
        self.variants = VARIANTS[arm]
        patch_demo_and_map(arm)
        args = build_parser().parse_args(["--lang", "vi"])
        self.console = start_console(args, None, checks=False)
        self.console.quit_application = lambda code=0: None
        self.console.services.layouts.save(bench_layout())
        self.console.open_layout(LAYOUT)
        self.cache = self.console.services.cache
        self.events = self.items = 0
        self.cache.changed.connect(self._counted)
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

    def _js(self, script: str, then=lambda _result: None) -> None:
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

    def _endless(self, on: bool) -> None:
        """Put the map's former endless animations back into the page, or take them out."""
        if on:
            self._js(
                "(function () { if (document.getElementById('bench-endless')) { return true; }"
                " var s = document.createElement('style'); s.id = 'bench-endless';"
                f" s.textContent = {json.dumps(ENDLESS_CSS)}; document.head.appendChild(s);"
                " return true; })()"
            )
        else:
            self._js(
                "(function () { document.querySelectorAll('#bench-endless')"
                ".forEach(function (s) { s.remove(); }); return true; })()"
            )

    def _count_endless(self, variant: str) -> None:
        def seen(text) -> None:
            self.endless[variant] = max(self.endless[variant], int(json.loads(text or "0")))

        self._js(
            "document.getAnimations().filter(function (a) {"
            " return a.effect.getComputedTiming().endTime === Infinity; }).length",
            seen,
        )

    def _measure(self) -> None:
        from ioc_console.core.responsiveness import Activity, LagRecorder
        from ioc_console.gui.responsiveness import LagMeter

        say("READY", f"{time.perf_counter() - START:.1f}")
        self.poll.stop()
        PUSHES.clear()
        self.events = self.items = 0
        window = self.seconds * len(self.variants) + 600
        self.recorders = {v: LagRecorder(window_s=window) for v in self.variants}
        self.scratch = LagRecorder(window_s=1)
        self.probe = LagMeter(self.scratch, interval_ms=10, work=Activity())
        self.measured = dict.fromkeys(self.variants, 0.0)
        self.endless = dict.fromkeys(self.variants, 0)  # endless animations seen in the page
        self.turn = -1
        self._next_slice()

    def _next_slice(self) -> None:
        if NOW["variant"]:
            self.measured[NOW["variant"]] += SLICE_S
        left = [v for v in self.variants if self.measured[v] < self.seconds]
        if not left:
            self._report()
            return
        self.turn += 1
        variant = self.variants[self.turn % len(self.variants)]
        if variant not in left:
            variant = left[0]
        self._endless(variant in WITH_ENDLESS)
        NOW["variant"] = variant
        self.probe.recorder = self.scratch  # settling
        measured = self.recorders[variant]
        QTimer.singleShot(SETTLE_MS, lambda: setattr(self.probe, "recorder", measured))
        QTimer.singleShot(int(SLICE_S * 500), lambda: self._count_endless(variant))
        QTimer.singleShot(int(SLICE_S * 1000), self._next_slice)

    def _report(self) -> None:
        self.probe.stop()
        for variant in self.variants:
            p50, p99, worst = percentiles(self.recorders[variant].lags_ms())
            n = len(self.recorders[variant].lags_ms())
            say("LAG", variant, f"{p50:.2f}", f"{p99:.2f}", f"{worst:.1f}", n)
            pushes = PUSHES.get(variant, [])
            f50, f99, fmax = percentiles(pushes)
            say("FLUSH", variant, len(pushes), f"{f50:.2f}", f"{f99:.2f}", f"{fmax:.1f}")
            say("ENDLESS", variant, self.endless[variant])
        say("EVENTS", self.events, self.items)
        say("LIVE", sum(t.state.value == "live" for t in self.wall.tiles))
        self.console.link.stop()
        QApplication.instance().exit(0)


def main(arm: str, seconds: float) -> int:
    run = Run(arm, seconds)  # kept while the event loop runs
    code = QApplication.instance().exec()
    del run
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], float(sys.argv[2])))
