// SPDX-License-Identifier: GPL-3.0-or-later
// Failures of the live voice reach the user and clear when their cause is gone (issue 22).
#include "audio/live_voice.hpp"
#include "core/error.hpp"
#include "core/script/script.hpp"

#include "support/wait.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <future>
#include <stdexcept>
#include <thread>

using namespace podium;
using podium::test::wait_until;

namespace {

// A microphone whose take() throws, as a broken driver or an allocation failure would.
class ThrowingInput final : public AudioInput {
public:
    void start() override {}
    void stop() override {}
    void take(std::vector<float>&) override { throw std::runtime_error("driver exploded"); }
    [[nodiscard]] bool lost() const override { return false; }
    [[nodiscard]] std::string name() const override { return "broken microphone"; }
};

// A microphone that delivers silence.
class QuietInput final : public AudioInput {
public:
    void start() override {}
    void stop() override {}
    void take(std::vector<float>& out) override { out.insert(out.end(), 160, 0.0f); }
    [[nodiscard]] bool lost() const override { return false; }
    [[nodiscard]] std::string name() const override { return "quiet microphone"; }
};


} // namespace

TEST_CASE("an exception in the live voice's worker becomes a notice, not std::terminate")
{
    const Script script = build_script("First sentence here. Second one.", ScriptFormat::PlainText);
    LiveVoice voice(script, [] { return std::make_unique<ThrowingInput>(); });
    voice.set_active(true, 0);
    REQUIRE(wait_until([&] { return voice.failure().has_value(); }));
    CHECK(voice.failure()->find("listening stopped: driver exploded") != std::string::npos);
}

TEST_CASE("no microphone, then one plugged in and L pressed: it listens, and the old message is gone")
{
    const Script script = build_script("First sentence here. Second one.", ScriptFormat::PlainText);
    std::atomic<bool> plugged{false};
    LiveVoice voice(script, [&]() -> std::unique_ptr<AudioInput> {
        if (!plugged) {
            throw Error("no microphone (no capture device)");
        }
        return std::make_unique<QuietInput>();
    });
    voice.set_active(true, 0); // the worker tries to open it, off the frame thread
    REQUIRE(wait_until([&] { return voice.failure().has_value(); }));
    CHECK(voice.failure()->find("no microphone") != std::string::npos);
    CHECK_FALSE(voice.is_open());
    voice.set_active(false, 0); // the app hands the lead back to the plan
    plugged = true;
    voice.set_active(true, 0); // L again
    CHECK_FALSE(voice.failure().has_value());
    REQUIRE(wait_until([&] { return voice.is_open(); })); // opened by the worker
    CHECK(voice.device_name() == "quiet microphone");
    REQUIRE(wait_until([&] { return voice.position().has_value(); }));
    CHECK_FALSE(voice.position()->speaking);
}

TEST_CASE("a microphone that failed while listening is opened afresh when L is pressed again")
{
    const Script script = build_script("First sentence here. Second one.", ScriptFormat::PlainText);
    std::atomic<int> opened{0};
    LiveVoice voice(script, [&]() -> std::unique_ptr<AudioInput> {
        if (opened++ == 0) {
            return std::make_unique<ThrowingInput>();
        }
        return std::make_unique<QuietInput>();
    });
    voice.set_active(true, 0);
    REQUIRE(wait_until([&] { return voice.failure().has_value(); }));
    voice.set_active(false, 0);
    voice.set_active(true, 0);
    CHECK_FALSE(voice.failure().has_value());
    REQUIRE(wait_until([&] { return voice.position().has_value(); }));
    CHECK(opened == 2);
}

TEST_CASE("L never waits for the microphone to open: the live voice's worker opens it while frames go on")
{
    const Script script = build_script("First sentence here. Second one.", ScriptFormat::PlainText);
    std::promise<void> unblock;
    const std::shared_future<void> unblocked = unblock.get_future().share();
    std::atomic<bool> opening{false};
    std::thread::id opened_on;
    // A device that takes its time to open, as a Bluetooth headset or a busy sound server does.
    LiveVoice voice(script, [&]() -> std::unique_ptr<AudioInput> {
        opened_on = std::this_thread::get_id();
        opening = true;
        (void)unblocked.wait_for(std::chrono::seconds(30));
        return std::make_unique<QuietInput>();
    });
    voice.set_active(true, 0); // what the frame thread does on L: it returns at once
    REQUIRE(wait_until([&] { return opening.load(); }));
    CHECK_FALSE(voice.is_open()); // still opening
    CHECK_FALSE(voice.failure().has_value());
    CHECK_FALSE(voice.position().has_value());
    unblock.set_value();
    REQUIRE(wait_until([&] { return voice.is_open(); }));
    CHECK(opened_on != std::this_thread::get_id());
    REQUIRE(wait_until([&] { return voice.position().has_value(); }));
}
