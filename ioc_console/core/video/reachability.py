"""Does a stream answer again? A cheap check while a tile waits out a long back-off, so a
camera that comes back is live again within seconds, not at the end of a 30 s wait."""

from __future__ import annotations

import requests

from .rtsp_check import rtsp_answers

PROBE_TIMEOUT_S = 2.0


def stream_answers(url: str, timeout_s: float = PROBE_TIMEOUT_S) -> bool:
    """True when an ``http(s)://`` stream answers 200 and sends its first bytes, or an
    ``rtsp://`` camera describes its stream (other schemes cannot be checked: False)."""
    if url.lower().startswith("rtsp://"):
        return rtsp_answers(url, timeout_s)
    if not url.lower().startswith(("http://", "https://")):
        return False
    try:
        with requests.get(url, stream=True, timeout=timeout_s) as response:
            if response.status_code != 200:
                return False
            return bool(next(response.iter_content(188 * 7), b""))
    except (requests.RequestException, StopIteration):
        return False
