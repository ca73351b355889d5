"""Default proportions for layouts built from their declaration (no saved docking state).

The docking library splits evenly; a control room wants the main view (video wall, map) large
and the side panels narrow. A panel docked left or right takes SIDE_SHARE of the width, one
docked at the top or bottom EDGE_SHARE of the height — where its splitter also holds the centre.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from ioc_console.core.panels import DockArea

SIDE_SHARE = 0.22
EDGE_SHARE = 0.28
SCALE = 10_000


def apply_default_proportions(docks: dict, placements) -> None:
    """``docks``: instance id -> dock widget; ``placements``: the window's panel placements.

    Every splitter that holds the centre gets its side areas' shares at once (a placement's own
    ``share``, else SIDE_SHARE or EDGE_SHARE); its other areas share the rest evenly."""
    centres = [docks[p.id] for p in placements if p.area is DockArea.CENTER and p.id in docks]
    if not centres:
        return
    plans: dict[int, tuple[QSplitter, dict[int, float]]] = {}
    for placement in placements:
        default = {
            DockArea.LEFT: SIDE_SHARE,
            DockArea.RIGHT: SIDE_SHARE,
            DockArea.TOP: EDGE_SHARE,
            DockArea.BOTTOM: EDGE_SHARE,
        }.get(placement.area)
        dock = docks.get(placement.id)
        # a panel tabbed with another shares that one's area: its proportions are set there
        if default is None or dock is None or placement.tab_with or dock.dockAreaWidget() is None:
            continue
        area = dock.dockAreaWidget()
        splitter = area.parentWidget()
        # (a wrapper the binding has invalidated meanwhile is skipped, not used)
        if not isinstance(splitter, QSplitter) or not shiboken6.isValid(splitter):
            continue
        if splitter.count() < 2:
            continue
        horizontal = splitter.orientation() == Qt.Orientation.Horizontal
        if horizontal != (placement.area in (DockArea.LEFT, DockArea.RIGHT)):
            continue
        index = splitter.indexOf(area)
        share = placement.share if placement.share is not None else default
        plans.setdefault(id(splitter), (splitter, {}))[1][index] = share
    for splitter, shares in plans.values():
        holds_centre = [
            i
            for i in range(splitter.count())
            if i not in shares and any(_holds(splitter.widget(i), c) for c in centres)
        ]
        if not holds_centre:
            continue
        rest = max(0.2, 1 - sum(shares.values()))
        others = splitter.count() - len(shares)
        splitter.setSizes(
            [
                int(SCALE * (shares[i] if i in shares else rest / others))
                for i in range(splitter.count())
            ]
        )


def _holds(widget: QWidget | None, child: QWidget) -> bool:
    return widget is not None and widget.isAncestorOf(child)
