"""Named layouts on disk: one versioned JSON file each, written atomically.

A saved layout overrides the default of the same name; deleting it brings the default back.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ioc_console.core.atomic import write_json_atomic
from ioc_console.core.i18n import QT_TRANSLATE_NOOP, Message
from ioc_console.core.layouts.defaults import DEFAULT_LAYOUTS
from ioc_console.core.layouts.model import LAYOUT_VERSION, Layout, LayoutError
from ioc_console.core.text import fold
from ioc_console.core.versioned import lift

log = logging.getLogger(__name__)

# version found in a file -> function lifting it one version up (none yet: version 1 is first)
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    return lift(data, LAYOUT_VERSION, MIGRATIONS, "layout", LayoutError)


def slug(name: str) -> str:
    text = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
    return text or "layout"


class LayoutStore:
    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.problems: list[Message] = []  # for the operator; taken by whoever shows them

    def take_problems(self) -> list[Message]:
        problems, self.problems = self.problems, []
        return problems

    def path_for(self, name: str) -> Path:
        return self.directory / f"{slug(name)}.json"

    def saved_names(self) -> list[str]:
        names = []
        if self.directory.is_dir():
            for path in sorted(self.directory.glob("*.json")):
                try:
                    names.append(str(json.loads(path.read_text(encoding="utf-8"))["name"]))
                except (OSError, ValueError, KeyError, TypeError):
                    continue
        return names

    def names(self) -> list[str]:
        """Default layouts first, then the user's own."""
        saved = [n for n in self.saved_names() if n not in DEFAULT_LAYOUTS]
        return [*DEFAULT_LAYOUTS, *sorted(saved, key=fold)]

    def is_default(self, name: str) -> bool:
        return name in DEFAULT_LAYOUTS

    def has_saved(self, name: str) -> bool:
        return self.path_for(name).is_file()

    def load(self, name: str) -> Layout:
        """The saved layout ``name``, else the default of that name.

        A saved file that cannot be read is moved aside and the default is used; with no
        default of that name :class:`LayoutError` says why.
        """
        path = self.path_for(name)
        if path.is_file():
            try:
                return self.read(path)
            except LayoutError as exc:
                aside = path.with_name(f"{path.name}.unreadable-{int(time.time())}")
                path.replace(aside)
                log.warning("layout %r could not be read (%s); file kept as %s", name, exc, aside)
                self.problems.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Problems",
                            "layout '%1' could not be read (%2); the file was kept as %3",
                        ),
                        name,
                        exc,
                        aside,
                    )
                )
                if name not in DEFAULT_LAYOUTS:
                    raise LayoutError(f"layout '{name}' could not be read: {exc}") from exc
        if name in DEFAULT_LAYOUTS:
            return DEFAULT_LAYOUTS[name]
        raise LayoutError(f"there is no layout named '{name}'")

    @staticmethod
    def read(path: Path) -> Layout:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise LayoutError(f"{path.name} is not readable JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise LayoutError(f"{path.name} does not hold a layout")
        return Layout.from_dict(migrate(data))

    def save(self, layout: Layout) -> Path:
        path = self.path_for(layout.name)
        write_json_atomic(path, layout.to_dict())
        log.info("layout %r saved to %s", layout.name, path)
        return path

    def delete(self, name: str) -> None:
        self.path_for(name).unlink(missing_ok=True)
