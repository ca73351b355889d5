"""Does an RTSP camera's stream answer again? One ``DESCRIBE`` over TCP (with the URL's user
and password, Basic or Digest as the camera asks), answered ``200`` with a session description:
the camera is up and has the stream. Cheap enough to ask twice a second while a tile waits, so
an RTSP camera that comes back is live again within seconds, not at the end of its back-off.

Credentials go only to the camera, in the request's ``Authorization`` header; nothing here logs.
"""

from __future__ import annotations

import base64
import hashlib
import re
import socket
from urllib.parse import unquote, urlsplit

RTSP_PORT = 554
_STATUS = re.compile(rb"^RTSP/1\.\d (\d{3})")
_CHALLENGE = re.compile(r'(\w+)="?([^",]*)"?')


def rtsp_answers(url: str, timeout_s: float) -> bool:
    """True when the RTSP server of ``url`` describes its stream (status 200)."""
    parts = urlsplit(url)
    if parts.scheme.lower() != "rtsp" or not parts.hostname:
        return False
    try:
        port = parts.port or RTSP_PORT
    except ValueError:
        return False
    bare = parts._replace(netloc=f"{parts.hostname}:{port}").geturl()
    user, password = unquote(parts.username or ""), unquote(parts.password or "")
    try:
        with socket.create_connection((parts.hostname, port), timeout=timeout_s) as sock:
            sock.settimeout(timeout_s)
            status, head = _describe(sock, bare, 1, "")
            if status == 401 and user:
                auth = _authorization(head, bare, user, password)
                if auth:
                    status, head = _describe(sock, bare, 2, auth)
            return status == 200
    except (OSError, ValueError):
        return False


def _describe(sock: socket.socket, url: str, cseq: int, auth: str) -> tuple[int, str]:
    lines = [f"DESCRIBE {url} RTSP/1.0", f"CSeq: {cseq}", "Accept: application/sdp"]
    if auth:
        lines.append(f"Authorization: {auth}")
    sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("utf-8"))
    data = b""
    while b"\r\n\r\n" not in data and len(data) < 16384:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    found = _STATUS.match(data)
    if found is None:
        raise ValueError("not an RTSP answer")
    return int(found.group(1)), data.split(b"\r\n\r\n", 1)[0].decode("latin-1")


def _authorization(head: str, url: str, user: str, password: str) -> str:
    """The ``Authorization`` value answering the server's challenge ("" if none usable)."""
    challenges = [
        line.split(":", 1)[1].strip()
        for line in head.split("\r\n")
        if line.lower().startswith("www-authenticate:")
    ]
    for challenge in challenges:
        scheme, _, rest = challenge.partition(" ")
        if scheme.lower() == "digest":
            fields = dict(_CHALLENGE.findall(rest))
            realm, nonce = fields.get("realm", ""), fields.get("nonce", "")
            ha1 = _md5(f"{user}:{realm}:{password}")
            response = _md5(f"{ha1}:{nonce}:{_md5(f'DESCRIBE:{url}')}")
            return (
                f'Digest username="{user}", realm="{realm}", nonce="{nonce}", '
                f'uri="{url}", response="{response}"'
            )
    if any(c.lower().startswith("basic") for c in challenges):
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        return f"Basic {token}"
    return ""


def _md5(text: str) -> str:
    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()
