// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <span>
#include <string_view>

namespace podium {

// English function words — articles, prepositions, conjunctions, pronouns, auxiliaries — are
// spoken unstressed and reduced (the → "thuh", of → "uv", can → "kn"), so a sentence of them is
// quicker than one of content words with the same syllables; true of speakers and of eSpeak alike
// (docs/timing.md). A closed class: the list is the common members, lower case.
[[nodiscard]] bool is_english_function_word(std::string_view lower_case_word);

// The function words of an English reading (words as the normaliser wrote them: letters and
// apostrophes; case is ignored).
[[nodiscard]] std::size_t count_english_function_words(std::string_view reading);

// The whole list, sorted: for the test that checks it stays sorted and unique.
[[nodiscard]] std::span<const std::string_view> english_function_word_list();

} // namespace podium
