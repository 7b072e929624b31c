// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace podium {

// What it takes to hit a target length. Pauses are kept as they are (a speaker asked to
// hurry speaks faster rather than dropping every breath); the speaking rate scales.
struct TargetPlan {
    double target_seconds = 0.0;
    double estimated_seconds = 0.0;
    double difference_seconds = 0.0;  // estimated − target: positive means over
    double pause_seconds = 0.0;       // pauses and placeholder pauses, which do not scale
    bool reachable = true;            // the target leaves time to speak after the pauses
    double pace_scale = 1.0;          // speaking-rate multiplier needed (> 1: faster)
    double required_han_per_minute = 0.0;
    double required_words_per_minute = 0.0;
    std::vector<double> section_budgets;        // parallel to Script::sections, in proportion
    std::optional<std::size_t> largest_section; // the longest top-level section, when there are several
    double largest_share = 0.0;                 // its share of the speech, 0–1
    std::string summary;                        // "over by 1:35 …; section 二 is 46% of the speech"
};

[[nodiscard]] TargetPlan plan_for_target(const Script& script, const Timing& timing, double target_seconds);

// A short name for a section in sentences and tables: the title up to its first clause mark
// (一、心中有稿，先把… → 一、心中有稿), at most `max_characters`; "opening" / "closing" /
// "untitled" when it has no title.
[[nodiscard]] std::string short_section_title(const Section& section, std::size_t max_characters = 24);

} // namespace podium
