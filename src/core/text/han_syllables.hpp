// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace podium {

// How long a Han syllable is, relative to its neighbours: a neutral-tone syllable (的 de, 了 le,
// 们 men, 吗 ma) is about half as long as a toned one, and one ending in a nasal (-n, -ng: 光
// guāng, 人 rén) is longer than an open one — true of speakers and of eSpeak alike
// (docs/timing.md). From each character's most common reading in ICU's Han-Latin
// transliteration, tabulated at build time (tools/han_syllable_table_generator.cpp); a
// character read otherwise in context (地 dì in 土地, read de by the table) is counted by its
// common reading.
enum class HanSyllableKind : std::uint8_t { Full, NeutralTone, Nasal };

// Full for anything outside U+4E00–U+9FFF (Extension A, Hangul, kana: all priced as ordinary).
[[nodiscard]] HanSyllableKind han_syllable_kind(char32_t c);

struct HanSyllableCounts {
    std::size_t neutral_tone = 0;
    std::size_t nasal = 0;
};

// The neutral-tone and nasal-ending syllables of the Han characters in `utf8` (other characters
// are skipped).
[[nodiscard]] HanSyllableCounts count_han_syllable_kinds(std::string_view utf8);

} // namespace podium
