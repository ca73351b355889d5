"""The self-test's ``video decoding`` check: a demo clip decoded by a video worker, started as
the wall starts its workers (in the frozen bundle, the bundle's own executable with
``--video-worker``), so that a bundle or a package that cannot start a worker, or whose worker
cannot load libVLC or decode, fails here rather than on the wall.

The worker is given a native window of its own that is never shown (a worker refuses a window
that does not exist) and the clip with the dummy video output: nothing appears on the screen.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QWidget

from ioc_console.core.paths import resources_dir
from ioc_console.core.video import protocol
from ioc_console.gui.video.worker_process import QUIT_GRACE_MS, START_TIMEOUT_S, WorkerProcess

Check = Callable[[str, bool, str], None]
DEMO_CLIP = "cam-01-sub.mp4"
DECODE_SECONDS = 10.0  # after the worker is ready
SLOT = 1


def decode_in_worker(check: Check) -> None:
    """Check that a video worker decodes the demo clip (its first frames)."""
    clip = resources_dir() / "demo" / DEMO_CLIP
    if not clip.is_file():
        check("video decoding", False, f"{clip} is missing")
        return
    window = QWidget()
    window.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    worker = WorkerProcess(0)
    outcome: dict[str, object] = {}
    loop = QEventLoop()
    started = time.monotonic()

    def ready(message: protocol.Ready) -> None:
        outcome["ready"] = message
        outcome["playing_since"] = time.monotonic()
        worker.send(
            protocol.Play(
                SLOT,
                clip.as_uri(),
                int(window.winId()),
                (":vout=dummy", ":no-audio"),
                label="self-test",
            )
        )
        QTimer.singleShot(int(DECODE_SECONDS * 1000), loop.quit)

    def report(message: object) -> None:
        if isinstance(message, protocol.Stats) and SLOT in message.slots:
            if message.slots[SLOT].decoded > 0:
                outcome["decoded"] = message.slots[SLOT].decoded
                outcome["decoded_at"] = time.monotonic()
                loop.quit()
        elif isinstance(message, protocol.Event) and message.name == "error":
            outcome["error"] = message.detail or "the player reported an error"
            loop.quit()

    def died(reason: str) -> None:
        outcome["error"] = f"video worker: {reason}"
        loop.quit()

    worker.ready.connect(ready)
    worker.report.connect(report)
    worker.died.connect(died)
    QTimer.singleShot(int((START_TIMEOUT_S + DECODE_SECONDS) * 1000), loop.quit)
    worker.start()
    loop.exec()
    pid = worker.pid
    worker.stop()
    if worker.process.state() != worker.process.ProcessState.NotRunning:
        worker.process.waitForFinished(QUIT_GRACE_MS)
    window.deleteLater()
    check("video decoding", "decoded" in outcome, _detail(outcome, pid, started))


def _detail(outcome: dict[str, object], pid: int, started: float) -> str:
    ready = outcome.get("ready")
    if "decoded" in outcome and isinstance(ready, protocol.Ready):
        playing, decoded_at = outcome["playing_since"], outcome["decoded_at"]
        assert isinstance(playing, float) and isinstance(decoded_at, float)
        return (
            f"{DEMO_CLIP}: {outcome['decoded']} frame(s) decoded by a video worker (pid {pid}, "
            f"libVLC {ready.libvlc}; ready in {playing - started:.1f} s, "
            f"first frames {decoded_at - playing:.1f} s later)"
        )
    if "error" in outcome:
        return f"{DEMO_CLIP}: {outcome['error']}"
    if ready is None:
        return f"no video worker ready within {START_TIMEOUT_S:.0f} s"
    return f"{DEMO_CLIP}: no frame decoded by the video worker within {DECODE_SECONDS:.0f} s"
