"""``ioc-console --write-profile PATH``: a site profile from a template, asked in the terminal.

Each answer comes from its option (``--backend-url``, ``--ward``, ``--ca-file``, ``--layout``,
``--position``, ``--lang``) or, when it was not given, from a question whose default is the
template's value; with ``--yes`` (or every option given) nothing is asked. The answers are
checked against the backend (reachable, trusted, the ward known) before anything is written.

No window is opened: the messages are translated with the console's catalogue through a bare
``QTranslator`` (no application object is needed), in English when the catalogue cannot be read.
Exit status: 0 written, 2 the answers or the template cannot make a profile, 3 the backend
refused them.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from dataclasses import asdict, fields, replace
from pathlib import Path
from typing import Any

from ioc_console.core.api.site_check import SiteCheckError, check_site, known_wards
from ioc_console.core.config.options import LANGUAGES
from ioc_console.core.config.profile import ProfileError
from ioc_console.core.config.profile_writer import (
    DEFAULT_TEMPLATE,
    Answers,
    defaults,
    render,
    site_name_for,
    template_text,
    write_profile,
)
from ioc_console.core.config.settings import Settings
from ioc_console.core.i18n import QT_TRANSLATE_NOOP, Message, TrText, fill
from ioc_console.core.layouts.defaults import DEFAULT_LAYOUTS
from ioc_console.core.logbook import setup_logging
from ioc_console.core.paths import app_paths, translations_dir

Text = TrText | Message  # a text of the core, or a sentence made of one
Translate = Callable[[Text], str]

log = logging.getLogger(__name__)

# Answers field -> (the option that answers it, the question)
QUESTIONS: dict[str, tuple[str, TrText]] = {
    "backend_url": ("backend_url", QT_TRANSLATE_NOOP("WriteProfile", "Backend address")),
    "ward": ("ward", QT_TRANSLATE_NOOP("WriteProfile", "Ward code (empty: the whole city)")),
    "site_name": ("site_name", QT_TRANSLATE_NOOP("WriteProfile", "Site name")),
    "ca_file": ("ca_file", QT_TRANSLATE_NOOP(
        "WriteProfile", "CA certificate file (empty: the certificates this computer trusts)")),
    "layout": ("layout", QT_TRANSLATE_NOOP("WriteProfile", "Layout")),
    "position": ("position", QT_TRANSLATE_NOOP(
        "WriteProfile", "Console position (empty: an id made for this computer)")),
    "language": ("lang", QT_TRANSLATE_NOOP("WriteProfile", "Language")),
}
CLEAR = "-"  # typed as an answer: leave the key out


def write_profile_command(args: argparse.Namespace, catalogue_dir: Path | None = None) -> int:
    """Ask, check and write; the exit status of ``--write-profile``."""
    try:
        setup_logging(app_paths().log_file, stderr=False)
    except OSError as exc:  # no log folder: the terminal still says everything
        print(f"log: {exc}", file=sys.stderr)
    language = args.lang or _console_language()
    say = translator(language, catalogue_dir or translations_dir())
    template = args.template or DEFAULT_TEMPLATE
    try:
        text = template_text(template)
        start = defaults(text)
    except (OSError, ValueError) as exc:
        _tell(say, Message(QT_TRANSLATE_NOOP(
            "WriteProfile", "The template %1 cannot be read: %2"), template, exc))
        return 2
    given = {name: getattr(args, option) for name, (option, _) in QUESTIONS.items()
             if getattr(args, option) is not None}
    answers = replace(start, **given)
    if not args.yes and len(given) < len(QUESTIONS):
        answers = ask(answers, start, set(given), say)
    elif "site_name" not in given:
        answers = replace(answers, site_name=site_name_for(answers.ward, start))
    answers = Answers(**{name: value.strip() for name, value in asdict(answers).items()})
    problem = local_problem(answers)
    if problem is not None:
        log.warning("Site profile %s not written: %s", args.write_profile, problem)
        _tell(say, problem)
        return 2
    try:
        check_site(answers.backend_url, answers.ward, answers.ca_file)
    except SiteCheckError as exc:
        log.warning("Site profile %s not written: %s", args.write_profile, exc.message)
        _tell(say, exc.message)
        _tell(say, QT_TRANSLATE_NOOP("WriteProfile", "The site profile was not written."))
        return 3
    try:
        origin = f"# Written by ioc-console --write-profile from the {template} template.\n"
        write_profile(args.write_profile, origin + render(text, answers))
    except ProfileError as exc:
        _tell(say, Message(QT_TRANSLATE_NOOP(
            "WriteProfile", "The site profile %1 was not written:"), exc.path))
        for error in exc.errors:
            log.warning("Site profile %s not written: %s", exc.path, error)
            print(f"  {error}", file=sys.stderr)
        return 2
    except OSError as exc:
        _tell(say, Message(QT_TRANSLATE_NOOP(
            "WriteProfile", "The site profile %1 cannot be written: %2"),
            args.write_profile, exc))
        return 2
    log.info("Site profile %s written from the %s template for %s (ward %s)",
             args.write_profile, template, answers.backend_url, answers.ward or "-")
    print(say(Message(QT_TRANSLATE_NOOP("WriteProfile", "Site profile written: %1"),
                      Path(args.write_profile).resolve())))
    return 0


def ask(answers: Answers, start: Answers, skip: set[str], say: Translate) -> Answers:
    """Ask in the terminal for every answer not in ``skip``; Enter keeps the default (the
    option's or the ``start`` template's value)."""
    print(say(QT_TRANSLATE_NOOP(
        "WriteProfile",
        "Press Enter to keep the value in brackets; type - to leave it empty.")))
    hints = {
        "ward": ", ".join(known_wards()),
        "layout": ", ".join(DEFAULT_LAYOUTS),
        "language": ", ".join(LANGUAGES),
    }
    values: dict[str, Any] = {}
    for item in fields(Answers):
        name = item.name
        if name in skip:
            continue
        default = getattr(answers, name)
        if name == "site_name":  # named for the ward just chosen
            default = site_name_for(values.get("ward", answers.ward), start)
        hint = f" ({hints[name]})" if name in hints else ""
        try:
            reply = input(f"{say(QUESTIONS[name][1])}{hint} [{default}]: ").strip()
        except EOFError:  # the answers ran out (a script): the defaults stand
            print()
            break
        values[name] = "" if reply == CLEAR else (reply or default)
    return replace(answers, **values)


def local_problem(answers: Answers) -> Message | None:
    """What is wrong with the answers before the backend is asked (None: nothing)."""
    if not answers.backend_url.strip():
        return Message(QT_TRANSLATE_NOOP("WriteProfile", "The backend address is required."))
    if answers.language and answers.language not in LANGUAGES:
        return Message(QT_TRANSLATE_NOOP(
            "WriteProfile", "The language must be one of %1, not %2."),
            ", ".join(LANGUAGES), answers.language)
    if answers.ca_file and not Path(answers.ca_file).expanduser().is_file():
        return Message(QT_TRANSLATE_NOOP(
            "WriteProfile", "The CA certificate file %1 does not exist."), answers.ca_file)
    return None


def translator(language: str, folder: Path) -> Translate:
    """Translate core text through the console's ``.qm`` catalogue for ``language``."""
    catalogue = _catalogue(language, folder) if language != "en" else None

    def say(text: Text) -> str:
        template, args = (text.template, text.args) if isinstance(text, Message) else (text, ())
        translated = catalogue.translate(template.context, str(template)) if catalogue else ""
        return fill(translated or str(template), args)

    return say


def _catalogue(language: str, folder: Path) -> Any:
    """The loaded ``QTranslator`` of ``language`` (None: no Qt, or no catalogue: English)."""
    try:
        from PySide6.QtCore import QTranslator
    except ImportError:  # a core-only installation
        return None
    catalogue = QTranslator()
    return catalogue if catalogue.load(str(folder / f"ioc_console_{language}.qm")) else None


def _tell(say: Translate, text: Text) -> None:
    print(say(text), file=sys.stderr)


def _console_language() -> str:
    """The language the console on this computer speaks (its settings), else Vietnamese."""
    try:
        value = Settings.load(app_paths().settings_file).get("ui.language")
    except (OSError, ValueError, KeyError):
        return "vi"
    return value if value in LANGUAGES else "vi"
