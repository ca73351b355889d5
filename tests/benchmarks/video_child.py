"""A process that plays camera streams for the video benchmark, and says what happens.

    video_child.py console CAMERAS_JSON
    video_child.py bare CAMERAS_JSON WIDTHxHEIGHT

``console``: the console's own tiles (VideoTile: player, watchdog, stream choice, header, clock)
in a grid, with the console's process settings (malloc arenas capped); ``bare``: the same
streams in plain libVLC players drawing into plain native widgets of the size the console's
video surfaces had (libVLC's scaling cost depends on it), nothing else. The grid fills a
1280x760 window, so every tile is below the main-stream size.

It prints, one per line (times are ``time.time()``):
  SURFACE <width> <height>                (console: the size of a tile's video surface)
  FIRST <index> <seconds from play to the first displayed picture>
  STATE <index> <state> <time>            (console only: each tile state change)
  SAMPLE <time> <cpu seconds> <rss kB> <pictures shown so far> <players created so far>
         <frames decoded so far> <pictures lost so far>   (every second; bare: of the current
                                          players; console: lost is not known, 0)
The bare players open their media with ``IOC_BENCH_MEDIA_OPTIONS`` (a JSON list) when it is
set, else with the console's own options. It reads commands on stdin: ``renew`` (bare: release
and recreate every player, as a reconnect does) and ``quit``.
"""

from __future__ import annotations

import json
import math
import os
import sys
import threading
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def rss_kb() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE_KB


def cpu_s() -> float:
    t = os.times()
    return t.user + t.system


class Commands(QObject):
    line = Signal(str)
    """Emitted (queued) with each line read from stdin."""


def say(*parts) -> None:
    print(*parts, flush=True)


def grid_window(count: int) -> tuple[QWidget, QGridLayout, int]:
    window = QWidget()
    window.setWindowTitle("video bench")
    window.setStyleSheet("background: #202020;")
    window.setGeometry(0, 0, 1280, 760)
    layout = QGridLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    return window, layout, math.ceil(math.sqrt(count))


CREATED = [0]  # libVLC players created: each reconnect attempt makes one


def run_console(cameras: list[dict], commands: Commands) -> QWidget:
    from ioc_console.gui.video import player as player_module
    from ioc_console.gui.video.tile import VideoTile

    play = player_module.VideoPlayer.play

    def counted(self, *args):
        CREATED[0] += 1
        return play(self, *args)

    player_module.VideoPlayer.play = counted

    window, layout, side = grid_window(len(cameras))
    tiles = []
    for i in range(len(cameras)):
        tile = VideoTile(i, lambda: False)
        layout.addWidget(tile, i // side, i % side)
        tile.stateChanged.connect(lambda state, i=i: say("STATE", i, state.value, time.time()))
        tiles.append(tile)
    window.show()
    started = {}

    def begin() -> None:
        for i, (tile, camera) in enumerate(zip(tiles, cameras, strict=True)):
            started[i] = time.time()
            tile.set_camera(camera)

    def look() -> None:
        for i, tile in enumerate(tiles):
            if i in started and tile.stats()[1] > 0:
                if len(started) == len(tiles):  # the first picture: the layout is settled
                    say("SURFACE", tile.surface.width(), tile.surface.height())
                say("FIRST", i, f"{time.time() - started.pop(i):.3f}")

    watch = QTimer(window)
    watch.timeout.connect(look)
    watch.start(20)
    QTimer.singleShot(500, begin)  # shown and exposed first, as in the console
    window._keep = (tiles, watch)
    window.pictures = lambda: (
        sum(tile.stats()[1] for tile in tiles),
        sum(tile.stats()[0] for tile in tiles),
        0,
    )
    return window


def run_bare(cameras: list[dict], commands: Commands, size: str) -> QWidget:
    import vlc

    from ioc_console.core.video.playback import MEDIA_OPTIONS
    from ioc_console.gui.video.vlc_instance import VLC_ARGS

    chosen = os.environ.get("IOC_BENCH_MEDIA_OPTIONS")
    options = tuple(json.loads(chosen)) if chosen else MEDIA_OPTIONS
    instance = vlc.Instance(*VLC_ARGS)
    window, layout, side = grid_window(len(cameras))
    surfaces = []
    for i in range(len(cameras)):
        surface = QWidget()
        surface.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        surface.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        surface.setStyleSheet("background: black;")
        surface.setAutoFillBackground(True)
        surface.setFixedSize(*map(int, size.split("x")))
        layout.addWidget(surface, i // side, i % side)
        surfaces.append(surface)
    window.show()
    players: list = [None] * len(cameras)
    started = {}

    def play(i: int) -> None:
        player = instance.media_player_new()
        media = instance.media_new(cameras[i]["streams"]["sub"], *options)
        player.set_media(media)
        player.video_set_mouse_input(False)
        player.video_set_key_input(False)
        player.set_xwindow(int(surfaces[i].winId()))
        started[i] = time.time()
        player.play()
        players[i] = (player, media)
        CREATED[0] += 1

    def begin() -> None:
        for i in range(len(cameras)):
            play(i)

    def renew() -> None:
        for i, pair in enumerate(players):
            if pair is not None:
                pair[0].stop()
                pair[0].release()
                pair[1].release()
            play(i)

    def look() -> None:
        for i in list(started):
            pair = players[i]
            stats = vlc.MediaStats()
            if pair is not None and pair[1].get_stats(stats) and stats.displayed_pictures > 0:
                say("FIRST", i, f"{time.time() - started.pop(i):.3f}")

    watch = QTimer(window)
    watch.timeout.connect(look)
    watch.start(20)
    commands.line.connect(lambda line: renew() if line == "renew" else None)

    def pictures() -> tuple[int, int, int]:
        shown = decoded = lost = 0
        for pair in players:
            stats = vlc.MediaStats()
            if pair is not None and pair[1].get_stats(stats):
                shown += stats.displayed_pictures
                decoded += stats.decoded_video
                lost += stats.lost_pictures
        return shown, decoded, lost

    QTimer.singleShot(500, begin)
    window._keep = (players, watch, instance)
    window.pictures = pictures
    return window


def main() -> None:
    mode, cameras_file = sys.argv[1], sys.argv[2]
    if mode == "console":  # as the console's launcher does, before any thread starts
        from ioc_console.memory import cap_malloc_arenas

        cap_malloc_arenas()
    cameras = json.loads(open(cameras_file, encoding="utf-8").read())
    app = QApplication(sys.argv[:1])
    commands = Commands()
    commands.line.connect(lambda line: app.quit() if line == "quit" else None)

    def read_stdin() -> None:
        for line in sys.stdin:
            commands.line.emit(line.strip())
        commands.line.emit("quit")

    threading.Thread(target=read_stdin, daemon=True).start()
    if mode == "console":
        window = run_console(cameras, commands)
    else:
        window = run_bare(cameras, commands, sys.argv[3])
    sampler = QTimer()

    def sample() -> None:
        shown, decoded, lost = window.pictures()
        say("SAMPLE", time.time(), f"{cpu_s():.3f}", rss_kb(), shown, CREATED[0], decoded, lost)

    sampler.timeout.connect(sample)
    sampler.start(1000)
    app.exec()
    window.close()


if __name__ == "__main__":
    main()
