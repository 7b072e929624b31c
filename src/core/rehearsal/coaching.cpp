// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rehearsal/coaching.hpp"

#include <algorithm>
#include <cmath>

namespace podium {

Coaching coach_to_target(const RehearsalReport& report, double target_seconds, const PaceProfile& pace,
    std::size_t max_items)
{
    Coaching coaching;
    coaching.target = target_seconds;
    double planned_total = 0.0;
    for (const auto& row : report.sections) {
        planned_total += row.top_level ? row.planned : 0.0;
    }
    if (planned_total <= 0.0) {
        return coaching;
    }
    std::vector<CutAdvice> all;
    for (std::size_t i = 0; i < report.sections.size(); ++i) {
        const auto& row = report.sections[i];
        if (!row.top_level) {
            continue;
        }
        CutAdvice advice;
        advice.section = i;
        advice.rehearsed = row.latest.has_value();
        advice.actual = row.latest.value_or(row.planned);
        advice.budget = target_seconds * row.planned / planned_total;
        advice.over = advice.actual - advice.budget;
        coaching.expected += advice.actual;
        if (advice.over <= 0.0) {
            continue;
        }
        // The section's language decides whether we count characters or words.
        if (row.han_chars >= row.words) {
            advice.han_to_cut = static_cast<std::size_t>(std::ceil(advice.over * pace.han_per_minute / 60.0));
        } else {
            advice.words_to_cut = static_cast<std::size_t>(std::ceil(advice.over * pace.words_per_minute / 60.0));
        }
        all.push_back(advice);
    }
    std::stable_sort(all.begin(), all.end(), [](const CutAdvice& a, const CutAdvice& b) { return a.over > b.over; });
    if (all.size() > max_items) {
        all.resize(max_items);
    }
    coaching.cuts = std::move(all);
    return coaching;
}

} // namespace podium
