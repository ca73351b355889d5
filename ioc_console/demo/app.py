"""The WSGI application of the demo backend: the URL map, faults on demand, problem answers
for every error, gzip after the route."""

from __future__ import annotations

import logging
from functools import cache

from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from . import (
    api_actions,
    api_auth,
    api_complaints,
    api_datasets,
    events,
    open311,
    snapshots,
    streams,
)
from .context import Context
from .inputs import BadInputError, screen
from .open311_format import error_response
from .problems import ProblemError, problem_response
from .responses import compress, json_response

log = logging.getLogger(__name__)


def healthz(ctx: Context, request: Request) -> Response:
    return json_response({"status": "ok"}, headers={"Cache-Control": "no-store"})


def client_version(ctx: Context, request: Request) -> Response:
    """The console release the site offers (the update notice reads it; no sign-in needed)."""
    return json_response(dict(ctx.client_release), headers={"Cache-Control": "no-store"})


@cache
def _contract() -> dict:
    from ioc_console.core.api.contract import load_contract

    return load_contract()


def openapi(ctx: Context, request: Request) -> Response:
    try:
        document = _contract()
    except (ImportError, OSError) as exc:
        raise ProblemError(
            503, f"The contract document is not available: {exc}", headers={"Retry-After": "60"}
        ) from exc
    return json_response(document)


def _open311_format(path: str) -> str:
    return "xml" if path.endswith(".xml") else "json"


class DemoApp:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.url_map = Map(
            [
                Rule("/healthz", endpoint=healthz, methods=["GET"]),
                Rule("/openapi.json", endpoint=openapi, methods=["GET"]),
                Rule("/api/v1/client-version", endpoint=client_version, methods=["GET"]),
                *api_auth.rules(),
                *api_actions.rules(),
                *api_complaints.rules(),
                *snapshots.rules(),
                *events.rules(),
                *api_datasets.rules(),
                *open311.rules(),
                *streams.rules(),
            ],
            strict_slashes=False,
            merge_slashes=False,
        )

    def __call__(self, environ, start_response):
        request = Request(environ)
        response = compress(request, self.dispatch(request))
        return response(environ, start_response)

    def dispatch(self, request: Request) -> Response:
        path = request.path
        is_open311 = path.startswith("/open311/")
        self.ctx.faults.stall(path)
        failure = self.ctx.faults.failure(path)
        if failure is not None:
            status, retry_after = failure
            headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
            return problem_response(status, "A fault was asked for by the test.", headers=headers)
        try:
            endpoint, args = self.url_map.bind_to_environ(request.environ).match()
            screen(request)
            return endpoint(self.ctx, request, **args)
        except BadInputError as bad:
            log.info("Refused %s %s: %s", request.method, path, bad)
            if is_open311:
                return error_response(_open311_format(path), 400, str(bad))
            return problem_response(400, str(bad))
        except ProblemError as problem:
            return problem.response()
        except open311.GeoReportError as fault:
            return error_response(_open311_format(path), fault.status, fault.description)
        except NotFound:
            if is_open311:
                return error_response(_open311_format(path), 404, "No such GeoReport endpoint.")
            return problem_response(404, f"No resource at {path}.")
        except MethodNotAllowed as exc:
            allowed = ", ".join(sorted(exc.valid_methods or []))
            if is_open311:
                response = error_response(_open311_format(path), 405, "Method not allowed.")
            else:
                response = problem_response(405, f"{request.method} is not allowed on {path}.")
            response.headers["Allow"] = allowed
            return response
        except Exception:
            log.exception("Request %s %s failed", request.method, path)
            if is_open311:
                return error_response(_open311_format(path), 500, "Internal server error.")
            return problem_response(500, "The demo backend failed on this request.")
