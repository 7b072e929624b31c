#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes po/POTFILES.in and po/podium.pot from the sources (through the build, so it is exactly what the test
# "i18n: the template is current" compares) and merges it into every po/LANG.po, which then shows
# new messages untranslated (msgstr "") for a translator to fill in.
# Usage: scripts/update-po.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
# POTFILES.in: its two comment lines, then every source file that marks a message (the same
# grep as the test "every file that marks messages is listed in POTFILES.in").
{ grep '^#' po/POTFILES.in; grep -rlE '[nN]?_\("' src | LC_ALL=C sort; } > po/POTFILES.in.new
mv po/POTFILES.in.new po/POTFILES.in
cmake --build "$build" --target podium_catalogues > /dev/null
grep -v '^"POT-Creation-Date:' "$build/po/podium.pot" > po/podium.pot
for po in po/*.po; do
  msgmerge --quiet --update --backup=none --no-fuzzy-matching --no-wrap --add-location=file "$po" po/podium.pot
  msgattrib --no-obsolete --no-wrap --add-location=file -o "$po" "$po"
  echo "$po: $(msgfmt --check --statistics -o /dev/null "$po" 2>&1)"
done
