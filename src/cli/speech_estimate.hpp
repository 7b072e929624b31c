// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "cli/commands.hpp"
#include "cli/estimate_command.hpp"
#include "cli/estimate_report.hpp"
#include "cli/speech_setup.hpp"
#include "core/timing/comparison.hpp"
#include "speech/speech_render.hpp"
#include "speech/voice_pace.hpp"

#include <iosfwd>

namespace podium {

// `podium estimate --by speech`: every sentence synthesised into memory with the voices
// `podium speak` would use (presets, --voice, --voice-rate), its audio length measured. The
// profile reported with it is the one matched to those voices (matched_profile). A progress
// bar is drawn on stderr when it is a terminal.
[[nodiscard]] TimingSource speech_timing_source(SpeechVoiceArguments voice);

// The model, with its profile matched to the voices, against the synthesis of the same speech.
// The profile: the pauses of the voice presets plus the silence eSpeak NG leaves around each
// piece of text, the other language's rate from the calibration passages, and the main
// language's rate measured on the synthesis itself, leaving out the section being checked
// (eSpeak's syllables are ~10% shorter in everyday sentences than in a formal speech, so a
// voice's rate belongs to the register of the text, as a speaker's does).
struct SpeechComparison {
    std::string voices;            // "zh-mandarin (cmn-latn-pinyin, rate 175), en-us (en-us, rate 150)"
    VoicePace pace;                // what the calibration passages measured
    SpokenLanguage primary = SpokenLanguage::Chinese;
    PaceProfile profile;           // matched, with the main rate measured on the whole speech
    std::vector<std::optional<double>> section_rates; // main rate used for each section; empty: calibration's
    EstimateReport model;          // the model with `profile` (its rows name and count the sections;
                                   // the per-section model seconds are in `comparison`)
    EstimateReport measured;       // the synthesis
    TimingComparison comparison;   // section by section (each with its own rate), total with `profile`
};

// A whole speech synthesised with its voices, measured sentence by sentence (measured.profile:
// matched_profile, the calibration passages' rates), for bench/timing_accuracy.
struct SpeechSynthesis {
    std::string voices;
    SpokenLanguage primary = SpokenLanguage::Chinese;
    VoicePace pace;
    Timing measured;
};
[[nodiscard]] SpeechSynthesis synthesise_speech(const LoadedScript& loaded, const SpeechVoiceArguments& voice,
    std::ostream& err, const RenderProgress& progress = {});

// Synthesises the calibration passages and the whole speech (starting the one speech engine
// of the process). Warnings about broken presets go to `err`; `progress` follows the speech's
// sentences. Throws podium::Error.
[[nodiscard]] SpeechComparison compare_with_speech(const LoadedScript& loaded, const SpeechVoiceArguments& voice,
    std::ostream& err, const RenderProgress& progress = {});

// Per section: Han syllables, English words, model, measured, error and PASS/FAIL (or "-" for a
// section too short to check); then the total and a one-line verdict.
void print_speech_comparison(std::ostream& out, const SpeechComparison& comparison);

// `podium estimate --compare-speech FILE`. Returns 0 whether or not every section is within
// the tolerance (the verdict is printed); errors throw podium::Error.
int run_speech_comparison(CommandContext& context, const EstimateOptions& options);

} // namespace podium
