#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The main job: installs the dependencies, builds the program (only `podium`: no tests, no
# benchmarks, so a first run compiles what it runs), and runs Podium on the bundled sample speech.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
PODIUM_TARGETS=podium bash scripts/build.sh
exec ./build/podium "$@"
