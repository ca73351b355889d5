"""Open311 GeoReport v2 under /open311/v2/ over the complaints: discovery, services, service
definitions, requests (filters, the 90-day window of the spec and the page/page_size
extension), one request, and POST of a new request with an api_key. JSON and XML; errors in the
GeoReport form. No token needed."""

from __future__ import annotations

from datetime import datetime, timedelta

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from .context import Context
from .open311_format import render
from .open311_intake import create_request
from .timeutil import parse

API_KEY = "demo-open311-key"
JURISDICTION = "caolanh.dongthap.gov.vn"
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000
MAX_SPAN = timedelta(days=90)  # of start_date..end_date, and the default window
DEFAULT_WINDOW_REQUESTS = 1000
SPEC = "http://wiki.open311.org/GeoReport_v2"
CHANGESET = "2026-11-29 00:00"
STANDARD_FIELDS = (
    "service_request_id", "status", "status_notes", "service_name", "service_code",
    "description", "agency_responsible", "service_notice", "requested_datetime",
    "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long",
    "media_url",
)
_INTERNAL = {"id", "updated_at", "deleted"}


class GeoReportError(Exception):
    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.description = description


def as_request(complaint: dict) -> dict:
    """A complaint as a GeoReport v2 service request with our extension fields after."""
    standard = {name: complaint.get(name) for name in STANDARD_FIELDS}
    extensions = {
        k: v for k, v in complaint.items() if k not in standard and k not in _INTERNAL
    }
    return {**standard, **extensions}


def _check_jurisdiction(request: Request) -> None:
    asked = request.values.get("jurisdiction_id")
    if asked and asked != JURISDICTION:
        raise GeoReportError(404, f"Unknown jurisdiction_id {asked!r}; this server serves "
                                f"{JURISDICTION}.")


def _int_arg(request: Request, name: str, default: int, high: int | None = None) -> int:
    text = request.args.get(name)
    if text is None or text == "":
        return default
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1 or (high is not None and value > high):
        raise GeoReportError(400, f"{name} must be an integer from 1" +
                           (f" to {high}." if high else " up."))
    return value


def _date_arg(request: Request, name: str) -> datetime | None:
    text = request.args.get(name)
    if not text:
        return None
    try:
        return parse(text)
    except ValueError as exc:
        raise GeoReportError(400, f"{name} must be an ISO 8601 date-time.") from exc


def _window(request: Request, now: datetime) -> tuple[datetime, datetime, bool]:
    """The requested_datetime span of a list (start, end, whether it is the default one), as
    GeoReport v2 says: the last 90 days when no date is given; a span over 90 days is refused.
    With only ``start_date`` the span is the 90 days from it, with only ``end_date`` the 90 days
    up to it."""
    start, end = _date_arg(request, "start_date"), _date_arg(request, "end_date")
    if start is None and end is None:
        return now - MAX_SPAN, now, True
    if start is None:
        start = end - MAX_SPAN
    if end is None:
        end = start + MAX_SPAN
    if end < start:
        raise GeoReportError(400, "end_date lies before start_date.")
    if end - start > MAX_SPAN:
        raise GeoReportError(400, f"start_date to end_date may not span more than "
                                f"{MAX_SPAN.days} days.")
    return start, end, False


def _list_arg(request: Request, name: str) -> list[str]:
    return [part.strip() for part in request.args.get(name, "").split(",") if part.strip()]


def discovery(ctx: Context, request: Request, fmt: str) -> Response:
    endpoint = {
        "specification": SPEC,
        "url": ctx.base_url() + "/open311/v2",
        "changeset": CHANGESET,
        "type": "test",
        "formats": ["text/xml", "application/json"],
    }
    body = {
        "changeset": CHANGESET,
        "contact": "Trung tâm Giám sát, điều hành đô thị thông minh (IOC) – đường dây nóng 1022",
        "key_service": "The demo key is demo-open311-key.",
        "endpoints": [endpoint],
    }
    return render(fmt, "discovery", body)


def services(ctx: Context, request: Request, fmt: str) -> Response:
    _check_jurisdiction(request)
    fields = ("service_code", "service_name", "description", "metadata", "type", "keywords",
              "group")
    listed = [{name: service.get(name) for name in fields} for service in ctx.store.services]
    return render(fmt, "services", listed)


def service_definition(ctx: Context, request: Request, code: str, fmt: str) -> Response:
    _check_jurisdiction(request)
    service = next((s for s in ctx.store.services if s["service_code"] == code), None)
    if service is None:
        raise GeoReportError(404, f"No service with service_code {code!r}.")
    body = {"service_code": code, "attributes": list(service.get("attributes") or [])}
    return render(fmt, "service_definition", body)


def requests_list(ctx: Context, request: Request, fmt: str) -> Response:
    _check_jurisdiction(request)
    page = _int_arg(request, "page", 1)
    size = _int_arg(request, "page_size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    complaints = ctx.store.items("complaints")
    ids = _list_arg(request, "service_request_id")
    if ids:
        by_id = {c["service_request_id"]: c for c in complaints}
        chosen = [by_id[i] for i in ids if i in by_id]
    else:
        statuses = _list_arg(request, "status")
        if ("status" in request.args and not statuses) or any(
            s not in ("open", "closed") for s in statuses
        ):
            raise GeoReportError(400, "status must be open, closed or both, comma-separated.")
        codes = set(_list_arg(request, "service_code"))
        start, end, default = _window(request, ctx.store.clock.now())
        chosen = []
        for complaint in complaints:
            if (statuses and complaint["status"] not in statuses) or (
                codes and complaint["service_code"] not in codes
            ):
                continue
            requested = parse(complaint["requested_datetime"])
            if requested < start or requested > end:
                continue
            chosen.append((requested, complaint["service_request_id"], complaint))
        chosen.sort(key=lambda entry: entry[:2])
        if default:  # the last 90 days, or the latest 1000 requests when fewer
            chosen = chosen[-DEFAULT_WINDOW_REQUESTS:]
        chosen = [entry[2] for entry in chosen]
    window = chosen[(page - 1) * size : page * size]
    return render(fmt, "service_requests", [as_request(c) for c in window])


def one_request(ctx: Context, request: Request, request_id: str, fmt: str) -> Response:
    _check_jurisdiction(request)
    complaint = ctx.store.get("complaints", request_id)
    if complaint is None or complaint.get("deleted"):
        raise GeoReportError(404, f"No service request {request_id!r}.")
    return render(fmt, "service_requests", [as_request(complaint)])


def post_request(ctx: Context, request: Request, fmt: str) -> Response:
    form = request.form
    if form.get("api_key") != API_KEY:
        raise GeoReportError(403, "Invalid api_key received -- can't proceed with create_request.")
    _check_jurisdiction(request)
    try:
        created = create_request(ctx.store, form)
    except LookupError as exc:
        raise GeoReportError(404, str(exc)) from exc
    except ValueError as exc:
        raise GeoReportError(400, str(exc)) from exc
    return render(fmt, "service_requests", [created])


def rules() -> list[Rule]:
    fmt = "<any(json,xml):fmt>"
    base = "/open311/v2"
    return [
        Rule(f"{base}/discovery.{fmt}", endpoint=discovery, methods=["GET"]),
        Rule(f"{base}/services.{fmt}", endpoint=services, methods=["GET"]),
        Rule(f"{base}/services/<code>.{fmt}", endpoint=service_definition, methods=["GET"]),
        Rule(f"{base}/requests.{fmt}", endpoint=requests_list, methods=["GET"]),
        Rule(f"{base}/requests.{fmt}", endpoint=post_request, methods=["POST"]),
        Rule(f"{base}/requests/<request_id>.{fmt}", endpoint=one_request, methods=["GET"]),
    ]
