#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the threaded tests (the test binaries labelled "threaded" in tests/CMakeLists.txt: the
# speech engine's worker and audio, the live voice's worker, the remote server's pools) with
# ThreadSanitizer and runs them. A race or a lock-order inversion fails the test that hit it.
set -euo pipefail
cd "$(dirname "$0")/.."
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/scripts/tsan.supp"
# -O1 without debug info: the tree builds fast and runs a few times faster than at -O0; a report
# still names every function on both stacks.
PODIUM_BUILD_DIR=build-tsan PODIUM_TARGETS=podium_threaded_tests bash scripts/build.sh \
  -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-O1 -DCMAKE_C_FLAGS_DEBUG=-O1 \
  -DPODIUM_TSAN=ON -DPODIUM_BUILD_BENCH=OFF
# Every object in a test binary is built with -fsanitize=thread, Catch2's main included: libstdc++'s
# shared_ptr release has a fast path that is compiled out only under TSan, and the linker keeps one
# copy of it for the whole binary: one uninstrumented object made every RemoteState handed from
# the frame loop to the server threads look like a race (the [load] tests' old finding).
# --no-tests=error: a binary that crashes before main (it happened: an ifunc resolver under TSan)
# lists no tests, and ctest would call an empty run a pass.
ctest --test-dir build-tsan --output-on-failure --no-tests=error -j2 -L threaded
