"""Which of a camera's streams a tile plays.

A camera has a ``main`` (full resolution), a ``sub`` (low resolution) and an optional ``relay``
URL (an HTTP/HLS copy of the camera for players that cannot open ``rtsp://``). Small tiles play
the sub-stream; a tile that is maximised or full screen plays main. The switch has hysteresis
(enter main at one size, leave it only below a smaller one) and a minimum dwell between two
switches, so a tile being resized never flaps. The operator can pin a tile to Low or High.
"""

from __future__ import annotations

from enum import Enum

MAIN = "main"
SUB = "sub"
RELAY = "relay"
VARIANTS = (MAIN, SUB, RELAY)

ENTER_MAIN = (960, 540)  # a tile this wide OR this high plays main
LEAVE_MAIN = (720, 405)  # main is kept until the tile is narrower AND lower than this
DWELL_S = 5.0  # at least this long between two automatic switches


class StreamChoice(Enum):
    """The operator's choice for one tile."""

    AUTO = "auto"
    LOW = "low"
    HIGH = "high"


class StreamSelector:
    """Decides ``"main"`` or ``"sub"`` from the tile's size over time and the override."""

    def __init__(
        self,
        enter: tuple[int, int] = ENTER_MAIN,
        leave: tuple[int, int] = LEAVE_MAIN,
        dwell_s: float = DWELL_S,
    ) -> None:
        self.enter = enter
        self.leave = leave
        self.dwell_s = dwell_s
        self.override = StreamChoice.AUTO
        self.current: str | None = None  # None until the first choice
        self.changed_at: float | None = None  # when ``current`` was chosen (set with it)

    def by_size(self, width: int, height: int) -> str:
        """What the size alone asks for, given what plays now (hysteresis)."""
        if self.current == MAIN:
            small = width < self.leave[0] and height < self.leave[1]
            return SUB if small else MAIN
        big = width >= self.enter[0] or height >= self.enter[1]
        return MAIN if big else SUB

    def set_override(self, choice: StreamChoice, now: float, width: int, height: int) -> str:
        """The operator's choice applies at once."""
        self.override = choice
        return self._switch(self._wanted(width, height), now)

    def update(self, now: float, width: int, height: int) -> str:
        """The variant to play now; an automatic switch waits for the dwell."""
        wanted = self._wanted(width, height)
        if self.current is None or self.changed_at is None:  # nothing chosen yet
            return self._switch(wanted, now)
        if self.override is not StreamChoice.AUTO:
            return self._switch(wanted, now)
        if wanted != self.current and now - self.changed_at >= self.dwell_s:
            return self._switch(wanted, now)
        return self.current

    def pending_until(self, now: float, width: int, height: int) -> float | None:
        """When a switch the size asks for will be allowed (None: no switch pending)."""
        if self.current is None or self.changed_at is None:  # nothing chosen yet
            return None
        if self._wanted(width, height) == self.current:
            return None
        return max(now, self.changed_at + self.dwell_s)

    def _wanted(self, width: int, height: int) -> str:
        if self.override is StreamChoice.LOW:
            return SUB
        if self.override is StreamChoice.HIGH:
            return MAIN
        return self.by_size(width, height)

    def _switch(self, variant: str, now: float) -> str:
        if variant != self.current:
            self.current = variant
            self.changed_at = now
        return variant


def is_rtsp(url: str) -> bool:
    return url.lower().startswith(("rtsp://", "rtsps://", "rtspt://"))


def candidate_urls(camera_streams: dict, variant: str, rtsp_ok: bool) -> list[tuple[str, str]]:
    """``(variant, url)`` pairs to try in order: the wanted variant first, then main/sub, the
    relay last; ``rtsp://`` URLs left out when this player cannot open them. Empty: nothing
    this player can open."""
    order = [variant] + [v for v in (MAIN, SUB) if v != variant] + [RELAY]
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for name in order:
        url = camera_streams.get(name)
        if not isinstance(url, str) or not url.strip() or url in seen:
            continue
        seen.add(url)
        if is_rtsp(url) and not rtsp_ok:
            continue
        out.append((name, url.strip()))
    return out


def needs_rtsp(camera_streams: dict) -> bool:
    """True when some of the camera's URLs are ``rtsp://``."""
    return any(isinstance(u, str) and is_rtsp(u) for u in camera_streams.values())


def redacted(url: str) -> str:
    """``url`` without the user name and password it may carry (for logs and tooltips)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    authority, slash, path = rest.partition("/")
    if "@" in authority:
        authority = "***@" + authority.rsplit("@", 1)[1]
    return f"{scheme}{sep}{authority}{slash}{path}"
