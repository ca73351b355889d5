#!/usr/bin/env bash
# `make package-test`: the built package proves itself on this machine.
#   lintian (no error beyond the overrides), desktop-file-validate, the size budgets,
#   apt-get install ./ioc-console_*.deb (dependencies resolved by apt), no missing library
#   (ldd over every ELF file of /opt/ioc-console), `ioc-console --version` and
#   `ioc-console --self-test` under Xvfb (a demo clip decoded by a video worker, RTSP through
#   libVLC or the ffmpeg relay; as an unprivileged user when this machine lets
#   Chromium's sandbox run, else as root with the sandbox off), the package installed again
#   over itself (an edited profile template and the office's site.toml kept), then apt-get
#   purge and a check that nothing of the package is left but the office's site.toml.
# Needs root (apt), lintian, desktop-file-utils, xvfb. DEB=path picks the package.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
deb=${DEB:-$(ls -t "$root"/build/out/ioc-console_*.deb 2>/dev/null | head -n1)}
[ -f "$deb" ] || { echo "package-test: no package (make package)" >&2; exit 1; }
deb=$(readlink -f "$deb")
work=$(mktemp -d /tmp/ioc-deb-test.XXXXXX)
installed=0
cleanup() {
  if [ "$installed" = 1 ]; then apt-get purge -y -q ioc-console >/dev/null 2>&1 || true; fi
  if [ "${site_created:-0}" = 1 ]; then rm -f /etc/opt/ioc-console/site.toml; fi
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
check() {  # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then echo "ok    $what"; else echo "FAIL  $what"; failures=$((failures + 1)); fi
}
echo "package-test: $deb"
apt_opts=(-y -q -o DPkg::Lock::Timeout=300)

# the package itself
lintian --no-tag-display-limit "$deb" > "$work/lintian.txt" 2>&1 || true
check "lintian: no error beyond the overrides" bash -c "! grep '^E:' '$work/lintian.txt'"
grep -E '^(E|W):' "$work/lintian.txt" | sed 's/^/      /' | head -n 20 || true
dpkg-deb -x "$deb" "$work/root"
check "desktop-file-validate: the menu entry is valid" \
  desktop-file-validate "$work/root/usr/share/applications/ioc-console.desktop"
check "a 48x48 hicolor icon" test -f "$work/root/usr/share/icons/hicolor/48x48/apps/ioc-console.png"
# the budgets are in MB (10^6 bytes); dpkg's Installed-Size is in KiB
size_kb=$(dpkg-deb -f "$deb" Installed-Size)
check "installed size $((size_kb * 1024 / 1000000)) MB (budget 550 MB)" \
  test $((size_kb * 1024)) -le 550000000
if ar t "$deb" | grep -q '^data.tar.xz$'; then  # the budget is for the release's xz
  deb_bytes=$(stat -c %s "$deb")
  check "package $((deb_bytes / 1000000)) MB, xz (budget 170 MB)" test "$deb_bytes" -le 170000000
fi
check "no folder of mode 0700" bash -c "! find '$work/root' -type d -perm 0700 | grep -q ."
check "no libVLC inside the bundle" bash -c "! find '$work/root/opt' -name 'libvlc*' | grep -q ."

# installed on this machine
etc_opt_existed=0  # the package creates /etc/opt when there is none
[ -d /etc/opt ] && etc_opt_existed=1
apt-get install "${apt_opts[@]}" "$deb" > "$work/apt.log" 2>&1 && installed=1 || cat "$work/apt.log"
check "apt-get install ./$(basename "$deb") (dependencies from apt)" test "$installed" = 1
if [ -e /etc/apparmor.d/abi/4.0 ]; then
  check "AppArmor profile installed (AppArmor 4: Ubuntu 24.04 or newer)" test -f /etc/apparmor.d/ioc-console
else
  check "no AppArmor profile where AppArmor cannot read it (before version 4)" test ! -e /etc/apparmor.d/ioc-console
fi
internal=/opt/ioc-console/_internal
find /opt/ioc-console -type f -print0 | xargs -0 file -N | awk -F: '/ ELF /{print $1}' \
  | while read -r elf; do
      LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" ldd "$elf" 2>/dev/null \
        | grep 'not found' | sed "s|^|$elf:|"
    done > "$work/missing.txt" || true
check "ldd: no missing library" test ! -s "$work/missing.txt"
head -n 5 "$work/missing.txt"
version=$(dpkg-deb -f "$deb" Version)
check "ioc-console --version says $version" bash -c "ioc-console --version | grep -qx 'IOC Console $version'"

home="$work/home"
mkdir -p "$home"
runner=()
if id nobody >/dev/null 2>&1 && command -v runuser >/dev/null \
   && runuser -u nobody -- unshare --user --map-root-user true 2>/dev/null; then
  chown nobody "$home" "$work"
  runner=(runuser -u nobody -- env "IOC_CONSOLE_HOME=$home" HOME="$home")
  who="an unprivileged user (nobody), with Chromium's sandbox"
else
  runner=(env "IOC_CONSOLE_HOME=$home" QTWEBENGINE_DISABLE_SANDBOX=1)
  who="root, with Chromium's sandbox off (this machine allows no user namespaces)"
fi
echo "      self-test as $who"
started=$(date +%s%N)
"$root/scripts/with-xvfb.sh" timeout 180 "${runner[@]}" /usr/bin/ioc-console --self-test \
  > "$work/selftest.txt" 2> "$work/selftest.err" && rc=0 || rc=$?
elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
sed 's/^/      /' "$work/selftest.txt"
check "ioc-console --self-test passed in ${elapsed_ms} ms" test "$rc" = 0
for what in "qtwebengine" "video decoding" "libvlc" "pyqtgraph" "docking" "keyring" "cache"; do
  check "self-test checked $what" grep -q "^ok    $what:" "$work/selftest.txt"
done
# the wall's path: the bundle's executable started as a video worker decoded the demo clip, and
# RTSP cameras can play (Debian's libVLC has no RTSP client: through ffmpeg, a dependency)
check "self-test: a video worker decoded the demo clip" \
  grep -q "^ok    video decoding:.* decoded by a video worker" "$work/selftest.txt"
check "self-test: rtsp:// plays (libVLC itself or the ffmpeg relay)" \
  grep -Eq "^ok    libvlc:.*rtsp:// (opens|through the local relay)" "$work/selftest.txt"
check "no process of the package outlived the self-test" \
  bash -c "! pgrep -f '^/opt/ioc-console/ioc-console' >/dev/null"

# the package again over itself (as an upgrade does): the office's edits and profile stay
etc=/etc/opt/ioc-console
template="$etc/profiles/ward-office.toml"
site_created=0
if [ "$installed" = 1 ]; then
  printf '# edited by the office\n' >> "$template"
  if [ ! -e "$etc/site.toml" ]; then
    printf '[backend]\nurl = "https://ioc.example.gov.vn"\n' > "$etc/site.toml"
    site_created=1
  fi
  apt-get install --reinstall "${apt_opts[@]}" "$deb" > "$work/apt.log" 2>&1 || cat "$work/apt.log"
fi
check "reinstalled over itself: the edited template kept" grep -q "edited by the office" "$template"
check "reinstalled over itself: the office's site.toml kept" test -f "$etc/site.toml"

# removed, and nothing of the package left; the office's site.toml stays
apt-get purge "${apt_opts[@]}" ioc-console > "$work/apt.log" 2>&1 && installed=0 || cat "$work/apt.log"
check "apt-get purge ioc-console" test "$installed" = 0
check "purge kept the office's site.toml" test -f "$etc/site.toml"
check "purge removed the profile templates" test ! -e "$etc/profiles"
if [ "$site_created" = 1 ]; then  # this test's site.toml, and the folders it kept
  rm -f "$etc/site.toml"; rmdir "$etc" 2>/dev/null || true
  [ "$etc_opt_existed" = 1 ] || rmdir /etc/opt 2>/dev/null || true
fi
for path in /opt/ioc-console /usr/bin/ioc-console /usr/share/applications/ioc-console.desktop \
            /usr/share/icons/hicolor/48x48/apps/ioc-console.png /usr/share/doc/ioc-console \
            /usr/share/ioc-console /etc/apparmor.d/ioc-console; do
  check "nothing left at $path" test ! -e "$path"
done
check "dpkg forgot the package" bash -c "! dpkg -s ioc-console >/dev/null 2>&1"

echo "package-test: $failures failed"
[ "$failures" = 0 ]
