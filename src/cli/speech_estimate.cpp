#include "cli/speech_estimate.hpp"

#include "speech/speech_engine.hpp"

#include <optional>
#include <ostream>
#include <sstream>

namespace podium {

namespace {

constexpr const char* kSynthesisMethod = "eSpeak NG synthesis";

struct VoiceSetup {
    SpeechVoices voices;
    std::string description;
};

VoiceSetup voices_for(const Script& script, const SpeechVoiceArguments& arguments, std::ostream& err)
{
    const VoiceCatalog catalog = load_presets(err);
    VoiceSetup setup{choose_voices(script, catalog, arguments), {}};
    std::ostringstream description;
    for (const SpokenLanguage language : {SpokenLanguage::Chinese, SpokenLanguage::English}) {
        const EspeakVoiceSettings settings = setup.voices.settings(language);
        description << (language == SpokenLanguage::Chinese ? "" : ", ") << setup.voices.preset(language).name << " ("
                    << settings.voice << ", rate " << settings.rate << ')';
    }
    setup.description = description.str();
    return setup;
}

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
                const VoiceSetup setup = voices_for(loaded.script, voice, context.err);
                SpeechEngine engine;
                const VoicePace pace = measure_voice_pace(engine, setup.voices);
                const std::vector<MeasuredSentence> measured
                    = measure_sentences(engine, loaded.script, setup.voices, terminal_progress(context));
                // Reported with the profile matched to the voices on this speech, so --target
                // and the header speak of the voice's real pace.
                const Timing timing
                    = timing_from_measurements(loaded.script, measured, matched_profile(pace, setup.voices));
                const std::optional<double> rate = fit_rate(timing, rate_fit_for(pace, setup.voices.primary));
                return timing_from_measurements(loaded.script, measured,
                    with_rate(timing.profile, setup.voices.primary, rate));
            }};
}

SpeechComparison compare_with_speech(const LoadedScript& loaded, const SpeechVoiceArguments& voice,
    std::ostream& err, const RenderProgress& progress)
{
    const Script& script = loaded.script;
    const VoiceSetup setup = voices_for(script, voice, err);
    SpeechEngine engine;
    SpeechComparison result;
    result.voices = setup.description;
    result.primary = setup.voices.primary;
    result.pace = measure_voice_pace(engine, setup.voices);
    const PaceProfile calibrated = matched_profile(result.pace, setup.voices);
    const Timing measured
        = timing_from_measurements(script, measure_sentences(engine, script, setup.voices, progress), calibrated);

    const RateFitInput fit = rate_fit_for(result.pace, result.primary);
    result.profile = with_rate(calibrated, result.primary, fit_rate(measured, fit));
    const Timing model = estimate_timing(script, result.profile);

    std::vector<double> section_seconds;
    for (std::size_t i = 0; i < script.sections.size(); ++i) {
        const Section& section = script.sections[i];
        const std::optional<double> rate = fit_rate(measured, fit, section.first_sentence, section.end_sentence);
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
