"""The launcher caps glibc's malloc arenas before threads start (libVLC's threads otherwise
leave the console growing with every reconnect)."""

import subprocess
import sys

import pytest


def test_the_arena_cap_is_accepted_by_this_c_library():
    code = "from ioc_console.memory import cap_malloc_arenas; print(cap_malloc_arenas())"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == ("True" if sys.platform.startswith("linux") else "False")


GIVE_BACK = r"""
import ctypes, ctypes.util, sys
from ioc_console.memory import give_back_free_memory

libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]

def rss_mb():
    return int(open("/proc/self/statm").read().split()[1]) * 4096 // 2**20

blocks = [libc.malloc(1024) for _ in range(60_000)]  # 60 MB of small blocks, as players free
for block in blocks:
    ctypes.memset(block, 1, 1024)
kept = libc.malloc(1024)  # one block above them: the heap's top cannot shrink by itself
for block in blocks:
    libc.free(block)
before = rss_mb()
print(give_back_free_memory(), before, rss_mb())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_memory_freed_by_a_released_player_goes_back_to_the_system():
    result = subprocess.run([sys.executable, "-c", GIVE_BACK], capture_output=True, text=True)
    given, before, after = result.stdout.split()
    assert given == "True"
    assert int(before) - int(after) > 40, (before, after)
