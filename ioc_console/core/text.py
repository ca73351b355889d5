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


# Vietnamese writes the tone of an open "oa", "oe" or "uy" syllable on either vowel: "Hòa" (the
# units' names of 2025) or "Hoà" (those of 2019), "Thùy" or "Thuỳ". Both are one name.
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook above, tilde, dot below
TONE_PLACEMENTS: dict[str, str] = {
    case(unicodedata.normalize("NFC", first + second + tone)):
        case(unicodedata.normalize("NFC", first + tone + second))
    for first, second in (("o", "a"), ("o", "e"), ("u", "y"))
    for tone in _TONES
    for case in (str, str.upper, str.capitalize)
}
"""An open syllable's ending with the tone on the second vowel -> on the first (``"oà"`` ->
``"òa"``), in lower case, upper case and capitalised."""
# the ending, not after "q" (in "quý" the "u" is the consonant's) nor before another letter
_OPEN_ENDING = re.compile(
    "(?<![qQ])(" + "|".join(map(re.escape, TONE_PLACEMENTS)) + r")(?![^\W\d_])"
)


def one_tone_placement(text: str) -> str:
    """``text`` with the tone of each open "oa", "oe", "uy" syllable on its first vowel, as the
    units' names of 2025 write it, composed (NFC) and its spaces single: "Công an phường Hoà
    Thuận" -> "Công an phường Hòa Thuận", the same name however it was typed. "Hoàng" (a
    closed syllable) and "quý" (the "u" of "qu") are left as they are."""
    composed = " ".join(unicodedata.normalize("NFC", text).split())
    return _OPEN_ENDING.sub(lambda m: TONE_PLACEMENTS[m.group(1)], composed)
