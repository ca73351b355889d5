"""Check a site profile's answers against its backend before the profile is written.

Three things a ward clerk can get wrong, each told in words they can act on: the backend does
not answer (address, port, network), its TLS certificate is not trusted by this PC (the
certificate's subject and issuer are named, so the clerk can ask for the right CA file), and
the ward is not one the backend knows. No sign-in is needed: the backend's version feed
(``/api/v1/client-version``) answers anyone; the wards come from ``/api/v1/units`` when the
backend shows them without a token, else from the administrative units the console carries.
"""

from __future__ import annotations

import logging
import socket
import ssl
from collections.abc import Collection
from datetime import date
from urllib.parse import urlparse

import requests
from cryptography import x509

from ioc_console.core.clock import city_today
from ioc_console.core.domain.admin_units import units_on
from ioc_console.core.i18n import QT_TRANSLATE_NOOP, Message
from ioc_console.core.updates import default_feed_url

log = logging.getLogger(__name__)

CONTEXT = "WriteProfile"


class SiteCheckError(Exception):
    """The answers do not fit the backend; :attr:`message` says why (translatable)."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def check_site(
    url: str, ward: str = "", ca_file: str = "", timeout_s: float = 10.0,
    today: date | None = None,
) -> None:
    """Raise :class:`SiteCheckError` unless the backend at ``url`` answers over a trusted
    connection and knows ``ward`` ("" : no ward to check)."""
    verify: str | bool = ca_file or True
    root = default_feed_url(url)[: -len("/api/v1/client-version")]
    try:
        with requests.get(default_feed_url(url), timeout=(min(timeout_s, 5.0), timeout_s),
                          verify=verify) as reply:
            status = reply.status_code
    except requests.exceptions.SSLError as exc:
        log.info("The backend %s is not trusted: %s", url, exc)
        raise SiteCheckError(_untrusted(url, ca_file, "mismatch" in str(exc))) from None
    except (requests.ConnectionError, requests.Timeout) as exc:
        log.info("The backend %s cannot be reached: %s", url, exc)
        raise SiteCheckError(Message(QT_TRANSLATE_NOOP(
            "WriteProfile",
            "The backend %1 cannot be reached: check the address, the port and the network.",
        ), url)) from None
    except (requests.RequestException, OSError, ValueError) as exc:  # a malformed address
        raise SiteCheckError(Message(QT_TRANSLATE_NOOP(
            "WriteProfile", "The backend address %1 cannot be used: %2"), url, exc)) from None
    if status != 200:
        raise SiteCheckError(Message(QT_TRANSLATE_NOOP(
            "WriteProfile",
            "%1 answered with HTTP status %2: it does not look like an IOC backend's address.",
        ), url, status))
    if ward:
        known = _backend_wards(root, verify, timeout_s)
        if known is None:
            known = {u.code: u.name for u in units_on(today or city_today())}
        if ward not in known:
            listed = ", ".join(f"{code} ({name})" for code, name in sorted(known.items()))
            raise SiteCheckError(Message(QT_TRANSLATE_NOOP(
                "WriteProfile", "The ward %1 is not known to the backend. Wards: %2"),
                ward, listed))


def _backend_wards(root: str, verify: str | bool, timeout_s: float) -> dict[str, str] | None:
    """The wards ``/api/v1/units`` lists without sign-in (None: it lists none to anyone)."""
    try:
        with requests.get(f"{root}/api/v1/units", timeout=(min(timeout_s, 5.0), timeout_s),
                          verify=verify) as reply:
            if reply.status_code != 200:
                return None
            items = reply.json().get("items")
    except (requests.RequestException, ValueError, AttributeError):
        return None
    if not isinstance(items, list):
        return None
    return {
        str(item.get("code") or item.get("id")): str(item.get("name", ""))
        for item in items
        if isinstance(item, dict) and not item.get("valid_to") and not item.get("deleted")
    }


def _untrusted(url: str, ca_file: str, other_name: bool) -> Message:
    subject, issuer = peer_certificate(url)
    if other_name:  # trusted, but made out to another server name
        return Message(QT_TRANSLATE_NOOP(
            "WriteProfile",
            "The TLS certificate of %1 was issued for another name: %2 (issued by %3). Use the "
            "address the certificate names."), url, subject, issuer)
    if ca_file:
        return Message(QT_TRANSLATE_NOOP(
            "WriteProfile",
            "The TLS certificate of %1 is not trusted by the CA file %2. Certificate: %3, "
            "issued by %4."), url, ca_file, subject, issuer)
    return Message(QT_TRANSLATE_NOOP(
        "WriteProfile",
        "The TLS certificate of %1 is not trusted by this computer. Certificate: %2, issued by "
        "%3. Give the city's CA certificate file (--ca-file)."), url, subject, issuer)


def peer_certificate(url: str, timeout_s: float = 5.0) -> tuple[str, str]:
    """The subject and issuer of the certificate the server at ``url`` shows, read without
    verifying it (only to name it); ``("?", "?")`` when it cannot be read."""
    parsed = urlparse(url)
    host, port = parsed.hostname or "", parsed.port or 443
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        with socket.create_connection((host, port), timeout=timeout_s) as raw:
            with context.wrap_socket(raw, server_hostname=host) as tls:
                der = tls.getpeercert(binary_form=True)
    except (OSError, ValueError) as exc:
        log.info("The certificate of %s cannot be read: %s", url, exc)
        return "?", "?"
    return describe_certificate(der) if der else ("?", "?")


def describe_certificate(der: bytes) -> tuple[str, str]:
    """The subject and issuer of a DER certificate, written as OpenSSL shows them
    (``CN=…, O=…``: in the certificate's order, not RFC 4514's reversed one)."""
    try:
        cert = x509.load_der_x509_certificate(der)
    except ValueError:
        return "?", "?"
    return _name(cert.subject), _name(cert.issuer)


def _name(name: x509.Name) -> str:
    return ", ".join(rdn.rfc4514_string() for rdn in name.rdns) or "?"


def known_wards(today: date | None = None) -> Collection[str]:
    """The ward codes the console carries for ``today`` (the prompt's hint)."""
    return [u.code for u in units_on(today or city_today())]
