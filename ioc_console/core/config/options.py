"""Every user option, declared once: key, type, default, translatable title, allowed values."""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ioc_console.core.i18n import QT_TRANSLATE_NOOP, TrText
from ioc_console.core.video.grids import DEFAULT_GRID, GRID_KINDS, GRIDS

LANGUAGES = ("vi", "en")
THEMES = ("dark", "light")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


@dataclass(frozen=True)
class Option:
    """One setting: what it is called, what it holds and what it starts as."""

    key: str
    type: builtins.type[Any]  # (the builtin: the field's own name hides it in this class)
    default: Any
    title: TrText
    choices: tuple[Any, ...] | None = None
    item_type: builtins.type[Any] | None = None  # for list options
    choice_titles: dict[Any, TrText] | None = None  # how choices read in the settings dialog
    editable: bool = True  # shown in the settings dialog (False: state the console keeps)

    def validate(self, value: Any) -> Any:
        """Return ``value`` if it fits this option; raise ``ValueError`` saying why not."""
        if self.type is bool and not isinstance(value, bool):
            raise ValueError(f"{self.key}: expected true or false, got {value!r}")
        if self.type is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValueError(f"{self.key}: expected a whole number, got {value!r}")
        if not isinstance(value, self.type):
            raise ValueError(f"{self.key}: expected {self.type.__name__}, got {value!r}")
        if self.item_type is not None and not all(isinstance(v, self.item_type) for v in value):
            raise ValueError(f"{self.key}: every item must be {self.item_type.__name__}")
        if self.choices is not None and value not in self.choices:
            allowed = ", ".join(map(str, self.choices))
            raise ValueError(f"{self.key}: {value!r} is not one of {allowed}")
        return value


@dataclass
class OptionRegistry:
    options: dict[str, Option] = field(default_factory=dict)

    def declare(self, option: Option) -> Option:
        if option.key in self.options:
            raise KeyError(f"option {option.key!r} is declared twice")
        option.validate(option.default)
        self.options[option.key] = option
        return option

    def __getitem__(self, key: str) -> Option:
        return self.options[key]

    def __contains__(self, key: str) -> bool:
        return key in self.options

    def __iter__(self) -> Iterator[Option]:
        return iter(self.options.values())


OPTIONS = OptionRegistry()

LANGUAGE = OPTIONS.declare(
    Option(
        "ui.language",
        str,
        "vi",
        QT_TRANSLATE_NOOP("Options", "Language"),
        LANGUAGES,
        # each language is named in itself
        choice_titles={"vi": TrText("", "Tiếng Việt"), "en": TrText("", "English")},
    )
)
THEME = OPTIONS.declare(
    Option(
        "ui.theme",
        str,
        "dark",
        QT_TRANSLATE_NOOP("Options", "Colour theme"),
        THEMES,
        choice_titles={
            "dark": QT_TRANSLATE_NOOP("Options", "Dark (control room)"),
            "light": QT_TRANSLATE_NOOP("Options", "Light"),
        },
    )
)
FONT_SIZE = OPTIONS.declare(
    Option(
        "ui.font_size",
        int,
        10,
        QT_TRANSLATE_NOOP("Options", "Font size (points)"),
        tuple(range(8, 21)),
    )
)
LAST_LAYOUT = OPTIONS.declare(
    Option(
        "layout.last",
        str,
        "",
        QT_TRANSLATE_NOOP("Options", "Layout opened at start-up"),
        editable=False,
    )
)
SAVE_LAYOUT_ON_EXIT = OPTIONS.declare(
    Option(
        "layout.save_on_exit",
        bool,
        True,
        QT_TRANSLATE_NOOP("Options", "Save the current layout when the console closes"),
    )
)
DISABLED_PLUGINS = OPTIONS.declare(
    Option(
        "plugins.disabled",
        list,
        [],
        QT_TRANSLATE_NOOP("Options", "Plugins that are not loaded"),
        item_type=str,
    )
)
LOG_LEVEL = OPTIONS.declare(
    Option(
        "log.level",
        str,
        "INFO",
        QT_TRANSLATE_NOOP("Options", "Log level"),
        LOG_LEVELS,
        choice_titles={
            "DEBUG": QT_TRANSLATE_NOOP("Options", "Debug (everything)"),
            "INFO": QT_TRANSLATE_NOOP("Options", "Information"),
            "WARNING": QT_TRANSLATE_NOOP("Options", "Warnings and errors"),
            "ERROR": QT_TRANSLATE_NOOP("Options", "Errors only"),
        },
    )
)

# -- video wall -----------------------------------------------------------------------------------
VIDEO_DEFAULT_GRID = OPTIONS.declare(
    Option(
        "video.default_grid",
        str,
        DEFAULT_GRID,
        QT_TRANSLATE_NOOP("Options", "Grid of a new video wall"),
        GRID_KINDS,
        choice_titles={kind: GRIDS[kind].title for kind in GRID_KINDS},
    )
)
SNAPSHOT_DIR = OPTIONS.declare(
    Option(
        "video.snapshot_dir",
        str,
        "",
        QT_TRANSLATE_NOOP("Options", "Folder for camera snapshots (empty: Pictures/IOC Console)"),
    )
)

WORKER_MEMORY_MB = OPTIONS.declare(
    Option(
        "video.worker_memory_mb",
        int,
        400,
        QT_TRANSLATE_NOOP(
            "Options", "Memory of a video worker process before it is replaced (MB)"
        ),
    )
)
WORKER_MAX_AGE_H = OPTIONS.declare(
    Option(
        "video.worker_max_age_h",
        float,
        6.0,
        QT_TRANSLATE_NOOP("Options", "Age of a video worker process before it is replaced (hours)"),
    )
)

# -- alerts ---------------------------------------------------------------------------------------
ALERT_NOTIFY_RAISES = OPTIONS.declare(
    Option(
        "alerts.notification_raises_console",
        bool,
        True,
        QT_TRANSLATE_NOOP("Options", "Clicking an alert notification brings the console forward"),
    )
)

# -- this console ---------------------------------------------------------------------------------
CONSOLE_ID = OPTIONS.declare(
    Option(
        "console.id",  # made once when the site profile names no [console] position
        str,
        "",
        QT_TRANSLATE_NOOP("Options", "This console position's id (in the alerts' history)"),
        editable=False,
    )
)

# -- daily briefing -------------------------------------------------------------------------------
BRIEFING_FOLDER = OPTIONS.declare(
    Option(
        "briefing.folder",
        str,
        "",
        QT_TRANSLATE_NOOP("Options", "Folder for the daily briefing PDF (empty: Documents/IOC "
                          "Console)"),
    )
)
