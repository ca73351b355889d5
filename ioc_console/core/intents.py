"""Requests one panel makes of the others: "show camera X", "select complaint Y".

The map posts :class:`ShowCamera` when a camera marker is clicked and the alert queue when an
alert names a camera; the video layer handles it (the selected tile of the wall used last, or a
pop-up). :class:`SelectItem` links a selection in one panel to the others (the map pans to it,
a list selects it). :class:`Notice` tells the operator something: the console shows it in the
window that holds the panel. The hub is Qt-free; handlers run on the thread that posts, which
for every panel is the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ShowCamera:
    """Play camera ``camera_id``: in the selected tile of the last wall used, or a pop-up."""

    camera_id: str
    target: Literal["tile", "popup"] = "tile"
    source: str = ""  # the panel instance that asks, for the log


@dataclass(frozen=True)
class SelectItem:
    """``item_id`` of ``dataset`` was selected in panel ``source`` (others follow)."""

    dataset: str
    item_id: str
    source: str = ""


NoticeLevel = Literal["info", "warning", "error"]


@dataclass(frozen=True)
class Notice:
    """Show ``text`` (already translated) to the operator, in the console window that holds panel
    ``source`` (the main window when none does); ``level`` is info, warning or error."""

    level: NoticeLevel
    text: str
    source: str = ""


@dataclass(frozen=True)
class ShowRecords:
    """Open the list of ``dataset`` (a panel that lists it) filtered to exactly ``ids``: the
    records behind a figure the operator clicked (a drill-down). ``description`` says the
    filter in words, already translated ("Phường Mỹ Trà, quá hạn, 30 ngày qua")."""

    dataset: str
    ids: tuple[str, ...]
    description: str
    source: str = ""


@dataclass(frozen=True)
class ShowPlace:
    """Centre the map on ``lon``, ``lat`` and mark it, with ``label`` (already translated)."""

    lon: float
    lat: float
    label: str = ""
    source: str = ""


@dataclass(frozen=True)
class PickPlace:
    """Let the operator pick a point on the map (``prompt``, already translated, says what
    for); the map calls ``on_picked(lon, lat)`` on the GUI thread once it is picked."""

    on_picked: Callable[[float, float], None]
    prompt: str = ""
    source: str = ""


@dataclass(frozen=True)
class FileComplaint:
    """Open the complaint intake filled in from something seen elsewhere (a social-media post):
    the operator checks it, looks at the possible duplicates and files it (or attaches it to an
    existing complaint). ``channel`` is one of the intake's channels; ``reference`` names the
    origin (``social_posts/SM-0042``) and is kept in the complaint's text."""

    text: str
    channel: str = "facebook"
    category: str = ""
    lon: float | None = None
    lat: float | None = None
    address: str = ""
    reference: str = ""
    source: str = ""


@dataclass(frozen=True)
class OpenPanel:
    """Open panel ``panel_id`` (a panel kind, e.g. a domain's dashboard), or bring it forward
    when it is open already; a new one opens in the window that holds panel ``source``."""

    panel_id: str
    source: str = ""


Intent = (
    ShowCamera | SelectItem | Notice | ShowRecords | ShowPlace | PickPlace | FileComplaint
    | OpenPanel
)
Handler = Callable[[Intent], bool | None]
IntentT = TypeVar(
    "IntentT",
    ShowCamera,
    SelectItem,
    Notice,
    ShowRecords,
    ShowPlace,
    PickPlace,
    FileComplaint,
    OpenPanel,
)


class Intents:
    """Handlers by intent type. ``post`` calls every handler of the intent's type, newest
    first, and says whether one took it (returned True)."""

    def __init__(self) -> None:
        self._handlers: dict[type, list[Callable[[Any], bool | None]]] = {}

    def handle(
        self, kind: type[IntentT], handler: Callable[[IntentT], bool | None]
    ) -> Callable[[], None]:
        """Add ``handler`` for intents of type ``kind``; returns the call that removes it."""
        self._handlers.setdefault(kind, []).append(handler)

        def remove() -> None:
            handlers = self._handlers.get(kind, [])
            if handler in handlers:
                handlers.remove(handler)

        return remove

    def post(self, intent: Intent) -> bool:
        taken = False
        for handler in reversed(list(self._handlers.get(type(intent), []))):
            try:
                taken = bool(handler(intent)) or taken
            except Exception:  # one broken panel must not stop the others
                log.exception("a handler of %s failed", type(intent).__name__)
        if not taken:
            log.info("nobody took %s", intent)
        return taken
