"""Where a tile's snapshot goes and what it is called."""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

import platformdirs

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.paths import HOME_ENV

FOLDER_NAME = "IOC Console"
MAX_NAME_BYTES = 160  # Linux file names hold 255 bytes; the time and " (2).png" follow
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def snapshot_dir(configured: str = "") -> Path:
    """The folder from the setting ``video.snapshot_dir``; empty: ``<Pictures>/IOC Console``,
    or ``$IOC_CONSOLE_HOME/snapshots`` when that is set."""
    if configured.strip():
        return Path(configured.strip()).expanduser()
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / "snapshots"
    return Path(platformdirs.user_pictures_dir()) / FOLDER_NAME


def snapshot_name(camera_name: str, when: datetime) -> str:
    """``"<camera name> <yyyy-mm-dd HH-MM-SS>.png"`` in the city's time, safe on every file
    system (no slashes, colons or control characters; not empty, not too long)."""
    name = _UNSAFE.sub("_", camera_name).strip(" .")[:120]
    while len(name.encode("utf-8")) > MAX_NAME_BYTES:
        name = name[:-1]
    stamp = when.astimezone(CITY_TZ).strftime("%Y-%m-%d %H-%M-%S")
    return f"{name.rstrip(' .') or 'camera'} {stamp}.png"


def free_path(folder: Path, file_name: str) -> Path:
    """``folder/file_name``, or ``… (2).png`` and so on when that file exists already."""
    path = folder / file_name
    n = 2
    while path.exists():
        path = folder / f"{Path(file_name).stem} ({n}).png"
        n += 1
    return path
