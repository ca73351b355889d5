#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages IOC Console needs that are missing: libVLC with its
# plugins, ffmpeg (RTSP cameras play through its relay where libVLC cannot open rtsp://),
# GStreamer's RTSP server for the demo's RTSP cameras (run by the system Python), the X11/xcb
# libraries Qt and QtWebEngine load, Xvfb for the tests, fonts.
# As root it installs directly, otherwise through sudo; failing both it prints the exact
# command and stops. Quick when everything is there: it only asks dpkg.
set -euo pipefail

# "a|b" means either package will do (names differ between Debian and Ubuntu releases)
PACKAGES=(
  libvlc5 vlc-plugin-base vlc-plugin-video-output
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libegl1 libgl1 libfontconfig1 libdbus-1-3
  libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 "libasound2|libasound2t64"
  xvfb xauth fonts-noto-core openssl
  poppler-utils  # the tests read the PDFs the console writes (pdftotext, pdffonts)
  ffmpeg  # the RTSP relay (core/video/relay.py)
  # the demo's RTSP cameras (demo/rtsp_server.py): GStreamer's RTSP server, x264enc, overlays
  python3-gi gir1.2-gst-rtsp-server-1.0 gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  gstreamer1.0-plugins-ugly
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian/Ubuntu system; make sure libVLC 3 with its video output"
  echo "             plugins, Xvfb and the Qt 6 xcb libraries are installed (see README)."
  exit 0
fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
has_candidate() { apt-cache policy "$1" 2>/dev/null | grep -q "Candidate: [^(]"; }

# `make package` and its checks (PACKAGING=1): the build's Python, the ELF tools the .deb's
# Depends are computed with, lintian and the menu-entry validator, NSIS and Wine (64-bit) for
# the Windows installer's test
if [ -n "${PACKAGING:-}" ]; then
  PACKAGES+=(python3.11 python3.11-venv binutils file xz-utils lintian desktop-file-utils
             nsis wine wine64)
fi

python_bin="${PYTHON:-python3}"
if ! "$python_bin" -c "import ensurepip, venv" >/dev/null 2>&1; then
  PACKAGES+=("python3-venv")
fi

missing=()
for spec in "${PACKAGES[@]}"; do
  IFS='|' read -r -a choices <<<"$spec"
  found=""
  for p in "${choices[@]}"; do installed "$p" && found=1 && break; done
  [ -n "$found" ] || missing+=("$spec")
done

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "system-deps: these packages are missing and I cannot install them (not root, no sudo):"
  echo
  echo "    apt-get install -y --no-install-recommends ${missing[*]//|*/}"
  echo
  echo "Run that as root, then run make again."
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
# where either of two packages will do, take the one this release has
picks=()
for spec in "${missing[@]}"; do
  IFS='|' read -r -a choices <<<"$spec"
  pick="${choices[0]}"
  for p in "${choices[@]}"; do has_candidate "$p" && pick="$p" && break; done
  picks+=("$pick")
done
echo "system-deps: installing ${picks[*]}"
"${SUDO[@]}" apt-get install -y -q --no-install-recommends "${picks[@]}"
