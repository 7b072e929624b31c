#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang and runs them, sharing the time budget:
#   fuzz_script  the loader, splitter and section detection (any bytes as text)
#   fuzz_docx    document import (any bytes as .docx, .odt and .pptx)
# Usage: scripts/fuzz.sh [SECONDS]   (default 60 in all, half each; e.g. 3600 for a long run).
# The corpora grow in build-fuzz/corpus and build-fuzz/corpus-docx; a crash is saved as
# build-fuzz/crash-* and fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
half=$(( (seconds + 1) / 2 ))
# -O1 with line tables only: what libFuzzer needs (coverage, symbolised crashes), compiled fast
# (a unity build, as scripts/build.sh makes).
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only" "-DCMAKE_C_FLAGS_DEBUG=-O1 -gline-tables-only" \
  -DPODIUM_FUZZ=ON -DPODIUM_BUILD_TESTS=OFF -DPODIUM_BUILD_BENCH=OFF -DCMAKE_UNITY_BUILD=ON >/dev/null
cmake --build build-fuzz --target fuzz_script fuzz_docx
mkdir -p build-fuzz/corpus build-fuzz/corpus-docx
cp docs/samples/* build-fuzz/corpus/
cp tests/fuzz/corpus/* build-fuzz/corpus/ # seeds: quotes, abbreviations, UTF-16, GB18030, tokenised text
./build-fuzz/tests/fuzz/fuzz_script build-fuzz/corpus -max_total_time="$half" -max_len=65536 \
  -print_final_stats=1 -artifact_prefix=build-fuzz/
# Seeds: the quirk fixtures and every bad document (not a zip, zip bombs, no document.xml,
# a DTD with external entities, encrypted, old binary .doc), from tests/import/fixtures.
cp tests/fuzz/corpus-docx/* build-fuzz/corpus-docx/
cp tests/import/fixtures/*.docx tests/import/fixtures/*.odt tests/import/fixtures/*.pptx build-fuzz/corpus-docx/
./build-fuzz/tests/fuzz/fuzz_docx build-fuzz/corpus-docx -max_total_time="$half" -max_len=65536 \
  -print_final_stats=1 -artifact_prefix=build-fuzz/
