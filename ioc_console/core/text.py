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
    """True when every word of ``query`` begins a word of one of ``fields``.

    Diacritics and case are ignored: "phuong 4" finds "Phường 4", "hoa an" finds "Xã Hòa An"
    but not "Phường Hòa Thuận".
    """
    words = fold(query).split()
    if not words:
        return True
    haystack = [w for f in fields if f for w in fold(f).split()]
    return all(any(h.startswith(w) for h in haystack) for w in words)
