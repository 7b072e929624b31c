#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates docs/screenshots/report-chart.png (and .svg) for the README: three simulated
# rehearsals of the bundled Chinese sample (a speaker at ~185 Han chars/min getting a little
# faster each time; the second run jumps over section 3), then `podium report --chart`.
# Uses a throw-away XDG data directory, so your own rehearsal logs are never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
podium=${PODIUM:-build/podium}
[ -x "$podium" ] || { echo "build podium first (cmake --build build)" >&2; exit 1; }
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export XDG_DATA_HOME=$data
sample=docs/samples/welcome-zh.txt
"$podium" rehearse-simulate "$sample" --runs 3 --han-per-minute 185 --seed 7 --skip-section 3 --first-day 2026-11-20
mkdir -p docs/screenshots
"$podium" report "$sample" --runs 3 --chart docs/screenshots/report-chart.png > /dev/null
"$podium" report "$sample" --runs 3 --chart docs/screenshots/report-chart.svg > /dev/null
echo "wrote docs/screenshots/report-chart.png and .svg"
