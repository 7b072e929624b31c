#include "speech/script_reference_render.hpp"

#include "core/io/atomic_file.hpp"
#include "speech/reference_analysis.hpp"
#include "speech/speech_engine.hpp"
#include "speech/speech_render.hpp"

#include <array>
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
    ReferenceAnalysis analysis(script.sentences.size());
    const SpeechRendering rendering = render_speech(engine, plan_speech(script, voices, SentenceRange{0, script.sentences.size()}),
        [&](std::span<const std::int16_t> samples) { analysis.add(samples); });
    analysis.finish(rendering.sentences);
    return analysis.take();
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
    // Each register missing from the cache is rendered by the one eSpeak worker, one after the
    // other, and analysed on a thread of its own (ReferenceAnalysis): the analysis is the larger
    // part of the cost, so the low register's runs while the high one is rendered, and the two
    // analyses side by side. The low register is handed over first, as soon as it is made.
    struct Register {
        SpeechVoices voices;
        std::shared_ptr<const ScriptReference> reference;
        std::unique_ptr<ReferenceAnalysis> analysis;
    };
    std::array<Register, kReferenceRegisters> registers{
        Register{register_voices(voices, false), nullptr, nullptr}, Register{register_voices(voices, true), nullptr, nullptr}};
    std::size_t next = 0; // the next register to hand over, in order
    const auto hand_over = [&](bool wait) {
        while (next < registers.size()) {
            Register& r = registers[next];
            if (!r.reference) {
                if (!r.analysis || (!wait && !r.analysis->done())) {
                    return;
                }
                r.reference = std::make_shared<const ScriptReference>(r.analysis->take());
                r.analysis.reset();
                (void)store_cached_reference(cache_directory, script, r.voices, *r.reference);
            }
            ++next; // first: a `ready` that throws is not called again for the same one
            ready(r.reference);
        }
    };
    for (Register& r : registers) {
        r.reference = load_cached_reference(cache_directory, script, r.voices);
    }
    hand_over(false);
    std::unique_ptr<SpeechEngine> engine;
    Register* rendering_now = nullptr;
    try {
        for (Register& r : registers) {
            if (r.reference) {
                continue;
            }
            if (!engine) {
                engine = std::make_unique<SpeechEngine>();
            }
            rendering_now = &r;
            r.analysis = std::make_unique<ReferenceAnalysis>(script.sentences.size());
            ReferenceAnalysis& analysis = *r.analysis;
            const SpeechRendering rendering = render_speech(*engine,
                plan_speech(script, r.voices, SentenceRange{0, script.sentences.size()}), [&](std::span<const std::int16_t> samples) {
                    analysis.add(samples);
                    hand_over(false); // an earlier register made meanwhile goes at once
                });
            analysis.finish(rendering.sentences);
            rendering_now = nullptr;
        }
    } catch (...) {
        // A register that failed to render does not take the earlier ones with it: they are
        // still handed over (as they were when each was made before the next was started).
        if (rendering_now != nullptr) {
            rendering_now->analysis.reset(); // never finished: abandoned
        }
        hand_over(true);
        throw;
    }
    hand_over(true);
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
