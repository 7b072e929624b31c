// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/english_syllable_exceptions.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace podium {

namespace {

// Sorted by word (checked by a test); the counts are the CMU pronouncing dictionary's.
constexpr std::array<std::pair<std::string_view, unsigned char>, 78> exceptions{{
    {"acne", 2},
    {"adobe", 3},
    {"apache", 3},
    {"apostrophe", 4},
    {"argue", 2},
    {"argued", 2},
    {"business", 2},
    {"cafe", 2},
    {"catastrophe", 4},
    {"caveat", 3},
    {"chocolate", 2},
    {"choir", 2},
    {"cooperate", 4},
    {"cooperation", 5},
    {"cooperative", 5},
    {"coordinate", 4},
    {"coordinates", 4},
    {"coordination", 5},
    {"coyote", 3},
    {"crooked", 2},
    {"element", 3},
    {"elements", 3},
    {"embed", 2},
    {"epitome", 4},
    {"especially", 3},
    {"european", 4},
    {"evening", 2},
    {"evenings", 2},
    {"fiance", 3},
    {"finale", 3},
    {"flour", 2},
    {"forever", 3},
    {"hierarchy", 4},
    {"hour", 2},
    {"hours", 2},
    {"hyperbole", 4},
    {"interest", 2},
    {"interested", 3},
    {"interesting", 3},
    {"interests", 2},
    {"karate", 3},
    {"korean", 3},
    {"laboratory", 4},
    {"lineage", 3},
    {"linear", 3},
    {"maybe", 2},
    {"naive", 2},
    {"naked", 2},
    {"nuclear", 3},
    {"our", 2},
    {"ours", 2},
    {"ourselves", 3},
    {"people", 2},
    {"peoples", 2},
    {"privilege", 2},
    {"privileged", 2},
    {"privileges", 3},
    {"react", 2},
    {"realize", 2},
    {"realized", 2},
    {"recipe", 3},
    {"reign", 1},
    {"reigned", 1},
    {"samuel", 2},
    {"sesame", 3},
    {"several", 2},
    {"simile", 3},
    {"sour", 2},
    {"temperature", 3},
    {"theater", 3},
    {"theatre", 3},
    {"theory", 2},
    {"vegetable", 3},
    {"vegetables", 3},
    {"wednesday", 2},
    {"whatsoever", 4},
    {"wherever", 3},
    {"wicked", 2},
}};

} // namespace

std::span<const std::pair<std::string_view, unsigned char>> english_syllable_exception_table() { return exceptions; }

std::optional<std::size_t> english_syllable_exception(std::string_view word)
{
    const auto found = std::lower_bound(exceptions.begin(), exceptions.end(), word,
        [](const auto& entry, std::string_view key) { return entry.first < key; });
    if (found == exceptions.end() || found->first != word) {
        return std::nullopt;
    }
    return found->second;
}

} // namespace podium
