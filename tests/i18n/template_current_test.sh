#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# po/podium.pot must be what the build extracts from today's sources (bar its creation date):
# otherwise a message was added or changed without the template, and so without its translation.
# Usage: template_current_test.sh SOURCE_DIR GENERATED_POT
set -eu
source_dir=$1
generated=$2
[ -f "$generated" ] || { echo "$generated missing: build the podium_catalogues target"; exit 1; }
strip() { grep -v '^"POT-Creation-Date:' "$1"; }
if ! strip "$generated" | diff -u "$source_dir/po/podium.pot" - > /dev/null 2>&1; then
  strip "$source_dir/po/podium.pot" > /tmp/podium-pot-committed.$$ || true
  strip "$generated" | diff -u /tmp/podium-pot-committed.$$ - | head -n 60
  rm -f /tmp/podium-pot-committed.$$
  echo "po/podium.pot is out of date: run scripts/update-po.sh, translate, commit"
  exit 1
fi
echo "po/podium.pot matches the sources ($(grep -c '^msgid ' "$generated") messages)"
