"""Every user-facing string in the code and the forms is in the Vietnamese catalogue, translated."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "ioc_console_vi.ts"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") not in ("obsolete", "vanished")
    }


def test_catalogue_matches_the_code(tmp_path):
    sources = [str(p) for p in sorted((ROOT / "ioc_console").rglob("*.py"))]
    sources += [str(p) for p in sorted((ROOT / "plugins").rglob("*.py"))]
    sources += [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True, cwd=ROOT, timeout=120
    )
    in_code = set(messages(fresh))
    in_catalogue = set(messages(TS))
    missing = in_code - in_catalogue
    assert not missing, f"run `make update-translations` and translate: {sorted(missing)}"


def test_every_message_is_translated_and_keeps_its_placeholders():
    for (context, source), message in messages(TS).items():
        translation = message.find("translation")
        assert translation.get("type") is None, f"{context}: {source!r} is not translated"
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            assert form.strip(), f"{context}: {source!r} has an empty translation"
            for placeholder in ("%1", "%2", "%3", "%n"):
                if placeholder in source:
                    assert placeholder in form, f"{context}: {source!r} lost {placeholder}"


def test_translatable_texts_are_declared_as_literals_the_catalogue_tool_can_see():
    """lupdate reads only literal texts: a ``QT_TRANSLATE_NOOP(context, text)`` with a variable
    in it (a helper that wraps it) declares a text that never reaches the catalogue, and the
    catalogue test above cannot notice. (Translating a declared text by variable at display
    time is fine.)"""
    import ast

    blind = []
    for path in sorted([*(ROOT / "ioc_console").rglob("*.py"), *(ROOT / "plugins").rglob("*.py")]):
        if path.name == "i18n.py":  # the definition itself
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "QT_TRANSLATE_NOOP"
                and not all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]
                )
            ):
                blind.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not blind, f"texts lupdate cannot read (use literals): {blind}"
