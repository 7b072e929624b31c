// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/speech_estimate.hpp"

#include "speech/speech_engine.hpp"

#include <optional>
#include <ostream>
#include <sstream>

namespace podium {

namespace {

constexpr const char* kSynthesisMethod = "eSpeak NG synthesis";

// Every sentence of the script, synthesised into nothing but its length.
std::vector<MeasuredSentence> measure_sentences(SpeechEngine& engine, const Script& script, const SpeechVoices& voices,
    const RenderProgress& progress)
{
    SpeechPlan plan = plan_speech(script, voices, {0, script.sentences.size()});
    require_installed_voices(engine, plan);
    const SpeechRendering rendering = render_speech(
        engine, std::move(plan), [](std::span<const std::int16_t>) {}, progress);
    std::vector<MeasuredSentence> measured(script.sentences.size());
    for (const RenderedSentence& sentence : rendering.sentences) {
        const double rate = kSpeechSampleRate;
        measured.at(sentence.sentence) = {static_cast<double>(sentence.speech_samples) / rate,
            static_cast<double>(sentence.total_samples - sentence.speech_samples) / rate};
    }
    return measured;
}

RateFitInput rate_fit_for(const VoicePace& pace, SpokenLanguage primary)
{
    const bool chinese = primary == SpokenLanguage::Chinese;
    return {primary, (chinese ? pace.chinese : pace.english).seconds_per_text,
        chinese ? ComparisonRule{}.min_han_chars : ComparisonRule{}.min_words};
}

// `profile` with the main language's rate replaced by `rate`, when there is one.
PaceProfile with_rate(PaceProfile profile, SpokenLanguage primary, std::optional<double> rate)
{
    if (rate) {
        (primary == SpokenLanguage::Chinese ? profile.han_per_minute : profile.words_per_minute) = *rate;
    }
    return profile;
}

// A speech synthesised with its voices, and what is needed to model those voices.
struct Synthesis {
    std::string voices;        // the presets, for the report
    SpokenLanguage primary = SpokenLanguage::Chinese;
    VoicePace pace;            // the calibration passages
    Timing measured;           // profile: matched_profile() (calibration rates)
    RateFitInput fit;          // how to measure the main rate on the speech
};

Synthesis synthesise(const LoadedScript& loaded, const SpeechVoiceArguments& arguments, std::ostream& err,
    const RenderProgress& progress)
{
    const VoiceCatalog catalog = load_presets(err);
    const SpeechVoices voices = choose_voices(loaded.script, catalog, arguments);
    std::ostringstream description;
    for (const SpokenLanguage language : {SpokenLanguage::Chinese, SpokenLanguage::English}) {
        const EspeakVoiceSettings settings = voices.settings(language);
        description << (language == SpokenLanguage::Chinese ? "" : ", ") << voices.preset(language).name << " ("
                    << settings.voice << ", rate " << settings.rate << ')';
    }
    SpeechEngine engine;
    Synthesis synthesis{description.str(), voices.primary, measure_voice_pace(engine, voices), {}, {}};
    synthesis.measured = timing_from_measurements(loaded.script,
        measure_sentences(engine, loaded.script, voices, progress), matched_profile(synthesis.pace, voices));
    synthesis.fit = rate_fit_for(synthesis.pace, voices.primary);
    return synthesis;
}

RenderProgress terminal_progress(CommandContext& context)
{
    if (!stderr_is_terminal(context)) {
        return {};
    }
    return [&context](std::size_t done, std::size_t total) { draw_progress(context.err, done, total, "sentences"); };
}

} // namespace

SpeechSynthesis synthesise_speech(const LoadedScript& loaded, const SpeechVoiceArguments& voice, std::ostream& err,
    const RenderProgress& progress)
{
    Synthesis synthesis = synthesise(loaded, voice, err, progress);
    return {std::move(synthesis.voices), synthesis.primary, synthesis.pace, std::move(synthesis.measured)};
}

TimingSource speech_timing_source(SpeechVoiceArguments voice)
{
    return {kSynthesisMethod, [voice](const LoadedScript& loaded, const PaceProfile&, CommandContext& context) {
                Synthesis synthesis = synthesise(loaded, voice, context.err, terminal_progress(context));
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
    const Synthesis synthesis = synthesise(loaded, voice, err, progress);
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
