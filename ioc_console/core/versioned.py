"""Versioned files (layouts, tours): a file's data lifted to the version this console writes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def lift(
    data: dict[str, Any],
    current: int,
    migrations: Mapping[int, Migration],
    what: str,
    error: type[Exception],
    plural: bool = False,
) -> dict[str, Any]:
    """``data`` migrated one version at a time up to ``current``; ``error`` (naming ``what``
    the file holds) for a missing or invalid version, or one written by a newer console."""
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise error(f"{what} version {version!r} is not valid")
    if version > current:
        raise error(
            f"{what} {'were' if plural else 'was'} saved by a newer console "
            f"(version {version}, this one reads up to {current})"
        )
    while version < current:
        data = migrations[version](data)
        version = data["version"]
    return data
