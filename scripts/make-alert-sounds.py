"""Writes the alert sounds shipped in resources/sounds/ (one short WAV per priority).

    python scripts/make-alert-sounds.py [OUT_DIR]

Pure tones with a soft attack and release, 16-bit mono 22,050 Hz, made from nothing but this
script (no third-party recordings, no licence to track). Higher priority: higher pitch, more
beeps, louder. Re-running writes the same bytes.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22_050
# priority -> (frequency Hz, beeps, beep seconds, gap seconds, volume 0..1)
TONES = {
    1: (1046.5, 3, 0.16, 0.07, 0.85),  # C6, three quick beeps: act now
    2: (880.0, 2, 0.18, 0.08, 0.7),  # A5, two beeps
    3: (659.3, 1, 0.22, 0.0, 0.55),  # E5, one beep
    4: (523.3, 1, 0.12, 0.0, 0.4),  # C5, one short soft beep
}
RAMP_S = 0.01  # attack and release, so the beeps do not click


def beep_samples(frequency: float, seconds: float, volume: float) -> list[int]:
    count = int(RATE * seconds)
    ramp = int(RATE * RAMP_S)
    samples = []
    for i in range(count):
        envelope = min(1.0, i / ramp, (count - 1 - i) / ramp) if ramp else 1.0
        value = volume * envelope * math.sin(2 * math.pi * frequency * i / RATE)
        samples.append(round(value * 32767))
    return samples


def sound(priority: int) -> bytes:
    frequency, beeps, beep_s, gap_s, volume = TONES[priority]
    samples: list[int] = []
    for n in range(beeps):
        samples += beep_samples(frequency, beep_s, volume)
        if n < beeps - 1:
            samples += [0] * int(RATE * gap_s)
    return struct.pack(f"<{len(samples)}h", *samples)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[1] / "resources/sounds"
    out.mkdir(parents=True, exist_ok=True)
    for priority in TONES:
        path = out / f"alert-p{priority}.wav"
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(RATE)
            wav.writeframes(sound(priority))
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
