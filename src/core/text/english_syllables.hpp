// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <string_view>

// The one English syllable counter: the timing model prices English by syllables and the
// voice-follow tracker maps counted syllable nuclei to script positions, so both must agree.
namespace podium {

// Syllables of an English word as it is read (numbers and abbreviations already written out as
// words by the normaliser): by rule, with a list of exceptions for the common irregular words.
// A text of several words (spaces, hyphens: "twenty-five") counts each word apart and sums;
// anything that is not a letter or an apostrophe separates words. Accented Latin vowels count
// as vowels (café = 2). A word of letters has at least one syllable; no letters, 0.
// Measured against the CMU pronouncing dictionary in tests/core/text/english_syllables_test.cpp
// and docs/timing.md.
[[nodiscard]] std::size_t english_syllables(std::string_view word);

// Syllables of letters spelled one by one (an acronym such as "HTML"): each letter's name is
// one syllable except W ("double-u", three).
[[nodiscard]] std::size_t spelled_syllables(std::string_view letters);

} // namespace podium
