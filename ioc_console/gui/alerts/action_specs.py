"""The queue's commands: their names, keys and whether they act on alerts through the workflow.

Keys are single letters, active while the queue has the keyboard focus (a text box takes its
letters first); each is shown in the menus and the tooltips.
"""

from __future__ import annotations

from dataclasses import dataclass

from ioc_console.core.i18n import QT_TRANSLATE_NOOP, TrText


@dataclass(frozen=True)
class CommandSpec:
    name: str  # the workflow action's wire name, or the command's own name
    text: TrText
    key: str
    workflow: bool = False  # an action on alerts, checked by the workflow's rules
    bulk: bool = True  # applies to every selected alert


COMMANDS = (
    CommandSpec("next", QT_TRANSLATE_NOOP("AlertQueue", "Next alert"), "J", bulk=False),
    CommandSpec("previous", QT_TRANSLATE_NOOP("AlertQueue", "Previous alert"), "K", bulk=False),
    CommandSpec(
        "next_p1", QT_TRANSLATE_NOOP("AlertQueue", "Next unacknowledged P1"), "P", bulk=False
    ),
    CommandSpec("details", QT_TRANSLATE_NOOP("AlertQueue", "Open details"), "Return", bulk=False),
    CommandSpec("acknowledge", QT_TRANSLATE_NOOP("AlertQueue", "Acknowledge"), "A", workflow=True),
    CommandSpec("assign", QT_TRANSLATE_NOOP("AlertQueue", "Assign…"), "G", workflow=True),
    CommandSpec("escalate", QT_TRANSLATE_NOOP("AlertQueue", "Escalate…"), "E", workflow=True),
    CommandSpec("shelve", QT_TRANSLATE_NOOP("AlertQueue", "Shelve…"), "H", workflow=True),
    CommandSpec("unshelve", QT_TRANSLATE_NOOP("AlertQueue", "Unshelve"), "Shift+H", workflow=True),
    CommandSpec("comment", QT_TRANSLATE_NOOP("AlertQueue", "Comment…"), "C", workflow=True),
    CommandSpec("resolve", QT_TRANSLATE_NOOP("AlertQueue", "Resolve…"), "R", workflow=True),
    CommandSpec("close", QT_TRANSLATE_NOOP("AlertQueue", "Close"), "X", workflow=True),
    CommandSpec(
        "merge",
        QT_TRANSLATE_NOOP("AlertQueue", "Merge into the first selected"),
        "M",
        workflow=True,
        bulk=False,
    ),
    CommandSpec(
        "incident",
        QT_TRANSLATE_NOOP("AlertQueue", "Select the alerts of its incident"),
        "I",
        bulk=False,
    ),
    CommandSpec(
        "cameras",
        QT_TRANSLATE_NOOP("AlertQueue", "Play related cameras in the wall"),
        "W",
        bulk=False,
    ),
    CommandSpec("map", QT_TRANSLATE_NOOP("AlertQueue", "Show on the map"), "L", bulk=False),
    CommandSpec(
        "snapshot",
        QT_TRANSLATE_NOOP("AlertQueue", "Detection snapshot and live video"),
        "V",
        bulk=False,
    ),
    CommandSpec("seen", QT_TRANSLATE_NOOP("AlertQueue", "Mark all as seen"), "Shift+S", bulk=False),
    CommandSpec(
        "filter", QT_TRANSLATE_NOOP("AlertQueue", "Filter the queue"), "Ctrl+F", bulk=False
    ),
)
BY_NAME = {c.name: c for c in COMMANDS}
WORKFLOW = tuple(c.name for c in COMMANDS if c.workflow)
