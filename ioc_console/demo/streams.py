"""``GET /streams/<camera>/{main,sub,relay}.ts``: the demo cameras' live video, MPEG-TS.

The cameras name these paths (made absolute with the backend's URL). The bytes come from the
backend's :class:`~ioc_console.demo.streamer.DemoStreamer` and are passed on as they arrive;
the stream ends when the streamer stops or the backend stops (every connection cut).

An unknown camera, or a stream the camera does not have on this server (cam-12's ``main`` is
an ``rtsp://`` URL on the city network; cam-01 has no ``relay``): 404. The streamer stopped
or unable to stream (no libVLC, no clip): 503 ``unavailable`` with ``Retry-After``.
"""

from __future__ import annotations

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from .context import Context
from .problems import ProblemError
from .streamer import StreamUnavailableError

STREAMS = ("main", "sub", "relay")
RETRY_AFTER_S = 5


def stream(ctx: Context, request: Request, camera: str, which: str) -> Response:
    found = ctx.store.get("cameras", camera)
    if found is None or found.get("deleted"):
        raise ProblemError(404, f"No camera {camera!r}.")
    if (found.get("streams") or {}).get(which) != f"/streams/{camera}/{which}.ts":
        raise ProblemError(404, f"Camera {camera!r} has no {which} stream on this server.")
    unavailable = {"Retry-After": str(RETRY_AFTER_S)}
    if ctx.streamer is None:
        raise ProblemError(503, "This demo backend serves no camera video.", headers=unavailable)
    try:
        chunks = ctx.streamer.open(camera, which, cancelled=ctx.stopping)
    except StreamUnavailableError as exc:
        raise ProblemError(503, str(exc), headers=unavailable) from exc
    return Response(
        chunks,
        mimetype="video/mp2t",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        direct_passthrough=True,
    )


def rules() -> list[Rule]:
    names = ",".join(STREAMS)
    return [Rule(f"/streams/<camera>/<any({names}):which>.ts", endpoint=stream, methods=["GET"])]
