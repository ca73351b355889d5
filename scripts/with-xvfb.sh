#!/usr/bin/env bash
# Runs a command under a private Xvfb with two 1280x800 screens (Qt sees two screens).
# XVFB_SCREENS sets other screens: a space-separated list of WIDTHxHEIGHT (depth 24), e.g.
#   XVFB_SCREENS=1600x900 scripts/with-xvfb.sh ...   (one 1600x900 screen)
set -euo pipefail
screens=()
index=0
for size in ${XVFB_SCREENS:-1280x800 1280x800}; do
  [[ "$size" =~ ^[0-9]+x[0-9]+$ ]] || { echo "with-xvfb: XVFB_SCREENS: not WIDTHxHEIGHT: $size" >&2; exit 2; }
  screens+=(-screen "$index" "${size}x24")
  index=$((index + 1))
done
fdfile=$(mktemp)
Xvfb -displayfd 3 "${screens[@]}" -nolisten tcp -noreset \
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
