"""Files and web addresses opened with the system's programs (the log folder in the file
manager, a briefing PDF in the viewer) in the system's environment, from the frozen bundle too.

Qt opens them with ``xdg-open``, which inherits the console's environment: in the frozen Linux
bundle that is PyInstaller's ``LD_LIBRARY_PATH`` pointing at the bundle's copies of GLib,
libstdc++, cairo, ..., with which a newer release's file manager or PDF viewer does not start.
There, :func:`install_system_opener` takes over ``file``, ``http``, ``https`` and ``mailto``
addresses for every ``QDesktopServices.openUrl`` of the process and starts ``xdg-open`` with
the library path the console was started with (:mod:`ioc_console.core.system_programs`).
From a checkout nothing changes.
"""

from __future__ import annotations

import logging
import shutil

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from ioc_console.core.system_programs import system_program_env

log = logging.getLogger(__name__)
SCHEMES = ("file", "http", "https", "mailto")


class SystemOpener(QObject):
    """Opens an address with ``xdg-open`` in the system's environment."""

    def __init__(self, program: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.program = program

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        environment = QProcessEnvironment()
        for name, value in (system_program_env() or {}).items():
            environment.insert(name, value)
        process = QProcess()
        process.setProgram(self.program)
        # a file as its path ("Tài liệu" as it is on disk), anything else fully encoded: the
        # decoded text of an address is not always read back the same by xdg-open's helpers
        target = (
            url.toLocalFile()
            if url.isLocalFile()
            else url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        )
        process.setArguments([target])
        process.setProcessEnvironment(environment)
        result = process.startDetached()  # a bool here, (bool, pid) in other PySide6 versions
        started = result[0] if isinstance(result, tuple) else bool(result)
        if not started:
            log.warning("%s could not be opened: %s", url.toString(), process.errorString())


def install_system_opener(parent: QObject) -> SystemOpener | None:
    """In the frozen Linux bundle, open addresses through :class:`SystemOpener` (owned by
    ``parent``, the application); None where Qt's own opening is right."""
    program = shutil.which("xdg-open")
    if system_program_env() is None or program is None:
        return None
    opener = SystemOpener(program, parent)
    for scheme in SCHEMES:
        # the slot's name as a str: PySide6 refuses bytes here, whatever its stubs say
        QDesktopServices.setUrlHandler(scheme, opener, "open")  # type: ignore[arg-type]
    return opener


def uninstall_system_opener() -> None:
    for scheme in SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)
