"""Entity and DTD tricks are refused before anything is expanded or fetched; so are documents
over the size limit. A loopback server records whether an external entity was fetched."""

from __future__ import annotations

import time

import pytest

from ioc_console.core.cap.parser import parse_document
from ioc_console.core.cap.safe_xml import CapError, parse_xml

NS = "urn:oasis:names:tc:emergency:cap:1.2"
LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE alert [\n<!ENTITY lol "lol">\n'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + f']>\n<alert xmlns="{NS}"><identifier>&lol9;</identifier></alert>'
)


def _refused(text: str | bytes) -> str:
    document = parse_document(text)
    assert document.messages == () and len(document.refused) == 1
    return document.refused[0].reason


def test_billion_laughs_is_refused_at_once_without_expanding():
    started = time.perf_counter()
    reason = _refused(LAUGHS)
    assert "DTD" in reason
    assert time.perf_counter() - started < 1.0  # ten to the ninth "lol"s would take minutes


def test_an_external_entity_naming_a_file_is_refused_and_the_file_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN")
    doc = (f'<?xml version="1.0"?><!DOCTYPE alert [<!ENTITY x SYSTEM "file://{secret}">]>'
           f'<alert xmlns="{NS}"><identifier>&x;</identifier></alert>')
    document = parse_document(doc)
    assert document.messages == () and "DTD" in document.refused[0].reason
    assert "TOP-SECRET-TOKEN" not in repr(document)


@pytest.mark.parametrize("form", ["entity", "parameter entity", "external DTD"])
def test_an_entity_or_dtd_on_a_loopback_server_is_never_fetched(feed_server, form):
    url = feed_server.put("/evil", "<!ENTITY leak 'FETCHED'>", "application/xml-dtd")
    doc = {
        "entity": f'<!DOCTYPE alert [<!ENTITY x SYSTEM "{url}">]>'
                  f'<alert xmlns="{NS}"><identifier>&x;</identifier></alert>',
        "parameter entity": f'<!DOCTYPE alert [<!ENTITY % p SYSTEM "{url}"> %p;]>'
                            f'<alert xmlns="{NS}"><identifier>&leak;</identifier></alert>',
        "external DTD": f'<!DOCTYPE alert SYSTEM "{url}"><alert xmlns="{NS}"/>',
    }[form]
    reason = _refused(doc)
    assert "DTD" in reason or "entit" in reason
    assert feed_server.seen == []  # nothing asked the server for anything


def test_an_entity_declared_without_a_doctype_trick_is_still_refused():
    with pytest.raises(CapError, match="DTD"):
        parse_xml(f'<!DOCTYPE a [<!ENTITY e "x">]><alert xmlns="{NS}">&e;</alert>')


def test_a_document_over_the_size_limit_is_refused_before_parsing():
    huge = f'<alert xmlns="{NS}"><note>' + "x" * 5000 + "</note></alert>"
    reason = _refused_with_limit(huge, 4096)
    assert "more than the limit" in reason


def _refused_with_limit(text: str, limit: int) -> str:
    document = parse_document(text, limit=limit)
    assert document.messages == ()
    return document.refused[0].reason


BROKEN = [b"", b"   ", b"\xff\xfe\x00<", b"<alert", b"<a><b></a>", "<alert xmlns='x'/>",
          b"<?xml version='1.0' encoding='nope'?><a/>"]


@pytest.mark.parametrize("body", BROKEN)
def test_broken_bytes_are_refused_with_a_reason_and_never_raise(body):
    assert _refused(body)


def test_a_message_nested_very_deep_is_refused_with_a_reason(caplog):
    deep = 250_000
    document = parse_document(f'<alert xmlns="{NS}">' + "<b>" * deep + "</b>" * deep + "</alert>")
    assert document.messages == ()
    assert "more than 64 levels deep" in document.refused[0].reason
    assert "Traceback" not in caplog.text


INSERTS = [b"<", b">", b"&", b"]]>", b"<info>", b"</alert>", b"\x00"]


def test_mangled_copies_of_the_real_files_never_raise():
    import random
    from pathlib import Path

    from ioc_console.core.cap.model import Document

    rng = random.Random(12)
    data = Path(__file__).resolve().parents[2] / "data" / "cap"
    files = [p.read_bytes() for p in sorted(data.iterdir()) if p.suffix != ".txt"]
    for _ in range(400):
        body = bytearray(rng.choice(files))
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(len(body))
            action = rng.random()
            if action < 0.4:
                body[at] = rng.randrange(256)
            elif action < 0.7:
                del body[at:at + rng.randint(1, 40)]
            else:
                body[at:at] = rng.choice(INSERTS)
        document = parse_document(bytes(body))
        assert isinstance(document, Document)
        assert all(r.reason for r in document.refused)
        # each refusal names a rule: none comes from the parser's own fault catcher
        assert not [r for r in document.refused if "could not be read" in r.reason]
