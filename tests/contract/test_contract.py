"""The console's REST and Open311 clients against the demo backend, checked against the contract.

A DemoBackend runs on loopback; a real RestClient session goes through every operation, and
every request the client sent and every response the backend gave is validated against
resources/api/ioc-backend.openapi.yaml with openapi-core.
"""

from __future__ import annotations

import json

import pytest
import requests
from openapi_core import Config, OpenAPI
from openapi_core.contrib.requests import RequestsOpenAPIRequest, RequestsOpenAPIResponse
from openapi_schema_validator import OAS31Validator

from ioc_console.core.api.contract import load_contract

backend_module = pytest.importorskip("ioc_console.demo.backend")
rest = pytest.importorskip("ioc_console.core.api.rest")
from ioc_console.core.api.errors import ApiError  # noqa: E402
from ioc_console.core.api.open311 import Open311Client  # noqa: E402

DATASETS = {
    "units": "/units",
    "cameras": "/cameras",
    "complaints": "/complaints",
    "procedure_results": "/procedure-results",
    "alerts": "/alerts",
    "facilities": "/facilities",
    "kpis": "/kpis",
    "tasks": "/tasks",
}


def _text(value, **_params):
    return value.decode("utf-8") if isinstance(value, bytes) else value


@pytest.fixture(scope="module")
def contract():
    return load_contract()


@pytest.fixture(scope="module")
def openapi(contract, backend):
    served = {**contract, "servers": [{"url": backend.url}]}  # the demo on its own port
    config = Config(
        extra_media_type_deserializers={
            "application/problem+json": lambda value, **_: json.loads(value),
            "text/xml": _text,
            "application/xml": _text,
            "text/event-stream": _text,
        }
    )
    return OpenAPI.from_dict(served, config=config)


def schema_validator(contract, name):
    schema = {"$ref": f"#/components/schemas/{name}", "components": contract["components"]}
    return OAS31Validator(schema)


@pytest.fixture(scope="module")
def backend():
    demo = backend_module.DemoBackend(seed=5, rate=0.0, complaints=150, heartbeat_s=0.5)
    demo.start()
    yield demo
    demo.stop()


class Recorder:
    """Keeps every (request, response) a session exchanged and checks them against the contract.

    Bodies are read as they arrive (the client then reads them from memory); an event stream is
    left to the client and checked by :meth:`check_stream`.
    """

    def __init__(self, openapi):
        self.openapi = openapi
        self.exchanges: list[requests.Response] = []

    def attach(self, session: requests.Session) -> None:
        session.hooks["response"].append(self._hook)

    def _hook(self, response, *args, **kwargs):
        if "text/event-stream" not in response.headers.get("Content-Type", ""):
            response.content  # noqa: B018 - read now, so it can be validated later
        self.exchanges.append(response)
        return response

    def check(self) -> None:
        faults = []
        for response in self.exchanges:
            if "text/event-stream" in response.headers.get("Content-Type", ""):
                continue
            faults += self._validate(response)
        self.exchanges.clear()
        assert not faults, "contract violations:\n" + "\n".join(faults)

    def _validate(self, response) -> list[str]:
        faults = []
        request = RequestsOpenAPIRequest(response.request)
        where = f"{response.request.method} {response.request.url} -> {response.status_code}"
        try:
            self.openapi.validate_request(request)
        except Exception as exc:  # every kind of violation is reported, not raised
            faults.append(f"request {where}: {_explain(exc)}")
        try:
            self.openapi.validate_response(request, RequestsOpenAPIResponse(response))
        except Exception as exc:
            faults.append(f"response {where}: {_explain(exc)}")
        return faults


def _explain(exc: BaseException) -> str:
    parts = [f"{type(exc).__name__}: {exc}"]
    cause = exc.__cause__
    while cause is not None:
        details = getattr(cause, "schema_errors", None)
        if details:
            parts += [f"  {e.message} at {list(e.absolute_path)}" for e in details[:5]]
        else:
            parts.append(f"  {cause}")
        cause = cause.__cause__
    return "\n".join(parts)[:2000]


@pytest.fixture
def recorder(openapi):
    return Recorder(openapi)


@pytest.fixture
def client(backend, recorder):
    session = requests.Session()
    recorder.attach(session)
    api = rest.RestClient(backend.url, session=session, retries=0)
    api.login("operator", "operator-demo")
    yield api
    api.close()
    recorder.check()


def test_openapi_json_is_the_contract_document(backend, contract):
    served = requests.get(f"{backend.url}/openapi.json", timeout=10)
    assert served.status_code == 200
    assert served.json() == contract


def test_healthz_and_me(backend, client, recorder):
    assert client.session.get(f"{backend.url}/healthz", timeout=10).json() == {"status": "ok"}
    me = client.me()
    assert me["username"] == "operator" and me["role"] == "operator" and me["ward"] is None


def test_bad_credentials_and_no_token(backend, recorder):
    session = requests.Session()
    recorder.attach(session)
    api = rest.RestClient(backend.url, session=session, retries=0)
    with pytest.raises(ApiError) as caught:
        api.login("operator", "wrong")
    assert caught.value.kind == "unauthorized"
    unauthenticated = session.get(f"{backend.url}/api/v1/me", timeout=10)
    assert unauthenticated.status_code == 401
    # the request without a token is itself outside the contract: check only the response
    recorder.exchanges.remove(unauthenticated)
    recorder.check()
    faults = []
    try:
        recorder.openapi.validate_response(
            RequestsOpenAPIRequest(unauthenticated.request),
            RequestsOpenAPIResponse(unauthenticated),
        )
    except Exception as exc:
        faults.append(_explain(exc))
    assert not faults, faults


@pytest.mark.parametrize("dataset", list(DATASETS))
def test_each_dataset_paged_by_cursor_with_etags_and_items(client, dataset):
    path = DATASETS[dataset]
    pages = list(client.pages(path, {"limit": 40}))
    items = [item for page_items, _, _ in pages for item in page_items]
    assert items, f"{dataset} is empty"
    assert len({item["id"] for item in items}) == len(items)
    assert all(cursor for _, cursor, _ in pages[:-1]) and pages[-1][1] is None
    order = [(item["updated_at"], item["id"]) for item in items]
    assert order == sorted(order)

    body, etag = client.get_json(path, {"limit": 40})
    assert etag and body["items"]
    again, same = client.get_json(path, {"limit": 40}, etag=etag)
    assert again is None and same == etag

    first = items[0]
    item, item_etag = client.get_json(f"{path}/{requests.utils.quote(first['id'], safe='')}")
    assert item == first and item_etag
    assert client.get_json(f"{path}/{requests.utils.quote(first['id'], safe='')}",
                           etag=item_etag)[0] is None
    with pytest.raises(ApiError) as caught:
        client.get_json(f"{path}/no-such-item")
    assert caught.value.kind == "not_found" and caught.value.status == 404


def test_updated_since_brings_changes_and_tombstones(backend, client):
    _, _, server_time = next(iter(client.pages("/complaints", {"limit": 1})))
    changed = backend.touch("complaints", 3)
    gone = backend.store.items("complaints")[0]["id"]
    backend.store.delete("complaints", gone)
    since = [i for items, _, _ in client.updated_since("/complaints", server_time) for i in items]
    ids = {item["id"] for item in since}
    assert {change.item_id for change in changed} <= ids
    tombstones = [item for item in since if item["deleted"]]
    assert [t["id"] for t in tombstones] == [gone]
    assert set(tombstones[0]) == {"id", "updated_at", "deleted"}


def test_ward_scope(backend, client, recorder):
    scoped = [i for items, _, _ in client.pages("/complaints", {"ward": "29884"}) for i in items]
    assert scoped and all(item["current_ward"] == "29884" for item in scoped)
    session = requests.Session()
    recorder.attach(session)
    clerk = rest.RestClient(backend.url, session=session, retries=0)
    user = clerk.login("clerk.mytra", "clerk.mytra-demo")
    assert user["role"] == "ward_clerk" and user["ward"] == "29888"
    own = [i for items, _, _ in clerk.pages("/complaints") for i in items]
    assert own and all(item["current_ward"] == "29888" for item in own)
    with pytest.raises(ApiError) as caught:
        clerk.get_json("/complaints", {"ward": "29869"})
    assert caught.value.kind == "forbidden"


def test_alert_actions_replay_and_conflict(backend, client):
    alerts = [i for items, _, _ in client.pages("/alerts") for i in items]
    alert = next(a for a in alerts if a["state"] == "new")
    path = f"/alerts/{alert['id']}/actions"
    done = client.post_json(path, {"action": "acknowledge", "expected_state": "new"}, "k-ack-1")
    assert done["applied"] is True and done["alert"]["state"] == "acknowledged"
    replay = client.post_json(path, {"action": "acknowledge", "expected_state": "new"}, "k-ack-1")
    assert replay == done
    assert [a for a in backend.applied_actions if a[0] == "k-ack-1"] == [
        ("k-ack-1", alert["id"], "acknowledge")
    ]
    with pytest.raises(ApiError) as caught:
        client.post_json(path, {"action": "escalate"}, "k-ack-1")
    assert caught.value.status == 422 and caught.value.kind == "invalid_request"
    with pytest.raises(ApiError) as caught:
        client.post_json(path, {"action": "assign", "assignee": "tổ 1", "expected_state": "new"},
                         "k-assign-stale")
    assert caught.value.kind == "conflict"
    assert caught.value.body["current"]["state"] == "acknowledged"
    client.post_json(path, {"action": "comment", "text": "Đã gọi tổ tuần tra"}, "k-comment")
    client.post_json(path, {"action": "snooze", "minutes": 10}, "k-snooze")
    client.post_json(path, {"action": "resolve", "text": "xong"}, "k-resolve")
    closed = client.post_json(path, {"action": "close"}, "k-close")
    assert closed["alert"]["state"] == "closed"
    with pytest.raises(ApiError) as caught:
        client.post_json(path, {"action": "close"}, "k-close-again")
    assert caught.value.kind == "conflict"
    with pytest.raises(ApiError) as caught:
        client.post_json("/alerts/AL-999999/actions", {"action": "acknowledge"}, "k-none")
    assert caught.value.kind == "not_found"


def test_an_action_without_idempotency_key_is_refused(backend, client, recorder):
    alerts = [i for items, _, _ in client.pages("/alerts", {"limit": 5}) for i in items]
    answer = client.session.post(
        f"{backend.url}/api/v1/alerts/{alerts[0]['id']}/actions", json={"action": "comment",
        "text": "x"}, headers={"Authorization": f"Bearer {client._token}"}, timeout=10,
    )
    assert answer.status_code == 400
    assert answer.json()["code"] == "invalid_request"
    recorder.exchanges.remove(answer)  # the request breaks the contract on purpose
    recorder.openapi.validate_response(
        RequestsOpenAPIRequest(answer.request), RequestsOpenAPIResponse(answer)
    )


def read_events(response, count):
    """The first ``count`` events of a stream as (fields, raw lines), comments kept apart."""
    events, fields, lines, comments = [], {}, [], []
    for raw in response.iter_lines(decode_unicode=True):
        lines.append(raw)
        if raw == "":
            if fields:
                events.append(fields)
                fields = {}
            if len(events) >= count:
                break
        elif raw.startswith(":"):
            comments.append(raw)
        else:
            name, _, value = raw.partition(":")
            fields[name] = value[1:] if value.startswith(" ") else value
    response.close()
    return events, lines, comments


def test_event_stream_first_events(backend, client, contract, recorder):
    start = backend.store.last_event_id
    backend.touch("alerts", 1)
    backend.touch("kpis", 1)
    stream = client.open_stream("/events", headers={"Last-Event-ID": str(start)},
                                read_timeout=10)
    assert stream.headers["Content-Type"].startswith("text/event-stream")
    assert float(stream.headers["IOC-Heartbeat"]) == pytest.approx(0.5)
    events, lines, _ = read_events(stream, 3)
    assert events[0] == {"retry": "3000"}
    changes = [e for e in events if e.get("event") == "change"]
    assert len(changes) == 2
    ids = [int(e["id"]) for e in changes]
    assert ids == sorted(ids) and ids[0] > start
    validator = schema_validator(contract, "ChangeEvent")
    for event in changes:
        data = json.loads(event["data"])
        errors = [e.message for e in validator.iter_errors(data)]
        assert not errors, (data["dataset"], errors)
    assert [json.loads(e["data"])["dataset"] for e in changes] == ["alerts", "kpis"]
    # the stream response itself: status and headers as the contract says
    stream._content = "\n".join(lines).encode()
    recorder.openapi.validate_response(
        RequestsOpenAPIRequest(stream.request), RequestsOpenAPIResponse(stream)
    )


def test_event_stream_reset_when_the_id_is_unknown(backend, client, contract):
    unknown = backend.store.last_event_id + 1000  # from before a restart of the server
    stream = client.open_stream("/events", params={"last_event_id": str(unknown)},
                                read_timeout=10)
    events, _, _ = read_events(stream, 2)
    assert events[0] == {"retry": "3000"}
    assert events[1]["event"] == "reset" and json.loads(events[1]["data"]) == {}
    assert not list(schema_validator(contract, "ResetEvent").iter_errors({}))


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_open311_endpoints(backend, recorder, fmt):
    session = requests.Session()
    recorder.attach(session)
    client = Open311Client(f"{backend.url}/open311/v2", fmt=fmt, session=session, page_size=60,
                           jurisdiction_id="caolanh.dongthap.gov.vn")
    assert client.discovery().endpoints
    services = client.services()
    assert services and client.service_definition(services[0].service_code)
    imported = client.all_requests()
    assert len(imported) == len(backend.store.items("complaints"))
    one = client.request(imported[0].service_request_id)
    assert one == imported[0]
    assert client.all_requests(status="open", service_code=services[0].service_code) is not None
    recorder.check()


@pytest.mark.parametrize("status, kind", [(429, "rate_limited"), (503, "unavailable")])
def test_busy_answers_carry_retry_after(backend, client, status, kind):
    backend.faults.fail_next(1, status, retry_after=2, prefix="/api/v1/kpis")
    with pytest.raises(ApiError) as caught:
        client.get_json("/kpis")
    assert caught.value.kind == kind and caught.value.retry_after == 2
