"""The process's single libVLC instance."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)
VLC_ARGS = ("--no-xlib", "--quiet", "--no-video-title-show")

_instance = None
_error = ""


def shared_instance():
    """The libVLC instance, created on first use; None when libVLC cannot be loaded."""
    global _instance, _error
    if _instance is None and not _error:
        try:
            import vlc

            _instance = vlc.Instance(*VLC_ARGS)
            if _instance is None:
                raise RuntimeError("libvlc_new() returned NULL (plugins missing?)")
        except Exception as exc:  # ImportError, OSError from ctypes, RuntimeError
            _error = f"{type(exc).__name__}: {exc}"
            log.error("libVLC is not available: %s", _error)
    return _instance


def load_error() -> str:
    return _error


def version() -> str:
    import vlc

    return vlc.libvlc_get_version().decode("utf-8", "replace")
