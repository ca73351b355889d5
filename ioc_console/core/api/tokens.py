"""The backend sign-in token, kept in the OS keyring under the backend address and user name.

Where no usable keyring exists (a headless machine, a locked or broken secret service) the token
is kept in memory for this run only, and one warning says so. The token itself is never logged.
"""

from __future__ import annotations

import logging
import threading

import keyring
import keyring.backends.fail
import keyring.backends.null
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "ioc-console"


def token_key(backend_url: str, username: str) -> str:
    """The keyring entry name for ``username`` on the backend at ``backend_url``."""
    return f"{username}@{backend_url.rstrip('/')}"


class TokenStore:
    """Bearer tokens per (backend URL, user name); thread-safe.

    ``use_keyring=False`` keeps tokens in memory only, without a warning.
    """

    def __init__(self, service: str = SERVICE, *, use_keyring: bool = True) -> None:
        self.service = service
        self._memory: dict[str, str] = {}
        self._use_keyring = use_keyring
        self._lock = threading.Lock()

    @property
    def in_memory(self) -> bool:
        """True when tokens are not (or no longer) written to the OS keyring."""
        with self._lock:
            if self._use_keyring:
                self._check_backend()
            return not self._use_keyring

    def get(self, backend_url: str, username: str) -> str | None:
        key = token_key(backend_url, username)
        with self._lock:
            if self._keyring_usable():
                try:
                    return keyring.get_password(self.service, key)
                except Exception as exc:  # any backend failure: fall back, never crash
                    self._fall_back(exc)
            return self._memory.get(key)

    def set(self, backend_url: str, username: str, token: str) -> None:
        key = token_key(backend_url, username)
        with self._lock:
            if self._keyring_usable():
                try:
                    keyring.set_password(self.service, key, token)
                    return
                except Exception as exc:  # any backend failure: fall back, never crash
                    self._fall_back(exc, secret=token)
            self._memory[key] = token

    def delete(self, backend_url: str, username: str) -> None:
        key = token_key(backend_url, username)
        with self._lock:
            self._memory.pop(key, None)
            if self._keyring_usable():
                try:
                    keyring.delete_password(self.service, key)
                except keyring.errors.PasswordDeleteError:
                    pass  # nothing stored
                except Exception as exc:  # any backend failure: fall back, never crash
                    self._fall_back(exc)

    def _keyring_usable(self) -> bool:
        if self._use_keyring:
            self._check_backend()
        return self._use_keyring

    def _check_backend(self) -> None:
        try:
            backend = keyring.get_keyring()
        except Exception as exc:  # a broken keyring configuration
            self._fall_back(exc)
            return
        if isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
            self._fall_back(f"no keyring backend available ({type(backend).__name__})")

    def _fall_back(self, reason: object, secret: str | None = None) -> None:
        if isinstance(reason, BaseException):
            reason = f"{type(reason).__name__}: {reason}"
        if secret:
            reason = str(reason).replace(secret, "***")
        log.warning(
            "No usable OS keyring (%s): the backend sign-in token is kept in memory for this "
            "run only, and the operator signs in again at the next start",
            reason,
        )
        self._use_keyring = False
