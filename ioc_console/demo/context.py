"""What every route needs: the store, the backend's own URL, its settings, the stop flag and
the cameras' streamer."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from ioc_console import __version__

from .faults import Faults
from .store import Store
from .streamer import DemoStreamer


@dataclass
class Context:
    store: Store
    base_url: Callable[[], str]
    heartbeat_s: float = 15.0
    faults: Faults = field(default_factory=Faults)
    stopping: threading.Event = field(default_factory=threading.Event)
    streamer: DemoStreamer | None = None
    # the URL the demo serves a camera's stream on over RTSP (rtsp_cameras.py), or None
    rtsp: Callable[[str, str], str | None] | None = None
    # what GET /api/v1/client-version announces: by default the running console's own version
    client_release: dict[str, str] = field(
        default_factory=lambda: {
            "version": __version__,
            "download_url": "https://ioc.caolanh.gov.vn/downloads/ioc-console/",
            "notes": "",
        }
    )

    def present(self, dataset: str, item: dict | None) -> dict | None:
        """An item as clients see it: camera stream paths become URLs of this backend."""
        if item is None or dataset != "cameras" or not item.get("streams"):
            return item
        from .data.cameras import absolute_streams

        return absolute_streams(item, self.base_url(), self.rtsp)
