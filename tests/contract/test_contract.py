"""The console's REST and Open311 clients against the demo backend, checked against the contract.

A DemoBackend runs on loopback; a real RestClient session goes through every operation, and
every request the client sent and every response the backend gave is validated against
resources/api/ioc-backend.openapi.yaml with openapi-core.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import defusedxml.ElementTree as SafeET
import pytest
import requests
from openapi_core import Config, OpenAPI
from openapi_core.contrib.requests import RequestsOpenAPIRequest, RequestsOpenAPIResponse
from openapi_schema_validator import OAS31Validator

import ioc_console.core.api.rest as rest
import ioc_console.demo.backend as backend_module
from ioc_console.core.api.contract import load_contract
from ioc_console.core.api.errors import ApiError
from ioc_console.core.api.open311 import Open311Client
from ioc_console.core.api.open311_parse import LIST_ELEMENTS
from ioc_console.core.store.datasets import DATASETS as CONTRACT_DATASETS

DATASETS = {d.name: d.path for d in CONTRACT_DATASETS}


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
    shelved = client.post_json(path, {"action": "shelve", "minutes": 10, "reason": "chờ CSGT"},
                               "k-shelve")["alert"]
    assert shelved["state"] == "shelved" and shelved["shelved_from"] == "acknowledged"
    back = client.post_json(path, {"action": "unshelve"}, "k-unshelve")["alert"]
    assert back["state"] == "acknowledged" and back["shelved_until"] is None
    procedures = {p["id"]: p for items, _, _ in client.pages("/alert-procedures") for p in items}
    steps = procedures[alert["procedure"]]["steps"]
    assert any(s["mandatory"] for s in steps)
    with pytest.raises(ApiError) as caught:  # mandatory steps first
        client.post_json(path, {"action": "resolve", "outcome": "xong"}, "k-resolve-early")
    assert caught.value.kind == "conflict"
    for n, step in enumerate(steps):
        body = ({"done": True} if step["mandatory"]
                else {"done": False, "skipped_reason": "không cần"})
        client.post_json(path, {"action": "step", "step": n, **body}, f"k-step-{n}")
    resolved = client.post_json(path, {"action": "resolve", "outcome": "xong"}, "k-resolve")
    assert resolved["alert"]["outcome"] == "xong"
    assert len(resolved["alert"]["steps"]) == len(steps)
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
    imported = client.all_requests()  # the last 90 days, as GeoReport v2 says
    now = backend.store.clock.now()
    recent = [c for c in backend.store.items("complaints")
              if now - timedelta(days=90) <= datetime.fromisoformat(c["requested_datetime"])]
    assert imported and len(imported) == len(recent)
    one = client.request(imported[0].service_request_id)
    assert one == imported[0]
    assert client.all_requests(status="open", service_code=services[0].service_code) is not None
    oldest = min(c["requested_datetime"] for c in backend.store.items("complaints"))
    start = datetime.fromisoformat(oldest)
    assert client.all_requests(start_date=start, end_date=start + timedelta(days=90))
    if fmt == "xml":
        too_long = {"start_date": start.isoformat(),
                    "end_date": (start + timedelta(days=91)).isoformat()}
        assert session.get(f"{backend.url}/open311/v2/requests.xml", timeout=10,
                           params=too_long).status_code == 400
    xml_answers = [r for r in recorder.exchanges if r.url.split("?")[0].endswith(".xml")]
    assert len(xml_answers) == (0 if fmt == "json" else len(recorder.exchanges))
    for answer in xml_answers:  # before the POST below changes the lists
        check_xml_against_json(answer, session)
    if fmt == "xml":
        created = session.post(f"{backend.url}/open311/v2/requests.xml", timeout=10, data={
            "api_key": "demo-open311-key", "service_code": services[0].service_code,
            "lat": str(recent[0]["lat"]), "long": str(recent[0]["long"]),
        })
        check_xml_against_json(created, session)
    recorder.check()


@pytest.mark.parametrize("status, kind", [(429, "rate_limited"), (503, "unavailable")])
def test_busy_answers_carry_retry_after(backend, client, status, kind):
    backend.faults.fail_next(1, status, retry_after=2, prefix="/api/v1/kpis")
    with pytest.raises(ApiError) as caught:
        client.get_json("/kpis")
    assert caught.value.kind == kind and caught.value.retry_after == 2


# GeoReport v2 XML: the root element of each answer, by the last part of its path
XML_ROOTS = {"discovery": "discovery", "services": "services", "requests": "service_requests"}
# the contract's JSON schema of each list entry, to check its required fields in XML
XML_ENTRY_SCHEMAS = {"service": "Open311Service", "error": "Open311Errors"}


def _xml_root_for(path: str, status: int) -> str:
    if status >= 400:
        return "errors"
    parts = path.split("/open311/v2/", 1)[1].rsplit(".", 1)[0].split("/")
    if parts[0] == "services" and len(parts) == 2:
        return "service_definition"
    return XML_ROOTS[parts[0]]


def _as_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _same(element, value, where: str) -> list[str]:
    """Where the XML ``element`` differs from the JSON ``value`` it stands for."""
    if isinstance(value, dict):
        names = [child.tag for child in element]
        faults = [] if names == list(value) else [f"{where}: elements {names} != {list(value)}"]
        for child in element:
            if child.tag in value:
                faults += _same(child, value[child.tag], f"{where}/{child.tag}")
        return faults
    if isinstance(value, list) and element.tag in LIST_ELEMENTS:
        entry = LIST_ELEMENTS[element.tag]
        names = [child.tag for child in element]
        if names != [entry] * len(value):
            return [f"{where}: {len(names)} entries {set(names)} != {len(value)} <{entry}>"]
        return [f for child, inner in zip(element, value, strict=True)
                for f in _same(child, inner, f"{where}/{entry}")]
    text = element.text if element.text not in ("",) else None
    if text != _as_text(value):
        return [f"{where}: {text!r} != {_as_text(value)!r}"]
    return []


def _required(contract, name: str) -> list[str]:
    schema = contract["components"]["schemas"][name]
    if schema.get("type") == "array":
        schema = schema["items"]
    names = list(schema.get("required", []))
    for part in schema.get("allOf", []):
        if "$ref" in part:
            names += _required(contract, part["$ref"].rsplit("/", 1)[1])
        names += part.get("required", [])
    return names


def check_xml_against_json(answer, session) -> None:
    """An Open311 XML answer (read with defusedxml) has the root and element names of
    GeoReport v2, the fields the contract requires, and the content of the JSON answer to the
    same request (for a POST: the JSON form of the request it created)."""
    contract = load_contract()
    assert answer.headers["Content-Type"].startswith("text/xml"), answer.url
    root = SafeET.fromstring(answer.content)
    path = answer.url.split("?")[0]
    assert root.tag == _xml_root_for(path, answer.status_code), (answer.url, root.tag)
    if answer.request.method == "POST":
        assert answer.status_code == 200 and [e.tag for e in root] == ["request"]
        created = root.find("request")
        assert created.findtext("service_request_id"), answer.content
        assert set(_required(contract, "Open311CreatedRequest")) <= {e.tag for e in created}
        same = session.get(path.replace("requests.xml", "requests/") +
                           created.findtext("service_request_id") + ".json", timeout=10)
        assert same.status_code == 200
        return
    twin = session.get(path[: -len(".xml")] + ".json", params=answer.request.url.partition("?")[2]
                       or None, timeout=10)
    assert twin.status_code == answer.status_code, answer.url
    faults = _same(root, twin.json(), root.tag)
    assert not faults, f"{answer.url}:\n" + "\n".join(faults[:10])
    entries = {
        "service_requests": ("request", "Open311ServiceRequest"),
        "services": ("service", "Open311Service"),
        "errors": ("error", "Open311Errors"),
        "discovery": ("endpoints/endpoint", None),
    }
    if root.tag in entries:
        entry, schema = entries[root.tag]
        required = _required(contract, schema) if schema else ["specification", "url",
                                                                "type", "formats"]
        for element in root.findall(entry):
            missing = set(required) - {e.tag for e in element}
            assert not missing, (answer.url, entry, missing)
    if root.tag == "service_definition":
        assert {"service_code", "attributes"} <= {e.tag for e in root}


def test_shelve_minutes_have_the_servers_maximum(contract):
    from ioc_console.demo.alert_actions import MAX_SHELVE_MINUTES

    minutes = contract["components"]["schemas"]["AlertAction"]["properties"]["minutes"]
    assert minutes["maximum"] == MAX_SHELVE_MINUTES == 480


def test_camera_stream_paths_are_in_the_contract(backend, client, recorder):
    camera = client.get_json("/cameras/cam-01")[0]
    served = [url for url in camera["streams"].values() if url and url.startswith(backend.url)]
    assert served
    backend.streamer.stop()
    try:
        for url in served:
            answer = client.session.get(url, timeout=10)
            assert answer.status_code == 503 and answer.json()["code"] == "unavailable"
    finally:
        backend.streamer.start()
    no_relay = client.session.get(f"{backend.url}/streams/cam-01/relay.ts", timeout=10)
    assert no_relay.status_code == 404
    with requests.get(served[0], stream=True, timeout=10) as live:  # unrecorded: it stays open
        assert live.status_code == 200 and live.headers["Content-Type"] == "video/mp2t"


def test_the_next_updated_since_is_the_first_pages_server_time(contract):
    text = " ".join(contract["info"]["description"].split())
    assert "the `server_time` of the **first** page of the read" in text
    assert "last page's `server_time`" not in text
    since = " ".join(contract["components"]["parameters"]["UpdatedSince"]["description"].split())
    assert "first page" in since
