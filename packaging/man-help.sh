#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# help2man reads podium's help through this (PODIUM = the executable): `--help-all` with each
# command's block under a "*podium estimate*" line, which help2man makes its own section ("PODIUM
# ESTIMATE"), its option lists dedented so help2man sees them as options.
set -eu
if [ "${1:-}" = "--version" ]; then
  exec "$PODIUM" --version
fi
"$PODIUM" --help-all | awk '
  /^Subcommands:$/ { in_commands = 1; next }
  in_commands && /^[a-z][a-z-]*$/ { print "*podium " $0 "*"; next }
  in_commands && /^  (Positionals|Options):$/ { next }
  in_commands { sub(/^  /, ""); print; next }
  { print }
'
