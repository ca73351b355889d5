"""Write a site profile from a template and a few answers (``ioc-console --write-profile``).

The template's text is kept, comments and all: each answer replaces its key's line in its
section (or uncomments it, or adds it), so the written file still explains itself. The result
is checked with :func:`load_profile` before it replaces anything and once more where it lies.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ioc_console.core.atomic import write_text_atomic
from ioc_console.core.clock import city_today
from ioc_console.core.config.profile import ProfileError, SiteProfile, load_profile
from ioc_console.core.domain.admin_units import find_unit
from ioc_console.core.paths import install_root

# --template NAME -> the file in build/site-profiles (in the checkout and in the bundle)
TEMPLATES = {
    "operator": "city-ioc.toml",
    "supervisor": "supervisor.toml",
    "ward-office": "ward-office.toml",
}
DEFAULT_TEMPLATE = "ward-office"


@dataclass(frozen=True)
class Answers:
    """What the profile is written with; "" leaves a key out (no ward: the whole city)."""

    backend_url: str
    ward: str = ""
    site_name: str = ""
    ca_file: str = ""
    layout: str = ""
    position: str = ""
    language: str = ""


def templates_dir() -> Path:
    return install_root() / "build" / "site-profiles"


def template_text(name: str, folder: Path | None = None) -> str:
    """The text of template ``name`` (a key of :data:`TEMPLATES`); OSError if it is missing."""
    return ((folder or templates_dir()) / TEMPLATES[name]).read_text(encoding="utf-8")


def defaults(text: str) -> Answers:
    """The answers a template gives when nobody changes them."""
    raw = tomllib.loads(text)

    def get(section: str, key: str) -> str:
        value = raw.get(section, {}).get(key, "")
        return str(value) if isinstance(value, (str, int)) else ""

    return Answers(
        backend_url=get("backend", "url"),
        ward=get("scope", "ward"),
        site_name=get("site", "name"),
        ca_file=get("backend", "ca_bundle"),
        layout=get("ui", "layout"),
        position=get("console", "position"),
        language=get("ui", "language"),
    )


def site_name_for(ward: str, template: Answers, today: date | None = None) -> str:
    """The default site name once the ward is known: a ward template's office named for the
    ward chosen (UBND + the ward's name), else the template's name."""
    if not ward or not template.ward or ward == template.ward:
        return template.site_name
    unit = find_unit(ward, today or city_today())
    return f"UBND {unit.name}" if unit is not None else template.site_name


def render(text: str, answers: Answers) -> str:
    """The template ``text`` with ``answers`` in place."""
    ca_file = str(Path(answers.ca_file).expanduser().resolve()) if answers.ca_file else ""
    for section, key, value in (
        ("backend", "url", answers.backend_url.strip()),
        ("backend", "ca_bundle", ca_file),
        ("scope", "ward", answers.ward.strip()),
        ("site", "name", answers.site_name.strip()),
        ("ui", "layout", answers.layout.strip()),
        ("ui", "language", answers.language.strip()),
        ("console", "position", answers.position.strip()),
    ):
        text = set_key(text, section, key, value or None)
    return text


def write_profile(path: Path, text: str) -> SiteProfile:
    """Check ``text`` as a profile beside ``path``, then write it there atomically.

    Raises :class:`ProfileError` (nothing written) when the text is not a usable profile."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    trial = path.with_name(f".{path.name}.check")
    try:  # beside the target, so a relative ca_bundle resolves as it will
        write_text_atomic(trial, text)
        load_profile(trial)
    except ProfileError as exc:
        raise ProfileError(path, exc.errors) from None
    finally:
        try:
            os.unlink(trial)
        except FileNotFoundError:
            pass
    write_text_atomic(path, text)
    return load_profile(path)


def set_key(text: str, section: str, key: str, value: str | None) -> str:
    """``text`` with ``key = "value"`` in ``[section]``; ``None`` comments an active key out."""
    lines = text.splitlines()
    start = _header(lines, section)
    if start is None:
        if value is None:
            return text
        tail = "" if text.endswith("\n") or not text else "\n"
        return f"{text}{tail}\n[{section}]\n{key} = {toml_string(value)}\n"
    end = next((i for i in range(start + 1, len(lines)) if _is_header(lines[i])), len(lines))
    found = next((i for i in range(start + 1, end) if _names_key(lines[i], key)), None)
    if value is None:
        if found is not None and not lines[found].lstrip().startswith("#"):
            lines[found] = "# " + lines[found]
    else:
        if lines[start].lstrip().startswith("#"):  # a commented-out section comes alive
            lines[start] = f"[{section}]"
        line = f"{key} = {toml_string(value)}"
        if found is None:
            lines.insert(start + 1, line)
        else:
            lines[found] = line
    return "\n".join(lines) + "\n"


def toml_string(value: str) -> str:
    """``value`` as a TOML basic string."""
    out = []
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch < " " or ch == "\x7f":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _bare(line: str) -> str:
    stripped = line.strip()
    return stripped[1:].strip() if stripped.startswith("#") else stripped


def _is_header(line: str) -> bool:
    bare = _bare(line)
    return bare.startswith("[") and bare.endswith("]") and "=" not in bare


def _header(lines: list[str], section: str) -> int | None:
    """The line of ``[section]``: the active one, else a commented-out one."""
    active = [i for i, line in enumerate(lines) if line.strip() == f"[{section}]"]
    if active:
        return active[0]
    return next((i for i, line in enumerate(lines) if _bare(line) == f"[{section}]"), None)


def _names_key(line: str, key: str) -> bool:
    name, sep, _ = _bare(line).partition("=")
    return bool(sep) and name.strip() == key
