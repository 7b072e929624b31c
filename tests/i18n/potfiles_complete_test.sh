#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file that marks a message with _(" N_(" or n_(" must be in po/POTFILES.in,
# or xgettext never sees its messages. Usage: potfiles_complete_test.sh SOURCE_DIR
set -eu
cd "$1"
missing=0
for file in $(grep -rlE '(^|[^A-Za-z0-9_])[nN]?_\("' src | sort); do
  if ! grep -qx "$file" po/POTFILES.in; then
    echo "not in po/POTFILES.in: $file"
    missing=1
  fi
done
for file in $(grep -v '^#' po/POTFILES.in); do
  [ -f "$file" ] || { echo "po/POTFILES.in lists a missing file: $file"; missing=1; }
done
[ $missing -eq 0 ] && echo "po/POTFILES.in lists every file with messages"
exit $missing
