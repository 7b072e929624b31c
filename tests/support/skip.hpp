// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Skipping a test so that ctest says "Skipped", not "Passed". Catch2 2.x has no SKIP: a test
// case calls PODIUM_SKIP(reason), which notes the skip and returns; the test binaries' main
// (test_main.cpp) exits with kSkipReturnCode when every test case that ran was skipped, and
// tests/CMakeLists.txt gives every discovered test SKIP_RETURN_CODE 77. Run by hand with many
// test cases, a binary still exits 0 when the others passed, and prints each skip as a warning.
#include <catch2/catch.hpp>

#include <set>
#include <string>

namespace podium::testing {

inline constexpr int kSkipReturnCode = 77;

// Which test cases skipped in this process. Process-wide by nature: main reads it after the run.
struct SkipTally {
    std::set<std::string> skipped;
    std::size_t started = 0;
};

inline SkipTally& skip_tally()
{
    static SkipTally tally;
    return tally;
}

inline void mark_skipped()
{
    skip_tally().skipped.insert(Catch::getResultCapture().getCurrentTestName());
}

} // namespace podium::testing

// Ends the current test case as skipped, with the reason (streamed like WARN's message).
#define PODIUM_SKIP(reason)                                                                                            \
    do {                                                                                                               \
        ::podium::testing::mark_skipped();                                                                             \
        WARN("skipped: " << reason);                                                                                   \
        return;                                                                                                        \
    } while (false)
