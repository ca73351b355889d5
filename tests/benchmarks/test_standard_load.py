"""The console's GUI event-loop lag under the standard load beside the same console idle
(the lateness of a 10 ms precise timer on the GUI thread), with the video wall (2x2) and the
map showing 10,000 complaints side by side:

- idle (the baseline): the demo backend sends no events, the tiles are empty; and the same with
  the map's former endless animations (the new-alert pulse and the selection ring) put back;
- standard load: four live tiles, the demo backend at 20 events/s;
- the same with the map's former endless animations put back: what bounding them saves;
- that, with the map's cache reads back on the GUI thread: the console as it was before.

The idle variants share one console process, the loaded ones another; the variants of a process
are measured in turns of 10 s, so that each meets the same load from the rest of the machine.
Each variant is measured for IOC_BENCH_LOAD_S seconds (120 by default) once the data, the map
and the tiles are up. Beside the lag: the GUI thread's time per push of map changes (the push;
before, the read and the push).

    make bench
    IOC_BENCH_LOAD_S=30 make bench

Measured on the development machine (Xvfb, 2 cores, 60 s each, otherwise quiet), p50/p99 ms:
idle 0.21/4.62, idle with the endless animations 0.29/17.6; standard load 13.3/48.2, with the
endless animations 1.24/35.7, and the reads on the GUI thread 1.28/39.0 (GUI-thread time per map
push: 0.62/84.9 now, 12.0/117 with the reads). Bounding the animations takes the idle p99 down
3.8 times; under load the median is lower with the endless animations than without them, in
every run so far, for a reason not yet found.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("load_child.py")
SECONDS = float(os.environ.get("IOC_BENCH_LOAD_S", "120"))
ROWS = (
    ("idle", "idle", "console idle (baseline)"),
    ("idle", "idle-endless", "  with the endless map animations"),
    ("load", "after", "standard load"),
    ("load", "endless", "  with the endless map animations"),
    ("load", "before", "  and the map's reads on the GUI thread"),
)


def run_arm(arm: str, home: Path) -> dict[str, list[list[str]]]:
    env = dict(os.environ, IOC_CONSOLE_HOME=str(home), PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, str(CHILD), arm, str(SECONDS)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=3 * SECONDS + 900,
    )
    lines: dict[str, list[list[str]]] = {}
    for line in result.stdout.splitlines():
        parts = line.split()
        if parts:
            lines.setdefault(parts[0], []).append(parts[1:])
    if "LAG" not in lines:
        raise AssertionError(f"{arm}: no measurement\n{result.stdout}\n{result.stderr[-4000:]}")
    return lines


def of(lines: dict[str, list[list[str]]], key: str, variant: str) -> list[str]:
    return next(parts[1:] for parts in lines[key] if parts[0] == variant)


@pytest.mark.timeout(5 * SECONDS + 1800)
def test_event_loop_lag_under_the_standard_load_beside_the_console_idle(tmp_path):
    results = {arm: run_arm(arm, tmp_path / arm) for arm in ("idle", "load")}
    base_p99 = float(of(results["idle"], "LAG", "idle")[1])
    print()
    print(
        f"GUI event-loop lag (10 ms timer), {SECONDS:.0f} s each: video wall 2x2 and the map "
        "with 10,000 complaints side by side"
    )
    print(
        f"  {'':42}{'p50 ms':>8}{'p99 ms':>8}{'max ms':>8}{'p99 ratio':>10}"
        "   endless anim.   map pushes: n, GUI-thread ms p50/p99/max"
    )
    for arm, variant, label in ROWS:
        p50, p99, worst, _n = of(results[arm], "LAG", variant)
        n, f50, f99, fmax = of(results[arm], "FLUSH", variant)
        (endless,) = of(results[arm], "ENDLESS", variant)
        ratio = float(p99) / max(base_p99, 0.01)
        print(
            f"  {label:42}{float(p50):8.2f}{float(p99):8.2f}{float(worst):8.1f}{ratio:10.1f}"
            f"   {endless:>12}   {n}, {f50}/{f99}/{fmax}"
        )
    for arm in ("idle", "load"):
        events, items = results[arm]["EVENTS"][0]
        print(
            f"  {arm}: {results[arm]['LIVE'][0][0]} tiles live, {events} cache changes "
            f"({items} items) while measured"
        )
