#pragma once
#include "core/script/script.hpp"
#include "core/timing/pace_profile.hpp"

#include <cstddef>
#include <vector>

namespace podium {

struct SentenceTiming {
    double start = 0.0;       // seconds from the start of the speech
    double speaking = 0.0;    // seconds spent speaking the sentence
    double pause_after = 0.0; // silence after it before the next sentence starts
    [[nodiscard]] double end() const { return start + speaking + pause_after; }
    friend bool operator==(const SentenceTiming&, const SentenceTiming&) = default;
};

struct SectionTiming {
    double start = 0.0;
    double duration = 0.0;          // the section's subtree, pauses included
    std::size_t sentences = 0;
    std::size_t han_chars = 0;      // spoken Han syllables (numbers read out)
    std::size_t words = 0;          // English words
    std::size_t placeholders = 0;
    friend bool operator==(const SectionTiming&, const SectionTiming&) = default;
};

// A pure function of the Script and a PaceProfile: per sentence → per section → total.
struct Timing {
    PaceProfile profile;
    std::vector<SentenceTiming> sentences; // parallel to Script::sentences
    std::vector<SectionTiming> sections;   // parallel to Script::sections
    double total_seconds = 0.0;
    std::size_t placeholders = 0;          // excluded from the estimate but reported
};

[[nodiscard]] Timing estimate_timing(const Script& script, const PaceProfile& profile);

} // namespace podium
