"""An action the console accepted is still queued after the process is killed mid-write."""

import json
import os
import signal
import subprocess
import sys
import textwrap

from ioc_console.core.store.cache import Cache

WRITER = textwrap.dedent(
    """
    import sys
    from ioc_console.core.store.cache import Cache
    cache = Cache.open(sys.argv[1])
    i = 0
    while True:
        key = cache.enqueue(f"/alerts/AL-{i}/actions", {"action": "acknowledge", "n": i},
                            dataset="alerts", item_id=f"AL-{i}").result()
        print(key, flush=True)
        i += 1
    """
)


def test_killed_while_queueing_keeps_every_accepted_action(tmp_path):
    path = tmp_path / "cache.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    accepted = [proc.stdout.readline().strip() for _ in range(25)]
    os.kill(proc.pid, signal.SIGKILL)  # most likely in the middle of the next write
    proc.wait()
    accepted += [line.strip() for line in proc.stdout.read().splitlines() if line.strip()]

    cache = Cache.open(path)
    assert cache.problems == [] and cache.quick_check() == "ok"
    queued = cache.outbox()
    keys = [a.key for a in queued]
    assert keys[: len(accepted)] == accepted  # every accepted action, in order
    assert len(keys) - len(accepted) <= 1  # at most the one being written when killed
    assert [a.body["n"] for a in queued] == list(range(len(queued)))
    assert all(json.loads(json.dumps(a.body)) == a.body for a in queued)
    cache.close()
