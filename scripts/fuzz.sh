#!/usr/bin/env bash
# Builds the libFuzzer target for the loader, splitter and section detection with clang and
# runs it. Usage: scripts/fuzz.sh [SECONDS]   (default 60; e.g. 3600 for a long run).
# The corpus grows in build-fuzz/corpus; a crash is saved as build-fuzz/crash-* and fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPODIUM_FUZZ=ON -DPODIUM_BUILD_TESTS=OFF -DPODIUM_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz --target fuzz_script
mkdir -p build-fuzz/corpus
cp docs/samples/* build-fuzz/corpus/
cp tests/fuzz/corpus/* build-fuzz/corpus/ # seeds: quotes, abbreviations, UTF-16, GB18030, tokenised text
./build-fuzz/tests/fuzz/fuzz_script build-fuzz/corpus -max_total_time="$seconds" -max_len=65536 \
  -print_final_stats=1 -artifact_prefix=build-fuzz/
