"""The console position's id: which desk of the control room (or which ward office PC) acted.

The backend records it as ``console`` in every history entry of an alert, from the
``X-Console-Id`` header the REST client sends with each request; the console records the same
value in the history of the alerts it handles itself. The site profile may name the position
(``[console] position = "Bàn 1"``); otherwise an id is made once per installation
(``<host>-<6 hex digits>``) and kept in the user settings (``console.id``), so it stays the same
from one run to the next.
"""

from __future__ import annotations

import logging
import platform
import re
import secrets
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ioc_console.core.config.settings import Settings

log = logging.getLogger(__name__)

SECTION: dict[str, tuple[type, bool]] = {"position": (str, False)}  # the profile's [console]
SETTING = "console.id"
MAX_LENGTH = 64  # as the backend's contract allows


def problem(value: str) -> str | None:
    """Why ``value`` cannot name a console position (None: it can)."""
    if not value.strip() or len(value.strip()) > MAX_LENGTH or not value.isprintable():
        return f"must be 1 to {MAX_LENGTH} printable characters, not {value!r}"
    return None


def position(value: str | None, errors: list[str]) -> str | None:
    """The profile's ``[console] position``, checked (a problem is added to ``errors``)."""
    if value is None:
        return None
    why = problem(value)
    if why is not None:
        errors.append(f"[console] position {why}")
        return None
    return value.strip()


def generated(host: str | None = None) -> str:
    """A new id: this computer's short name (letters, digits and dashes) and 6 random hex
    digits, so two consoles cloned from one image still differ."""
    name = (host if host is not None else platform.node()).split(".")[0]
    name = re.sub(r"[^A-Za-z0-9-]+", "-", name).strip("-")[:40] or "console"
    return f"{name}-{secrets.token_hex(3)}"


def console_id(settings: Settings, profile_position: str | None = None) -> str:
    """The console's id: the profile's position, else the one kept in ``settings`` (made and
    saved there the first time)."""
    if profile_position:
        return profile_position
    kept = settings.get(SETTING)
    if isinstance(kept, str) and kept and problem(kept) is None:
        return kept.strip()
    made = generated()
    try:
        settings.set(SETTING, made)
    except OSError as exc:  # used for this run; made again at the next
        log.warning("the console id %s could not be kept in the settings: %s", made, exc)
    log.info("this console's id is %s (kept in the settings)", made)
    return made
