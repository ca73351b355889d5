"""The backend contract: the OpenAPI document both the console and the demo backend follow."""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path

import yaml

from ioc_console.core.paths import resources_dir

CONTRACT_FILE = "ioc-backend.openapi.yaml"


def contract_path() -> Path:
    """Where the contract document lives: resources/api/ of the checkout or the bundle."""
    return resources_dir() / "api" / CONTRACT_FILE


@cache
def _load() -> dict:
    with contract_path().open(encoding="utf-8") as stream:
        document = yaml.safe_load(stream)
    if not isinstance(document, dict) or "openapi" not in document:
        raise ValueError(f"{contract_path()} is not an OpenAPI document")
    return document


def load_contract() -> dict:
    """The contract document as a dict (read once; each caller gets its own copy)."""
    return copy.deepcopy(_load())
