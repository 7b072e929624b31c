// SPDX-License-Identifier: GPL-3.0-or-later
// Voice-follow benchmark (issue 11). For each speech — the bundled samples and
// ../shared/speeches/* when present, or the files given as arguments — and each eSpeak rate
// (0.75×, 1.0×, 1.35× of the preset's):
//   1. synthesise it with eSpeak NG, with a random 0.5–4 s silence after every sentence;
//   2. mix in pink noise at 20 dB SNR (against the power of the speech parts);
//   3. resample to 16 kHz and feed ScriptFollower in 512-sample (32 ms) chunks, like a
//      microphone;
//   4. compare with eSpeak's own sentence events, sampled every 250 ms.
// With --natural, the presets' own pauses replace the random silences (a harder test: shorter
// pauses, closer to a fluent speaker).
// Prints median, p95 and max error in sentences, how soon the reading line stops after the voice
// does (target ≤ 400 ms) and moves after it resumes (target ≤ 300 ms), and the CPU cost.
#include "core/follow/script_follower.hpp"
#include "core/follow/voice_tracker.hpp"
#include "core/script/script.hpp"
#include "core/text/load.hpp"
#include "speech/resampler.hpp"
#include "speech/speech_engine.hpp"
#include "speech/speech_plan.hpp"
#include "speech/speech_render.hpp"
#include "speech/voice_preset.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

using namespace podium;
namespace fs = std::filesystem;

namespace {

constexpr double kRate = 16000.0;
constexpr std::size_t kChunk = 512;

struct Truth {
    double start = 0.0;      // first word
    double speech_end = 0.0; // end of the voice
    double next = 0.0;       // start of the next sentence's audio
};

struct Synthesis {
    std::vector<float> audio; // 16 kHz, noise mixed in
    std::vector<Truth> sentences;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0.0;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size()))) - 1;
    return values[std::min(values.size() - 1, index)];
}

double share_within(const std::vector<double>& values, double limit)
{
    if (values.empty()) {
        return 1.0;
    }
    return static_cast<double>(std::count_if(values.begin(), values.end(), [&](double v) { return v <= limit; }))
        / static_cast<double>(values.size());
}

Synthesis synthesise(SpeechEngine& engine, const Script& script, SpeechVoices voices, double factor, unsigned seed, bool natural)
{
    voices.chinese.rate = static_cast<int>(std::lround(voices.chinese.rate * factor));
    voices.english.rate = static_cast<int>(std::lround(voices.english.rate * factor));
    SpeechPlan plan = plan_speech(script, voices, {0, script.sentences.size()});
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> silence(0.5, 4.0);
    for (PlannedSentence& sentence : plan.sentences) {
        if (!natural) {
            sentence.pause_after = silence(random);
        }
    }
    std::vector<float> audio;
    const SpeechRendering rendering = render_speech(engine, std::move(plan), [&](std::span<const std::int16_t> samples) {
        for (const std::int16_t s : samples) {
            audio.push_back(static_cast<float>(s) / 32768.0F);
        }
    });

    Synthesis out;
    const double rate = kSpeechSampleRate;
    double speech_power = 0.0;
    std::size_t speech_samples = 0;
    for (const RenderedSentence& sentence : rendering.sentences) {
        Truth truth;
        truth.start = sentence.start_seconds();
        for (const RenderedEvent& event : rendering.events) {
            if (event.event.sentence == sentence.sentence && event.event.type == SpeechEventType::Word) {
                truth.start = static_cast<double>(event.at) / rate;
                break;
            }
        }
        truth.speech_end = sentence.end_of_speech_seconds();
        truth.next = static_cast<double>(sentence.start + sentence.total_samples) / rate;
        out.sentences.push_back(truth);
        for (std::size_t i = sentence.start; i < sentence.start + sentence.speech_samples && i < audio.size(); ++i) {
            speech_power += static_cast<double>(audio[i]) * audio[i];
            ++speech_samples;
        }
    }
    speech_power /= static_cast<double>(std::max<std::size_t>(1, speech_samples));

    // Pink noise (Paul Kellet's economy filter) at 20 dB below the speech.
    std::normal_distribution<double> white(0.0, 1.0);
    std::vector<double> pink(audio.size());
    double b0 = 0.0, b1 = 0.0, b2 = 0.0, power = 0.0;
    for (double& value : pink) {
        const double w = white(random);
        b0 = 0.99765 * b0 + w * 0.0990460;
        b1 = 0.96300 * b1 + w * 0.2965164;
        b2 = 0.57000 * b2 + w * 1.0526913;
        value = b0 + b1 + b2 + w * 0.1848;
        power += value * value;
    }
    power /= static_cast<double>(std::max<std::size_t>(1, pink.size()));
    const double gain = std::sqrt(speech_power / 100.0 / power);
    for (std::size_t i = 0; i < audio.size(); ++i) {
        audio[i] += static_cast<float>(gain * pink[i]);
    }
    Resampler resampler(rate, kRate);
    resampler.process(audio, out.audio, true);
    return out;
}

struct Figures {
    double median = 0.0, p95 = 0.0, max = 0.0, exact = 0.0;
    double pause_median = 0.0, pause_p95 = 0.0, pause_ok = 0.0;
    double resume_median = 0.0, resume_p95 = 0.0, resume_ok = 0.0;
    double minutes = 0.0;
    double tracker_cpu = 0.0, follower_cpu = 0.0;
    FollowRates rates;
};

std::size_t true_sentence(const std::vector<Truth>& truth, double t)
{
    std::size_t index = 0;
    while (index + 1 < truth.size() && truth[index + 1].start <= t) {
        ++index;
    }
    return index;
}

Figures follow(const Script& script, const Synthesis& synthesis)
{
    using Clock = std::chrono::steady_clock;
    Figures figures;
    const std::vector<float>& audio = synthesis.audio;
    figures.minutes = static_cast<double>(audio.size()) / kRate / 60.0;
    {
        VoiceTracker tracker(kRate);
        const auto start = Clock::now();
        for (std::size_t at = 0; at < audio.size(); at += kChunk) {
            tracker.feed(std::span<const float>(audio).subspan(at, std::min(kChunk, audio.size() - at)));
        }
        figures.tracker_cpu = std::chrono::duration<double>(Clock::now() - start).count() / (figures.minutes * 60.0);
    }
    ScriptFollower follower(script, kRate);
    std::vector<double> times;
    std::vector<FollowPosition> positions;
    const auto start = Clock::now();
    for (std::size_t at = 0; at < audio.size(); at += kChunk) {
        const std::size_t n = std::min(kChunk, audio.size() - at);
        follower.feed(std::span<const float>(audio).subspan(at, n));
        times.push_back(static_cast<double>(at + n) / kRate);
        positions.push_back(follower.position());
    }
    figures.follower_cpu = std::chrono::duration<double>(Clock::now() - start).count() / (figures.minutes * 60.0);
    figures.rates = follower.aligner().rates();

    std::vector<double> errors;
    double next_sample = 0.25;
    for (std::size_t i = 0; i < times.size(); ++i) {
        if (times[i] + 1e-9 >= next_sample) {
            const double truth = static_cast<double>(true_sentence(synthesis.sentences, times[i]));
            errors.push_back(std::abs(static_cast<double>(positions[i].sentence) - truth));
            if (std::getenv("VOICE_FOLLOW_TRACE") != nullptr) {
                std::printf("  t=%7.2f truth %3.0f tracked %3zu %.2f %s\n", times[i], truth, positions[i].sentence,
                    positions[i].fraction, positions[i].speaking ? "speaking" : "");
            }
            next_sample += 0.25;
        }
    }
    figures.median = percentile(errors, 0.5);
    figures.p95 = percentile(errors, 0.95);
    figures.max = errors.empty() ? 0.0 : *std::max_element(errors.begin(), errors.end());
    figures.exact = share_within(errors, 0.0);

    auto first_at_or_after = [&](double t) {
        return static_cast<std::size_t>(std::lower_bound(times.begin(), times.end(), t) - times.begin());
    };
    std::vector<double> pause_latency;
    std::vector<double> resume_latency;
    for (std::size_t s = 0; s + 1 < synthesis.sentences.size(); ++s) {
        const Truth& truth = synthesis.sentences[s];
        // Pause: from the end of the voice, when does the line stop for the rest of the silence?
        const std::size_t from = first_at_or_after(truth.speech_end);
        const std::size_t to = first_at_or_after(synthesis.sentences[s + 1].start);
        if (from >= to || to >= times.size()) {
            continue;
        }
        std::size_t stop = to - 1;
        while (stop > from && positions[stop - 1] == positions[to - 1]) {
            --stop;
        }
        pause_latency.push_back(std::max(0.0, times[stop] - truth.speech_end));
        // Resume: from the next sentence's first word, when does the line move?
        const std::size_t resume = to;
        const std::size_t limit = first_at_or_after(synthesis.sentences[s + 1].speech_end);
        std::size_t moved = resume;
        while (moved < limit && positions[moved] == positions[resume - 1]) {
            ++moved;
        }
        resume_latency.push_back(std::max(0.0, times[std::min(moved, times.size() - 1)] - synthesis.sentences[s + 1].start));
    }
    figures.pause_median = percentile(pause_latency, 0.5);
    figures.pause_p95 = percentile(pause_latency, 0.95);
    figures.pause_ok = share_within(pause_latency, 0.4);
    figures.resume_median = percentile(resume_latency, 0.5);
    figures.resume_p95 = percentile(resume_latency, 0.95);
    figures.resume_ok = share_within(resume_latency, 0.3);
    return figures;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<fs::path> files;
    bool natural = false; // --natural: the presets' own pauses (0.5–1.5 s), no inserted silences
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--natural") {
            natural = true;
        } else {
            files.emplace_back(argv[i]);
        }
    }
    if (files.empty()) {
        files.push_back(fs::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-en.md");
        files.push_back(fs::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-zh.txt");
        const fs::path shared = fs::path(PODIUM_SHARED_DIR) / "speeches";
        if (fs::is_directory(shared)) {
            std::vector<fs::path> speeches;
            for (const auto& entry : fs::directory_iterator(shared)) {
                speeches.push_back(entry.path());
            }
            std::sort(speeches.begin(), speeches.end());
            files.insert(files.end(), speeches.begin(), speeches.end());
        } else {
            std::printf("(%s absent: bundled samples only)\n", shared.c_str());
        }
    }
    const VoiceCatalog catalog = load_voice_catalog({fs::path(PODIUM_SOURCE_DIR) / "voices"});
    SpeechEngine engine;
    std::printf("%-22s %5s %6s | %6s %5s %4s %6s | %-22s | %-22s | %6s %6s | %5s %5s\n", "speech", "rate", "min", "median",
        "p95", "max", "exact", "pause stop ms (≤400)", "resume ms (≤300)", "κ", "ρ", "trk%", "all%");
    unsigned seed = 1;
    for (const fs::path& file : files) {
        const LoadResult loaded = load_text_file(file);
        if (!loaded.ok()) {
            std::printf("%s: %s\n", file.c_str(), loaded.error.c_str());
            continue;
        }
        const Script script = build_script(loaded.text, format_for_path(file));
        const SpeechVoices voices{*catalog.find("zh-mandarin"), *catalog.find("en-us"), dominant_language(script), {}};
        for (const double factor : {0.75, 1.0, 1.35}) {
            const Synthesis synthesis = synthesise(engine, script, voices, factor, seed++, natural);
            const Figures f = follow(script, synthesis);
            char pause[64];
            char resume[64];
            std::snprintf(pause, sizeof pause, "%3.0f / %3.0f, %3.0f%% ok", 1000 * f.pause_median, 1000 * f.pause_p95, 100 * f.pause_ok);
            std::snprintf(resume, sizeof resume, "%3.0f / %3.0f, %3.0f%% ok", 1000 * f.resume_median, 1000 * f.resume_p95, 100 * f.resume_ok);
            std::printf("%-22s %4.2fx %6.1f | %6.2f %5.2f %4.0f %5.0f%% | %-22s | %-22s | %6.2f %6.2f | %5.2f %5.2f\n",
                file.filename().c_str(), factor, f.minutes, f.median, f.p95, f.max, 100 * f.exact, pause, resume,
                f.rates.nuclei_per_syllable, f.rates.syllables_per_second, 100 * f.tracker_cpu, 100 * f.follower_cpu);
            std::fflush(stdout);
        }
    }
    std::printf("\nerrors in sentences, sampled every 250 ms (targets: median ≤ 0.5, p95 ≤ 1.5, max ≤ 3), exact: share with no error;\n"
                "pause/resume: median / p95 latency and share within target; κ nuclei per syllable and ρ syllables\n"
                "per speaking second as learnt; CPU as %% of one core at 16 kHz (tracker alone, whole follower).\n");
    return 0;
}
