"""The self-test's checks of what an installation must carry besides the panels: a demo clip
decoded by libVLC, pyqtgraph and QtAds widgets built, the keyring's backends found.

These fail when a bundle or a package left a library or a plugin behind (the frozen console
imports them only when a panel needs them, so the self-test asks for them itself).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from ioc_console.core.paths import resources_dir
from ioc_console.gui.video.vlc_instance import shared_instance

Check = Callable[[str, bool, str], None]
DECODE_SECONDS = 10.0
DEMO_CLIP = "cam-01-sub.mp4"


def run_install_checks(check: Check) -> None:
    _demo_clip(check)
    _pyqtgraph(check)
    _docking(check)
    _keyring(check)


def _demo_clip(check: Check) -> None:
    """libVLC plays a demo clip and decodes frames (with no window: the dummy video output)."""
    clip = resources_dir() / "demo" / DEMO_CLIP
    if not clip.is_file():
        check("video decoding", False, f"{clip} is missing")
        return
    instance = shared_instance()
    if instance is None:
        check("video decoding", False, "no libVLC (see the libvlc check)")
        return
    import vlc

    media = instance.media_new_path(str(clip))
    media.add_option(":vout=dummy")
    media.add_option(":no-audio")
    player = instance.media_player_new()
    player.set_media(media)
    player.play()
    stats = vlc.MediaStats()
    decoded = 0
    clock = QElapsedTimer()
    clock.start()
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(100)

    def poll() -> None:
        nonlocal decoded
        if media.get_stats(stats):
            decoded = int(stats.decoded_video)
        if decoded > 0 or clock.elapsed() > DECODE_SECONDS * 1000:
            loop.quit()

    timer.timeout.connect(poll)
    timer.start()
    loop.exec()
    timer.stop()
    player.stop()
    player.release()
    media.release()
    check(
        "video decoding",
        decoded > 0,
        f"{DEMO_CLIP}: {decoded} frame(s) decoded in {clock.elapsed() / 1000:.1f} s"
        if decoded
        else f"{DEMO_CLIP}: no frame decoded within {DECODE_SECONDS:.0f} s",
    )


def _pyqtgraph(check: Check) -> None:
    try:
        import pyqtgraph

        plot = pyqtgraph.PlotWidget()
        plot.plot([0, 1, 2], [2, 0, 1])
        plot.close()
        plot.deleteLater()
        check("pyqtgraph", True, f"pyqtgraph {pyqtgraph.__version__}: a plot built")
    except Exception as exc:
        check("pyqtgraph", False, f"{type(exc).__name__}: {exc}")


def _docking(check: Check) -> None:
    try:
        import PySide6QtAds as QtAds

        window = QMainWindow()
        manager = QtAds.CDockManager(window)
        dock = QtAds.CDockWidget(manager, "self-test")
        dock.setWidget(QLabel("self-test"))
        manager.addDockWidget(QtAds.DockWidgetArea.CenterDockWidgetArea, dock)
        window.close()
        window.deleteLater()
        check("docking", True, "QtAds dock manager and a dock built")
    except Exception as exc:
        check("docking", False, f"{type(exc).__name__}: {exc}")


def _keyring(check: Check) -> None:
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        detail = (
            f"{name}: no secret store on this session; the sign-in is asked at each start"
            if isinstance(backend, fail.Keyring)
            else name
        )
        check("keyring", True, detail)
    except Exception as exc:
        check("keyring", False, f"{type(exc).__name__}: {exc}")
