// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/speech_estimate.hpp"
#include "cli/progress.hpp"

#include "core/i18n/translate.hpp"

#include <optional>
#include <ostream>
#include <sstream>

namespace podium {

namespace {

constexpr const char* kSynthesisMethod = N_("eSpeak NG synthesis");

// `profile` with the main language's rate replaced by `rate`, when there is one.
PaceProfile with_rate(PaceProfile profile, SpokenLanguage primary, std::optional<double> rate)
{
    if (rate) {
        (primary == SpokenLanguage::Chinese ? profile.han_per_minute : profile.words_per_minute) = *rate;
    }
    return profile;
}

RenderProgress terminal_progress(CommandContext& context)
{
    if (!stderr_is_terminal(context)) {
        return {};
    }
    return [&context](std::size_t done, std::size_t total) { draw_progress(context.err, done, total, "sentences"); };
}

} // namespace

TimingSource speech_timing_source(SpeechVoiceArguments voice)
{
    return {kSynthesisMethod, [voice](const LoadedScript& loaded, const PaceProfile&, CommandContext& context) {
                SpeechSynthesis synthesis = synthesise_speech(loaded, voice, context.err, terminal_progress(context));
                // Reported with the profile matched to the voices on this speech, so --target
                // and the header speak of the voice's real pace.
                Timing& timing = synthesis.measured;
                timing.profile = with_rate(timing.profile, synthesis.primary, fit_rate(timing, synthesis.fit));
                return timing;
            }};
}

SpeechComparison compare_with_speech(const LoadedScript& loaded, const SpeechVoiceArguments& voice,
    std::ostream& err, const RenderProgress& progress)
{
    const Script& script = loaded.script;
    const SpeechSynthesis synthesis = synthesise_speech(loaded, voice, err, progress);
    const Timing& measured = synthesis.measured;
    const PaceProfile& calibrated = measured.profile;
    SpeechComparison result;
    result.voices = synthesis.voices;
    result.primary = synthesis.primary;
    result.pace = synthesis.pace;
    result.profile = with_rate(calibrated, result.primary, fit_rate(measured, synthesis.fit));
    const Timing model = estimate_timing(script, result.profile);

    // Each section by the rate of the rest of the speech: never checked against its own audio.
    std::vector<double> section_seconds;
    for (std::size_t i = 0; i < script.sections.size(); ++i) {
        const Section& section = script.sections[i];
        const std::optional<double> rate
            = fit_rate(measured, synthesis.fit, section.first_sentence, section.end_sentence);
        result.section_rates.push_back(rate);
        section_seconds.push_back(
            estimate_timing(script, with_rate(calibrated, result.primary, rate)).sections.at(i).duration);
    }
    result.model = make_estimate_report(script, model, loaded.name, "model", std::nullopt);
    result.measured = make_estimate_report(script, measured, loaded.name, kSynthesisMethod, std::nullopt);
    result.comparison = compare_timings(section_seconds, model.total_seconds, measured);
    return result;
}

int run_speech_comparison(CommandContext& context, const EstimateOptions& options)
{
    const LoadedScript loaded = load_script(options.script);
    const SpeechComparison comparison
        = compare_with_speech(loaded, options.voice, context.err, terminal_progress(context));
    print_speech_comparison(context.out, comparison);
    return 0;
}

} // namespace podium
