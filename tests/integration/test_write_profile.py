"""``ioc-console --write-profile``: answers checked against real servers on loopback."""

from __future__ import annotations

import datetime
import http.server
import ipaddress
import json
import os
import socket
import ssl
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from ioc_console.core.cli import build_parser
from ioc_console.core.config.profile import load_profile
from ioc_console.launcher import main
from ioc_console.profile_prompt import write_profile_command

ROOT = Path(__file__).resolve().parents[2]


def test_the_answers_given_as_options_write_a_profile_that_loads(backend, tmp_path, capsys):
    target = tmp_path / "etc" / "site.toml"
    status = main(["--write-profile", str(target), "--backend-url", backend.url,
                   "--ward", "29884", "--position", "Bàn 2", "--yes", "--lang", "en"])
    assert status == 0
    assert f"Site profile written: {target}" in capsys.readouterr().out
    assert target.read_text(encoding="utf-8").startswith(
        "# Written by ioc-console --write-profile from the ward-office template.\n"
        "# Site profile template: a ward office")
    profile = load_profile(target)
    assert (profile.backend_url, profile.ward, profile.console_position) == (
        backend.url, "29884", "Bàn 2")
    assert (profile.site_name, profile.layout, profile.language) == (
        "UBND Phường Mỹ Ngãi", "Ward office", "en")


def test_an_unknown_ward_is_refused_with_the_wards_there_are_and_nothing_is_written(
    backend, tmp_path, capsys
):
    target = tmp_path / "site.toml"
    status = main(["--write-profile", str(target), "--backend-url", backend.url,
                   "--ward", "12345", "--yes", "--lang", "en"])
    err = capsys.readouterr().err
    assert status == 3
    assert "The ward 12345 is not known to the backend" in err
    assert "29888 (Phường Mỹ Trà)" in err and "The site profile was not written." in err
    assert not target.exists()


def test_an_unreachable_backend_is_refused_and_logged(tmp_path, capsys, ioc_home):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    target = tmp_path / "site.toml"
    status = main(["--write-profile", str(target), "--backend-url", f"http://127.0.0.1:{port}",
                   "--template", "operator", "--yes", "--lang", "en"])
    assert status == 3
    assert f"The backend http://127.0.0.1:{port} cannot be reached" in capsys.readouterr().err
    assert not target.exists()
    log = (ioc_home / "log" / "ioc-console.log").read_text(encoding="utf-8")
    assert f"Site profile {target} not written: The backend" in log


def test_a_missing_ca_file_is_refused_before_the_backend_is_asked(tmp_path, capsys):
    status = main(["--write-profile", str(tmp_path / "site.toml"), "--backend-url",
                   "https://ioc.example.invalid", "--ca-file", str(tmp_path / "nope.pem"),
                   "--yes", "--lang", "en"])
    assert status == 2
    assert f"The CA certificate file {tmp_path / 'nope.pem'} does not exist." in (
        capsys.readouterr().err)


def test_an_untrusted_certificate_is_refused_naming_its_subject_and_issuer(
    tls_server, tmp_path, capsys
):
    url, _ = tls_server
    status = main(["--write-profile", str(tmp_path / "site.toml"), "--backend-url", url,
                   "--template", "supervisor", "--yes", "--lang", "en"])
    err = capsys.readouterr().err
    assert status == 3
    assert f"The TLS certificate of {url} is not trusted by this computer" in err
    assert "Certificate: CN=ioc.caolanh.test, O=So TTTT Dong Thap, issued by CN=" in err
    assert "--ca-file" in err and not (tmp_path / "site.toml").exists()


def test_the_citys_ca_file_makes_the_same_server_trusted_and_is_written(tls_server, tmp_path):
    url, ca = tls_server
    target = tmp_path / "site.toml"
    status = main(["--write-profile", str(target), "--backend-url", url, "--ca-file", str(ca),
                   "--ward", "29869", "--yes", "--lang", "en"])
    assert status == 0
    assert load_profile(target).ca_bundle == ca


def test_the_wards_a_backend_lists_without_sign_in_are_the_ones_accepted(tls_server, capsys,
                                                                         tmp_path):
    url, ca = tls_server
    status = main(["--write-profile", str(tmp_path / "site.toml"), "--backend-url", url,
                   "--ca-file", str(ca), "--ward", "29884", "--yes", "--lang", "en"])
    assert status == 3
    assert "The ward 29884 is not known to the backend. Wards: 29869 (Phường Cao Lãnh)\n" in (
        capsys.readouterr().err)


def test_a_certificate_made_out_to_another_name_is_refused_naming_it(tls_server, tmp_path,
                                                                      capsys):
    url, ca = tls_server
    by_name = url.replace("127.0.0.1", "localhost")  # the certificate names 127.0.0.1 only
    status = main(["--write-profile", str(tmp_path / "site.toml"), "--backend-url", by_name,
                   "--ca-file", str(ca), "--yes", "--lang", "en"])
    assert status == 3
    assert (f"The TLS certificate of {by_name} was issued for another name: "
            "CN=ioc.caolanh.test, O=So TTTT Dong Thap") in capsys.readouterr().err


def test_the_questions_are_asked_in_the_terminal_with_the_templates_defaults(backend, tmp_path):
    target = tmp_path / "site.toml"
    # address, ward, site name (kept), CA file (kept), layout, position, language (kept)
    answers = f"{backend.url}\n29869\n\n\nSupervisor\nBàn 5\n\n"
    run = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--write-profile", str(target),
         "--template", "ward-office", "--lang", "en"],
        input=answers, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, encoding="utf-8",
    )
    assert run.returncode == 0, run.stderr
    assert "Backend address [https://ioc.example.gov.vn]" in run.stdout
    assert "Ward code (empty: the whole city) (29869, 29884, 29888) [29888]" in run.stdout
    assert "Site name [UBND Phường Cao Lãnh]" in run.stdout
    profile = load_profile(target)
    assert (profile.ward, profile.site_name, profile.layout, profile.console_position) == (
        "29869", "UBND Phường Cao Lãnh", "Supervisor", "Bàn 5")


def test_a_dash_leaves_the_ward_out_for_a_console_of_the_whole_city(
    backend, tmp_path, monkeypatch
):
    target = tmp_path / "site.toml"
    answers = iter(["-"])  # the ward; the rest is answered by the options
    monkeypatch.setattr("builtins.input", lambda prompt: next(answers))
    status = main(["--write-profile", str(target), "--backend-url", backend.url,
                   "--site-name", "IOC", "--ca-file", "", "--layout", "Operator",
                   "--position", "", "--lang", "en"])
    assert status == 0
    assert load_profile(target).ward is None


def test_the_refusal_is_told_in_vietnamese_through_the_catalogue(backend, tmp_path, capsys):
    source = "The ward %1 is not known to the backend. Wards: %2"
    catalogue = _catalogue(tmp_path, {source: "Phường %1 không có trên máy chủ. Các phường: %2"})
    args = build_parser().parse_args(["--write-profile", str(tmp_path / "site.toml"),
                                      "--backend-url", backend.url, "--ward", "1", "--yes",
                                      "--lang", "vi"])
    assert write_profile_command(args, catalogue_dir=catalogue) == 3
    assert "Phường 1 không có trên máy chủ. Các phường: 29869 (Phường Cao Lãnh)" in (
        capsys.readouterr().err)


def _catalogue(tmp_path: Path, texts: dict[str, str]) -> Path:
    """A Vietnamese catalogue holding ``texts`` (context WriteProfile), built with lrelease."""
    messages = "".join(
        f"<message><source>{s}</source><translation>{t}</translation></message>"
        for s, t in texts.items()
    )
    ts = tmp_path / "ioc_console_vi.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
                  f'language="vi"><context><name>WriteProfile</name>{messages}</context></TS>',
                  encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(tmp_path / "ioc_console_vi.qm")],
                   check=True, capture_output=True)
    return tmp_path


# what the HTTPS server answers: the version feed, and its wards to anyone (one ward only)
FEED = {
    "/api/v1/client-version": {"version": "0.1.0", "download_url": "https://x.test/"},
    "/api/v1/units": {"items": [{"id": "u1", "code": "29869", "name": "Phường Cao Lãnh"}]},
}


@pytest.fixture
def tls_server(tmp_path):
    """An HTTPS server on loopback with a self-signed certificate, answering the version feed;
    yields its address and the certificate file (which a client may use as its CA file)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ioc.caolanh.test"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "So TTTT Dong Thap")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "ca.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))

    class Feed(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            found = self.path in FEED
            body = json.dumps(FEED.get(self.path)).encode()
            self.send_response(200 if found else 404)
            self.send_header("Content-Length", str(len(body) if found else 0))
            self.end_headers()
            if found:
                self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Feed)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}", cert_file
    server.shutdown()
    server.server_close()
    thread.join()


def test_without_qt_the_messages_are_in_english(monkeypatch):
    from ioc_console.core.i18n import QT_TRANSLATE_NOOP, Message
    from ioc_console.core.paths import translations_dir
    from ioc_console.profile_prompt import translator

    monkeypatch.setitem(sys.modules, "PySide6.QtCore", None)  # a core-only installation
    say = translator("vi", translations_dir())
    text = Message(QT_TRANSLATE_NOOP("WriteProfile", "Site profile written: %1"), "/x.toml")
    assert say(text) == "Site profile written: /x.toml"
