#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and runs the whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer.
# Any finding aborts the test that hit it, so ctest fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# LeakSanitizer cannot see through the closed-source-looking allocations of some system libraries
# (fontconfig caches, SDL driver state); those are listed, ours are not.
export LSAN_OPTIONS=suppressions=$PWD/scripts/lsan.supp:print_suppressions=0
# -O1 without debug info: less to compile and link than -O0 with it, and the tests run faster;
# reports still name every function on the stack (frame pointers are kept).
PODIUM_BUILD_DIR=build-asan bash scripts/build.sh -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-O1 \
  -DCMAKE_C_FLAGS_DEBUG=-O1 -DPODIUM_SANITIZE=ON -DPODIUM_BUILD_BENCH=OFF
# Tests that open real SDL windows (offscreen or Xvfb) pull in X11, D-Bus and driver state
# whose leaks LeakSanitizer cannot attribute (frames in "<unknown module>", varying from run to
# run), so they run with AddressSanitizer and UBSan but without leak detection. Every other
# test runs with leak detection on.
window_tests='Xvfb|projector|operator window|random order|prompter window follows|headless Chromium|runs past the countdown'
ctest --test-dir build-asan --output-on-failure --no-tests=error -j2 -E "$window_tests"
ASAN_OPTIONS=${ASAN_OPTIONS/detect_leaks=1/detect_leaks=0} \
  ctest --test-dir build-asan --output-on-failure --no-tests=error -j2 -R "$window_tests"
