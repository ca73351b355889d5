"""``python -m ioc_console.video_worker [--probe]``: a video worker (see :mod:`.main`)."""

import sys

from ioc_console.video_worker.main import run

if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
