#!/usr/bin/env bash
# Packages the one-folder bundle (build/out/dist/ioc-console, from make-bundle.sh) as a Debian
# package: build/out/ioc-console_VERSION_ARCH.deb.
#   /opt/ioc-console/              the bundle
#   /usr/bin/ioc-console           the command
#   /usr/share/applications/, /usr/share/icons/hicolor/   the menu entry and its icons
#   /etc/opt/ioc-console/profiles/ site-profile templates (conffiles: an upgrade never
#                                  overwrites an edited one); the clerk's site.toml beside them
#                                  is not the package's and stays on purge
# Depends: the system libraries the bundle links to (found with ldd and dpkg -S), the libc
# its symbols need, and what it loads at run time: the system libVLC with its base and
# video-output plugins, ffmpeg (Debian's libVLC cannot open rtsp://: RTSP cameras play through
# ffmpeg's relay), libxcb-cursor0 (Qt's xcb platform), fonts.
# Suggests: GStreamer's RTSP server for the demo's RTSP cameras (without it they are shown with
# their city-network addresses).
#   DEB_COMPRESSION  xz (default, releases) or gzip (at level 1: quicker, for CI runs)
#   OUT_DIR          where the package goes (default build/out)
#   BUNDLE_DIR       the bundle to package (default OUT_DIR/dist/ioc-console)
#   ICONS_DIR        the rendered icons (default OUT_DIR/icons, from make-bundle.sh)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${OUT_DIR:-$root/build/out}
dist=${BUNDLE_DIR:-$out/dist/ioc-console}
icons=${ICONS_DIR:-$out/icons}
compression=${DEB_COMPRESSION:-xz}
[ -x "$dist/ioc-console" ] || { echo "make-deb: no bundle in $dist (build/make-bundle.sh)" >&2; exit 1; }

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/ioc_console/__init__.py")
arch=$(dpkg --print-architecture)
stage="$out/deb-root"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/doc/ioc-console" "$stage/usr/share/lintian/overrides" \
  "$stage/etc/opt/ioc-console/profiles"
cp -a "$dist" "$stage/opt/ioc-console"
# a bundle that was run after the build may hold what its run left (a 0700 folder): refuse it
python3 "$root/build/check-bundle.py" "$stage/opt/ioc-console"
# shared objects are not programs (lintian: shared-library-is-executable)
find "$stage/opt/ioc-console/_internal" -type f -name '*.so*' -exec chmod 0644 {} +
install -m 0755 "$here/ioc-console.sh" "$stage/usr/bin/ioc-console"
install -m 0644 "$here/ioc-console.desktop" "$stage/usr/share/applications/ioc-console.desktop"
mkdir -p "$stage/usr/share/icons"
cp -r "$icons/hicolor" "$stage/usr/share/icons/"
install -m 0644 "$here/copyright" "$stage/usr/share/doc/ioc-console/copyright"
install -m 0644 "$here/lintian-overrides" "$stage/usr/share/lintian/overrides/ioc-console"
printf 'ioc-console (%s) stable; urgency=medium\n\n  * Release %s.\n\n -- IOC Cao Lanh <ioc@caolanh.gov.vn>  %s\n' \
  "$version" "$version" "$(date -R -d "@${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct)}")" \
  | gzip -9n > "$stage/usr/share/doc/ioc-console/changelog.gz"
for template in "$root"/build/site-profiles/*.toml; do
  install -m 0644 "$template" "$stage/etc/opt/ioc-console/profiles/"
done
(cd "$stage" && find etc -type f | sed 's|^|/|' | sort) > "$stage/DEBIAN/conffiles"
install -m 0755 "$here/postrm" "$stage/DEBIAN/postrm"
install -m 0755 "$here/postinst" "$stage/DEBIAN/postinst"
install -D -m 0644 "$here/apparmor-profile" "$stage/usr/share/ioc-console/apparmor.d/ioc-console"

# the system libraries the bundle links to, as packages
internal="$stage/opt/ioc-console/_internal"
libs=$(find "$stage/opt/ioc-console" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
  | xargs -0 file -N | awk -F: '/ ELF /{print $1}' \
  | while read -r elf; do
      LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" ldd "$elf" 2>/dev/null \
        | awk '/=> \//{print $3}'
    done | grep -v "^$stage" | xargs -rn1 basename | sort -u)
packages=$(for lib in $libs; do (dpkg -S "*/$lib" 2>/dev/null || true) | head -n1 | cut -d: -f1; done \
  | sort -u | grep -v '^libc6$' || true)
glibc=$( (find "$stage/opt/ioc-console" -type f -print0 | xargs -0 objdump -T 2>/dev/null || true) \
  | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n1)
depends="libc6 (>= $glibc)"
for p in $packages libvlc5 vlc-plugin-base vlc-plugin-video-output ffmpeg libxcb-cursor0 fontconfig; do
  case ", $depends," in *", $p,"*) ;; *) depends="$depends, $p" ;; esac
done
depends="$depends, fonts-noto-core | fonts-dejavu-core"

cat > "$stage/DEBIAN/control" <<CONTROL
Package: ioc-console
Version: $version
Architecture: $arch
Maintainer: IOC Cao Lanh <ioc@caolanh.gov.vn>
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Depends: $depends
Suggests: python3-gi, gir1.2-gst-rtsp-server-1.0, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-plugins-ugly
Section: misc
Priority: optional
Homepage: https://ioc.caolanh.gov.vn
Description: operator console of the Cao Lanh Intelligent Operations Center
 The desktop console of the city IOC for control rooms and ward offices: camera
 wall, map, alerts, citizen complaints and administrative-procedure dashboards,
 working from a local cache when the link to the backend is down.
 .
 A self-contained build: Python, Qt and QtWebEngine are private copies under
 /opt/ioc-console; libVLC is the system's. Run "ioc-console --self-test" to
 check an installation.
CONTROL

# reproducible: every file dated at the last commit
if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
  find "$stage" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
fi
deb="$out/ioc-console_${version}_${arch}.deb"
started=$(date +%s)
level=()
[ "$compression" = gzip ] && level=(-z1)
dpkg-deb --root-owner-group -Z"$compression" "${level[@]}" --build "$stage" "$deb" >/dev/null
echo "make-deb: $deb ($(du -m "$deb" | cut -f1) MB, $compression in $(( $(date +%s) - started )) s;" \
  "installed $(( $(du -sk --exclude=DEBIAN "$stage" | cut -f1) / 1024 )) MB; libc6 >= $glibc)"
echo "make-deb: Depends: $depends"
