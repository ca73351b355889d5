"""Where the real-world test data written by others lives: ``../shared/data`` beside the
checkout, or ``$IOC_SHARED_DATA``. Tests that need it fail, never skip, when it is missing."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("IOC_SHARED_DATA", ROOT.parent / "shared" / "data"))
MISSING = f"the shared test data is missing: {SHARED_DATA} (set IOC_SHARED_DATA)"
