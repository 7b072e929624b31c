#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` into a temporary prefix, then the installed podium, run from elsewhere with
# an empty environment, must read its voice presets and samples from PREFIX/share/podium (never
# from the source tree it was built from) and have its man page and completion beside them.
# Usage: installed_tree_test.sh BUILD_DIR VERSION
set -eu
build=$1
version=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" > "$prefix/install.log" 2>&1 || {
  cat "$prefix/install.log"; echo "cmake --install failed (is the whole build built?)"; exit 1; }
cd "$prefix"
installed() {
  # LeakSanitizer (sanitizer builds) is off here: the leak-checked runs are the tests themselves.
  env -i HOME="$prefix" PATH=/usr/bin:/bin LANG=C.UTF-8 ASAN_OPTIONS=detect_leaks=0 "$prefix/bin/podium" "$@"
}
fail() { echo "installed tree: $*"; exit 1; }

[ "$(installed --version)" = "podium $version" ] || fail "--version says '$(installed --version)'"
voices=$(installed voices 2>&1 || true)
echo "$voices" | grep -q "$prefix/share/podium/voices/zh-mandarin.json" \
  || fail "voice presets not read from $prefix/share/podium/voices: $voices"
installed estimate --sample zh | grep -q "^Total" || fail "estimate --sample zh printed no total"
[ -f "$prefix/share/podium/samples/welcome-zh.txt" ] || fail "samples not installed"
[ -s "$prefix/share/bash-completion/completions/podium" ] || fail "no bash completion"
if command -v help2man > /dev/null; then
  [ -s "$prefix/share/man/man1/podium.1.gz" ] || fail "no man page"
fi
echo "installed tree in $prefix: podium $version, presets and samples from share/podium"
