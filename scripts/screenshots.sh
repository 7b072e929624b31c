#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the prompter screenshots in docs/screenshots/ from the bundled sample speeches
# with `podium render` (no window needed). Usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
podium="$build/podium"
if [ ! -x "$podium" ]; then
  echo "screenshots: $podium not found; build first (cmake --build $build)" >&2
  exit 1
fi
mkdir -p docs/screenshots
# Moments chosen to show a highlighted sentence mid-speech, the section title and timers.
"$podium" render --sample zh --at 52 --size 1920x1080 --out docs/screenshots/prompter-zh.png
"$podium" render --sample en --at 47 --size 1920x1080 --out docs/screenshots/prompter-en.png
