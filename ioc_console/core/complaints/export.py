"""The complaint list as CSV: UTF-8 with a byte-order mark, so that spreadsheet software opens
Vietnamese text correctly; the columns the list shows, in its order, with texts as written."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from ioc_console.core.atomic import write_text_atomic

BOM = "\ufeff"


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """The table as CSV text (with the BOM; CRLF line ends, as RFC 4180 has them)."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else _cell(v) for v in row])
    return out.getvalue()


def _cell(value: object) -> str:
    text = str(value)
    # a cell a spreadsheet would run as a formula is kept as text
    if text[:1] in ("=", "+", "-", "@") and not _number(text):
        return "'" + text
    return text


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write the CSV file atomically (a half-written file never replaces a good one)."""
    write_text_atomic(Path(path), csv_text(header, rows))


def read_csv(path: Path) -> list[list[str]]:
    """Read back a file written by :func:`write_csv` (the BOM removed)."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return [list(row) for row in csv.reader(handle)]
