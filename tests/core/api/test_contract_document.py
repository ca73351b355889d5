"""The contract document is valid OpenAPI 3.1 and says what the specification says."""

from __future__ import annotations

import pytest
from openapi_spec_validator import validate

from ioc_console.core.api.contract import contract_path, load_contract

DATASET_PATHS = [
    "/units",
    "/cameras",
    "/complaints",
    "/procedure-results",
    "/alerts",
    "/facilities",
    "/kpis",
    "/tasks",
]


@pytest.fixture(scope="module")
def contract():
    return load_contract()


def test_the_document_is_valid_openapi_3_1(contract):
    assert contract_path().is_file()
    assert contract["openapi"].startswith("3.1")
    validate(contract)


def test_each_caller_gets_its_own_copy(contract):
    contract["info"]["title"] = "changed"
    assert load_contract()["info"]["title"] == "IOC backend"


@pytest.mark.parametrize("path", DATASET_PATHS)
def test_every_dataset_has_a_collection_and_an_item(contract, path):
    collection = contract["paths"][f"/api/v1{path}"]["get"]
    names = {p["$ref"].rsplit("/", 1)[1] for p in collection["parameters"]}
    assert names == {"UpdatedSince", "Cursor", "Limit", "Ward", "IfNoneMatch"}
    assert {"200", "304", "401", "403", "429", "503"} <= set(collection["responses"])
    item = contract["paths"][f"/api/v1{path}/{{id}}"]["get"]
    assert {"200", "304", "404"} <= set(item["responses"])


def test_actions_need_an_idempotency_key_and_answer_conflicts(contract):
    action = contract["paths"]["/api/v1/alerts/{id}/actions"]["post"]
    key = contract["components"]["parameters"]["IdempotencyKey"]
    assert key["in"] == "header" and key["required"] is True
    assert key["schema"]["maxLength"] == 128
    assert {"200", "400", "401", "403", "404", "409", "422"} <= set(action["responses"])


def test_retry_after_on_429_and_503(contract):
    responses = contract["components"]["responses"]
    for name in ("TooManyRequests", "Unavailable"):
        assert "Retry-After" in responses[name]["headers"]


def test_open311_speaks_json_and_xml(contract):
    paths = [p for p in contract["paths"] if p.startswith("/open311/v2/")]
    assert "/open311/v2/requests.{format}" in paths
    assert all(p.endswith(".{format}") for p in paths)
    fmt = contract["components"]["parameters"]["Open311Format"]
    assert fmt["schema"]["enum"] == ["json", "xml"]


def test_public_endpoints_need_no_token(contract):
    for path in ("/healthz", "/openapi.json", "/api/v1/auth/token"):
        operation = next(iter(contract["paths"][path].values()))
        assert operation["security"] == []
    assert contract["paths"]["/api/v1/me"]["get"].get("security") is None
    assert contract["security"] == [{"bearer": []}]
