"""Any document a CAP source sends — a CAP message, an Atom or RSS feed of them, an EDXL-DE
envelope — read safely into the CAP 1.2 messages it carries and the reasons for what it does
not. :func:`parse_document` never raises: a document that cannot be used at all comes back with
one refusal for the whole document."""

from __future__ import annotations

import logging
from xml.etree.ElementTree import Element, tostring

from ioc_console.core.cap.message import (
    InvalidMessageError,
    is_alert,
    local_name,
    namespace,
    read_message,
)
from ioc_console.core.cap.model import Document, Message, Refused
from ioc_console.core.cap.safe_xml import MAX_BYTES, CapError, parse_xml

log = logging.getLogger(__name__)

ATOM = "http://www.w3.org/2005/Atom"
EDXL_DE = "urn:oasis:names:tc:emergency:EDXL:DE:1.0"
CAP_TYPE = "application/cap+xml"


def parse_document(data: bytes | str, limit: int = MAX_BYTES) -> Document:
    """The messages ``data`` holds, the refused ones with their reasons, and (for an index
    feed) the links to messages it only points to."""
    try:
        root = parse_xml(data, limit)
    except CapError as exc:
        return _refuse_all("document", str(exc))
    try:
        return _read_root(root)
    except Exception as exc:  # a fault of ours must not take the caller down
        log.exception("CAP document could not be read")
        return _refuse_all("document", f"the document could not be read: {exc!r}")


def _refuse_all(where: str, reason: str) -> Document:
    log.info("CAP: refused %s: %s", where, reason)
    return Document("unknown", refused=(Refused(where, reason),))


def _read_root(root: Element) -> Document:
    name, ns = local_name(root), namespace(root)
    if is_alert(root):
        return _collect("cap", [("document", root)])
    if name == "feed" and ns == ATOM:
        return _atom(root)
    if name == "rss":
        return _rss(root)
    if name == "EDXLDistribution" and ns == EDXL_DE:
        objects = root.findall(f"{{{EDXL_DE}}}contentObject")
        found: list[tuple[str, Element | None]] = []
        for i, obj in enumerate(objects):
            embedded = obj.find(f"{{{EDXL_DE}}}xmlContent/{{{EDXL_DE}}}embeddedXMLContent")
            alert = next((e for e in embedded or () if is_alert(e)), None)
            found.append((f"content object {i + 1}", alert))
        if not objects:
            return _refuse_all("document", "the EDXL-DE envelope has no content objects")
        return _collect("edxl", found)
    return _refuse_all(
        "document",
        f"not a CAP message, Atom or RSS feed or EDXL-DE envelope (root <{name}> in "
        f"namespace '{ns or 'none'}')",
    )


def _collect(
    kind: str, found: list[tuple[str, Element | None]], links: tuple[str, ...] = ()
) -> Document:
    messages: list[Message] = []
    refused: list[Refused] = []
    for where, alert in found:
        if alert is None:
            refused.append(Refused(where, "it carries no CAP <alert>"))
            continue
        try:
            messages.append(read_message(alert, _own_text(alert)))
        except InvalidMessageError as exc:
            identifier = _identifier(alert)
            refused.append(Refused(where, str(exc), identifier))
    for r in refused:
        log.info("CAP: refused %s%s: %s", r.where, f" ({r.identifier})" if r.identifier else "",
                 r.reason)
    return Document(kind, tuple(messages), tuple(refused), links)


def _own_text(alert: Element) -> str:
    """The message's own XML, its namespace the default one (as senders write it)."""
    try:
        return tostring(alert, encoding="unicode", default_namespace=namespace(alert) or None)
    except ValueError:  # an element without a namespace inside: written with prefixes
        return tostring(alert, encoding="unicode")


def _identifier(alert: Element) -> str:
    child = next((c for c in alert if local_name(c) == "identifier"), None)
    return (child.text or "").strip() if child is not None else ""


def _atom(feed: Element) -> Document:
    entries = feed.findall(f"{{{ATOM}}}entry")
    if not entries:
        return Document("atom", refused=(Refused("document", "the feed has no entries"),))
    found: list[tuple[str, Element | None]] = []
    links: list[str] = []
    for i, entry in enumerate(entries):
        where = f"entry {i + 1}"
        content = entry.find(f"{{{ATOM}}}content")
        alert = next((e for e in content if is_alert(e)), None) if content is not None else None
        if alert is not None:
            found.append((where, alert))
            continue
        link = _atom_link(entry)
        if link:
            links.append(link)
        else:
            found.append((where, None))
    return _collect("atom", found, tuple(links))


def _atom_link(entry: Element) -> str:
    """The address of the entry's CAP message: ``content src``, a link typed as CAP, else its
    first link."""
    content = entry.find(f"{{{ATOM}}}content")
    if content is not None and (content.get("src") or "").strip():
        return (content.get("src") or "").strip()
    hrefs = [
        (link.get("type") == CAP_TYPE, (link.get("href") or "").strip())
        for link in entry.findall(f"{{{ATOM}}}link")
    ]
    hrefs = [h for h in hrefs if h[1]]
    typed = [href for is_cap, href in hrefs if is_cap]
    return typed[0] if typed else (hrefs[0][1] if hrefs else "")


def _rss(rss: Element) -> Document:
    items = rss.findall("channel/item")
    if not items:
        return Document("rss", refused=(Refused("document", "the feed has no items"),))
    found: list[tuple[str, Element | None]] = []
    links: list[str] = []
    for i, item in enumerate(items):
        alert = next((e for e in item.iter() if is_alert(e)), None)
        link = (item.findtext("link") or "").strip()
        if alert is not None:
            found.append((f"item {i + 1}", alert))
        elif link:
            links.append(link)
        else:
            found.append((f"item {i + 1}", None))
    return _collect("rss", found, tuple(links))
