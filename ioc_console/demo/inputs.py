"""Every request's text checked once, before any route sees it: the query parameters, the form
fields and the JSON body of every endpoint (Open311 included).

Refused with a 400 (a problem on /api/v1, a GeoReport error under /open311/): a body over
``MAX_BODY_BYTES``; JSON nested deeper than ``MAX_DEPTH`` (counted on the raw text before it is
parsed, so a '[' * 100000 is refused without recursing); text that cannot be encoded (a lone
UTF-16 surrogate such as JSON ``"x\\ud83d"``: stored, it would break every later response that
carries it); and control characters other than tab, CR and LF (JSON could carry them, XML
cannot, so both formats refuse them alike). Object keys are checked as values are.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from urllib.parse import parse_qsl

from werkzeug.wrappers import Request

MAX_BODY_BYTES = 1_000_000
MAX_DEPTH = 64
# C0 and C1 controls but tab, LF and CR; DEL; UTF-16 surrogates; the two XML non-characters
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# a string, or what is left of the text after an unclosed one: every quote starts a match, so
# the scan stays linear (a pattern that must find the closing quote rescans the rest of the
# text from every quote of an unclosed string: minutes for a body of 100 kB)
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)', re.DOTALL)
_BRACKET = re.compile(rb"[\[\]{}]")
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class BadInputError(ValueError):
    """The request carries input no route may see; ``str()`` says which and why."""


def text_problem(text: str) -> str | None:
    """Why ``text`` may not be stored (None when it may)."""
    found = FORBIDDEN.search(text)
    if found is None:
        return None
    char = found.group()
    if "\ud800" <= char <= "\udfff":
        return f"holds a lone UTF-16 surrogate (U+{ord(char):04X}) that cannot be encoded"
    return f"holds the control character U+{ord(char):04X} (only tab, CR and LF are allowed)"


def check_text(where: str, text: str) -> None:
    """BadInputError naming ``where`` when ``text`` may not be stored."""
    why = text_problem(text)
    if why is not None:
        raise BadInputError(f"{where} {why}.")


def json_depth(raw: bytes) -> int:
    """How deep the arrays and objects of the JSON text ``raw`` nest (strings skipped); a
    malformed text gets some number, the parser refuses it later."""
    depth = deepest = 0
    for bracket in _BRACKET.finditer(_JSON_STRING.sub(b'""', raw)):
        if bracket.group() in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def strings_in(value: object, path: str = "body") -> Iterator[tuple[str, str]]:
    """(where, text) of every string in a parsed JSON value, keys included."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield f"{path} (the key {key[:40]!r})", key
            yield from strings_in(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from strings_in(inner, f"{path}[{index}]")


def check_urlencoded(where: str, raw: bytes) -> None:
    """BadInputError when percent-decoding ``raw`` gives bytes that are not UTF-8 (werkzeug
    would quietly replace them)."""
    try:
        parse_qsl(raw.decode("latin-1"), keep_blank_values=True, encoding="utf-8",
                  errors="strict")
    except UnicodeDecodeError as exc:
        raise BadInputError(f"{where} holds bytes that are not UTF-8.") from exc


def _check_body(request: Request) -> None:
    if (request.content_length or 0) > MAX_BODY_BYTES:
        raise BadInputError(f"The request body is larger than {MAX_BODY_BYTES} bytes.")
    raw = request.get_data(cache=True)  # the form is parsed from this copy later
    if len(raw) > MAX_BODY_BYTES:
        raise BadInputError(f"The request body is larger than {MAX_BODY_BYTES} bytes.")
    if request.mimetype in _FORM_TYPES:
        if request.mimetype == _FORM_TYPES[0]:
            check_urlencoded("The form", raw)
        for name, value in request.form.items(multi=True):
            check_text("A form field name", name)
            check_text(f"The form field {name}", value)
        return
    if not raw or not request.is_json:
        return
    if json_depth(raw) > MAX_DEPTH:
        raise BadInputError(f"The JSON body nests deeper than {MAX_DEPTH} levels.")
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):
        return  # not JSON: the route answers its own 400
    for where, text in strings_in(body):
        check_text(f"The JSON value at {where}", text)


def screen(request: Request) -> None:
    """Raise BadInputError when the request's parameters or body may not be used."""
    check_urlencoded("The query string", request.query_string)
    for name, value in request.args.items(multi=True):
        check_text("A query parameter name", name)
        check_text(f"The query parameter {name}", value)
    _check_body(request)
