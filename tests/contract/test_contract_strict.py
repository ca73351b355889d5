"""The contract refuses what the demo backend refuses: an empty or blank comment, text with
control characters, a media_url of another scheme, empty parameters; and it documents the 404
of an Open311 discovery in an unknown format."""

from __future__ import annotations

import pytest
from openapi_schema_validator import OAS31Validator

from ioc_console.core.api.contract import load_contract

CONTRACT = load_contract()


def valid(name: str, value: object) -> bool:
    schema = {"$ref": f"#/components/schemas/{name}", "components": CONTRACT["components"]}
    return OAS31Validator(schema).is_valid(value)


@pytest.mark.parametrize(("body", "ok"), [
    ({"action": "comment", "text": "Đã kiểm tra"}, True),
    ({"action": "comment", "text": ""}, False),
    ({"action": "comment", "text": " \t"}, False),
    ({"action": "comment", "text": "a\x00b"}, False),
    ({"action": "acknowledge", "text": "dòng 1\r\n\tdòng 2"}, True),
    ({"action": "assign", "assignee": "  "}, False),
    ({"action": {}}, False),
    ({"action": "comment", "text": "a", "expected_state": []}, False),
])
def test_the_contract_of_an_alert_action_refuses_what_the_backend_refuses(body, ok):
    assert valid("AlertAction", body) is ok


@pytest.mark.parametrize(("url", "ok"), [
    ("https://anh.example.vn/a.jpg", True), ("http://10.0.0.1/a.jpg", True),
    ("javascript:alert(1)", False), ("file:///etc/passwd", False), ("http://", False),
])
def test_the_contract_of_an_open311_request_takes_only_http_media(url, ok):
    form = {"api_key": "k", "service_code": "rac_thai", "media_url": url}
    assert valid("Open311NewRequest", form) is ok


def test_empty_parameters_are_outside_the_contract():
    parameters = CONTRACT["components"]["parameters"]
    assert parameters["Cursor"]["schema"]["minLength"] == 1
    status = next(p for p in CONTRACT["paths"]["/open311/v2/requests.{format}"]["get"]["parameters"]
                  if p.get("name") == "status")
    assert not OAS31Validator(status["schema"]).is_valid("")


def test_an_open311_discovery_in_an_unknown_format_is_a_documented_404():
    assert "404" in CONTRACT["paths"]["/open311/v2/discovery.{format}"]["get"]["responses"]
