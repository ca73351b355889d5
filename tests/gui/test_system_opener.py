"""In the frozen Linux bundle, the log folder and briefing PDFs open through ``xdg-open``
started with the library path the console was started with, not the bundle's."""

from __future__ import annotations

import stat
import sys

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from ioc_console.gui.system_opener import install_system_opener, uninstall_system_opener

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle")


@pytest.fixture
def xdg_open(tmp_path, monkeypatch):
    """A stand-in xdg-open on the PATH that notes its library path and its argument."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    program = bin_dir / "xdg-open"
    program.write_text('#!/bin/sh\necho "${LD_LIBRARY_PATH-unset} $1" > "$0.seen.tmp"\n'
                       'mv "$0.seen.tmp" "$0.seen"\n')
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    return program.with_name("xdg-open.seen")


def test_the_frozen_bundle_opens_a_folder_without_its_own_libraries(qapp, qtbot, xdg_open,
                                                                  tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/ioc-console/_internal")
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG", raising=False)
    opener = install_system_opener(qapp)
    try:
        assert opener is not None
        folder = tmp_path / "Tài liệu báo cáo"  # a Vietnamese name with a space
        folder.mkdir()
        assert QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        qtbot.waitUntil(xdg_open.exists, timeout=10000)
    finally:
        uninstall_system_opener()
        if opener is not None:
            opener.deleteLater()
    assert xdg_open.read_text().rstrip("\n") == f"unset {folder}"  # its path, as on disk


def test_from_a_checkout_qt_opens_addresses_itself(qapp, xdg_open):
    assert install_system_opener(qapp) is None
