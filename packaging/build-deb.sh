#!/usr/bin/env bash
# Builds the Debian packages into dist/ of the checkout:
#
#   kiosk-common   the kiosk program in a self-contained virtual environment, /opt/kiosk/venv,
#                  made with the system's Python from the project's wheel
#   kiosk-store    the central store: account, configuration, hardened units, timers
#   kiosk-station  a guest station: accounts, the station service, the cage session, the
#                  firewall, the lock-down the application cannot do itself
#
#   bash packaging/build-deb.sh
#
# Needs the Debian packages of packaging/debian-packages.txt (what builds pycups and
# python-sane) and the network to PyPI. KIOSK_DEB_COMPRESSION picks dpkg-deb's compression
# (default: xz; "gzip" builds faster).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
say() { printf 'build-deb: %s\n' "$*" >&2; }

PYTHON=/usr/bin/python3  # the guest account runs it: never a Python of one user's
VENV=/opt/kiosk/venv
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' kiosk/__init__.py)
arch=$(dpkg --print-architecture)
python_version=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
python_next=$("$PYTHON" -c 'import sys; print("%d.%d" % (sys.version_info[0], sys.version_info[1] + 1))')
compression=${KIOSK_DEB_COMPRESSION:-xz}
work=$here/build/deb
rm -rf "$work"
mkdir -p "$work" dist

# 1. The project's wheel.
say "building the wheel of kiosk $version"
"$PYTHON" -m venv "$work/tools"
"$work/tools/bin/pip" install -q --upgrade pip
"$work/tools/bin/pip" wheel -q --no-deps -w "$work/wheel" .

# 2. The environment, made where it is staged, then told where it will live.
common=$work/kiosk-common
staged=$common$VENV
say "installing the wheel and its dependencies into $VENV"
"$PYTHON" -m venv "$staged"
"$staged/bin/pip" install -q --upgrade pip
"$staged/bin/pip" install -q --no-compile --no-warn-script-location "$work"/wheel/kiosk-*.whl
# The shell's and the desk's catalogues, compiled now with PySide6's own tool (a station
# compiles nothing: the guest account cannot write here, and the tool does not stay).
for catalogue in "$staged"/lib/python3*/site-packages/kiosk/{shell,desk}/translations/*.ts; do
    "$staged/bin/pyside6-lrelease" -silent "$catalogue" -qm "${catalogue%.ts}.qm"
done
"$staged/bin/pip" uninstall -q -y pip
rm -f "$staged"/bin/activate* "$staged"/bin/Activate.ps1
find "$staged" -name direct_url.json -delete
grep -rlI --null -F "$staged" "$staged" | xargs -0 -r sed -i "s#$staged#$VENV#g"
if grep -rqI -F "$work" "$staged"; then
    say "a path of the build is left in the environment:"
    grep -rlI -F "$work" "$staged" | head >&2
    exit 1
fi
# Only the product's own command: the libraries' developer tools (Qt Designer's launchers,
# alembic, uvicorn…) are not for a kiosk's administrator.
find "$staged/bin" -mindepth 1 -maxdepth 1 ! -name kiosk ! -name 'python*' -delete
# Library files are data to the interpreter: nothing in site-packages is run directly, and
# the loader needs no execute bit on shared objects.
find "$staged/lib" -type f -perm /111 -exec chmod 0644 {} +
# Debugging symbols of the wheels' compiled modules: not needed to run, a third of some.
find "$staged/lib" -type f -name '*.so*' -exec strip --strip-unneeded {} + 2>/dev/null || true
# Compiled once here, for the paths they will have (the guest account cannot write there).
"$staged/bin/python" -m compileall -q -j 0 --invalidation-mode unchecked-hash \
    -s "$common" -p / "$staged/lib" >/dev/null || true

# 3. The files of each package.
install_file() {  # MODE SOURCE DESTINATION
    install -D -m "$1" "$2" "$3"
}
docs() {  # PACKAGE
    local doc=$work/$1/usr/share/doc/$1
    mkdir -p "$doc"
    cat > "$doc/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: kiosk
Source: https://kiosk.invalid/

Files: *
Copyright: 2026 The kiosk authors
License: GPL-3.0-or-later
 On Debian systems, the complete text of the GNU General Public License
 version 3 can be found in /usr/share/common-licenses/GPL-3.
COPYRIGHT
    local date
    date=$(git log -1 --format=%aD 2>/dev/null || date -R)
    printf 'kiosk (%s) stable; urgency=medium\n\n  * Release %s.\n\n -- Kiosk maintainers <maintainers@kiosk.invalid>  %s\n' \
        "$version" "$version" "$date" | gzip -9n > "$doc/changelog.gz"
}

mkdir -p "$common/usr/bin"
ln -s "$VENV/bin/kiosk" "$common/usr/bin/kiosk"
install_file 0644 packaging/debian/kiosk-common/lintian-overrides \
    "$common/usr/share/lintian/overrides/kiosk-common"
mkdir -p "$common/usr/share/man/man1"
gzip -9n < packaging/man/kiosk.1 > "$common/usr/share/man/man1/kiosk.1.gz"
docs kiosk-common
install_file 0644 docs/install.md "$common/usr/share/doc/kiosk-common/install.md"
install_file 0644 policies/default.toml "$common/usr/share/kiosk/policies/default.toml"

store=$work/kiosk-store
for unit in kiosk-store.service kiosk-store-purge.service kiosk-store-purge.timer \
            kiosk-store-backup.service kiosk-store-backup.timer; do
    install_file 0644 "packaging/systemd/$unit" "$store/lib/systemd/system/$unit"
done
for example in packaging/server/*; do
    install_file 0644 "$example" "$store/usr/share/doc/kiosk-store/examples/$(basename "$example")"
done
docs kiosk-store

station=$work/kiosk-station
for unit in kiosk-station.service kiosk-firewall.service kiosk-session.service \
            kiosk-power.service kiosk-power.timer; do
    install_file 0644 "packaging/systemd/$unit" "$station/lib/systemd/system/$unit"
done
install_file 0755 packaging/station/kiosk-session "$station/usr/lib/kiosk/kiosk-session"
install_file 0755 packaging/station/kiosk-firewall "$station/usr/lib/kiosk/kiosk-firewall"
install_file 0755 packaging/station/kiosk-station-enrol "$station/usr/sbin/kiosk-station-enrol"
install_file 0644 packaging/station/kiosk-station.nft \
    "$station/usr/share/kiosk/nftables/kiosk-station.nft"
install_file 0644 packaging/station/station.conf "$station/etc/kiosk/station.conf"
install_file 0644 packaging/station/logind-kiosk.conf "$station/etc/systemd/logind.conf.d/kiosk.conf"
install_file 0644 packaging/station/system-kiosk.conf "$station/etc/systemd/system.conf.d/kiosk.conf"
install_file 0644 packaging/station/50-kiosk-guest.rules \
    "$station/etc/polkit-1/rules.d/50-kiosk-guest.rules"
mkdir -p "$station/usr/share/man/man8"
gzip -9n < packaging/man/kiosk-station-enrol.8 > "$station/usr/share/man/man8/kiosk-station-enrol.8.gz"
docs kiosk-station

# 4. Control files, then the packages.
for package in kiosk-common kiosk-store kiosk-station; do
    root=$work/$package
    mkdir -p "$root/DEBIAN"
    size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
    sed -e "s/@VERSION@/$version/g" -e "s/@ARCH@/$arch/g" -e "s/@SIZE@/$size/g" \
        -e "s/@PYTHON@/$python_version/g" -e "s/@PYTHON_NEXT@/$python_next/g" \
        "packaging/debian/$package/control" > "$root/DEBIAN/control"
    for script in conffiles postinst prerm postrm; do
        if [[ -f packaging/debian/$package/$script ]]; then
            mode=0755; [[ $script == conffiles ]] && mode=0644
            install -m "$mode" "packaging/debian/$package/$script" "$root/DEBIAN/$script"
        fi
    done
    (cd "$root" && find . -path ./DEBIAN -prune -o -type f -print0 | sort -z |
        xargs -0 md5sum | sed 's# \./# #' > DEBIAN/md5sums)
    chmod 0644 "$root/DEBIAN/md5sums"
    file_arch=$arch; [[ $package != kiosk-common ]] && file_arch=all
    deb=dist/${package}_${version}_${file_arch}.deb
    say "packing $deb"
    dpkg-deb --root-owner-group -Z"$compression" --build "$root" "$deb" >/dev/null
done
# The staged trees (some 2 GB) are not needed once packed.
rm -rf "$work"
say "done: $(cd dist && ls kiosk-*_"$version"_*.deb | tr '\n' ' ')"
