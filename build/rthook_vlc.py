# PyInstaller run-time hook: on Windows the bundle carries libVLC and a chosen set of its plugins
# in _internal/vlc (build/windows/fetch-vlc.ps1); python-vlc finds them through these
# variables. On Linux nothing is set: the system libVLC is used (none is bundled).
import os
import sys

_vlc = os.path.join(getattr(sys, "_MEIPASS", ""), "vlc")
if sys.platform.startswith("win") and os.path.isfile(os.path.join(_vlc, "libvlc.dll")):
    os.environ.setdefault("PYTHON_VLC_LIB_PATH", os.path.join(_vlc, "libvlc.dll"))
    os.environ.setdefault("PYTHON_VLC_MODULE_PATH", os.path.join(_vlc, "plugins"))
