// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/coach/coach_plan.hpp"
#include "core/coach/coach_thresholds.hpp"
#include "core/coach/filled_pauses.hpp"
#include "core/coach/pauses.hpp"
#include "core/coach/voice_frames.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace podium {

// Bumped when the stored form of a DeliveryReport changes (core/coach/delivery_json.hpp).
inline constexpr int delivery_version = 1;

struct SentenceDelivery {
    std::size_t sentence = 0;
    double start = 0.0;
    double end = 0.0;
    double voiced_seconds = 0.0;            // speech frames inside the span (pauses excluded)
    double syllables_per_second = 0.0;      // over the span, pauses inside it included
    double articulation_rate = 0.0;         // syllables per second of voice
    double planned_articulation_rate = 0.0; // what the plan paces the sentence at
    std::optional<double> median_f0;        // Hz
    std::optional<double> pitch_range;      // semitones
    std::optional<double> loudness;         // LUFS
    std::optional<double> trailing_drop;    // LU, last third quieter than the rest when > 0
    bool trailing_off = false;
    std::size_t hesitations = 0;
    std::size_t filled_pauses = 0;
    friend bool operator==(const SentenceDelivery&, const SentenceDelivery&) = default;
};

struct SectionDelivery {
    std::size_t section = 0;
    std::size_t sentences = 0;               // sentences spoken
    double seconds = 0.0;                    // from its first spoken sentence's start to its last's end
    double articulation_rate = 0.0;          // syllables per second of voice
    double planned_articulation_rate = 0.0;
    std::size_t hesitations = 0;
    std::size_t filled_pauses = 0;
    double filled_per_minute = 0.0;
    std::optional<double> pitch_range;       // median of its sentences' ranges, semitones
    std::optional<double> loudness;          // LUFS
    std::size_t trailing_off = 0;            // sentences that trailed off
    bool monotone = false;
    friend bool operator==(const SectionDelivery&, const SectionDelivery&) = default;
};

// How one run was delivered, sentence by sentence, as a coach with the script in hand hears it.
struct DeliveryReport {
    std::vector<SentenceDelivery> sentences; // spoken sentences, in the order spoken
    std::vector<SectionDelivery> sections;   // sections with at least one spoken sentence
    std::vector<Pause> pauses;
    std::vector<FilledPause> filled_pauses;
    double seconds = 0.0;                    // first spoken sentence's start to the last one's end
    std::optional<double> loudness;          // the whole run, LUFS
    bool too_quiet = false;
    double filled_per_minute = 0.0;
    double hesitations_per_minute = 0.0;
    friend bool operator==(const DeliveryReport&, const DeliveryReport&) = default;
};

// The delivery of a run from what the signal adapter measured and when each sentence was
// spoken (spans in time order; from the follower today, any alignment tomorrow).
[[nodiscard]] DeliveryReport analyse_delivery(const CoachPlan& plan, const VoiceFrames& frames,
    const std::vector<SentenceSpan>& spans, const CoachThresholds& thresholds = {});

} // namespace podium
