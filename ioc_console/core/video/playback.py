"""libVLC's media options for live camera streams (Qt-free; the console sends them to its video
workers in ``Play.options``).

Provisional: today's values, to be replaced by the measured choice.
"""

from __future__ import annotations

NETWORK_CACHING_MS = 400
MEDIA_OPTIONS: tuple[str, ...] = (
    f":network-caching={NETWORK_CACHING_MS}",
    ":no-audio",  # cameras are watched, not listened to
    ":clock-jitter=0",
)
