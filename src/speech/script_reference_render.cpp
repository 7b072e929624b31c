#include "speech/script_reference_render.hpp"

#include "core/follow/voice_tracker.hpp"
#include "core/io/atomic_file.hpp"
#include "speech/resampler.hpp"
#include "speech/speech_engine.hpp"
#include "speech/speech_render.hpp"

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <system_error>

namespace podium {

namespace {

// FNV-1a, 64 bits: a stable name for a cache file (std::hash may differ between builds).
std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = 1469598103934665603ull)
{
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

std::string describe(const EspeakVoiceSettings& settings)
{
    return settings.voice + "/" + std::to_string(settings.rate) + "/" + std::to_string(settings.pitch);
}

std::string with_variant(const std::string& voice, bool high)
{
    const std::size_t plus = voice.find('+');
    const std::string base = plus == std::string::npos ? voice : voice.substr(0, plus);
    return high ? base + "+f3" : base;
}

} // namespace

SpeechVoices register_voices(SpeechVoices voices, bool high)
{
    voices.chinese.espeak_voice = with_variant(voices.chinese.espeak_voice, high);
    voices.english.espeak_voice = with_variant(voices.english.espeak_voice, high);
    return voices;
}

ScriptReference render_script_reference(SpeechEngine& engine, const Script& script, const SpeechVoices& voices)
{
    SpeechPlan plan = plan_speech(script, voices, SentenceRange{0, script.sentences.size()});
    Resampler resampler(kSpeechSampleRate, MfccExtractor::kSampleRate);
    MfccExtractor extractor;
    VoiceTracker tracker(MfccExtractor::kSampleRate); // the reference's syllable nuclei: its pace
    std::vector<FeatureFrame> frames;
    std::vector<float> block;
    std::vector<float> resampled;
    const auto take = [&](std::span<const std::int16_t> samples) {
        block.resize(samples.size());
        for (std::size_t i = 0; i < samples.size(); ++i) {
            block[i] = static_cast<float>(samples[i]) / 32768.0f;
        }
        resampled.clear();
        resampler.process(block, resampled);
        extractor.feed(resampled, frames);
        tracker.feed(resampled);
    };
    const SpeechRendering rendering = render_speech(engine, std::move(plan), take);
    resampled.clear();
    resampler.process({}, resampled, true);
    extractor.feed(resampled, frames);
    tracker.feed(resampled);
    extractor.finish(frames);
    std::vector<ReferenceSentence> sentences;
    sentences.reserve(rendering.sentences.size());
    for (const RenderedSentence& sentence : rendering.sentences) {
        sentences.push_back({sentence.sentence, sentence.start_seconds(), sentence.end_of_speech_seconds()});
    }
    ScriptReference reference(frames, sentences, script.sentences.size());
    reference.set_nuclei(static_cast<std::size_t>(tracker.activity().syllables));
    return reference;
}

std::filesystem::path reference_cache_directory(const EnvironmentLookup& environment)
{
    if (const auto cache = environment("XDG_CACHE_HOME"); cache && !cache->empty() && std::filesystem::path(*cache).is_absolute()) {
        return std::filesystem::path(*cache) / "podium" / "references";
    }
    const auto home = environment("HOME");
    return std::filesystem::path(home ? *home : std::string(".")) / ".cache" / "podium" / "references";
}

std::filesystem::path reference_cache_file(const std::filesystem::path& directory, const Script& script, const SpeechVoices& voices)
{
    std::uint64_t hash = fnv1a(kReferenceModelVersion);
    hash = fnv1a(script.text, hash);
    hash = fnv1a(describe(voices.settings(SpokenLanguage::Chinese)), hash);
    hash = fnv1a(describe(voices.settings(SpokenLanguage::English)), hash);
    const VoicePauses& pauses = voices.pauses();
    hash = fnv1a(std::to_string(pauses.sentence) + "/" + std::to_string(pauses.paragraph) + "/"
            + std::to_string(pauses.section) + "/" + std::to_string(pauses.placeholder),
        hash);
    char name[40];
    std::snprintf(name, sizeof name, "%016llx.ref", static_cast<unsigned long long>(hash));
    return directory / name;
}

std::shared_ptr<const ScriptReference> load_cached_reference(const std::filesystem::path& cache_directory,
    const Script& script, const SpeechVoices& voices)
{
    std::ifstream in{reference_cache_file(cache_directory, script, voices), std::ios::binary};
    if (!in) {
        return nullptr;
    }
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    auto cached = ScriptReference::from_bytes(bytes);
    if (!cached || cached->sentence_count() != script.sentences.size()) {
        return nullptr;
    }
    return std::make_shared<const ScriptReference>(std::move(*cached));
}

bool store_cached_reference(const std::filesystem::path& cache_directory, const Script& script, const SpeechVoices& voices,
    const ScriptReference& reference)
{
    std::error_code ignored;
    std::filesystem::create_directories(cache_directory, ignored);
    return write_file_atomically(reference_cache_file(cache_directory, script, voices), reference.to_bytes()).empty();
}

void make_script_references(const Script& script, const SpeechVoices& voices, const std::filesystem::path& cache_directory,
    const ReferenceReady& ready)
{
    std::unique_ptr<SpeechEngine> engine;
    for (const bool high : {false, true}) {
        const SpeechVoices chosen = register_voices(voices, high);
        std::shared_ptr<const ScriptReference> reference = load_cached_reference(cache_directory, script, chosen);
        if (!reference) {
            if (!engine) {
                engine = std::make_unique<SpeechEngine>();
            }
            reference = std::make_shared<const ScriptReference>(render_script_reference(*engine, script, chosen));
            (void)store_cached_reference(cache_directory, script, chosen, *reference);
        }
        ready(std::move(reference));
    }
}

ReferenceSet script_references(const Script& script, const SpeechVoices& voices, const std::filesystem::path& cache_directory)
{
    ReferenceSet out;
    make_script_references(script, voices, cache_directory, [&](std::shared_ptr<const ScriptReference> reference) {
        const SpeechVoices chosen = register_voices(voices, out.renderings.size() == 1);
        out.renderings.push_back(std::move(reference));
        out.voices.push_back(chosen.preset(chosen.primary).espeak_voice);
    });
    return out;
}

} // namespace podium
