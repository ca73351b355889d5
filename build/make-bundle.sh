#!/usr/bin/env bash
# Builds the frozen one-folder bundle into build/out/dist/ioc-console from the repository alone:
# a clean virtual environment with the pinned dependencies (build/requirements-freeze.txt), the
# translations compiled, the icons rendered, PyInstaller run over build/ioc-console.spec, and the
# result checked (build/check-bundle.py). The console is never run from the build environment
# before freezing (QtWebEngine would leave a 0700 folder behind that gets bundled).
#
#   FREEZE_VENV   the build environment (default /tmp/ioc-console-freeze-venv; reused while the
#                 pinned requirements are unchanged)
#   PYTHON        the interpreter to build with (default Debian 12's /usr/bin/python3.11: an
#                 interpreter built elsewhere, e.g. by pyenv, brings its own RUNPATH and libs)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/build/out"
venv=${FREEZE_VENV:-/tmp/ioc-console-freeze-venv}
python=${PYTHON:-/usr/bin/python3.11}
req="$root/build/requirements-freeze.txt"

interpreter=$(readlink -f "$(command -v "$python")")
if [ ! -f "$venv/.pinned" ] || ! cmp -s "$req" "$venv/.pinned" \
   || [ "$(cat "$venv/.interpreter" 2>/dev/null)" != "$interpreter" ]; then
  echo "make-bundle: creating the build environment $venv"
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/pip" install -q --no-deps -r "$req"
  cp "$req" "$venv/.pinned"
  echo "$interpreter" > "$venv/.interpreter"
fi
"$venv/bin/pip" check
# the project itself is not installed: PyInstaller reads it from the checkout (pathex)
if (cd / && env -u PYTHONPATH "$venv/bin/python" -c 'import ioc_console' 2>/dev/null); then
  echo "make-bundle: ioc_console is installed in $venv: use a clean environment" >&2; exit 1
fi

# reproducible inputs: timestamps from the last commit, a fixed hash seed
SOURCE_DATE_EPOCH=$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)
export SOURCE_DATE_EPOCH PYTHONHASHSEED=0

for ts in "$root"/resources/translations/*.ts; do
  "$venv/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
rm -rf "$out/icons"
"$venv/bin/python" "$root/build/render-icons.py" "$out/icons"

started=$(date +%s)
PYTHONPATH="$root" "$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$out/dist" --workpath "$out/work" "$root/build/ioc-console.spec"
# QtWebEngine creates resources/locales (mode 0700) in the bundle at its first run when it is
# missing: as root under /opt that folder would then outlive the package. Ship it, readable.
mkdir -p "$out/dist/ioc-console/_internal/PySide6/Qt/resources/locales"
# the console speaks Vietnamese and English: Chromium's page locales and Qt's own catalogues of
# other languages are left out (about 50 MB)
qt="$out/dist/ioc-console/_internal/PySide6/Qt"
find "$qt/translations/qtwebengine_locales" -name '*.pak' \
  ! -name 'vi.pak' ! -name 'en-US.pak' ! -name 'en-GB.pak' -delete
find "$qt/translations" -maxdepth 1 -name '*.qm' ! -name '*_vi.qm' ! -name '*_en.qm' -delete
# PulseAudio's client library comes from the system (it carries a RUNPATH of the build host's)
rm -f "$out/dist/ioc-console/_internal/libpulse.so.0"
# folders readable by everyone, files not writable by others, whatever the umask was
chmod -R u+rwX,go+rX,go-w "$out/dist/ioc-console"
echo "make-bundle: PyInstaller took $(( $(date +%s) - started )) s;" \
  "bundle $(du -sm "$out/dist/ioc-console" | cut -f1) MB"
"$venv/bin/python" "$root/build/check-bundle.py" "$out/dist/ioc-console"
