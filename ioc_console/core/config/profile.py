"""The site profile: a TOML file that tells a console where its city's services are.

Validation collects every problem at once and names the file, the section and the key, so an
installer or a ward clerk can fix the file in one go.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from ioc_console.core.clock import city_today
from ioc_console.core.config.alerts_section import SECTION as ALERTS_SECTION
from ioc_console.core.config.alerts_section import AlertsSettings, alerts_settings
from ioc_console.core.config.briefing_section import SECTION as BRIEFING_SECTION
from ioc_console.core.config.briefing_section import BriefingSettings, briefing_settings
from ioc_console.core.config.cap_source import KEYS as CAP_KEYS
from ioc_console.core.config.cap_source import CapSettings, cap_settings
from ioc_console.core.config.console_id import SECTION as CONSOLE_SECTION
from ioc_console.core.config.console_id import position as console_position
from ioc_console.core.config.open311_source import SECTION as OPEN311_SECTION
from ioc_console.core.config.open311_source import Open311Source, open311_source
from ioc_console.core.config.options import LANGUAGES, THEMES
from ioc_console.core.config.targets import (
    DEFAULT_TARGETS,
    PLUGIN_KPI,
    Target,
    read_plugin_targets,
    read_targets,
)
from ioc_console.core.domain.admin_units import find_unit, units_on

# section -> key -> (type, required)
SCHEMA: dict[str, dict[str, tuple[type, bool]]] = {
    "site": {"name": (str, False)},
    "backend": {"url": (str, True), "ca_bundle": (str, False), "timeout_s": (float, False)},
    "scope": {"ward": (str, False)},
    "map": {"tile_url": (str, False), "tile_attribution": (str, False), "mbtiles": (str, False)},
    "ui": {"language": (str, False), "layout": (str, False), "theme": (str, False)},
    "open311": OPEN311_SECTION,
    "targets": {kpi: (dict, False) for kpi in DEFAULT_TARGETS},  # checked by read_targets
    "alerts": {**ALERTS_SECTION, **CAP_KEYS},
    "console": CONSOLE_SECTION,
    "briefing": BRIEFING_SECTION,
    # the version feed of the update notice; default: the backend's /api/v1/client-version
    "updates": {"feed_url": (str, False), "check": (bool, False)},
    # the site's own plugins: a folder of plugin folders, relative to this file
    "plugins": {"folder": (str, False)},
}


class ProfileError(Exception):
    """The profile cannot be used; :attr:`errors` lists every reason."""

    def __init__(self, path: Path, errors: list[str]) -> None:
        self.path = path
        self.errors = errors
        super().__init__("\n".join(f"{path}: {e}" for e in errors))


@dataclass(frozen=True)
class SiteProfile:
    path: Path
    backend_url: str
    site_name: str = ""
    ca_bundle: Path | None = None
    timeout_s: float = 10.0
    ward: str | None = None
    tile_url: str | None = None
    tile_attribution: str = ""
    mbtiles: Path | None = None
    language: str | None = None
    layout: str | None = None
    theme: str | None = None
    open311: Open311Source | None = None
    targets: dict[str, Target] = field(default_factory=lambda: dict(DEFAULT_TARGETS))
    # [targets] of the plugins' KPIs ("<plugin>.<name>"): applied when the plugin registers it
    plugin_targets: dict[str, dict[str, float]] = field(default_factory=dict)
    alerts: AlertsSettings = field(default_factory=AlertsSettings)
    cap: CapSettings = field(default_factory=CapSettings)  # the [alerts] cap_* keys
    console_position: str | None = None  # [console] position: this console's id
    briefing: BriefingSettings = field(default_factory=BriefingSettings)
    update_feed: str | None = None  # None: the backend's own feed
    update_check: bool = True
    plugins_folder: Path | None = None  # [plugins] folder: the site's plugins


def load_profile(path: Path, today: date | None = None) -> SiteProfile:
    """Read and validate the profile at ``path``; raise :class:`ProfileError` listing problems."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProfileError(path, ["the file does not exist"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(path, [f"the file cannot be read: {exc}"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(path, [f"not valid TOML: {exc}"]) from None
    return _validate(path, raw, today or city_today())


def _validate(path: Path, raw: dict[str, Any], today: date) -> SiteProfile:
    errors: list[str] = []
    flat: dict[str, Any] = {}
    for section, body in raw.items():
        if section not in SCHEMA:
            errors.append(f"unknown section [{section}]; known sections: {', '.join(SCHEMA)}")
            continue
        if not isinstance(body, dict):
            errors.append(f"[{section}] must be a table, not a value")
            continue
        for key, value in body.items():
            plugin_kpi = section == "targets" and bool(PLUGIN_KPI.match(key))
            if key not in SCHEMA[section] and not plugin_kpi:  # "<plugin>.<name>": a table
                known = ", ".join(SCHEMA[section])
                errors.append(f"[{section}] unknown key '{key}'; known keys: {known}")
                continue
            expected, _ = SCHEMA[section].get(key, (dict, False))
            if expected is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if expected is str and isinstance(value, int) and not isinstance(value, bool):
                value = str(value)  # a ward code written as a number
            if not isinstance(value, expected):
                errors.append(
                    f"[{section}] {key} must be {_kind(expected)}, not {type(value).__name__}"
                )
                continue
            flat[f"{section}.{key}"] = value
    for section, keys in SCHEMA.items():
        for key, (_, required) in keys.items():
            if required and f"{section}.{key}" not in flat and not _had_type_error(errors, key):
                errors.append(f"[{section}] {key} is required")

    url = flat.get("backend.url")
    if url is not None and not _is_http_url(url):
        errors.append(f"[backend] url must be an http:// or https:// address, not '{url}'")
    elif url is not None and urlparse(url).scheme == "http" and not _is_loopback(url):
        errors.append(
            f"[backend] url must use https:// ('{url}' would send the sign-in and every "
            "record unencrypted); http:// is only for a backend on this machine"
        )
    ca_bundle = _existing_file(flat.get("backend.ca_bundle"), path, "[backend] ca_bundle", errors)
    mbtiles = _existing_file(flat.get("map.mbtiles"), path, "[map] mbtiles", errors)
    plugins = _existing_folder(flat.get("plugins.folder"), path, "[plugins] folder", errors)
    timeout = flat.get("backend.timeout_s", 10.0)
    if not 0 < timeout <= 300:
        errors.append(f"[backend] timeout_s must be between 0 and 300 seconds, not {timeout}")
    tile_url = flat.get("map.tile_url")
    if tile_url is not None and (
        not _is_http_url(tile_url) or not all(p in tile_url for p in ("{z}", "{x}", "{y}"))
    ):
        errors.append(
            "[map] tile_url must be an http(s) address with {z}, {x} and {y}, "
            f"not '{tile_url}'"
        )
    ward = flat.get("scope.ward")
    if ward is not None and find_unit(ward, today) is None:
        current = ", ".join(f"{u.code} ({u.name})" for u in units_on(today))
        errors.append(f"[scope] ward '{ward}' is not a ward in force today; wards: {current}")
    for key, allowed in (("ui.language", LANGUAGES), ("ui.theme", THEMES)):
        value = flat.get(key)
        if value is not None and value not in allowed:
            section, name = key.split(".")
            errors.append(f"[{section}] {name} must be one of {', '.join(allowed)}, not '{value}'")
    feed = flat.get("updates.feed_url")
    if feed is not None and not _is_http_url(feed):
        errors.append(f"[updates] feed_url must be an http:// or https:// address, not '{feed}'")
    open311_keys = {k.split(".", 1)[1]: v for k, v in flat.items() if k.startswith("open311.")}
    open311 = open311_source(open311_keys, errors)
    target_keys = {k.split(".", 1)[1]: v for k, v in flat.items() if k.startswith("targets.")}
    targets = read_targets(target_keys, errors)
    plugin_targets = read_plugin_targets(target_keys, errors)
    alerts_keys = {k.split(".", 1)[1]: v for k, v in flat.items() if k.startswith("alerts.")}
    alerts = alerts_settings({k: v for k, v in alerts_keys.items() if k not in CAP_KEYS}, errors)
    cap = cap_settings({k: v for k, v in alerts_keys.items() if k in CAP_KEYS}, errors)
    console = console_position(flat.get("console.position"), errors)
    briefing = briefing_settings(
        {k.split(".", 1)[1]: v for k, v in flat.items() if k.startswith("briefing.")}, errors)

    if errors or url is None:  # backend.url is required: its absence is among the errors
        raise ProfileError(path, errors or ["[backend] url is required"])
    return SiteProfile(
        path=path,
        backend_url=url.rstrip("/"),
        site_name=flat.get("site.name", ""),
        ca_bundle=ca_bundle,
        timeout_s=timeout,
        ward=ward,
        tile_url=tile_url,
        tile_attribution=flat.get("map.tile_attribution", ""),
        mbtiles=mbtiles,
        language=flat.get("ui.language"),
        layout=flat.get("ui.layout"),
        theme=flat.get("ui.theme"),
        open311=open311,
        targets=targets,
        plugin_targets=plugin_targets,
        alerts=alerts,
        cap=cap,
        console_position=console,
        briefing=briefing,
        update_feed=feed,
        update_check=flat.get("updates.check", True),
        plugins_folder=plugins,
    )


def _kind(expected: type) -> str:
    kinds = {str: "text", float: "a number", bool: "true or false", int: "a whole number",
             dict: "a table"}
    return kinds.get(expected, expected.__name__)


def _had_type_error(errors: list[str], key: str) -> bool:
    return any(f" {key} must be" in e for e in errors)


def _is_loopback(url: str) -> bool:
    host = urlparse(url).hostname or ""
    return host == "localhost" or host == "::1" or host.startswith("127.")


def _is_http_url(value: str) -> bool:
    parsed = urlparse(value)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


def _existing_file(value: str | None, profile: Path, label: str, errors: list[str]) -> Path | None:
    if value is None:
        return None
    candidate = Path(value).expanduser()
    if not candidate.is_absolute():
        candidate = profile.parent / candidate
    if not candidate.is_file():
        errors.append(f"{label} '{value}' is not a file (looked for {candidate})")
        return None
    return candidate


def _existing_folder(
    value: str | None, profile: Path, label: str, errors: list[str]
) -> Path | None:
    """A folder named relative to the profile's own folder (or absolute); it must exist."""
    if value is None:
        return None
    if not value.strip():
        errors.append(f"{label} must name a folder, not an empty text")
        return None
    candidate = Path(value).expanduser()
    if not candidate.is_absolute():
        candidate = profile.parent / candidate
    if not candidate.is_dir():
        errors.append(
            f"{label} '{value}' is not a folder (looked for {candidate}; a relative folder is "
            "read from the profile's own folder)"
        )
        return None
    return candidate
