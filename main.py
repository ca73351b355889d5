"""IOC Console launcher: ``python main.py [options]`` (see ``--help``)."""

import sys

from ioc_console.launcher import main

if __name__ == "__main__":
    sys.exit(main())
