// SPDX-License-Identifier: GPL-3.0-or-later
// End to end with a voice: the real prompter window (offscreen video driver) listens through
// SDL's disk audio driver, which reads a synthesised speech as if from a microphone: eSpeak
// reads a short Chinese speech, and a short English one, resampled to the 16 kHz S16 mono the
// capture opens, with a 3 s silence inserted. The reading line must reach the right sentence at the
// right time, hold still through the silence, and the run must be saved with its audio.
#include "audio/live_voice.hpp"
#include "audio/sdl_capture.hpp"
#include "app/prompter_rehearsal.hpp"
#include "app/rehearsal_access.hpp"
#include "app/loaded_script.hpp"
#include "app/voice_setup.hpp"
#include "core/text/content_hash.hpp"
#include "core/timing/estimate.hpp"
#include "app/prompter_app.hpp"
#include "speech/speech_engine.hpp"
#include "speech/speech_render.hpp"
#include "support/scratch.hpp"

#include <SDL.h>
#include <catch2/catch.hpp>

#include <sndfile.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <sstream>
#include <unistd.h>

using namespace podium;
using podium::testing::scratch_path;

namespace {

using Clock = std::chrono::steady_clock;

constexpr double kSilence = 3.0;
constexpr std::size_t kSilenceBefore = 2; // the silence comes before this sentence

// Six sentences each, about 15 s read by eSpeak with the silence.
const char* const kChineseSpeech = "同志们：\n大家好！今天开个短会。\n第一，时间要算准。第二，内容要讲清。\n谢谢大家。\n";
const char* const kEnglishSpeech = "Friends and colleagues,\nGood morning! This meeting is short.\n"
                                   "First, keep the time. Second, make every point clear.\nThank you all.\n";

struct Synthesised {
    std::vector<std::int16_t> pcm;     // 16 kHz mono
    std::vector<double> starts;        // audio seconds at which each sentence's voice starts
    std::vector<double> ends;          // … and stops
    double silence_from = 0.0;         // the inserted silence, audio seconds
    double silence_to = 0.0;
    [[nodiscard]] double seconds() const { return static_cast<double>(pcm.size()) / kListenSampleRate; }
    // How far the reading line at `line` is from the speaker at audio time t, in sentences.
    // While a sentence is spoken, the truth is that sentence; in the pause after it, either it
    // or the next one (the line may wait at the end or move on to what comes).
    [[nodiscard]] double error(std::size_t line, double t) const
    {
        std::size_t sentence = 0;
        for (std::size_t i = 0; i < starts.size(); ++i) {
            if (starts[i] <= t) {
                sentence = i;
            }
        }
        const auto distance = [line](std::size_t truth) {
            return std::abs(static_cast<double>(line) - static_cast<double>(truth));
        };
        const bool pausing = t >= ends[sentence] && sentence + 1 < starts.size();
        return pausing ? std::min(distance(sentence), distance(sentence + 1)) : distance(sentence);
    }
};

// eSpeak reads sentences [0, count); the audio is resampled from 22050 Hz (linear
// interpolation is plenty for a tracker that listens to 300 Hz–3 kHz energy).
Synthesised synthesise(const LoadedScript& loaded, std::size_t count)
{
    std::ostringstream warnings;
    SpeechEngine engine;
    const SpeechVoices voices = choose_voices(loaded.script, load_presets(warnings), {});
    std::vector<std::int16_t> voice;
    const SpeechRendering rendering = render_speech(engine, plan_speech(loaded.script, voices, {0, count}),
        [&voice](std::span<const std::int16_t> samples) { voice.insert(voice.end(), samples.begin(), samples.end()); });
    Synthesised out;
    const std::size_t cut = rendering.sentences.at(kSilenceBefore).start;
    std::vector<std::int16_t> with_silence(voice.begin(), voice.begin() + static_cast<std::ptrdiff_t>(cut));
    with_silence.insert(with_silence.end(), static_cast<std::size_t>(kSilence * kSpeechSampleRate), 0);
    with_silence.insert(with_silence.end(), voice.begin() + static_cast<std::ptrdiff_t>(cut), voice.end());
    const double ratio = static_cast<double>(kSpeechSampleRate) / kListenSampleRate;
    const auto frames = static_cast<std::size_t>(static_cast<double>(with_silence.size()) / ratio);
    for (std::size_t n = 0; n + 1 < frames; ++n) {
        const double at = static_cast<double>(n) * ratio;
        const auto i = static_cast<std::size_t>(at);
        const double f = at - static_cast<double>(i);
        const double next = i + 1 < with_silence.size() ? with_silence[i + 1] : with_silence[i];
        out.pcm.push_back(static_cast<std::int16_t>(std::lround(with_silence[i] * (1.0 - f) + next * f)));
    }
    out.silence_from = static_cast<double>(cut) / kSpeechSampleRate;
    out.silence_to = out.silence_from + kSilence;
    for (const RenderedSentence& sentence : rendering.sentences) {
        const double shift = sentence.sentence >= kSilenceBefore ? kSilence : 0.0;
        out.starts.push_back(sentence.start_seconds() + shift);
        out.ends.push_back(sentence.end_of_speech_seconds() + shift);
    }
    return out;
}

// Between the app and the live voice: notes every report with the moment it was made.
class ReportLog final : public PositionSource {
public:
    explicit ReportLog(PositionSource& inner) : m_inner(inner) {}
    void set_active(bool on, std::size_t sentence) override { m_inner.set_active(on, sentence); }
    [[nodiscard]] std::optional<SpeakerPosition> position() override
    {
        auto heard = m_inner.position();
        if (heard && heard->measured) {
            reports.emplace_back(Clock::now(), *heard);
            // The whole recording heard: close the window as its close button would (a
            // condition, not a time: a loaded machine only makes the run longer).
            if (close_after_heard > 0.0 && heard->measured->heard_seconds >= close_after_heard && !m_closed) {
                m_closed = true;
                SDL_Event quit{};
                quit.type = SDL_QUIT;
                SDL_PushEvent(&quit);
            }
        }
        return heard;
    }
    void anchor(std::size_t sentence) override { m_inner.anchor(sentence); }
    [[nodiscard]] std::optional<std::string> failure() const override { return m_inner.failure(); }

    std::vector<std::pair<Clock::time_point, SpeakerPosition>> reports;
    double close_after_heard = 0.0; // seconds of audio; 0 = never

private:
    PositionSource& m_inner;
    bool m_closed = false;
};

// Passes everything on to the rehearsal and notes when each sentence reached the reading line.
class SentenceLog final : public RunObserver {
public:
    explicit SentenceLog(RunObserver& next) : m_next(next) {}
    void on_event(const PrompterEvent& event, RehearsalRecorder& run) override
    {
        if (event.kind == PrompterEventKind::Started) {
            started = Clock::now() - std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(event.wall));
        }
        if (event.kind == PrompterEventKind::Started || event.kind == PrompterEventKind::SentenceReached) {
            reached.emplace_back(started + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(event.wall)),
                event.sentence);
        }
        m_next.on_event(event, run);
    }
    [[nodiscard]] std::string on_frame(double now, RehearsalRecorder* run) override { return m_next.on_frame(now, run); }
    void on_end(double now, RehearsalRecorder* run) override { m_next.on_end(now, run); }

    Clock::time_point started{};
    std::vector<std::pair<Clock::time_point, std::size_t>> reached;

private:
    RunObserver& m_next;
};


// Holds the delivery measurer back until opened (or destroyed: a failed check must not leave the
// disk thread waiting), to see that closing the window does not wait for the measure.
class MeasureGate {
public:
    MeasureGate() : m_opened(m_open.get_future().share()) {}
    ~MeasureGate() { open(); }
    MeasureGate(const MeasureGate&) = delete;
    MeasureGate& operator=(const MeasureGate&) = delete;
    void open()
    {
        if (!m_done) {
            m_done = true;
            m_open.set_value();
        }
    }
    [[nodiscard]] DeliveryMeasurer measurer() const
    {
        return [opened = m_opened](RehearsalRun& run, const Script& script, const std::filesystem::path& audio,
                   const ScriptReferences& references) {
            opened.wait();
            measure_recorded_run(run, script, audio, references);
        };
    }

private:
    std::promise<void> m_open;
    std::shared_future<void> m_opened;
    bool m_done = false;
};

// The whole run: the speech read through the "microphone", the window listening, the run saved.
// `fast` is a plan far faster than the voice: only following the voice puts the line right.
void check_listening_run(const char* speech_text, const PaceProfile& fast)
{
    const auto microphone = scratch_path("microphone.raw");
    const auto data = scratch_path("data");
    const auto text = scratch_path("speech.txt");
    std::filesystem::create_directories(data);
    std::ofstream(text) << speech_text;
    ScriptArguments arguments;
    arguments.file = text.string();
    const LoadedScript loaded = load_script(arguments);
    REQUIRE(loaded.script.sentences.size() == 6);
    const Synthesised speech = synthesise(loaded, loaded.script.sentences.size());
    {
        std::ofstream raw(microphone, std::ios::binary);
        raw.write(reinterpret_cast<const char*>(speech.pcm.data()), static_cast<std::streamsize>(speech.pcm.size() * 2));
    }
    ::setenv("SDL_VIDEODRIVER", "offscreen", 1);
    ::setenv("SDL_RENDER_DRIVER", "software", 1);
    ::setenv("SDL_AUDIODRIVER", "disk", 1);            // the "microphone" reads this file in real time
    ::setenv("SDL_DISKAUDIOFILEIN", microphone.c_str(), 1);
    ::unsetenv("SDL_DISKAUDIODELAY");                  // the default: one buffer's duration, real time
    ::setenv("XDG_DATA_HOME", data.c_str(), 1);

    const Timing timing = estimate_timing(loaded.script, fast);

    LiveVoice voice(loaded.script, [] { return std::make_unique<SdlCapture>(); });
    voice.open();
    ReportLog reports(voice);
    MeasureGate gate;
    PrompterRehearsal rehearsal(loaded, &voice, {}, RehearsalSaves::DiskThread, gate.measurer());
    SentenceLog observer(rehearsal);
    PrompterAppOptions options;
    options.listener = &reports;
    options.listen_at_start = true;
    options.observer = &observer;
    reports.close_after_heard = speech.seconds() + 0.3; // the whole speech (silence follows it)
    options.quit_after = 300.0;                          // a safety net against a hang only
    const PrompterRun result = run_prompter(loaded.script, timing, options);
    REQUIRE(result.outcome == PrompterOutcome::Closed);
    REQUIRE_FALSE(voice.failure().has_value());
    // The window has closed while the run's delivery is still to be measured (the gate holds the
    // measure back): closing did not wait for it. It lands in the log once let through (below).
    CHECK(rehearsal.measures_pending() == 1);
    CHECK(rehearsal.runs_measured() == 0);
    gate.open();
    REQUIRE(reports.reports.size() > 100);

    // Audio time at each report (what the tracker had heard), so the disk driver's own pace
    // does not count as an error.
    auto audio_time = [&](Clock::time_point when) {
        double heard = 0.0;
        for (const auto& [at, report] : reports.reports) {
            if (at > when) {
                break;
            }
            heard = report.measured->heard_seconds;
        }
        return heard;
    };
    auto line_at = [&](Clock::time_point when) {
        std::size_t sentence = 0;
        for (const auto& [at, reached] : observer.reached) {
            if (at <= when) {
                sentence = reached;
            }
        }
        return sentence;
    };
    // Every 250 ms of the run: the sentence on the reading line against the one being spoken.
    std::vector<double> errors;
    const Clock::time_point first = reports.reports.front().first;
    const Clock::time_point last = reports.reports.back().first;
    for (Clock::time_point t = first + std::chrono::milliseconds(500); t < last; t += std::chrono::milliseconds(250)) {
        const double heard = audio_time(t);
        errors.push_back(speech.error(line_at(t), heard));
        if (std::getenv("PODIUM_LISTEN_TRACE") != nullptr) {
            std::fprintf(stderr, "heard %.2f error %.0f line %zu\n", heard, errors.back(), line_at(t));
        }
    }
    REQUIRE(errors.size() > 20);
    std::vector<double> sorted = errors;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted[sorted.size() / 2];
    WARN("listening run: " << speech.seconds() << " s of audio, median error " << median << " sentences, worst "
                            << sorted.back() << ", " << errors.size() << " samples");
    CHECK(median <= 0.5);
    CHECK(sorted.back() <= 3.0);
    CHECK(line_at(last) + 1 >= speech.starts.size()); // reached the last sentence read (±1)

    // Through the inserted silence (after the tracker's 400 ms to notice), the speaker is
    // reported silent and the reading line holds still.
    std::optional<SpeakerPosition> held;
    std::optional<std::size_t> held_line;
    for (const auto& [at, report] : reports.reports) {
        const double heard = report.measured->heard_seconds;
        if (heard < speech.silence_from + 0.5 || heard > speech.silence_to - 0.05) {
            continue;
        }
        CHECK_FALSE(report.speaking);
        if (!held) {
            held = report;
            held_line = line_at(at);
        }
        CHECK(report.sentence == held->sentence);
        CHECK(report.fraction == held->fraction);
        CHECK(line_at(at) == *held_line);
    }
    REQUIRE(held.has_value());

    // The run was saved, with its per-section voice measures and its WAV beside the log.
    rehearsal.flush(); // the disk thread writes the last save
    CHECK(rehearsal.runs_saved() == 1);
    const RehearsalStore store = user_rehearsal_store();
    const StoreLoadResult stored = store.load(content_hash_hex(loaded.script.text));
    REQUIRE(stored.log.has_value());
    REQUIRE(stored.log->runs.size() == 1);
    const RehearsalRun& run = stored.log->runs.front();
    REQUIRE(run.recording.has_value());
    double speaking = 0.0;
    double pauses = 0.0;
    REQUIRE(run.sections.size() == loaded.script.sections.size());
    for (std::size_t i = 0; i < run.sections.size(); ++i) {
        const SectionResult& section = run.sections[i];
        if (section.voice && !loaded.script.sections[i].parent) { // top level: the subtree's sum
            speaking += section.voice->speaking_seconds;
            pauses += section.voice->pause_seconds;
        }
    }
    INFO("measured speaking " << speaking << " s, pauses " << pauses << " s");
    CHECK(speaking > 0.5 * (speech.seconds() - kSilence));
    CHECK(pauses >= kSilence - 0.5);
    SF_INFO info{};
    SNDFILE* wav = sf_open((store.directory() / run.recording->file).c_str(), SFM_READ, &info);
    REQUIRE(wav != nullptr);
    std::vector<short> recorded(static_cast<std::size_t>(info.frames));
    sf_readf_short(wav, recorded.data(), info.frames);
    sf_close(wav);
    CHECK(info.samplerate == kListenSampleRate);
    CHECK(info.channels == 1);
    CHECK(static_cast<double>(info.frames) / info.samplerate > 0.9 * speech.seconds());
    // It holds the voice: the same loudest sample the microphone file had, within rounding.
    const auto loudest = [](const auto& samples) {
        int peak = 0;
        for (const auto s : samples) {
            peak = std::max(peak, std::abs(static_cast<int>(s)));
        }
        return peak;
    };
    CHECK(std::abs(loudest(recorded) - loudest(speech.pcm)) <= 2);

    // Its delivery was measured from the WAV when the run ended (on the disk thread), along the
    // live follower's visits (no reference sound here): podium report shows it.
    CHECK(rehearsal.runs_measured() == 1);
    CHECK(rehearsal.measures_pending() == 0);
    REQUIRE(run.delivery.has_value());
    CHECK(run.delivery->sentences.size() >= 4);
    CHECK(run.delivery->loudness.has_value());
    CHECK_FALSE(run.delivery->too_quiet);
    // The inserted silence is the longest pause the coach found, about as long as it was. (Where
    // it lies in the WAV depends on when the disk thread opened the file, after the capture
    // started: on a loaded machine the first tenths of a second may not be in it.)
    REQUIRE_FALSE(run.delivery->pauses.empty());
    const Pause longest = *std::max_element(run.delivery->pauses.begin(), run.delivery->pauses.end(),
        [](const Pause& a, const Pause& b) { return a.seconds < b.seconds; });
    CHECK(longest.seconds == Approx(kSilence).margin(0.6));
    std::filesystem::remove(microphone);
    std::filesystem::remove(text);
    std::filesystem::remove_all(data);
}

} // namespace

TEST_CASE("listening, the prompter window follows a Chinese voice heard through the microphone and saves the run with its audio")
{
    PaceProfile fast;
    fast.han_per_minute = 500.0;
    check_listening_run(kChineseSpeech, fast);
}

TEST_CASE("listening, the prompter window follows an English voice heard through the microphone and saves the run with its audio")
{
    PaceProfile fast;
    fast.words_per_minute = 400.0;
    check_listening_run(kEnglishSpeech, fast);
}
