#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds Podium into build/ (or $PODIUM_BUILD_DIR). Extra arguments go to cmake's
# configure step. $PODIUM_TARGETS (space-separated) builds only those targets, e.g. "podium";
# by default everything (the program, its tests and benchmarks) is built.
# The build is a unity build (CMake compiles the sources of a target eight to a file): a fresh
# build parses the standard library, CLI11, nlohmann/json and Catch2 an eighth as often, which is
# most of the compile time on a 2-core machine. Pass -DCMAKE_UNITY_BUILD=OFF for a tree whose
# files you edit one at a time (docs/install.md).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${PODIUM_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_UNITY_BUILD=ON "$@" >/dev/null
targets=()
for target in ${PODIUM_TARGETS:-}; do
  targets+=(--target "$target")
done
cmake --build "$build_dir" "${targets[@]}"
