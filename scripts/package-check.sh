#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the Debian package end to end, from an already built build/ (run scripts/build.sh
# first; nothing is rebuilt): cpack -G DEB, lintian and appstreamcli (results printed), then
# installs the package, runs the installed /usr/bin/podium from a temporary folder with a clean
# environment (so neither the build tree nor your own ~/.config/podium is used), and removes the
# package again. Run as root or with sudo. Fails on a lintian error, not on its warnings.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${PODIUM_BUILD_DIR:-build}
if [ ! -x "$build/podium" ]; then
  echo "package-check: $build/podium not found; run bash scripts/build.sh first" >&2
  exit 1
fi
sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
if dpkg-query -W -f='${Status}' podium 2>/dev/null | grep -q "install ok installed"; then
  echo "package-check: podium is already installed; remove it first (apt-get remove podium)" >&2
  exit 1
fi

echo "-- cpack -G DEB (from the existing $build/)"
rm -f "$build"/podium_*.deb
started=$(date +%s)
if ! (cd "$build" && cpack -G DEB > cpack.log 2>&1); then
  cat "$build/cpack.log" >&2
  exit 1
fi
deb=$(ls "$build"/podium_*.deb)
echo "$deb: $(du -k "$deb" | cut -f1) KiB, built in $(( $(date +%s) - started )) s"
dpkg-deb --field "$deb" Package Version Architecture Section Maintainer Depends

echo "-- lintian"
lintian --fail-on error --display-info "$deb" && echo "lintian: no errors" \
  || { echo "lintian: errors (above)" >&2; exit 1; }

work=$(mktemp -d)
trap 'sudo_if_needed apt-get remove -y -qq -o DPkg::Lock::Timeout=600 podium >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/root"
echo "-- appstreamcli validate"
appstreamcli validate --no-net --explain "$work"/root/usr/share/metainfo/*.metainfo.xml
if command -v desktop-file-validate >/dev/null; then
  echo "-- desktop-file-validate"
  desktop-file-validate "$work"/root/usr/share/applications/*.desktop && echo "desktop entry: valid"
fi

echo "-- apt-get install ./$deb"
sudo_if_needed apt-get install -y -qq -o DPkg::Lock::Timeout=600 "$PWD/$deb" > "$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; exit 1; }

# The installed program, away from the build tree, with nobody's settings.
mkdir -p "$work/home" "$work/run"
installed() {
  (cd "$work/run" && env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
    SDL_VIDEODRIVER=offscreen SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy /usr/bin/podium "$@")
}
fail() { echo "package-check: $*" >&2; exit 1; }

echo "-- podium --version"
version=$(installed --version)
package_version=$(dpkg-query -W -f='${Version}' podium)
echo "$version (package $package_version)"
[ "$version" = "podium $package_version" ] || fail "podium --version says '$version', the package is $package_version"

echo "-- podium estimate --sample en"
installed estimate --sample en
echo "-- podium estimate /usr/share/podium/samples/welcome-zh.txt --json"
installed estimate /usr/share/podium/samples/welcome-zh.txt --json | grep -m1 total_seconds

echo "-- podium render --sample en --at 40 --out x.png"
installed render --sample en --at 40 --size 1280x720 --out x.png
png="$work/run/x.png"
[ -f "$png" ] || fail "render wrote no PNG"
size=$(stat -c %s "$png")
[ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "x.png is not a PNG"
[ "$size" -gt 20000 ] || fail "x.png is only $size bytes: the frame looks empty"
echo "x.png: $size bytes"

echo "-- podium voices (presets from the installed tree)"
voices=$(installed voices || true)
echo "$voices"
grep -q "/usr/share/podium/voices/zh-mandarin.json" <<< "$voices" || fail "voice presets not read from /usr/share/podium/voices"

echo "-- man page and bash completion"
gzip -dc /usr/share/man/man1/podium.1.gz | grep -q '^\.SH FILES' || fail "man page lacks FILES"
for command in split outline estimate speak voices report render displays keys; do
  gzip -dc /usr/share/man/man1/podium.1.gz | grep -q "^\.SH \"PODIUM ${command^^}\"" || fail "man page has no section for $command"
done
echo "man page: every command present"
if [ -f /usr/share/bash-completion/bash_completion ]; then
  completed=$(cd "$work/run" && bash -c 'source /usr/share/bash-completion/bash_completion
    source /usr/share/bash-completion/completions/podium
    COMP_WORDS=(podium estimate --sa); COMP_CWORD=2; COMP_LINE="podium estimate --sa"; COMP_POINT=${#COMP_LINE}
    _podium; echo "${COMPREPLY[*]}"
    COMP_WORDS=(podium estimate --sample ""); COMP_CWORD=3; COMP_LINE="podium estimate --sample "; COMP_POINT=${#COMP_LINE}
    _podium; echo "${COMPREPLY[*]}"
    COMP_WORDS=(podium re); COMP_CWORD=1; COMP_LINE="podium re"; COMP_POINT=${#COMP_LINE}
    _podium; echo "${COMPREPLY[*]}"')
  echo "$completed"
  [ "$completed" = $'--sample\nen zh\nreport render' ] || fail "bash completion answered: $completed"
fi

echo "-- apt-get remove podium"
sudo_if_needed apt-get remove -y -qq -o DPkg::Lock::Timeout=600 podium > "$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; exit 1; }
[ ! -e /usr/bin/podium ] || fail "/usr/bin/podium is still there after removal"
echo "package-check: all good"
