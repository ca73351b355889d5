"""A plugin's static manifest, ``plugin.toml`` in the plugin's folder.

id = "admin_units"                 # lower-case, digits and _ ; unique
name = "Administrative units"
version = "1.0.0"
api_version = 1                    # the facade version the plugin was written for
entry = "plugin:register"          # module in the folder : function taking the facade
description = "..."                # optional
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST_NAME = "plugin.toml"
PLUGIN_ID = re.compile(r"^[a-z][a-z0-9_]{0,47}$")
ENTRY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*:[A-Za-z_][A-Za-z0-9_]*$")


class ManifestError(Exception):
    """The manifest cannot be read or is incomplete."""


@dataclass(frozen=True)
class Manifest:
    id: str
    name: str
    version: str
    api_version: int
    entry: str
    folder: Path
    description: str = ""
    names: dict[str, str] = field(default_factory=dict)

    def display_name(self, language: str) -> str:
        return self.names.get(language, self.name)

    @property
    def module(self) -> str:
        return self.entry.split(":", 1)[0]

    @property
    def function(self) -> str:
        return self.entry.split(":", 1)[1]


def read_manifest(folder: Path) -> Manifest:
    path = folder / MANIFEST_NAME
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ManifestError(f"{path} is missing") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ManifestError(f"{path} cannot be read: {exc}") from None
    problems = []
    for key, kind in (
        ("id", str),
        ("name", str),
        ("version", str),
        ("api_version", int),
        ("entry", str),
    ):
        if key not in raw:
            problems.append(f"'{key}' is missing")
        elif not isinstance(raw[key], kind) or isinstance(raw[key], bool):
            problems.append(f"'{key}' must be {'a whole number' if kind is int else 'text'}")
    if not problems:
        if not PLUGIN_ID.match(raw["id"]):
            problems.append(f"id {raw['id']!r} must be lower-case letters, digits and _")
        if not ENTRY.match(raw["entry"]):
            problems.append(f"entry {raw['entry']!r} must look like 'module:function'")
    if problems:
        raise ManifestError(f"{path}: " + "; ".join(problems))
    description = raw.get("description", "")
    names = raw.get("names", {})
    if not isinstance(names, dict) or not all(isinstance(v, str) for v in names.values()):
        raise ManifestError(f"{path}: [names] must map language codes to text")
    return Manifest(
        id=raw["id"],
        name=raw["name"],
        version=raw["version"],
        api_version=raw["api_version"],
        entry=raw["entry"],
        folder=folder,
        description=description if isinstance(description, str) else "",
        names=names,
    )
