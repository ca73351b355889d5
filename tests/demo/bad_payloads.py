"""Every bad payload of the hardening list, as raw requests a signed-in user (or anyone, for the
sign-in endpoint and Open311) can send; each must be refused with a 400/422 and store nothing."""

from __future__ import annotations

from dataclasses import dataclass

import requests

from ioc_console.demo.open311 import API_KEY

DEEP = "[" * 100_000 + "]" * 100_000


@dataclass(frozen=True)
class Bad:
    name: str
    method: str
    path: str
    json_text: str | None = None  # raw JSON body (lone surrogates cannot go through json=)
    form: dict | None = None
    signed_in: bool = True


def open311_form(**fields: str) -> dict:
    return {"api_key": API_KEY, "service_code": "rac_thai", "address_string": "Số 1 Lý Thường Kiệt",
            **fields}


def bad_payloads(alert_id: str) -> list[Bad]:
    act = f"/api/v1/alerts/{alert_id}/actions"
    return [
        Bad("comment with a lone surrogate", "POST", act, '{"action":"comment","text":"x\\ud83d"}'),
        Bad("comment with NUL", "POST", act, '{"action":"comment","text":"a\\u0000b"}'),
        Bad("comment with U+001F", "POST", act, '{"action":"comment","text":"a\\u001fb"}'),
        Bad("assignee with a surrogate", "POST", act,
            '{"action":"assign","assignee":"\\udc00"}'),
        Bad("a key with a surrogate", "POST", act,
            '{"action":"comment","text":"ok","\\ud800":1}'),
        Bad("action an object", "POST", act, '{"action":{}}'),
        Bad("action a list", "POST", act, '{"action":["comment"]}'),
        Bad("body a list", "POST", act, '["comment"]'),
        Bad("expected_state a list", "POST", act,
            '{"action":"comment","text":"a","expected_state":[]}'),
        Bad("empty comment", "POST", act, '{"action":"comment","text":""}'),
        Bad("deep JSON on an action", "POST", act, DEEP),
        Bad("deep JSON on sign-in", "POST", "/api/v1/auth/token", DEEP, signed_in=False),
        Bad("sign-in with a surrogate", "POST", "/api/v1/auth/token",
            '{"username":"operator\\ud83d","password":"x"}', signed_in=False),
        Bad("Open311 description with a surrogate (UTF-8 encoded)", "POST",
            "/open311/v2/requests.json", form=open311_form(description="x\udc80"),
            signed_in=False),
        Bad("Open311 description with NUL", "POST", "/open311/v2/requests.xml",
            form=open311_form(description="a\x00b"), signed_in=False),
        Bad("Open311 description with U+001F", "POST", "/open311/v2/requests.json",
            form=open311_form(description="a\x1fb"), signed_in=False),
        Bad("Open311 media_url javascript:", "POST", "/open311/v2/requests.json",
            form=open311_form(media_url="javascript:alert(1)"), signed_in=False),
        Bad("Open311 media_url file:", "POST", "/open311/v2/requests.json",
            form=open311_form(media_url="file:///etc/passwd"), signed_in=False),
    ]


def send(base_url: str, token: str, bad: Bad, key: str) -> requests.Response:
    headers = {"Idempotency-Key": key}
    if bad.signed_in:
        headers["Authorization"] = f"Bearer {token}"
    if bad.json_text is not None:
        headers["Content-Type"] = "application/json"
        return requests.request(bad.method, base_url + bad.path, headers=headers,
                                data=bad.json_text.encode("utf-8"), timeout=30)
    form = {k: v.encode("utf-8", "surrogatepass") for k, v in (bad.form or {}).items()}
    return requests.request(bad.method, base_url + bad.path, headers=headers, data=form,
                            timeout=30)
