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
# The overlays in both languages (issue 25): the keys overlay, the countdown and the end-of-run
# summary, rendered by the test that checks they fit their boxes; the 1920×1080 frames are kept.
display_tests="$build/tests/podium_display_tests"
if [ -x "$display_tests" ]; then
  frames=$(mktemp -d)
  PODIUM_SCREENSHOT_DIR="$frames" SDL_VIDEODRIVER=offscreen SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy \
    "$display_tests" "*at every size" > /dev/null
  for shot in "$frames"/*-1920x1080.png; do
    cp "$shot" "docs/screenshots/$(basename "$shot" -1920x1080.png).png"
  done
  rm -rf "$frames"
  # The live coach's cue (docs/coach.md).
  PODIUM_SCREENSHOT_DIR="$PWD/docs/screenshots" SDL_VIDEODRIVER=offscreen SDL_RENDER_DRIVER=software \
    "$display_tests" "the live cue screenshot renders" > /dev/null
fi
# The phone page in Chinese and English (headless Chromium, Accept-Language zh-CN / en), and
# with the live coach's cue on it (remote-phone-cue.png, docs/coach.md).
browser_tests="$build/tests/podium_browser_tests"
if [ -x "$browser_tests" ] && [ -x /usr/bin/chromium ]; then
  PODIUM_SCREENSHOT_DIR="$PWD/docs/screenshots" SDL_VIDEODRIVER=offscreen SDL_RENDER_DRIVER=software \
    "$browser_tests" "*Accept-Language zh-CN*" > /dev/null
  PODIUM_SCREENSHOT_DIR="$PWD/docs/screenshots" SDL_VIDEODRIVER=offscreen SDL_RENDER_DRIVER=software \
    "$browser_tests" "*live coach's cue appears on the phone page*" > /dev/null
fi
# The delivery timeline in Chinese (issue 25): the bundled sample read by eSpeak, measured with
# podium follow --delivery, drawn by podium report --delivery --chart under --lang zh_CN. A
# throw-away XDG tree keeps your own rehearsals untouched.
xdg=$(mktemp -d)
(
  export XDG_DATA_HOME="$xdg/data" XDG_CONFIG_HOME="$xdg/config" XDG_CACHE_HOME="$xdg/cache"
  "$podium" speak --sample zh --out "$xdg/zh.wav" > /dev/null
  "$podium" follow --sample zh --audio "$xdg/zh.wav" --delivery --record > /dev/null
  "$podium" --lang zh_CN report --sample zh --delivery --chart docs/screenshots/delivery-timeline-zh_CN.png > /dev/null
  # The English timeline (docs/coach.md): the detection benchmark's English speech, variant 1,
  # with its known events, measured along the offline alignment as follow --delivery does.
  if command -v espeak-ng > /dev/null; then
    python3 bench/coach/detection_bench.py "$build" --variants 2 --only en --keep "$xdg/bench" > /dev/null
    mkdir -p "$xdg/talk"
    cp "$xdg/bench/en-1.md" "$xdg/talk/known-events.md"
    cp "$xdg/bench/en-1.wav" "$xdg/talk/known-events.wav"
    chart="$PWD/docs/screenshots/delivery-timeline.png"
    program="$(realpath "$podium")"
    (cd "$xdg/talk" && "$program" follow known-events.md --audio known-events.wav --delivery --record > /dev/null \
      && "$program" report known-events.md --delivery --chart "$chart" > /dev/null)
  fi
)
rm -rf "$xdg"
