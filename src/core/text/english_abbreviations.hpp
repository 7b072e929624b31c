// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the sentence splitter: the English words whose period is not (always) the end
// of a sentence, and the words that tell a new sentence has begun.
#include <cstddef>
#include <string_view>

namespace podium::sentence {

enum class Abbreviation {
    None,
    Title,   // Mr. Dr. Mt. — stands before a name, never ends a sentence
    Unit,    // lb. oz. ft. — after a number; ends a sentence only before a capitalised word
    Other,   // Co. Jr. etc. Jan. No. — ends a sentence only before a capitalised word
    Compass, // NE. SW.
};

// No word longer than this (in bytes) is an abbreviation.
inline constexpr std::size_t kLongestAbbreviation = 6;

// `word` is ASCII letters without the final period ("Mr", "lb", "Co").
[[nodiscard]] Abbreviation find_abbreviation(std::string_view word);

// Dotted abbreviations (U.S. a.m. B.C. Ph.D.), `word` without the final period ("U.S", "a.m").
enum class DottedKind { Other, Time, Era, Country };
[[nodiscard]] DottedKind classify_dotted(std::string_view word);

// Capitalised words that typically open a sentence (The, He, How…): after "U.S." or "a.m." they
// mark a new sentence, where a name (Government, Mr.) continues the old one.
[[nodiscard]] bool is_sentence_opener(std::string_view word);

// Prepositions that open a time phrase: "At 5 a.m. Mr. Smith went…" is one sentence.
[[nodiscard]] bool is_time_preposition(std::string_view word);

} // namespace podium::sentence
