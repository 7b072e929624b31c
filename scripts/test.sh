#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The test command: installs the dependencies, builds every test and runs the whole suite once,
# under AddressSanitizer + UndefinedBehaviorSanitizer (scripts/test-sanitizers.sh, in
# build-asan/): a memory error or undefined behaviour fails the test that hit it. CI does not
# build and run the suite a second time without the sanitizers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/test-sanitizers.sh
