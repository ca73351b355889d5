#!/usr/bin/env bash
# Compiles the NSIS installer over a stand-in payload and runs it silently under Wine:
# install with a site profile (/S /PROFILE= /D=), an upgrade that keeps the profile, a silent
# uninstall that keeps it, and one with /PURGE that removes it. Checks the files, the
# profile, the shortcuts and the Add/Remove Programs key at each step.
# Needs Debian's nsis and wine (wine64). Exit status 0 when every check passed.
#   BUNDLE_DIR  a real Windows bundle to package instead of the stand-in
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d /tmp/ioc-nsis.XXXXXX)
trap 'WINEPREFIX="$work/prefix" wineserver -k 2>/dev/null || true; rm -rf "$work"' EXIT
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/ioc_console/__init__.py")
failures=0
check() {  # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then echo "ok    $what"; else echo "FAIL  $what"; failures=$((failures + 1)); fi
}

bundle=${BUNDLE_DIR:-}
if [ -z "$bundle" ]; then
  bundle="$work/stand-in"
  mkdir -p "$bundle/_internal/resources"
  printf 'stand-in for the console\n' > "$bundle/ioc-console.exe"
  printf 'stand-in for the console (console window)\n' > "$bundle/ioc-console-cli.exe"
  printf 'resource\n' > "$bundle/_internal/resources/readme.txt"
fi
setup="$work/ioc-console-$version-setup.exe"
makensis -V2 -WX -DVERSION="$version" -DBUNDLE_DIR="$bundle" \
  -DPROFILES_DIR="$root/build/site-profiles" -DOUTFILE="$setup" "$here/ioc-console.nsi"
check "makensis compiled the installer without warnings" test -s "$setup"

export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEARCH=win64 WINEDLLOVERRIDES="mscoree,mshtml="
wineboot --init >/dev/null 2>&1
wineserver -w
c="$WINEPREFIX/drive_c"
app="$c/IOC"
data="$c/ProgramData/IOC Console"
key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\IOCConsole'
profile="$work/ward.toml"
printf '[backend]\nurl = "https://ioc.example.gov.vn"\n\n[scope]\nward = "29888"\n' > "$profile"

run() {  # the program's exit status, once every Wine process has ended
  local rc=0
  wine "$@" >"$work/wine.log" 2>&1 || rc=$?
  wineserver -w
  return "$rc"
}
has_key() { wine reg query "$key" /v DisplayVersion 2>/dev/null | grep -q "$version"; }

run "$setup" /S "/PROFILE=Z:${profile//\//\\}" '/D=C:\IOC' || cat "$work/wine.log"
check "silent install put the console in C:\\IOC" test -f "$app/ioc-console.exe"
check "the bundle's folders were copied" test -f "$app/_internal/resources/readme.txt"
check "the profile templates were installed" test -f "$app/profiles/ward-office.toml"
check "the site profile was written to ProgramData" cmp -s "$profile" "$data/site.toml"
check "the uninstaller is there" test -f "$app/uninst.exe"
check "Start-menu shortcut" test -f "$c/ProgramData/Microsoft/Windows/Start Menu/Programs/IOC Console/IOC Console.lnk"
check "desktop shortcut" test -f "$c/users/Public/Desktop/IOC Console.lnk"
check "Add/Remove Programs key with the version" has_key

printf '# edited by the office\n' >> "$data/site.toml"
run "$setup" /S  # the folder of the first install, from the registry
check "the upgrade went to the same folder (read from the registry)" test ! -e "$c/Program Files/IOC Console"
check "an upgrade without /PROFILE= keeps the office's profile" grep -q "edited by the office" "$data/site.toml"

run "$app/uninst.exe" /S
check "silent uninstall removed the console" test ! -e "$app"
check "silent uninstall removed the Add/Remove Programs key" bash -c "! wine reg query '$key' >/dev/null 2>&1"
check "silent uninstall removed the shortcuts" test ! -e "$c/users/Public/Desktop/IOC Console.lnk"
check "silent uninstall kept the site profile" test -f "$data/site.toml"

run "$setup" /S "/PROFILE=Z:${profile//\//\\}" '/D=C:\IOC'
run "$app/uninst.exe" /S /PURGE
check "uninstall with /PURGE removed the site profile" test ! -e "$data/site.toml"

run "$setup" /S '/PROFILE=Z:\nowhere\missing.toml' '/D=C:\IOC' && rc=0 || rc=$?
check "a missing /PROFILE= file stops the install (exit status 2)" test "$rc" = 2
check "... and installs nothing" test ! -e "$app/ioc-console.exe"

echo "installer test: $failures failed"
[ "$failures" = 0 ]
