"""What goes into the frozen one-folder bundle, decided by rule rather than by a fixed list.

The PyInstaller spec (``ioc-console.spec``) and the bundle check (``check-bundle.py``) both use
these rules; ``tests/packaging`` tests them without running PyInstaller. Plain Python only: this
module is imported by the spec inside the clean build environment and by the tests.

The rules:
- every module of ``ioc_console`` is bundled (new panels, imported lazily or by name, included);
- every module a built-in plugin imports is bundled (plugins are loaded by path at run time,
  so PyInstaller's analysis never sees them);
- ``resources/`` (without translation sources), ``plugins/`` and ``ui/`` are copied as they are,
  so the frozen console finds them where ``core/paths.py`` looks, as from a checkout;
- QML, Qt Quick and 3D are left out (``QtWebEngineWidgets`` drags them in, about 110 MB, and the
  console draws with widgets); everything else PySide6 imports is kept: pyqtgraph's OpenGL and
  test modules, QtMultimedia with its plugins, QtSvg, ...;
- on Linux no ``libvlc*`` is bundled: python-vlc must load the system libVLC, which the Debian
  package depends on (a bundled copy makes ``vlc.Instance()`` return None); nor the Qt plugins
  the console does not use and the libraries only they (or the system's libpulse) need.
"""

from __future__ import annotations

import ast
import os
import stat
from collections.abc import Iterable
from pathlib import Path

APP_NAME = "ioc-console"

# PySide6 modules the console never uses and that only arrive as someone else's dependency.
EXCLUDED_QT_PREFIXES = ("QtQml", "QtQuick", "Qt3D", "QtWebEngineQuick", "QtDesigner")
EXCLUDED_MODULES = ("tkinter", "_tkinter", "PyQt5", "PyQt6", "PySide2", "IPython", "matplotlib")

# Files in the copied trees that are sources of something built, or leftovers of a checkout.
SKIPPED_SUFFIXES = (".ts", ".pyc", ".pyo")
SKIPPED_DIRS = ("__pycache__",)

# the site-profile templates too: --write-profile starts from them in the frozen app
DATA_TREES = ("resources", "plugins", "ui", "build/site-profiles")

# Qt plugins left out on Linux: the GTK 3 platform theme links GTK 3, which the package would
# have to depend on, and the console draws its own theme; the PDF image format and the
# virtual keyboard (a QML input method) serve nothing the console shows.
DROPPED_LINUX_QT_PLUGINS = ("libqgtk3.so", "libqpdf.so", "libqtvirtualkeyboardplugin.so")
# Libraries PyInstaller collects for those plugins and for PulseAudio's client (which comes from
# the system: make-bundle.sh removes libpulse.so.0) that nothing left in the bundle needs
# (no bundled file names them; checked with readelf). Left in, they only weigh on the package
# (about 6 MB of the .deb) and, found first through the bundle's library path, would stand in
# for the system's own copies under the system's libVLC plugins and libpulse.
DROPPED_LINUX_LIBRARIES = (
    # what only GTK 3 (the dropped platform theme) needs
    "libgtk-3.so.0", "libgdk-3.so.0", "libgdk_pixbuf-2.0.so.0", "libatk-1.0.so.0",
    "libatk-bridge-2.0.so.0", "libatspi.so.0", "libepoxy.so.0", "libpangocairo-1.0.so.0",
    "libcairo-gobject.so.2", "libXinerama.so.1",
    # what only libpulse needs: its private library and libsndfile's codecs
    "libpulsecommon-16.1.so", "libsndfile.so.1", "libFLAC.so.12", "libvorbis.so.0",
    "libvorbisenc.so.2", "libopus.so.0", "libmpg123.so.0", "libmp3lame.so.0", "libogg.so.0",
    "libasyncns.so.0",
    # what only the dropped PDF and virtual-keyboard plugins need
    "libQt6Pdf.so.6", "libQt6VirtualKeyboard.so.6", "libQt6VirtualKeyboardQml.so.6",
)


def excluded_modules(pyside6_modules: Iterable[str]) -> list[str]:
    """The modules to keep out: the fixed non-Qt ones and every ``PySide6.<name>`` whose name
    starts with an excluded prefix (``pyside6_modules`` are the names PySide6 ships)."""
    qt = sorted(
        f"PySide6.{name}" for name in pyside6_modules if name.startswith(EXCLUDED_QT_PREFIXES)
    )
    return [*EXCLUDED_MODULES, *qt]


def installed_pyside6_modules(pyside6_dir: Path) -> list[str]:
    """The binding modules in an installed PySide6 folder (``QtCore.abi3.so`` -> ``QtCore``)."""
    names = set()
    for path in pyside6_dir.iterdir():
        if path.name.startswith("Qt") and path.suffix in (".so", ".pyd"):
            names.add(path.name.split(".")[0])
    return sorted(names)


def plugin_imports(plugins_dir: Path) -> list[str]:
    """Every absolute module the built-in plugins import (``from x.y import z`` gives ``x.y``),
    so the spec can name them as hidden imports."""
    found: set[str] = set()
    for source in sorted(plugins_dir.rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                if node.module != "__future__":
                    found.add(node.module)
    return sorted(found)


def data_files(root: Path) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs for the trees copied into the bundle,
    destinations relative to the bundle's root (as PyInstaller's ``datas`` wants them)."""
    pairs: list[tuple[str, str]] = []
    for tree in DATA_TREES:
        for path in sorted((root / tree).rglob("*")):
            if not path.is_file() or path.suffix in SKIPPED_SUFFIXES:
                continue
            if any(part in SKIPPED_DIRS for part in path.relative_to(root).parts):
                continue
            pairs.append((str(path), str(path.parent.relative_to(root))))
    return pairs


def vlc_files(vlc_dir: Path) -> list[tuple[str, str]]:
    """The Windows bundle's libVLC: ``libvlc.dll``, ``libvlccore.dll`` and the ``plugins``
    tree of ``vlc_dir``, placed under ``vlc/`` in the bundle (empty when there is none)."""
    if not (vlc_dir / "libvlc.dll").is_file():
        return []
    return [
        (str(path), str(Path("vlc") / path.parent.relative_to(vlc_dir)))
        for path in sorted(vlc_dir.rglob("*"))
        if path.is_file()
    ]


def keep_binary(dest_name: str, platform: str) -> bool:
    """Whether a collected binary stays in the bundle (``dest_name`` as in ``a.binaries``)."""
    base = os.path.basename(dest_name)
    if platform.startswith("linux"):
        dropped = (*DROPPED_LINUX_QT_PLUGINS, *DROPPED_LINUX_LIBRARIES)
        return not base.startswith("libvlc") and base not in dropped
    return True


def bundle_problems(dist: Path, platform: str) -> list[str]:
    """What is wrong with a built bundle at ``dist`` (the folder holding the executable); an
    empty list means it is fit to package."""
    problems: list[str] = []
    internal = dist / "_internal"
    if not internal.is_dir():
        return [f"{internal} is missing: not a PyInstaller one-folder bundle"]
    exe = dist / (APP_NAME + (".exe" if platform.startswith("win") else ""))
    if not exe.is_file():
        problems.append(f"the executable {exe.name} is missing")
    for path in internal.rglob("*"):
        if path.name.startswith("libvlc") and platform.startswith("linux"):
            problems.append(f"{path.relative_to(dist)}: libVLC must come from the system")
        elif platform.startswith("linux") and not keep_binary(path.name, platform):
            problems.append(f"{path.relative_to(dist)}: left out by the rules, yet bundled")
        if path.is_dir() and path.name == "qml":
            problems.append(f"{path.relative_to(dist)}: QML is bundled (exclude QtQml/QtQuick)")
        if path.is_dir() and not path.is_symlink():
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & 0o055 != 0o055:
                problems.append(f"{path.relative_to(dist)}: folder mode {mode:o} (not readable)")
    webengine = ("QtWebEngineProcess", "icudtl.dat", "qtwebengine_resources.pak")
    names = {p.name for p in internal.rglob("*")}
    for name in webengine:
        if not any(n.startswith(name) for n in names):
            problems.append(f"QtWebEngine's {name} is missing")
    for tree in DATA_TREES:
        if not (internal / tree).is_dir():
            problems.append(f"{tree}/ is missing from the bundle")
    if not list((internal / "resources" / "translations").glob("*.qm")):
        problems.append("no compiled translation (.qm) in resources/translations")
    return problems
