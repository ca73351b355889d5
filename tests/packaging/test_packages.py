"""The Debian package and the Windows installer, built by their scripts from a stand-in bundle
(seconds, where a real build takes minutes): the package's layout, control fields, conffiles
and lintian verdict; the installer script compiled by makensis without a warning.

The real bundle is built and installed by `make package` and `make package-test`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def icons(tmp_path_factory):
    out = tmp_path_factory.mktemp("icons")
    subprocess.run(
        [sys.executable, str(ROOT / "build/render-icons.py"), str(out)], check=True, timeout=60
    )
    return out


@pytest.fixture
def deb(fake_bundle, icons, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    env = dict(os.environ, OUT_DIR=str(out), BUNDLE_DIR=str(fake_bundle), ICONS_DIR=str(icons),
               DEB_COMPRESSION="gzip", SOURCE_DATE_EPOCH="1767225600")
    result = subprocess.run(
        [str(ROOT / "build/linux/make-deb.sh")], env=env, capture_output=True, text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    (package,) = out.glob("ioc-console_*.deb")
    return package


def field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_the_icons_are_rendered_for_the_menu_and_the_windows_installer(icons):
    assert (icons / "hicolor/48x48/apps/ioc-console.png").is_file()
    assert (icons / "hicolor/scalable/apps/ioc-console.svg").is_file()
    assert (icons / "ioc-console.ico").read_bytes()[:4] == b"\0\0\1\0"


def test_the_package_installs_the_bundle_under_opt_with_a_command_and_a_menu_entry(deb):
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    paths = {line.split()[-1].lstrip(".") for line in listing.splitlines()}
    for path in (
        "/opt/ioc-console/ioc-console",
        "/opt/ioc-console/_internal/resources/translations/ioc_console_vi.qm",
        "/usr/bin/ioc-console",
        "/usr/share/applications/ioc-console.desktop",
        "/usr/share/icons/hicolor/48x48/apps/ioc-console.png",
        "/usr/share/doc/ioc-console/copyright",
        "/usr/share/lintian/overrides/ioc-console",
        "/etc/opt/ioc-console/profiles/ward-office.toml",
        "/etc/opt/ioc-console/profiles/supervisor.toml",
    ):
        assert path in paths, path
    assert "/etc/opt/ioc-console/site.toml" not in paths  # the office's, never the package's
    assert " root/root " in listing and "0700" not in listing


def test_depends_names_the_system_libvlc_and_what_the_bundle_leaves_out(deb):
    depends = [d.strip() for d in field(deb, "Depends").split(",")]
    assert depends[0].startswith("libc6 (>= 2.")
    for package in ("libvlc5", "vlc-plugin-base", "vlc-plugin-video-output", "libxcb-cursor0",
                    "fontconfig", "ffmpeg"):  # ffmpeg: the RTSP cameras' relay
        assert package in depends
    assert "gir1.2-gst-rtsp-server-1.0" in field(deb, "Suggests")  # the demo's RTSP cameras
    assert field(deb, "Package") == "ioc-console"
    assert field(deb, "Version") == __import__("ioc_console").__version__


def test_the_profile_templates_are_conffiles_and_purge_keeps_the_offices_profile(deb, tmp_path):
    subprocess.run(["dpkg-deb", "-e", str(deb), str(tmp_path / "control")], check=True)
    conffiles = (tmp_path / "control/conffiles").read_text().split()
    templates = sorted(p.name for p in (ROOT / "build/site-profiles").glob("*.toml"))
    assert conffiles == [f"/etc/opt/ioc-console/profiles/{name}" for name in templates]
    postrm = (tmp_path / "control/postrm").read_text()
    assert "site.toml" not in postrm.replace("(/etc/opt/ioc-console/site.toml)", "")
    removed = [line.split()[-1] for line in postrm.splitlines() if line.strip().startswith("rm ")]
    assert removed == ['"$profile"']  # beside empty folders, only the AppArmor profile it added
    assert "profile=/etc/apparmor.d/ioc-console" in postrm


def test_the_apparmor_profile_names_the_programs_the_package_installs(deb, tmp_path):
    """Ubuntu 24.04 lets only profiled programs create the user namespaces QtWebEngine's
    sandbox needs: the profile must attach to the bundle's own console and web process."""
    import re

    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    paths = {line.split()[-1].lstrip(".") for line in listing.splitlines()}
    assert "/usr/share/ioc-console/apparmor.d/ioc-console" in paths
    profile = (ROOT / "build/linux/apparmor-profile").read_text()
    attach = re.search(r"^profile ioc-console (/opt/ioc-console/)\{([^}]*)\} ", profile, re.M)
    assert attach and "userns," in profile
    for program in attach.group(2).split(","):
        assert attach.group(1) + program in paths, program
    subprocess.run(["dpkg-deb", "-e", str(deb), str(tmp_path / "control")], check=True)
    postinst = (tmp_path / "control/postinst").read_text()
    assert "[ -e /etc/apparmor.d/abi/4.0 ]" in postinst  # AppArmor 4 reads it; Debian 12 not


def test_the_command_starts_the_bundle_with_its_arguments(deb, tmp_path):
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path / "root")], check=True)
    wrapper = (tmp_path / "root/usr/bin/ioc-console").read_text()
    assert 'exec /opt/ioc-console/ioc-console "$@"' in wrapper


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_the_menu_entry_is_valid():
    result = subprocess.run(
        ["desktop-file-validate", str(ROOT / "build/linux/ioc-console.desktop")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(not shutil.which("lintian"), reason="lintian")
def test_lintian_finds_no_error_beyond_the_overrides(deb):
    result = subprocess.run(
        ["lintian", "--no-tag-display-limit", str(deb)], capture_output=True, text=True,
        timeout=300,
    )
    errors = [line for line in result.stdout.splitlines() if line.startswith("E:")]
    assert errors == []


@pytest.mark.skipif(not shutil.which("makensis"), reason="nsis")
def test_the_windows_installer_compiles_without_a_warning(fake_bundle, icons, tmp_path):
    (fake_bundle / "ioc-console.exe").write_bytes(b"stand-in")
    setup = tmp_path / "ioc-console-0.1.0-installer.exe"
    result = subprocess.run(
        ["makensis", "-V2", "-WX", "-DVERSION=0.1.0", f"-DBUNDLE_DIR={fake_bundle}",
         f"-DPROFILES_DIR={ROOT / 'build/site-profiles'}", f"-DICON={icons / 'ioc-console.ico'}",
         f"-DOUTFILE={setup}", str(ROOT / "build/windows/ioc-console.nsi")],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert setup.read_bytes()[:2] == b"MZ"
