"""libVLC's media options for live camera streams (Qt-free): the console sends them to its video
workers in ``Play.options``.

Measured on the development machine (2 shared cores, Xvfb, loopback) with bare libVLC 3
players: first picture (play → first displayed picture) median / p95, and CPU against libVLC's
default in the same run. Demo streamer: 4 tiles, two runs (6 and 10 rounds of fresh players;
``tests/benchmarks/test_playback_tuning_bench.py``). RTSP: one player behind the ffmpeg relay
of a GStreamer RTSP camera (9 rounds).

    options                          demo streamer, run 1 | run 2       CPU        RTSP relay
    caching 1000 (libVLC default)    1.98/2.59 s | 1.90/2.60 s    1.00 | 1.00   0.28/0.83 s
    caching 1000, clock-jitter=0     1.91/2.68 s                  0.98
    caching 100,  clock-jitter=0     1.87/2.00 s | 1.86/2.19 s    1.00 | 0.95   0.29/0.31 s
    caching 200,  clock-jitter=0     2.02/2.77 s                  0.94          0.31/0.33 s
    caching 300,  clock-jitter=0     1.82/1.96 s | 1.82/2.70 s    0.97 | 0.93   0.30/0.31 s
    caching 400,  clock-jitter=0     1.74/2.20 s | 1.93/2.66 s    0.87 | 0.97   0.28/0.29 s
    caching 300                      1.78/2.02 s                  0.93          0.30/0.32 s
    caching 300,  clock-synchro=0    1.83/1.98 s                  0.96
    caching 300, both clock options  1.86/2.54 s | 1.77/2.06 s    0.93 | 0.92   0.30/0.32 s

Every candidate showed 25 pictures a second per tile (the clips' rate) in both set-ups. What
decides the first picture is the source, not the caching: the demo streamer sends a new client
nothing until its next keyframe block (its first byte comes 0.6-1.5 s after the request),
while the relay starts at a keyframe at once. Late drops (lost pictures, 10-45 a minute over
4 tiles) come with the demo clips' loop points and do not follow the options; CPU differs
within the noise of a shared machine. The caching sets how far the
picture runs behind the camera, and how much network jitter is absorbed without a stutter.

Chosen: **300 ms** — 100 ms closer to live than before (400 ms) and 700 ms closer than
libVLC's default, with a third of a second for the jitter of city links to ward cameras (100
and 200 ms bought nothing measurable on loopback and would stutter first on a real link).
``clock-jitter=0`` stays (no measured cost; libVLC does not wait for a jitter estimate);
``clock-synchro=0`` is left out (no measured gain; it frees playback from the camera's clock,
so a camera whose clock drifts would let the buffer drain or grow).
"""

from __future__ import annotations

NETWORK_CACHING_MS = 300
MEDIA_OPTIONS: tuple[str, ...] = (
    f":network-caching={NETWORK_CACHING_MS}",
    # an RTSP camera behind the relay is read from a pipe (fd://) by libVLC's file access,
    # whose caching is file-caching (1,000 ms by default): without this, a tile behind the
    # relay showed its first picture 0.9 s later than a bare player with it (1.70 s vs 0.80 s)
    f":file-caching={NETWORK_CACHING_MS}",
    ":no-audio",  # cameras are watched, not listened to
    ":clock-jitter=0",
)
