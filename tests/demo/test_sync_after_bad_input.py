"""``--sync-once`` against a demo backend that was sent every bad payload still reads every
dataset: nothing a client sent could poison what the others read."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from bad_payloads import bad_payloads, send
from demo_world import session_for

from ioc_console.core.store.datasets import DATASETS

ROOT = Path(__file__).resolve().parents[2]
LINE = re.compile(r"^(\w+): (\d+) rows, as of (\S+)$")


def test_sync_once_reads_every_dataset_after_every_bad_payload(backend, ioc_home):
    session = session_for(backend, "operator")
    token = session.headers["Authorization"].split(" ", 1)[1]
    alert = backend.store.items("alerts")[0]["id"]
    for n, bad in enumerate(bad_payloads(alert)):
        send(backend.url, token, bad, key=f"k-{n}")
    env = dict(os.environ, IOC_CONSOLE_HOME=str(ioc_home), IOC_CONSOLE_PASSWORD="operator-demo")
    done = subprocess.run(
        [sys.executable, "main.py", "--sync-once", "--user", "operator", "--backend", backend.url],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = [LINE.match(x) for x in done.stdout.splitlines()]
    assert all(lines), done.stdout
    # the console's datasets (and the built-in plugins' feeds)
    assert {m[1] for m in lines} >= {d.name for d in DATASETS}, done.stdout
    rows = {m[1]: int(m[2]) for m in lines}
    assert rows["alerts"] == len(backend.store.items("alerts"))
    assert rows["complaints"] == len(backend.store.items("complaints"))
