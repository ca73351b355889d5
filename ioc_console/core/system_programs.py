"""The environment in which the console starts the system's own programs (ffmpeg for the RTSP
relay, a system Python for the demo's RTSP server).

In the frozen Linux bundle, PyInstaller's bootloader points ``LD_LIBRARY_PATH`` at the bundle's
libraries (keeping the value it found, if any, in ``LD_LIBRARY_PATH_ORIG``). A system program
started with that environment loads the bundle's copies of libstdc++, GLib, GnuTLS, libX11, ...
instead of the system's: harmless on the Debian release the bundle was built on, a program that
will not start on a newer one (its libraries need newer symbols than the bundle's copies have).
So the system's programs get the library path the console itself was started with. The video
workers are the bundle's own executable and keep the bundle's environment.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

BUNDLE_VARIABLE = "LD_LIBRARY_PATH"
SAVED_VARIABLE = "LD_LIBRARY_PATH_ORIG"  # where PyInstaller's bootloader keeps the original


def system_program_env(environ: Mapping[str, str] | None = None) -> dict[str, str] | None:
    """The environment for a system program: ``None`` (inherit this process's) from a checkout
    or an installed Python package; in the frozen Linux bundle, ``environ`` (default
    ``os.environ``) with the library path as it was before the bundle started."""
    if not getattr(sys, "frozen", False) or not sys.platform.startswith("linux"):
        return None
    env = dict(os.environ if environ is None else environ)
    original = env.pop(SAVED_VARIABLE, None)
    if original:
        env[BUNDLE_VARIABLE] = original
    else:
        env.pop(BUNDLE_VARIABLE, None)
    return env
