// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/follow/script_syllables.hpp"
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"

#include <cstddef>
#include <vector>

namespace podium {

// What the script says about the delivery of one sentence: how many syllables it has, where
// its clauses end (the places a pause is planned), what ends it, and the planned times.
struct SentencePlan {
    std::size_t section = 0;
    std::size_t syllables = 0;
    std::vector<double> clause_ends;  // 0–1 through the sentence's syllables, inside it only
    FollowBoundary end = FollowBoundary::Sentence;
    double planned_speaking = 0.0;    // seconds
    double planned_pause_after = 0.0; // seconds
    bool mandarin = false;            // mostly Han syllables: tones move the pitch by themselves
    friend bool operator==(const SentencePlan&, const SentencePlan&) = default;
};

struct CoachPlan {
    std::vector<SentencePlan> sentences; // parallel to Script::sentences
    std::size_t section_count = 0;
    double clause_pause = 0.2;           // planned seconds at a comma inside a sentence
};

// The plan a coach compares the delivery with: the script's clauses on the syllable grid the
// follower uses, and the timing the prompter paces by.
[[nodiscard]] CoachPlan plan_delivery(const Script& script, const Timing& timing);

} // namespace podium
