"""The launcher caps glibc's malloc arenas before threads start (libVLC's threads otherwise
leave the console growing with every reconnect)."""

import subprocess
import sys


def test_the_arena_cap_is_accepted_by_this_c_library():
    code = "from ioc_console.memory import cap_malloc_arenas; print(cap_malloc_arenas())"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == ("True" if sys.platform.startswith("linux") else "False")
