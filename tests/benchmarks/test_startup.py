"""Start-up of the console (Operator layout, Vietnamese, all panels built) beside a bare Qt
window in the same run: the ratio is what the console's own start-up costs.

    make bench
"""

import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5


def time_to_window(kind: str, home: Path) -> float:
    env = dict(os.environ, IOC_CONSOLE_HOME=str(home))
    result = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("startup_child.py")), kind],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    line = next(x for x in result.stdout.splitlines() if x.startswith("RESULT "))
    return float(line.split()[1])


def test_startup_against_a_bare_qt_window(tmp_path):
    baseline = [time_to_window("baseline", tmp_path / f"b{i}") for i in range(RUNS)]
    cold = time_to_window("console", tmp_path / "fresh")  # first start: creates cache, settings
    warm = [time_to_window("console", tmp_path / "fresh") for _ in range(RUNS)]
    b, w = statistics.median(baseline), statistics.median(warm)
    print()
    print(f"start-up to first window, median of {RUNS} runs")
    print(f"  bare Qt window (baseline)      {b * 1000:8.0f} ms")
    print(f"  console, first start           {cold * 1000:8.0f} ms   ratio {cold / b:5.2f}")
    print(f"  console, later starts          {w * 1000:8.0f} ms   ratio {w / b:5.2f}")
