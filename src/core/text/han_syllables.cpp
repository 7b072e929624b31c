// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/han_syllables.hpp"

#include "core/text/utf8.hpp"

namespace podium {

namespace {
#include "han_syllable_table.inc"
} // namespace

HanSyllableKind han_syllable_kind(char32_t c)
{
    if (c < kHanTableFirst || c > kHanTableLast) {
        return HanSyllableKind::Full;
    }
    const auto index = static_cast<std::size_t>(c - kHanTableFirst);
    const unsigned bits = (kHanSyllableTable[index / 4] >> (2 * (index % 4))) & 3U;
    return bits == 1 ? HanSyllableKind::NeutralTone : bits == 2 ? HanSyllableKind::Nasal : HanSyllableKind::Full;
}

HanSyllableCounts count_han_syllable_kinds(std::string_view utf8)
{
    HanSyllableCounts counts;
    for (std::size_t offset = 0; offset < utf8.size();) {
        switch (han_syllable_kind(utf8::next(utf8, offset))) {
        case HanSyllableKind::NeutralTone: ++counts.neutral_tone; break;
        case HanSyllableKind::Nasal: ++counts.nasal; break;
        case HanSyllableKind::Full: break;
        }
    }
    return counts;
}

} // namespace podium
