"""Is the backend reachable? One bounded HTTP request, run off the GUI thread by the caller."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reachability:
    reachable: bool
    detail: str


def probe(url: str, ca_bundle: str | None = None, timeout_s: float = 5.0) -> Reachability:
    """GET ``url`` with connect and read timeouts; any HTTP answer means reachable.

    TLS is verified, with the site's own CA bundle when it names one.
    """
    import requests  # imported here: a demo console never needs it, and it is slow to load

    verify: bool | str = ca_bundle or True
    try:
        response = requests.get(url, timeout=(timeout_s, timeout_s), verify=verify, stream=True)
        response.close()
    except requests.exceptions.SSLError as exc:
        return Reachability(False, f"TLS certificate not accepted: {exc}")
    except requests.exceptions.Timeout:
        return Reachability(False, f"no answer within {timeout_s:g} s")
    except requests.exceptions.RequestException as exc:
        return Reachability(False, f"cannot connect: {type(exc).__name__}")
    return Reachability(True, f"HTTP {response.status_code}")
