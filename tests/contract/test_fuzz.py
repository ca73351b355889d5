"""Contract fuzzing: schemathesis sends what the contract allows (positive) and what it refuses
(negative) to every operation of a real demo backend on loopback, signed in, and every answer
must be no server error, carry a documented status and content type, and match its schema.

The endless streams (the event stream, the camera videos) are left out. Each operation gets a
bounded number of examples per mode (``IOC_FUZZ_EXAMPLES``, default 25; four times as many for
the operations that take a body), generated from a fixed seed so that a run can be repeated.
Now and then a path id is one of the backend's own, and a body gets a real user or service
code and a point in the city, so that the cases reach past the first 404 or 401 (negative
cases too, whose other parts are then checked). Open311 operations carry the demo ``api_key``
(the POST in its form, where a negative case keeps what was generated).
"""

from __future__ import annotations

import logging
import os

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import APIOperation, GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from ioc_console.core.api.contract import load_contract
from ioc_console.demo.backend import DemoBackend
from ioc_console.demo.open311 import API_KEY

EXAMPLES = int(os.environ.get("IOC_FUZZ_EXAMPLES", "25"))
BODY_EXAMPLES = 4 * EXAMPLES  # operations that take a body: more to try, each answer is quick
ENDLESS = {"/api/v1/events", "/streams/{camera}/{stream}.ts"}
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]
CONTRACT = load_contract()
OPERATIONS = [
    (method.upper(), path)
    for path, item in CONTRACT["paths"].items()
    if path not in ENDLESS
    for method in item
    if method in ("get", "post", "put", "patch", "delete")
]


@pytest.fixture(scope="module")
def backend():
    demo = DemoBackend(seed=5, rate=0.0, complaints=150, heartbeat_s=0.5)
    demo.start()
    yield demo
    demo.stop()


@pytest.fixture(scope="module")
def token(backend) -> str:
    answer = requests.post(f"{backend.url}/api/v1/auth/token",
                           json={"username": "operator", "password": "operator-demo"}, timeout=10)
    answer.raise_for_status()
    return answer.json()["access_token"]


@pytest.fixture(scope="module")
def schema(backend):
    loaded = schemathesis.openapi.from_dict({**CONTRACT, "servers": [{"url": backend.url}]})
    loaded.config.update(base_url=backend.url)
    return loaded


def known_ids(backend: DemoBackend, path: str) -> dict[str, list[str]]:
    """Path parameters of ``path`` the backend knows, by name (a few of each)."""
    store = backend.store
    if path.startswith("/api/v1/"):
        from ioc_console.demo.api_datasets import BY_PATH

        dataset = BY_PATH.get(path.split("/")[3])
        return {"id": [item["id"] for item in store.items(dataset)[:4]]} if dataset else {}
    if path.startswith("/open311/v2/requests/"):
        return {"service_request_id": [c["id"] for c in store.items("complaints")[:4]]}
    if path.startswith("/open311/v2/services/"):
        return {"service_code": [s["service_code"] for s in store.services[:4]]}
    return {}


def known_fields(backend: DemoBackend, operation: APIOperation) -> list[dict]:
    """Body fields the backend knows (a real user, a real service code), merged now and then
    into a generated body so that it gets past the first refusal."""
    if operation.path == "/api/v1/auth/token":
        return [{"username": name, "password": f"{name}-demo"} for name in ("operator", "admin")]
    if operation.path.startswith("/open311/v2/requests.") and operation.method.upper() == "POST":
        places = [(c["lat"], c["long"]) for c in backend.store.items("complaints")[:2]]
        return [
            {"service_code": s["service_code"], "lat": lat, "long": lon}
            for s in backend.store.services[:3] for lat, lon in places
        ]
    return []


def fuzz(
    backend: DemoBackend, token: str, operation: APIOperation, mode: GenerationMode
) -> list[str]:
    """Every contract violation schemathesis finds on ``operation`` in ``mode``, described."""
    found: list[str] = []
    sent: list = []
    headers = {"Authorization": f"Bearer {token}"}
    ids = known_ids(backend, operation.path)
    is_open311 = operation.path.startswith("/open311/")
    choice = st.fixed_dictionaries({
        name: st.one_of(st.none(), st.sampled_from(values))
        for name, values in ids.items() if values
    })
    fields = known_fields(backend, operation)
    patch = st.one_of(st.none(), st.sampled_from(fields)) if fields else st.none()

    examples = BODY_EXAMPLES if operation.method.upper() == "POST" else EXAMPLES

    @settings(max_examples=examples, derandomize=True, deadline=None, database=None,
              suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])
    @given(case=operation.as_strategy(generation_mode=mode), own=choice, known=patch)
    def run(case: schemathesis.Case, own: dict, known: dict | None) -> None:
        for name, value in own.items():  # negative cases too: their bodies then get checked
            if value is not None:
                case.path_parameters[name] = value
        if known and isinstance(case.body, dict):
            case.body.update(known)
        if mode.is_positive and "Idempotency-Key" in case.headers:
            sent.append(case)  # a key of its own: a reused one is a (correct) 422
            case.headers["Idempotency-Key"] = f"fuzz-{mode.value}-{len(sent)}"
        if mode.is_positive and is_open311 and case.method == "POST" and isinstance(
            case.body, dict
        ):
            case.body["api_key"] = API_KEY
        params = {"api_key": API_KEY} if is_open311 and case.method == "GET" else None
        response = case.call(headers=headers, params=params, timeout=30)
        try:
            case.validate_response(response, checks=CHECKS, headers=headers)
        except FailureGroup as group:
            for failure in group.exceptions:
                found.append(f"{operation.label} [{mode.value}] {failure.title}: "
                             f"{response.status_code} {response.text[:200]!r} "
                             f"<- {case.as_curl_command(headers=headers)[:300]}")

    try:
        run()
    except Unsatisfiable:  # no negative case exists (an operation without parameters)
        pass
    return found


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_every_answer_of_the_demo_backend_fits_the_contract(
    backend, token, schema, method, path, caplog
):
    operation = schema[path][method]
    with caplog.at_level(logging.ERROR, logger="ioc_console.demo"):
        found = [
            violation
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
            for violation in fuzz(backend, token, operation, mode)
        ]
    failed = [r.getMessage() for r in caplog.records if r.name.startswith("ioc_console.demo")]
    assert not failed, failed
    assert not found, "\n".join(sorted(set(found))[:20])
