// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/rehearsal/pace_features.hpp"
#include "core/rehearsal/rehearsal_log.hpp"
#include "core/timing/pace_profile.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace podium {

struct PaceCalibration {
    PaceProfile profile;                         // the base profile where the runs say too little
    std::array<bool, pace_parameter_count> fitted{}; // which parameters came from the runs
    std::size_t runs_used = 0;
    std::size_t older_model_runs = 0;            // of them, from logs counted by an older timing model
    std::size_t sentences_used = 0;              // clean sentence readings in the fit
    std::size_t sentences_rejected = 0;          // readings left out as outliers (stumbles, chats)
    [[nodiscard]] bool calibrated() const { return fitted[0] || fitted[1]; }
};

// One measured stretch of speech for the fit: what was said, as features (summed over its
// sentences: the same columns as sentence_features), and the seconds it took. A clean sentence
// reading is one; so is a benchmark's synthesised sentence.
struct PaceObservation {
    SentenceFeatures features{};
    double seconds = 0.0;
};

// What a voice tracker measured for one section of one run (speaking and pause seconds from the
// microphone, not from the prompter). THE PLUG for measured rehearsals: turn them into
// observations with voice_observations() and pass them to calibrate_pace().
struct MeasuredSectionVoice {
    std::size_t section = 0;        // index into RehearsalLog::sections
    double speaking_seconds = 0.0;  // voice active
    double pause_seconds = 0.0;     // silences inside the section and after it
    std::size_t syllables = 0;      // syllable nuclei counted (informative; the fit uses the script's)
};

// Two observations per measured section: its speaking time against the section's rate and
// in-sentence pause features (words, syllables, commas, colons, placeholders), and its pause
// time against its sentence/paragraph/section pause features. Sections out of range or with no
// time are skipped.
[[nodiscard]] std::vector<PaceObservation> voice_observations(const RehearsalLog& log,
    std::span<const MeasuredSectionVoice> sections);

// Every run's measured voice (SectionResult::voice, recorded with --listen or `podium follow
// --record`) as observations, from the deepest sections only: a parent's measure is the sum of
// its children's, so counting both would weigh those seconds twice.
[[nodiscard]] std::vector<PaceObservation> recorded_voice_observations(std::span<const RehearsalLog> logs);

// The shared fit: time ≈ Σ features × parameters by Huber-weighted least squares on relative
// errors, pinned to `base` where the data cannot tell (too few characters, words or pauses of a
// class). Used by calibrate_pace and by bench/timing_accuracy (eSpeak syntheses).
[[nodiscard]] PaceCalibration fit_pace(std::span<const PaceObservation> observations, const PaceProfile& base);

// The speaker's own pace from their runs (any script: each log carries its sentence features).
// Uses only clean readings: a sentence reached, then the next one reached, with no pause and no
// jump in between, and not voiced by speech-follow (then the voice set the time); skipped sections and interrupted spans are thus left out by construction.
// Fits time ≈ Σ features × parameters by Huber-weighted least squares on relative errors, so
// a stumble or a chat with the audience cannot drag the pace.
// `measured` adds observations from measured voice figures (voice_observations).
[[nodiscard]] PaceCalibration calibrate_pace(std::span<const RehearsalLog> logs, const PaceProfile& base,
    std::span<const PaceObservation> measured = {});

// The held-out check printed by `podium report`: the last run of `logs[log_index]` predicted
// from every earlier run (of every log), section by section.
struct HeldOutSection {
    std::string title;
    double predicted = 0.0;
    double actual = 0.0;
    double error = 0.0;   // (predicted − actual) / actual
};
struct HeldOutCheck {
    PaceCalibration calibration;            // fitted without the last run
    std::string run_id;                     // the run predicted
    std::vector<HeldOutSection> sections;   // its completed sections
    double median_abs_error = 0.0;
    double max_abs_error = 0.0;
};
// Empty when the log has fewer than two runs, the earlier runs cannot calibrate, or the last
// run completed no section.
[[nodiscard]] std::optional<HeldOutCheck> held_out_check(std::span<const RehearsalLog> logs, std::size_t log_index,
    const PaceProfile& base);

// "192 Han chars/min, 141 wpm, pauses 0.5/0.9/1.5 s — from 4 runs (212 sentences)"
[[nodiscard]] std::string describe(const PaceCalibration& calibration);

} // namespace podium
