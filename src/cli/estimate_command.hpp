// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "cli/commands.hpp"
#include "cli/script_source.hpp"
#include "cli/speech_setup.hpp"
#include "core/io/xdg_paths.hpp"
#include "core/timing/estimate.hpp"

#include <functional>
#include <optional>
#include <string>

namespace podium {

enum class EstimateFormat { Table, Json, Csv };

// --by: the pace model, or a synthesis of the speech with eSpeak NG.
enum class EstimateMethod { Model, Speech };

struct EstimateOptions {
    ScriptArguments script;
    std::optional<double> rate;             // --rate, Han characters per minute
    std::optional<double> wpm;              // --wpm
    std::optional<double> pause_sentence;   // --pause-sentence, seconds
    std::optional<double> pause_paragraph;  // --pause-paragraph
    std::optional<double> pause_section;    // --pause-section
    std::optional<double> pause_comma;      // --pause-comma, inside a sentence
    std::optional<double> pause_colon;      // --pause-colon, inside a sentence
    std::string target;                     // --target, as typed ("12m", "12:00")
    bool calibrated = false;                // --calibrated: the speaker's pace from their rehearsals
    EstimateFormat format = EstimateFormat::Table;
    EstimateMethod method = EstimateMethod::Model;
    bool compare_speech = false;            // --compare-speech: model against synthesis
    SpeechVoiceArguments voice;             // --voice, --voice-rate (with --by speech / --compare-speech)
};

// Defaults, then the "pace" object of $XDG_CONFIG_HOME/podium/config.json, then the options.
// Throws podium::Error naming the bad setting.
[[nodiscard]] PaceProfile resolve_pace_profile(const EstimateOptions& options, const EnvironmentLookup& environment);

// Where the timing comes from. The model is estimate_timing; a measured source (a synthesis,
// a rehearsal) builds its Timing with timing_from_measurements and reuses everything else.
struct TimingSource {
    std::string method; // shown in the report: "model", "eSpeak NG synthesis"
    std::function<Timing(const LoadedScript&, const PaceProfile&, CommandContext&)> measure;
};

[[nodiscard]] TimingSource model_timing_source();

// Loads the script, times it with `source`, and prints the report in the chosen format.
int run_estimate(CommandContext& context, const EstimateOptions& options, const TimingSource& source);

} // namespace podium
