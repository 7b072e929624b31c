// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <utility>

namespace podium {

// Common English words whose syllables the spelling rules of english_syllables.cpp get wrong
// (recipe, business, every): lower-case, no apostrophes. nullopt for a word not listed.
[[nodiscard]] std::optional<std::size_t> english_syllable_exception(std::string_view word);

// The whole list, sorted by word: for the test that checks it stays sorted and unique.
[[nodiscard]] std::span<const std::pair<std::string_view, unsigned char>> english_syllable_exception_table();

} // namespace podium
