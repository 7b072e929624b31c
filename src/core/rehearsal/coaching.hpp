// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/rehearsal/rehearsal_report.hpp"
#include "core/timing/pace_profile.hpp"

#include <cstddef>
#include <vector>

namespace podium {

// Where to cut to meet a target length. Each top-level section gets a share of the target in
// proportion to its planned time; the sections whose latest complete reading runs furthest
// over their share come first, with the text to cut at the speaker's pace.
struct CutAdvice {
    std::size_t section = 0;   // index into Script::sections
    double actual = 0.0;       // latest complete reading (or the plan if never rehearsed)
    bool rehearsed = true;
    double budget = 0.0;
    double over = 0.0;         // actual − budget, > 0
    std::size_t han_to_cut = 0;
    std::size_t words_to_cut = 0;
    friend bool operator==(const CutAdvice&, const CutAdvice&) = default;
};

struct Coaching {
    double target = 0.0;
    double expected = 0.0;     // sum of the top-level sections' actual (or planned) times
    std::vector<CutAdvice> cuts; // most over first
};

[[nodiscard]] Coaching coach_to_target(const RehearsalReport& report, double target_seconds, const PaceProfile& pace,
    std::size_t max_items = 3);

} // namespace podium
