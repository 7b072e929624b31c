#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# help2man reads podium's help through this (PODIUM = the executable; PODIUM_MAN_LANG = the
# language of the page, en when unset): `--help-all` with each command's block under a
# "*podium estimate*" line, which help2man makes its own section ("PODIUM ESTIMATE"), its option
# lists dedented so help2man sees them as options. CLI11's labels are in the page's language
# ("子命令:", "选项:"); help2man only knows "Usage:" and "Options:", so the Chinese ones are given
# to it so (packaging/man-headings-zh_CN.sed puts its headings in Chinese afterwards).
set -eu
if [ "${1:-}" = "--version" ]; then
  exec "$PODIUM" --version
fi
"$PODIUM" --lang "${PODIUM_MAN_LANG:-en}" --help-all | awk '
  /^用法:/ { sub(/^用法:/, "Usage:") }
  /^选项:$/ && !in_commands { print "Options:"; next }
  /^(Subcommands|子命令):$/ { in_commands = 1; next }
  in_commands && /^[a-z][a-z-]*$/ { print "*podium " $0 "*"; next }
  in_commands && /^  (Positionals|Options|位置参数|选项):$/ { next }
  in_commands { sub(/^  /, ""); print; next }
  { print }
'
