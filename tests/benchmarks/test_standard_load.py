"""The console's GUI event-loop lag under the standard load beside the same console idle,
measured in the same run (a 10 ms precise timer's lateness on the GUI thread):

- idle: the console with the video wall (2x2) and the map side by side, the map showing
  10,000 complaints, the demo backend sending no events, the tiles empty;
- standard load: the same with four live tiles and the demo backend at 20 events/s;
- standard load with the map's former endless animations (the new-alert pulse and the selection
  ring, put back into the page): what bounding them saves;
- that, with the map's cache reads back on the GUI thread: the console as it was before.

Each arm is a fresh console process measured for IOC_BENCH_LOAD_S seconds (120 by default)
once its data, map and tiles are up. It also prints the map's work on the GUI thread per
push of changes (FeedPump: the push, or before, the read and the push).

    make bench
    IOC_BENCH_LOAD_S=30 make bench
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
ARMS = (
    ("idle", "console idle (baseline)"),
    ("load", "standard load"),
    ("endless", "standard load, endless map animations"),
    ("before", "same, map reads on the GUI thread (before)"),
)


def run_arm(arm: str, home: Path) -> dict[str, list[str]]:
    env = dict(os.environ, IOC_CONSOLE_HOME=str(home), PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, str(CHILD), arm, str(SECONDS)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=SECONDS + 600,
    )
    lines = {
        parts[0]: parts[1:]
        for parts in (line.split() for line in result.stdout.splitlines())
        if parts
    }
    if "LAG" not in lines:
        raise AssertionError(f"{arm}: no measurement\n{result.stdout}\n{result.stderr[-4000:]}")
    return lines


@pytest.mark.timeout(3 * (SECONDS + 600))
def test_event_loop_lag_under_the_standard_load_beside_the_console_idle(tmp_path):
    results = {arm: run_arm(arm, tmp_path / arm) for arm, _ in ARMS}
    base_p50, base_p99, base_max = (float(x) for x in results["idle"]["LAG"][:3])
    print()
    print(
        f"GUI event-loop lag, 10 ms timer, {SECONDS:.0f} s per arm: video wall 2x2 and the map "
        "(10,000 complaints) side by side"
    )
    print(
        f"  {'':40}{'p50 ms':>8}{'p99 ms':>8}{'max ms':>8}  {'p99 ratio':>9}"
        f"{'tiles':>6}{'items':>8}   map reads on the GUI thread (n, p50/p99/max ms)"
    )
    for arm, label in ARMS:
        lines = results[arm]
        p50, p99, worst = (float(x) for x in lines["LAG"][:3])
        n, f50, f99, fmax = lines["FLUSH"]
        print(
            f"  {label:40}{p50:8.2f}{p99:8.2f}{worst:8.1f}  {p99 / max(base_p99, 0.01):9.1f}"
            f"{lines['LIVE'][0]:>6}{lines['EVENTS'][1]:>8}   {n}, {f50}/{f99}/{fmax}"
        )
    print(f"  (idle baseline p50 {base_p50:.2f} ms, max {base_max:.1f} ms)")
