#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds Podium into build/ (or $PODIUM_BUILD_DIR). Extra arguments go to cmake's
# configure step. $PODIUM_TARGETS (space-separated) builds only those targets, e.g. "podium";
# by default everything (the program, its tests and benchmarks) is built.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${PODIUM_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja "$@" >/dev/null
targets=()
for target in ${PODIUM_TARGETS:-}; do
  targets+=(--target "$target")
done
cmake --build "$build_dir" "${targets[@]}"
