"""``POST /api/v1/complaints`` (a complaint taken by an operator) and
``POST /api/v1/complaints/<id>/actions`` (handling it), with Idempotency-Key semantics as the
alert actions have them: the same user's key with the same body gets the stored answer again
(``Idempotent-Replayed: true``) and nothing is applied twice; with another body, 422.

The handling workflow is the console's own (``ioc_console.core.complaints.workflow``): the
action is checked against the complaint as it is when it arrives (409 with ``current``
otherwise) and recorded in its history with the user and the time.

Privacy: the citizen's contact is kept only when the request says the citizen consented, and
apart from the complaint (never in the dataset, the events or Open311); the answer says
whether it was kept (``contact_kept``).
"""

from __future__ import annotations

import hashlib
import json
import math
import weakref

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from ioc_console.core.complaints import workflow
from ioc_console.core.complaints.intake import CHANNELS, MAX_TEXT

from .api_auth import authenticate
from .context import Context
from .open311_intake import _agency, _deadline, _next_id, _unit_at
from .problems import ProblemError
from .responses import dump_json
from .store import IdempotencyRecord, Store
from .timeutil import fmt

MAX_KEY_LENGTH = 128
CHANNEL_NOTES = {
    "phone": "Tiếp nhận qua điện thoại",
    "email": "Tiếp nhận qua email",
    "facebook": "Tiếp nhận qua Facebook",
    "website": "Tiếp nhận qua cổng 1022",
    "zalo": "Tiếp nhận qua Zalo",
    "edongthap": "Tiếp nhận qua ứng dụng eDongThap",
}
INTAKE_FIELDS = {"channel", "category", "description", "lat", "long", "address", "contact"}
# store -> complaint id -> the citizen's contact, kept with consent only
_contacts: weakref.WeakKeyDictionary[Store, dict[str, dict]] = weakref.WeakKeyDictionary()


def contacts(store: Store) -> dict[str, dict]:
    """The contacts the backend keeps, by complaint id (for tests and the privacy rules)."""
    return _contacts.setdefault(store, {})


def _fingerprint(target: str, body: object) -> str:
    canonical = json.dumps({"target": target, "body": body}, sort_keys=True, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _key(request: Request) -> str:
    key = request.headers.get("Idempotency-Key", "")
    if not 1 <= len(key) <= MAX_KEY_LENGTH:
        raise ProblemError(
            400, f"An Idempotency-Key header of 1 to {MAX_KEY_LENGTH} characters is required."
        )
    return key


def _stored(record: IdempotencyRecord, replayed: bool) -> Response:
    response = Response(record.body, status=record.status, mimetype="application/json")
    if replayed:
        response.headers["Idempotent-Replayed"] = "true"
    return response


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _intake(store: Store, body: object) -> tuple[dict, dict | None]:
    """The checked request: (fields, contact or None). ProblemError 400 saying what is wrong."""
    if not isinstance(body, dict):
        raise ProblemError(400, "The body must be a JSON object.")
    extra = sorted(set(body) - INTAKE_FIELDS)
    if extra:
        raise ProblemError(400, f"Unknown field {extra[0][:40]!r}.")
    if body.get("channel") not in CHANNELS:
        raise ProblemError(400, f"channel must be one of {', '.join(CHANNELS)}.")
    code = body.get("category")
    if not isinstance(code, str) or not any(s["service_code"] == code for s in store.services):
        raise ProblemError(400, f"Unknown category {str(code)[:40]!r}.")
    text = body.get("description")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
        raise ProblemError(400, f"description is required, at most {MAX_TEXT} characters.")
    lat, lon = body.get("lat"), body.get("long")
    if not (isinstance(lat, int | float) and isinstance(lon, int | float)) or not (
        _number(lat) and _number(lon) and -90 <= lat <= 90 and -180 <= lon <= 180
    ):
        raise ProblemError(400, "lat and long are required, in decimal degrees.")
    address = body.get("address")
    if address is not None and (not isinstance(address, str) or len(address) > 500):
        raise ProblemError(400, "address must be a text of at most 500 characters.")
    contact = body.get("contact")
    if contact is not None:
        if not isinstance(contact, dict) or set(contact) - {"name", "phone", "consent"}:
            raise ProblemError(400, "contact has name, phone and consent only.")
        if any(
            v is not None and (not isinstance(v, str) or len(v) > 200)
            for k, v in contact.items()
            if k != "consent"
        ):
            raise ProblemError(400, "contact name and phone are texts of at most 200 characters.")
        contact = contact if contact.get("consent") is True else None  # no consent: not kept
    return body, contact


def post_complaint(ctx: Context, request: Request) -> Response:
    user = authenticate(ctx, request)
    key = _key(request)
    body = request.get_json(silent=True)
    fingerprint = _fingerprint("new", body)
    store = ctx.store
    with store.lock:
        record = store.idempotency.get((user["username"], key))
        if record is not None:
            if record.fingerprint != fingerprint:
                raise ProblemError(422, "This Idempotency-Key was used with another request.")
            return _stored(record, replayed=True)
        fields, contact = _intake(store, body)
        try:
            unit = _unit_at(store, (fields["lat"], fields["long"]))
        except ValueError as exc:
            raise ProblemError(400, str(exc)) from exc
        service = next(s for s in store.services if s["service_code"] == fields["category"])
        now = store.clock.now()
        ward = unit["current_ward"] if unit else None
        if user["role"] == "ward_clerk" and ward != user.get("ward"):
            raise ProblemError(403, "A ward clerk takes the complaints of their own ward only.")
        sid = _next_id(store, now.year)
        at, deadline = fmt(now), fmt(_deadline(now, service))
        note = CHANNEL_NOTES[fields["channel"]]
        complaint = {
            "id": sid,
            "service_request_id": sid,
            "service_code": fields["category"],
            "service_name": service.get("service_name"),
            "description": fields["description"],
            "status": "open",
            "status_notes": note,
            "agency_responsible": _agency(store, fields["category"], ward, unit),
            "requested_datetime": at,
            "updated_datetime": at,
            "expected_datetime": deadline,
            "address": fields.get("address") or (unit["name"] if unit else None),
            "lat": fields["lat"],
            "long": fields["long"],
            "media_url": None,
            "channel": fields["channel"],
            "ward": unit["code"] if unit else None,
            "unit_id": unit["id"] if unit else None,
            "current_ward": ward,
            "category": fields["category"],
            "legal_deadline": deadline,
            "state": "received",
            "status_history": [
                {
                    "state": "received",
                    "at": at,
                    "by": user["username"],
                    "note": note,
                    "action": "receive",
                }
            ],
            "resolution": None,
            "satisfaction": None,
            "satisfied": None,
        }
        stored = store.put("complaints", complaint).item
        if contact is not None:
            contacts(store)[sid] = {"name": contact.get("name"), "phone": contact.get("phone")}
        answer = {"complaint": stored, "contact_kept": contact is not None}
        record = IdempotencyRecord(fingerprint, 201, dump_json(answer))
        store.idempotency[(user["username"], key)] = record
        store.applied_actions.append((key, sid, "intake"))
    return _stored(record, replayed=False)


def post_action(ctx: Context, request: Request, complaint_id: str) -> Response:
    user = authenticate(ctx, request)
    key = _key(request)
    body = request.get_json(silent=True)
    fingerprint = _fingerprint(complaint_id, body)
    store = ctx.store
    with store.lock:
        complaint = store.get("complaints", complaint_id)
        if (
            user["role"] == "ward_clerk"
            and complaint is not None
            and (store.ward_of("complaints", complaint_id) != user.get("ward"))
        ):
            raise ProblemError(
                403, "A ward clerk may act only on the complaints of their own ward."
            )
        record = store.idempotency.get((user["username"], key))
        if record is not None:
            if record.fingerprint != fingerprint:
                raise ProblemError(422, "This Idempotency-Key was used with another request.")
            return _stored(record, replayed=True)
        try:
            action = workflow.parse_action(body)
        except workflow.ActionError as exc:
            raise ProblemError(400, str(exc)) from exc
        if complaint is None or complaint.get("deleted"):
            raise ProblemError(404, f"No complaint {complaint_id!r}.")
        try:
            changed = workflow.apply(complaint, action, user["username"], store.clock.now())
        except workflow.StateConflictError as exc:
            raise ProblemError(409, str(exc), current=complaint) from exc
        stored = store.put("complaints", changed).item
        record = IdempotencyRecord(
            fingerprint, 200, dump_json({"complaint": stored, "applied": True})
        )
        store.idempotency[(user["username"], key)] = record
        store.applied_actions.append((key, complaint_id, action.action))
    return _stored(record, replayed=False)


def rules() -> list[Rule]:
    return [
        Rule("/api/v1/complaints", endpoint=post_complaint, methods=["POST"]),
        Rule("/api/v1/complaints/<complaint_id>/actions", endpoint=post_action, methods=["POST"]),
    ]
