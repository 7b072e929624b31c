// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/speech_synthesis.hpp"

#include "speech/speech_engine.hpp"

#include <ostream>
#include <sstream>

namespace podium {

namespace {

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

} // namespace

SpeechSynthesis synthesise_speech(const LoadedScript& loaded, const SpeechVoiceArguments& arguments, std::ostream& err,
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
    SpeechSynthesis synthesis{description.str(), voices.primary, measure_voice_pace(engine, voices), {}, {}};
    synthesis.measured = timing_from_measurements(loaded.script,
        measure_sentences(engine, loaded.script, voices, progress), matched_profile(synthesis.pace, voices));
    synthesis.fit = rate_fit_for(synthesis.pace, voices.primary);
    return synthesis;
}

} // namespace podium
