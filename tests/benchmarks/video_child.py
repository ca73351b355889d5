"""A process that plays camera streams for the video benchmark, and says what happens.

    video_child.py console CAMERAS_JSON
    video_child.py inprocess CAMERAS_JSON
    video_child.py bare CAMERAS_JSON WIDTHxHEIGHT

``console``: the console's own tiles (VideoTile: player, watchdog, stream choice, header, clock)
in a grid, with the console's process settings (malloc arenas capped), playing through video
worker processes (``IOC_BENCH_TILES_PER_WORKER`` sets how many tiles a worker takes);
``inprocess``: the same tiles with the player of before the workers (libVLC in this process,
``inprocess_player.py``); ``bare``: the same
streams in plain libVLC players drawing into plain native widgets of the size the console's
video surfaces had (libVLC's scaling cost depends on it), nothing else. The grid fills a
1280x760 window, so every tile is below the main-stream size.

It prints, one per line (times are ``time.time()``):
  SURFACE <width> <height>                (console: the size of a tile's video surface)
  FIRST <index> <seconds from play to the first displayed picture>
  STATE <index> <state> <time>            (console only: each tile state change)
  SAMPLE <time> <cpu seconds> <rss kB> <pictures shown so far> <players created so far>
         <frames decoded so far> <pictures lost so far> <cpu seconds with the workers>
         <rss kB with the workers>        (every second; bare: of the current players;
                                          console: lost is not known, 0)
  KILLED <time> <index> …                 (console: a worker was killed; the tiles it played)
The bare players open their media with ``IOC_BENCH_MEDIA_OPTIONS`` (a JSON list) when it is
set, else with the console's own options. It reads commands on stdin: ``renew`` (release and
recreate every player, as a reconnect does; the tiles: camera cleared and set again; FIRST is
said again), ``kill N`` (console: SIGKILL the worker of tile N) and ``quit``.
"""

from __future__ import annotations

import json
import math
import os
import signal
import sys
import threading
import time

from proc_stats import cpu_s, reaped_children_cpu_s, rss_kb
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

WORKERS: list = []  # the console's worker pool, when it plays through workers


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


def run_console(cameras: list[dict], commands: Commands, inprocess: bool) -> QWidget:
    from ioc_console.gui.video import tile as tile_module
    from ioc_console.gui.video.capabilities import rtsp_available
    from ioc_console.gui.video.tile import VideoTile

    if inprocess:
        from inprocess_player import InProcessPlayer

        tile_module.VideoPlayer = InProcessPlayer
    else:
        from ioc_console.gui.video.worker_pool import worker_pool

        WORKERS.append(worker_pool())
        per_worker = os.environ.get("IOC_BENCH_TILES_PER_WORKER")
        if per_worker:
            WORKERS[0].plan.tiles_per_worker = int(per_worker)
    player_class = tile_module.VideoPlayer
    play = player_class.play

    def counted(self, *args, **kwargs):
        CREATED[0] += 1
        return play(self, *args, **kwargs)

    player_class.play = counted

    window, layout, side = grid_window(len(cameras))
    tiles = []
    for i in range(len(cameras)):
        tile = VideoTile(i, rtsp_available)  # RTSP through the relay where libVLC has none
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

    def renew() -> None:
        for tile in tiles:
            tile.set_camera(None)
        begin()

    def kill(index: str) -> None:
        pool = WORKERS[0]
        worker = pool.slot_of(tiles[int(index)]._player)[1]
        hit = [i for i, t in enumerate(tiles) if (pool.slot_of(t._player) or (0, 0))[1] == worker]
        os.kill(pool.workers[worker].pid, signal.SIGKILL)
        say("KILLED", time.time(), *hit)

    actions = {"renew": renew, "kill": kill}

    def command(line: str) -> None:
        name, *args = line.split() or [""]
        if name in actions:
            actions[name](*args)

    commands.line.connect(command)
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
    relays: list = [None] * len(cameras)
    started = {}

    def play(i: int) -> None:
        url = cameras[i]["streams"]["sub"]
        started[i] = time.time()
        if url.startswith("rtsp://"):  # through the relay, as a worker plays it here
            from ioc_console.core.video.relay import RtspRelay, media_options

            if relays[i] is not None:
                relays[i].stop()
            relays[i] = RtspRelay(url)
            url = relays[i].start()
            opened = media_options(url, options)
        else:
            opened = options
        player = instance.media_player_new()
        media = instance.media_new(url, *opened)
        player.set_media(media)
        player.video_set_mouse_input(False)
        player.video_set_key_input(False)
        player.set_xwindow(int(surfaces[i].winId()))
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
    window.stop_relays = lambda: [relay.stop() for relay in relays if relay is not None]
    return window


def main() -> None:
    mode, cameras_file = sys.argv[1], sys.argv[2]
    if mode in ("console", "inprocess"):  # as the console's launcher does, before any thread
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
    if mode in ("console", "inprocess"):
        window = run_console(cameras, commands, mode == "inprocess")
    else:
        window = run_bare(cameras, commands, sys.argv[3])
    sampler = QTimer()

    def sample() -> None:
        shown, decoded, lost = window.pictures()
        pids = [p.pid for p in WORKERS[0].workers.values()] if WORKERS else []
        own_cpu, own_rss = cpu_s(), rss_kb()
        all_cpu = own_cpu + reaped_children_cpu_s() + sum(cpu_s(pid) for pid in pids)
        all_rss = own_rss + sum(rss_kb(pid) for pid in pids)
        say(
            "SAMPLE",
            time.time(),
            f"{own_cpu:.3f}",
            own_rss,
            shown,
            CREATED[0],
            decoded,
            lost,
            f"{all_cpu:.3f}",
            all_rss,
        )

    sampler.timeout.connect(sample)
    sampler.start(1000)
    app.exec()
    getattr(window, "stop_relays", lambda: None)()
    window.close()


if __name__ == "__main__":
    main()
