"""Start to first paint of the frozen console (the one-folder bundle of `make package`, or the
installed one) beside the same console run from source, in the same run, alternating:
the budget is 1.5 times the source run.

    make package && make bench          (FROZEN_CONSOLE=/opt/ioc-console/ioc-console for the
                                         installed package)
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FROZEN = Path(os.environ.get("FROZEN_CONSOLE", ROOT / "build/out/dist/ioc-console/ioc-console"))
RUNS = 5
BUDGET = 1.5


def time_to_first_paint(command: list[str], home: Path) -> float:
    env = dict(os.environ, IOC_CONSOLE_HOME=str(home), IOC_CONSOLE_EXIT_AFTER_FIRST_PAINT="1")
    started = time.time()
    result = subprocess.run(
        [*command, "--demo", "--lang", "vi"], cwd=ROOT, env=env, capture_output=True,
        text=True, timeout=120,
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("FIRST_PAINT ")), None)
    assert line is not None, result.stdout + result.stderr
    return float(line.split()[1]) - started


@pytest.mark.skipif(not FROZEN.is_file(), reason="no frozen console: make package")
def test_frozen_start_to_first_paint_against_the_source_run(tmp_path):
    source_cmd, frozen_cmd = [sys.executable, str(ROOT / "main.py")], [str(FROZEN)]
    time_to_first_paint(source_cmd, tmp_path / "source")  # first starts: cache and settings
    time_to_first_paint(frozen_cmd, tmp_path / "frozen")
    source, frozen = [], []
    for _ in range(RUNS):
        source.append(time_to_first_paint(source_cmd, tmp_path / "source"))
        frozen.append(time_to_first_paint(frozen_cmd, tmp_path / "frozen"))
    s, f = statistics.median(source), statistics.median(frozen)
    print()
    print(f"start to first paint, median of {RUNS} alternating runs (demo mode, Vietnamese)")
    print(f"  from source   {s * 1000:7.0f} ms   (runs: {', '.join(f'{x:.2f}' for x in source)})")
    print(f"  frozen        {f * 1000:7.0f} ms   (runs: {', '.join(f'{x:.2f}' for x in frozen)})")
    print(f"  ratio         {f / s:7.2f}   (budget {BUDGET})")
    assert f <= BUDGET * s
