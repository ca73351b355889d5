"""Test modules live in folders without packages, so two of the same name cannot both be
collected: a clash stops the whole run before any test runs."""

from collections import Counter
from pathlib import Path


def test_every_test_module_name_is_unique():
    names = Counter(p.name for p in Path(__file__).parent.rglob("test_*.py"))
    assert not [name for name, n in names.items() if n > 1]
