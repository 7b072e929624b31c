// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <iosfwd>

namespace podium {

// How fast a speaker speaks. Defaults sit inside the measured human ranges (DESIGN.md):
// formal Chinese ≈ 200 Han characters/min, English presentations ≈ 140 wpm, pauses between
// sentences 0.2–1.4 s and between paragraphs 0.4–1.8 s. The rates are articulation rates: the
// pauses below come on top. English is priced by syllables: words_per_minute is the rate for
// words of average length (english_syllables_per_word), so a section of long words takes
// longer than one of short ones at the same word count. Documented in docs/timing.md; overridden by the "pace" object of
// config.json (core/timing/pace_config.hpp) and by command-line options.
struct PaceProfile {
    // Syllables of an average English word in the project's English speeches (counted by
    // english_syllables; docs/timing.md): converts words per minute to syllables per minute.
    static constexpr double english_syllables_per_word = 1.45;

    double han_per_minute = 200.0;
    double words_per_minute = 140.0;
    double comma_pause = 0.2;      // seconds at a comma, 顿号 or dash inside a sentence
    double colon_pause = 0.3;      // seconds at a semicolon or colon inside a sentence
    double sentence_pause = 0.5;   // seconds after a sentence
    double paragraph_pause = 0.9;  // seconds after a paragraph (replaces the sentence pause)
    double section_pause = 1.5;    // seconds after a section (replaces the paragraph pause)
    double placeholder_pause = 0.3; // a placeholder is not read; the voice pauses briefly
    [[nodiscard]] double english_syllables_per_minute() const
    {
        return words_per_minute * english_syllables_per_word;
    }
    friend bool operator==(const PaceProfile&, const PaceProfile&) = default;
};

std::ostream& operator<<(std::ostream& out, const PaceProfile& profile);

} // namespace podium
