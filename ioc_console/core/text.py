"""Text helpers shared by every search box: Vietnamese-aware folding."""

from __future__ import annotations

import unicodedata

_EXTRA = str.maketrans({"đ": "d", "Đ": "d"})


def fold(text: str) -> str:
    """Fold ``text`` for matching: no diacritics, no case ("Phường 4" -> "phuong 4")."""
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def matches(query: str, *fields: str) -> bool:
    """True when every word of ``query`` occurs in one of ``fields``, ignoring diacritics."""
    words = fold(query).split()
    if not words:
        return True
    haystack = " ".join(fold(f) for f in fields if f)
    return all(w in haystack for w in words)
