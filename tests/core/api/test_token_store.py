"""The token store: the OS keyring when there is one, memory (and one warning) when not."""

from __future__ import annotations

import logging

import keyring
import keyring.backends.fail
import pytest
from memory_keyring import MemoryKeyring

from ioc_console.core.api.tokens import TokenStore

URL = "https://ioc.caolanh.gov.vn"
SECRET = "eyJ-secret-token"


def test_tokens_live_in_the_keyring_per_backend_and_user(memory_keyring):
    store = TokenStore()
    store.set(URL + "/", "operator", SECRET)
    store.set("http://127.0.0.1:8080", "operator", "other")
    assert memory_keyring.passwords[("ioc-console", f"operator@{URL}")] == SECRET
    assert TokenStore().get(URL, "operator") == SECRET  # another store, same keyring
    assert store.get(URL, "supervisor") is None
    store.delete(URL, "operator")
    store.delete(URL, "operator")  # nothing left: no error
    assert store.get(URL, "operator") is None
    assert store.get("http://127.0.0.1:8080", "operator") == "other"
    assert not store.in_memory


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_without_a_keyring_tokens_stay_in_memory_with_one_warning(no_keyring, caplog):
    caplog.set_level(logging.DEBUG)
    store = TokenStore()
    store.set(URL, "operator", SECRET)
    store.set(URL, "supervisor", SECRET + "2")
    assert store.get(URL, "operator") == SECRET
    assert store.in_memory
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "kept in memory" in warnings[0].getMessage()
    assert SECRET not in caplog.text


class BrokenKeyring(MemoryKeyring):
    def set_password(self, service, username, password):
        raise keyring.errors.PasswordSetError(f"locked collection, cannot store {password}")


def test_a_failing_keyring_falls_back_without_logging_the_token(caplog):
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        store = TokenStore()
        store.set(URL, "operator", SECRET)
        assert store.get(URL, "operator") == SECRET
        assert store.in_memory
    finally:
        keyring.set_keyring(previous)
    assert "PasswordSetError" in caplog.text
    assert SECRET not in caplog.text


def test_memory_only_store_never_touches_the_keyring(memory_keyring, caplog):
    store = TokenStore(use_keyring=False)
    store.set(URL, "operator", SECRET)
    assert store.get(URL, "operator") == SECRET
    assert memory_keyring.passwords == {}
    assert caplog.records == []
