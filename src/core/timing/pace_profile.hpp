#pragma once
#include <iosfwd>

namespace podium {

// How fast a speaker speaks. Defaults sit inside the measured human ranges (DESIGN.md):
// formal Chinese ≈ 200 Han characters/min, English presentations ≈ 140 wpm, pauses between
// sentences 0.2–1.4 s and between paragraphs 0.4–1.8 s. The rates are articulation rates: the
// pauses below come on top. Documented in docs/timing.md; overridden by the "pace" object of
// config.json (core/timing/pace_config.hpp) and by command-line options.
struct PaceProfile {
    double han_per_minute = 200.0;
    double words_per_minute = 140.0;
    double sentence_pause = 0.5;   // seconds after a sentence
    double paragraph_pause = 0.9;  // seconds after a paragraph (replaces the sentence pause)
    double section_pause = 1.5;    // seconds after a section (replaces the paragraph pause)
    double placeholder_pause = 0.3; // a placeholder is not read; the voice pauses briefly
    friend bool operator==(const PaceProfile&, const PaceProfile&) = default;
};

std::ostream& operator<<(std::ostream& out, const PaceProfile& profile);

} // namespace podium
