"""A layout saved on two screens, restored where only one screen is left (Qt offscreen
platform with a screen layout file, in subprocesses)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DP1 = {
    "name": "DP-1",
    "x": 0,
    "y": 0,
    "width": 1920,
    "height": 1080,
    "logicalDpi": 96,
    "logicalBaseDpi": 96,
    "dpr": 1,
}
DP2 = {
    "name": "DP-2",
    "x": 1920,
    "y": 0,
    "width": 1280,
    "height": 1024,
    "logicalDpi": 96,
    "logicalBaseDpi": 96,
    "dpr": 1,
}


def scenario(mode: str, screens: list[dict], home: Path, tmp_path: Path) -> dict:
    config = tmp_path / f"screens-{len(screens)}.json"
    config.write_text(json.dumps({"screens": screens}))
    env = dict(
        os.environ, IOC_CONSOLE_HOME=str(home), QT_QPA_PLATFORM=f"offscreen:configfile={config}"
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "gui" / "screens_scenario.py"), mode],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT "))


def inside(rect, area) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


def test_restore_with_a_screen_missing_keeps_everything_on_screen(tmp_path, ioc_home):
    saved = scenario("save", [DP1, DP2], ioc_home, tmp_path)
    assert saved["screens"] == [[0, 0, 1920, 1080], [1920, 0, 1280, 1024]]
    assert [w["screen"] for w in saved["windows"]] == [0, 1]
    assert saved["windows"][1]["panels"] == ["event_log"]
    assert inside(saved["windows"][0]["floating"][0], [1920, 0, 1280, 1024])

    restored = scenario("restore", [DP1], ioc_home, tmp_path)
    assert restored["layout"] == "Wall"  # the layout saved last opens at start
    screen = restored["screens"][0]
    assert len(restored["windows"]) == 2  # the second screen's window came back ...
    for window in restored["windows"]:
        assert window["screen"] == 0  # ... on the screen that exists
        assert inside(window["rect"], screen), window
        for floating in window["floating"]:
            assert inside(floating, screen), floating
    panels = sorted(p for w in restored["windows"] for p in w["panels"])
    assert "event_log" in panels and "system_status" in panels
