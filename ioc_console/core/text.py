"""Text helpers shared by every search box: Vietnamese-aware folding."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@cache
def _marks() -> re.Pattern[str]:
    """Every combining mark of the Basic Multilingual Plane (every Vietnamese tone and vowel
    mark among them) as one character class, built once: a search folds 100,000 rows."""
    codes = [c for c in range(0x10000) if unicodedata.combining(chr(c))]
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    parts = "".join(
        re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges
    )
    return re.compile(f"[{parts}]+")


def fold(text: str) -> str:
    """Fold ``text`` for matching: no diacritics, no case ("Phường 4" -> "phuong 4")."""
    plain = text.replace("đ", "d").replace("Đ", "d")  # str.replace: far quicker than translate
    decomposed = _marks().sub("", unicodedata.normalize("NFD", plain))
    if _ASTRAL.search(decomposed):  # marks beyond the first plane (rare): one at a time
        decomposed = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(decomposed.casefold().split())


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
