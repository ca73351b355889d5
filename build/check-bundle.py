"""Checks a built one-folder bundle against the packaging rules (build/bundle_rules.py).

Usage: python build/check-bundle.py DIST_DIR   (exit status 1 and one line per problem)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_rules


def main(dist: Path) -> int:
    problems = bundle_rules.bundle_problems(dist, sys.platform)
    for problem in problems:
        print(f"check-bundle: {problem}", file=sys.stderr)
    if not problems:
        print(f"check-bundle: {dist} is fit to package")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
