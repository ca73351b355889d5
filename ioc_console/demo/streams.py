"""``GET /streams/<camera>/{main,sub,relay}.ts``: the paths of the demo cameras' video.

The cameras name these paths (made absolute with the backend's URL); the demo streamer that
serves MPEG-TS on them is a later part of the demo backend. Until it is here, a camera's path
answers 503 ``unavailable`` saying so (an unknown camera, 404), so a player reports an
unavailable stream instead of a missing resource.
"""

from __future__ import annotations

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from .context import Context
from .problems import ProblemError

STREAMS = ("main", "sub", "relay")
RETRY_AFTER_S = 300


def stream(ctx: Context, request: Request, camera: str, which: str) -> Response:
    found = ctx.store.get("cameras", camera)
    if found is None or found.get("deleted"):
        raise ProblemError(404, f"No camera {camera!r}.")
    raise ProblemError(
        503,
        f"The demo streams are not served by this version of the demo backend "
        f"({which} stream of {camera}).",
        headers={"Retry-After": str(RETRY_AFTER_S)},
    )


def rules() -> list[Rule]:
    names = ",".join(STREAMS)
    return [Rule(f"/streams/<camera>/<any({names}):which>.ts", endpoint=stream,
                 methods=["GET"])]
