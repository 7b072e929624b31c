#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The built podium speaks the locale's language with no zh_CN locale generated on the machine:
# LANG=zh_CN.UTF-8 gives Chinese table headings and --help, --lang and LANGUAGE choose too, and
# machine-readable output (--json, --csv) is byte for byte the same in every language.
# Usage: cli_language_test.sh PODIUM SPEECH
set -euo pipefail
podium=$1
speech=$2
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
run() { env -i HOME="$home" PATH=/usr/bin:/bin "$@"; }
fail() { echo "FAIL: $*"; exit 1; }

echo "zh_CN locales on this machine: $(locale -a 2>/dev/null | grep -ci '^zh_CN' || true)"
zh=$(run LANG=zh_CN.UTF-8 "$podium" estimate "$speech")
en=$(run LANG=C.UTF-8 "$podium" estimate "$speech")
echo "$zh" | head -n 4
for heading in 部分 开始 时长 占比 句数 语速 合计; do
  grep -q "$heading" <<< "$zh" || fail "LANG=zh_CN.UTF-8 podium estimate has no heading $heading"
done
grep -q '字/分' <<< "$zh" || fail "the Chinese pace column is not in 字/分"
grep -q '^Section ' <<< "$en" || fail "LANG=C.UTF-8 podium estimate is not English"
grep -q 'Section\|Total' <<< "$zh" && fail "English left in the Chinese table"

# The same choice through every route.
[ "$(run LANG=C.UTF-8 "$podium" --lang zh_CN estimate "$speech")" = "$zh" ] || fail "--lang zh_CN differs from LANG=zh_CN.UTF-8"
[ "$(run LANG=zh_CN.UTF-8 "$podium" estimate "$speech" --lang en)" = "$en" ] || fail "--lang en after the command differs"
[ "$(run LANGUAGE=zh_CN:en LANG=en_US.UTF-8 "$podium" estimate "$speech")" = "$zh" ] || fail "LANGUAGE=zh_CN is not honoured"
[ "$(run LANGUAGE=zh_CN LC_ALL=C "$podium" estimate "$speech")" = "$en" ] || fail "LC_ALL=C must keep English, as gettext does"
mkdir -p "$home/.config/podium"
echo '{"lang": "zh_CN"}' > "$home/.config/podium/config.json"
[ "$(run LANG=C.UTF-8 "$podium" estimate "$speech")" = "$zh" ] || fail "\"lang\": \"zh_CN\" in config.json is not honoured"
[ "$(run LANG=C.UTF-8 "$podium" --lang en estimate "$speech")" = "$en" ] || fail "--lang en must win over config.json"
echo '{"lang": "fr"}' > "$home/.config/podium/config.json"
warning=$(run LANG=C.UTF-8 "$podium" estimate "$speech" 2>&1 >/dev/null)
grep -q 'not a language Podium speaks' <<< "$warning" || fail "an unknown config lang is not reported: $warning"
rm "$home/.config/podium/config.json"
status=0
error=$(run LANG=zh_CN.UTF-8 "$podium" --lang fr estimate "$speech" 2>&1) || status=$?
[ $status -eq 2 ] || fail "--lang fr exits $status, not 2"
grep -q '^podium: --lang fr：Podium 支持 zh_CN 和 en' <<< "$error" || fail "--lang fr error: $error"

# Machine-readable output never changes with the language.
for format in --json --csv; do
  a=$(run LANG=zh_CN.UTF-8 "$podium" estimate "$speech" $format --target 3m)
  b=$(run LANG=C.UTF-8 "$podium" estimate "$speech" $format --target 3m)
  [ -n "$a" ] && [ "$a" = "$b" ] || fail "estimate $format differs between zh_CN and English"
done
a=$(run LANG=zh_CN.UTF-8 "$podium" split "$speech" --json)
[ "$a" = "$(run LANG=C.UTF-8 "$podium" split "$speech" --json)" ] || fail "split --json differs between languages"

# --help and errors.
help=$(run LANG=zh_CN.UTF-8 "$podium" --help)
grep -q '^用法:' <<< "$help" || fail "no Chinese --help"
help=$(run LANG=zh_CN.UTF-8 "$podium" estimate --help)
grep -q '中文语速' <<< "$help" || fail "no Chinese estimate --help"
status=0
error=$(run LANG=zh_CN.UTF-8 "$podium" estimate --target abc "$speech" 2>&1) || status=$?
grep -q '不是时长' <<< "$error" || fail "the --target error is not in Chinese: $error"
# CLI11's own parse errors, with the same exit status in both languages.
for language in zh_CN.UTF-8 C.UTF-8; do
  status=0
  error=$(run LANG=$language "$podium" estimate --bogus 2>&1) || status=$?
  [ $status -eq 2 ] || fail "LANG=$language podium estimate --bogus exits $status, not 2"
  case $language in
    zh_CN*) [ "$error" = $'podium: 无法识别的参数：--bogus\n（请参阅 podium --help）' ] || fail "--bogus in Chinese: $error" ;;
    *) [ "$error" = $'podium: The following argument was not expected: --bogus\n(see podium --help)' ] || fail "--bogus in English: $error" ;;
  esac
done
echo "podium speaks zh_CN and English by locale, --lang and config.json; --json/--csv unchanged"
