#!/usr/bin/env bash
# Runs a command under a private Xvfb with two 1280x800 screens (Qt sees two screens).
set -euo pipefail
fdfile=$(mktemp)
Xvfb -displayfd 3 -screen 0 1280x800x24 -screen 1 1280x800x24 -nolisten tcp -noreset \
  3>"$fdfile" >"${XVFB_LOG:-/dev/null}" 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; rm -f "$fdfile"' EXIT
for _ in $(seq 100); do
  [ -s "$fdfile" ] && break
  kill -0 "$xvfb_pid" 2>/dev/null || { echo "with-xvfb: Xvfb did not start" >&2; exit 1; }
  sleep 0.1
done
display=$(head -n1 "$fdfile")
[ -n "$display" ] || { echo "with-xvfb: Xvfb gave no display number" >&2; exit 1; }
export DISPLAY=":$display"
unset WAYLAND_DISPLAY
"$@"
