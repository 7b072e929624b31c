// SPDX-License-Identifier: GPL-3.0-or-later
// The live voice: a worker takes what the microphone heard, follows the script with the core's
// ScriptFollower and writes the rehearsal's WAV. Driven by a scripted input (no sound card),
// faster than real time; bad input must give a message or hold still, never a crash, and the
// WAV must stay valid.
#include "audio/live_voice.hpp"
#include "core/error.hpp"
#include "core/follow/mfcc_extractor.hpp"
#include "core/follow/script_reference.hpp"
#include "core/follow/synthetic_voice.hpp"
#include "core/text/load.hpp"

#include "support/wait.hpp"
#include "support/scratch.hpp"

#include <catch2/catch.hpp>

#include <sndfile.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <unistd.h>

using namespace podium;
using podium::testing::scratch_path;
using podium::test::SyntheticVoice;
using podium::test::wait_until;

namespace {

const char* const kSpeech =
    "同志们，今天我们在这里召开会议。这次会议的主要任务是总结工作，部署下一步任务。大家都要认真听。\n"
    "过去一年，我们克服了很多困难。经济发展稳中有进，人民生活持续改善。这些成绩来之不易。\n";

// Plays a prepared signal, 100 ms per take (ten times real time at the worker's 10 ms poll),
// and can vanish like an unplugged USB microphone.
class ScriptedInput final : public AudioInput {
public:
    ScriptedInput(std::vector<float> samples, std::size_t lose_after) : m_samples(std::move(samples)), m_lose_after(lose_after) {}
    void start() override { const std::lock_guard lock(m_mutex); m_started = true; }
    void stop() override { const std::lock_guard lock(m_mutex); m_started = false; }
    void take(std::vector<float>& out) override
    {
        const std::lock_guard lock(m_mutex);
        if (!m_started) {
            return;
        }
        // The worker takes, then follows, records and checks lost() before it takes again: a
        // take after the end means everything before it has been handled.
        if (m_at >= std::min(m_samples.size(), m_lose_after)) {
            m_drained = true;
            m_changed.notify_all();
        }
        const std::size_t end = std::min({m_at + 1600, m_samples.size(), m_lose_after});
        out.insert(out.end(), m_samples.begin() + static_cast<std::ptrdiff_t>(m_at), m_samples.begin() + static_cast<std::ptrdiff_t>(end));
        m_at = end;
    }
    [[nodiscard]] bool lost() const override { const std::lock_guard lock(m_mutex); return m_at >= m_lose_after; }
    [[nodiscard]] std::string name() const override { return "Scripted USB microphone"; }
    // Waits until the worker has handled everything this input had to give (a generous
    // deadline only so that a hang fails the test instead of blocking ctest).
    [[nodiscard]] bool wait_drained() const
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::seconds(120), [this] { return m_drained; });
    }

private:
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    bool m_drained = false;
    std::vector<float> m_samples;
    std::size_t m_lose_after;
    std::size_t m_at = 0;
    bool m_started = false;
};

// A reader of the speech above: the first `sentences` sentences, clause by clause, 5
// syllables a second, 1 s between sentences (clauses as the script's punctuation has them).
std::vector<float> reading(std::size_t sentences)
{
    // Syllables per clause of the first sentences: 同志们 | 今天我们在这里召开会议 ||
    // 这次会议的主要任务是总结工作 | 部署下一步任务 || 大家都要认真听 ||
    const std::vector<std::vector<std::size_t>> clauses = {{3, 11}, {14, 7}, {7}, {12}};
    SyntheticVoice voice;
    voice.silence(0.5);
    for (std::size_t s = 0; s < sentences && s < clauses.size(); ++s) {
        for (std::size_t c = 0; c < clauses[s].size(); ++c) {
            voice.syllables(clauses[s][c], 0.3, 0.2);
            if (c + 1 < clauses[s].size()) {
                voice.silence(0.35);
            }
        }
        voice.silence(1.0);
    }
    return voice.samples();
}

sf_count_t wav_frames(const std::filesystem::path& path)
{
    SF_INFO info{};
    SNDFILE* file = sf_open(path.c_str(), SFM_READ, &info);
    if (file == nullptr) {
        return -1;
    }
    sf_close(file);
    return info.frames;
}

struct Listening {
    Script script = build_script(kSpeech, ScriptFormat::PlainText);
    std::atomic<ScriptedInput*> input{nullptr}; // set on the worker, which opens the microphone
    std::unique_ptr<LiveVoice> voice;

    Listening(std::vector<float> samples, std::size_t lose_after = static_cast<std::size_t>(-1))
    {
        voice = std::make_unique<LiveVoice>(script, [this, samples = std::move(samples), lose_after]() mutable {
            auto scripted = std::make_unique<ScriptedInput>(std::move(samples), lose_after);
            input = scripted.get();
            return scripted;
        });
    }

    // Until the input has played everything (or gave up) and the worker caught up.
    void wait() const
    {
        REQUIRE(wait_until([this] { return input.load() != nullptr; }));
        REQUIRE(input.load()->wait_drained());
    }
};

} // namespace

TEST_CASE("no microphone: following fails with a clear message and reports no position")
{
    Script script = build_script(kSpeech, ScriptFormat::PlainText);
    LiveVoice voice(script, []() -> std::unique_ptr<AudioInput> { throw Error("no microphone (no capture device)"); });
    CHECK_THROWS_AS(voice.open(), Error);
    voice.set_active(true, 0);
    REQUIRE(wait_until([&] { return voice.failure().has_value(); }));
    CHECK(voice.failure()->find("no microphone") != std::string::npos);
    CHECK_FALSE(voice.position().has_value());
}

TEST_CASE("a reader heard through the microphone moves the position on, and the run's audio is recorded")
{
    const auto wav = scratch_path("reading.wav");
    const std::vector<float> samples = reading(3);
    Listening listening(samples);
    // The file first: the worker may take the first 100 ms as soon as it is active.
    REQUIRE(listening.voice->start_recording(wav).empty());
    listening.voice->set_active(true, 0);
    REQUIRE_FALSE(listening.voice->failure().has_value());
    listening.wait();
    const auto heard = listening.voice->position();
    REQUIRE(heard.has_value());
    CHECK(heard->sentence >= 2);
    REQUIRE(heard->measured.has_value());
    CHECK(heard->measured->heard_seconds == Approx(static_cast<double>(samples.size()) / 16000.0).margin(0.05));
    CHECK(heard->measured->speech_seconds > 5.0);
    CHECK(heard->measured->syllables > 20.0);
    listening.voice->stop_recording();
    CHECK(wav_frames(wav) == static_cast<sf_count_t>(samples.size()));
    std::filesystem::remove(wav);
}

TEST_CASE("an anchor takes effect at once: the next report is from the chosen sentence")
{
    Listening listening(reading(1));
    listening.voice->set_active(true, 0);
    listening.wait();
    listening.voice->anchor(4);
    const auto heard = listening.voice->position();
    REQUIRE(heard.has_value());
    CHECK(heard->sentence == 4);
    CHECK(heard->fraction == 0.0);
}

TEST_CASE("a microphone that goes away mid-run: a message, the position holds, the WAV stays valid")
{
    const auto wav = scratch_path("lost.wav");
    const std::vector<float> samples = reading(3);
    Listening listening(samples, 16000 * 4); // unplugged four seconds in
    REQUIRE(listening.voice->start_recording(wav).empty()); // before the worker takes anything
    listening.voice->set_active(true, 0);
    listening.wait();
    REQUIRE(listening.voice->failure().has_value());
    CHECK(listening.voice->failure()->find("went away") != std::string::npos);
    const auto heard = listening.voice->position();
    REQUIRE(heard.has_value());
    CHECK_FALSE(heard->speaking); // holds still
    // Even before it is finalised the file is a WAV with what was heard.
    CHECK(wav_frames(wav) >= 3 * 16000);
    listening.voice->stop_recording();
    CHECK(wav_frames(wav) == 4 * 16000);
    // L again opens the microphone afresh (here it is back): the old message is gone. A
    // microphone that is still missing says so again (live_voice_failure_test.cpp).
    listening.voice->set_active(false, 0);
    listening.voice->set_active(true, 0);
    CHECK_FALSE(listening.voice->failure().has_value());
    std::filesystem::remove(wav);
}

TEST_CASE("silence only: the reading line stays at the start and nobody is speaking")
{
    Listening listening(SyntheticVoice().silence(6.0).samples());
    listening.voice->set_active(true, 0);
    listening.wait();
    const auto heard = listening.voice->position();
    REQUIRE(heard.has_value());
    CHECK(heard->sentence == 0);
    CHECK(heard->fraction < 0.02); // a breath of the first sentence at most
    CHECK_FALSE(heard->speaking);
}

TEST_CASE("noise only: no speaker is invented and the reading line stays near the start")
{
    Listening listening(SyntheticVoice().silence(0.5).burst(8.0, 0.05).samples());
    listening.voice->set_active(true, 0);
    listening.wait();
    const auto heard = listening.voice->position();
    REQUIRE(heard.has_value());
    CHECK(heard->sentence <= 1);
    CHECK_FALSE(heard->speaking);
}

TEST_CASE("a clipping microphone is followed without a crash and recorded as a valid WAV")
{
    const auto wav = scratch_path("clipping.wav");
    std::vector<float> samples = reading(2);
    for (float& sample : samples) {
        sample = std::clamp(sample * 20.0f, -1.0f, 1.0f); // hard clipped at full scale
    }
    Listening listening(samples);
    REQUIRE(listening.voice->start_recording(wav).empty()); // before the worker takes anything
    listening.voice->set_active(true, 0);
    listening.wait();
    const auto heard = listening.voice->position();
    REQUIRE(heard.has_value());
    CHECK(heard->sentence < listening.script.sentences.size());
    listening.voice->stop_recording();
    CHECK(wav_frames(wav) == static_cast<sf_count_t>(samples.size()));
    std::filesystem::remove(wav);
}

namespace {

// Holds the second rendering back until released.
struct Gate {
    std::mutex mutex;
    std::condition_variable changed;
    bool open = false;
    void release()
    {
        const std::lock_guard lock(mutex);
        open = true;
        changed.notify_all();
    }
    void wait()
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [this] { return open; });
    }
};

// Releases the gate however the test ends: a failed check must not leave the reference thread
// (which the live voice waits for as it is destroyed) waiting for ever.
struct ReleaseOnExit {
    std::shared_ptr<Gate> gate;
    ~ReleaseOnExit() { gate->release(); }
};

} // namespace

TEST_CASE("the script's reference renderings reach the follower one by one, as each is made")
{
    const std::vector<float> samples = reading(3);
    Listening listening(samples);
    // A rendering of the reading itself (its sentences as the reader spoke them), twice.
    const std::vector<FeatureFrame> frames = extract_features(samples);
    const std::vector<ReferenceSentence> sentences{{0, 0.5, 3.5}, {1, 4.5, 9.0}, {2, 10.0, 12.0}};
    const auto rendering = std::make_shared<const ScriptReference>(frames, sentences, listening.script.sentences.size());
    REQUIRE_FALSE(rendering->empty());
    auto gate = std::make_shared<Gate>();
    const ReleaseOnExit release_on_exit{gate};
    listening.voice->set_reference_maker(ReferenceMaker{[rendering, gate](const ReferenceSink& ready) {
                                                            ready(rendering);
                                                            gate->wait();
                                                            ready(rendering);
                                                        },
        2});
    listening.voice->set_active(true, 0);
    REQUIRE(wait_until([&] { return listening.voice->references().size() == 1; }));
    // Listening goes on with the first while the second is being made.
    REQUIRE(wait_until([&] { return listening.voice->position().has_value(); }));
    CHECK(listening.voice->references().size() == 1);
    gate->release();
    REQUIRE(wait_until([&] { return listening.voice->references().size() == 2; }));
    listening.wait();
    const auto heard = listening.voice->position();
    REQUIRE(heard.has_value());
    CHECK(heard->sentence >= 1);
}
