"""The demo RTSP server's own process: GStreamer's RTSP server, run by a Python that has ``gi``.

Not imported by the console: :mod:`ioc_console.demo.rtsp_server` runs this file with the
system Python (the project's virtualenv has no ``gi``). Standard library and ``gi`` only.

Reads one JSON line on standard input::

    {"port": 0, "user": "...", "password": "...", "mounts": ["/cam-12/main", ...]}

serves each mount as a live H.264 camera (a test picture with the mount's name and the time
burnt in, a keyframe every second) behind HTTP basic authentication, answers ``ready PORT`` on
standard output once it listens (``error TEXT`` and exit status 1 when it cannot), and exits
when its standard input ends (the demo stopped it, or the demo's process is gone: no orphan).

``--check``: exit 0 when GStreamer's RTSP server and every element the mounts need are there,
else print what is missing and exit 1.
"""

from __future__ import annotations

import json
import os
import sys

ELEMENTS = ("videotestsrc", "x264enc", "rtph264pay", "textoverlay", "timeoverlay")
# main and sub differ like a real camera's two streams; both are light (2 shared cores)
SIZES = {"main": (640, 360), "sub": (320, 180)}
ROLE = "camera-viewer"


def _gst():  # gi's modules are untyped
    import gi  # type: ignore[import-not-found]  # the system Python's, not the project's

    gi.require_version("Gst", "1.0")
    gi.require_version("GstRtspServer", "1.0")
    from gi.repository import GLib, Gst, GstRtspServer  # type: ignore[import-not-found]

    Gst.init(None)
    return GLib, Gst, GstRtspServer


def check() -> int:
    try:
        _glib, gst, _server = _gst()
    except (ImportError, ValueError) as exc:
        print(f"GStreamer's RTSP server cannot be loaded: {exc}")
        return 1
    missing = [name for name in ELEMENTS if gst.ElementFactory.find(name) is None]
    if missing:
        print("GStreamer elements missing: " + ", ".join(missing))
        return 1
    return 0


def launch_line(mount: str) -> str:
    name = "".join(c for c in mount.strip("/") if c.isalnum() or c in "-_/")
    width, height = SIZES.get(name.rsplit("/", 1)[-1], SIZES["main"])
    return (
        "( videotestsrc is-live=true pattern=ball "
        f"! video/x-raw,width={width},height={height},framerate=25/1 "
        f'! textoverlay text="{name}" valignment=top halignment=left font-desc="Sans 14" '
        '! timeoverlay valignment=bottom halignment=right font-desc="Sans 12" '
        "! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=25 bitrate=600 "
        "! rtph264pay name=pay0 pt=96 config-interval=1 )"
    )


def serve(config: dict) -> int:
    glib, _gst_module, rtsp = _gst()
    server = rtsp.RTSPServer()
    server.set_address("127.0.0.1")
    server.set_service(str(int(config.get("port") or 0)))
    auth = rtsp.RTSPAuth()
    token = rtsp.RTSPToken()
    token.set_string("media.factory.role", ROLE)
    auth.add_basic(rtsp.RTSPAuth.make_basic(config["user"], config["password"]), token)
    server.set_auth(auth)
    permissions = rtsp.RTSPPermissions()
    permissions.add_permission_for_role(ROLE, "media.factory.access", True)
    permissions.add_permission_for_role(ROLE, "media.factory.construct", True)
    mounts = server.get_mount_points()
    for mount in config["mounts"]:
        factory = rtsp.RTSPMediaFactory()
        factory.set_launch(launch_line(mount))
        factory.set_shared(False)
        factory.set_permissions(permissions)
        mounts.add_factory(mount, factory)
    try:
        if server.attach(None) == 0:
            raise OSError(f"cannot listen on 127.0.0.1:{config.get('port') or 0}")
    except Exception as exc:  # GLib.Error or OSError: the port is taken
        print(f"error {exc}", flush=True)
        return 1
    loop = glib.MainLoop()

    def stdin_event(_fd: int, _condition: object) -> bool:
        if not os.read(sys.stdin.fileno(), 4096):
            loop.quit()
            return False
        return True

    glib.io_add_watch(sys.stdin.fileno(), glib.IO_IN | glib.IO_HUP | glib.IO_ERR, stdin_event)
    print(f"ready {server.get_bound_port()}", flush=True)
    loop.run()
    return 0


def main(argv: list[str]) -> int:
    if "--check" in argv:
        return check()
    line = sys.stdin.buffer.readline()
    try:
        config = json.loads(line)
        if not isinstance(config.get("mounts"), list):
            raise ValueError("no mounts")
    except (ValueError, AttributeError) as exc:
        print(f"error bad configuration line: {exc}", flush=True)
        return 1
    return serve(config)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
