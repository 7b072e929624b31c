// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "audio/audio_input.hpp"
#include "core/prompter/position_source.hpp"
#include "core/script/script.hpp"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace podium {

class WavRecorder;
class ScriptFollower;
class ScriptReference;

// Makes the script's reference sound (renderings in one or more registers), handing each to
// the sink as soon as it is made: slow (eSpeak, the disk cache), so LiveVoice runs it on a
// thread of its own while the timing follower leads, and the content follower leads from the
// first rendering on. Throws to say it could not make them.
using ReferenceSink = std::function<void(std::shared_ptr<const ScriptReference>)>;
struct ReferenceMaker {
    std::function<void(const ReferenceSink&)> make;
    std::size_t renderings = 0; // how many `make` hands over in all
    explicit operator bool() const { return static_cast<bool>(make); }
};

// The speaker's own voice as the prompter's position source (--listen, L). A worker thread
// opens the microphone, takes what it captured (SDL's audio thread fills a ring), feeds the
// core's ScriptFollower and writes the rehearsal's WAV, so the frame loop only ever copies the
// latest position out under a lock: it never waits for a device to open, for audio, tracking or
// the disk. The worker alone owns the microphone once it runs.
class LiveVoice final : public PositionSource {
public:
    LiveVoice(const Script& script, AudioInputOpener open_input);
    ~LiveVoice() override;
    LiveVoice(const LiveVoice&) = delete;
    LiveVoice& operator=(const LiveVoice&) = delete;

    // Listening follows the speaker's sound against the script's own once `make` has made it
    // (started with the microphone; a failure leaves the timing follower in charge). Call
    // before open().
    void set_reference_maker(ReferenceMaker make) { m_make_references = std::move(make); }

    // Opens the microphone now, on the calling thread (at startup for --listen, so a missing
    // one is one clear line before the window opens). Throws podium::Error. Otherwise
    // set_active(true) has the worker open it, and an open that fails becomes failure().
    void open();
    // A microphone is open (the worker has it) and nothing has failed. False while the worker
    // is still opening one after set_active(true).
    [[nodiscard]] bool is_open() const;
    // The open microphone's name (empty until the worker has opened it).
    [[nodiscard]] std::string device_name() const;

    void set_active(bool on, std::size_t sentence) override;
    [[nodiscard]] std::optional<SpeakerPosition> position() override;
    void anchor(std::size_t sentence) override;
    [[nodiscard]] std::optional<std::string> failure() const override;

    // Rehearsal audio: from now on what is heard goes to `path` (16 kHz mono WAV); while
    // listening is off, silence keeps the file in step with the run's clock. Returns an empty
    // string or a one-line message (the run goes on without audio).
    [[nodiscard]] std::string start_recording(const std::filesystem::path& path);
    // Finalises the file (also on destruction).
    void stop_recording();
    // The script's reference sound once it has been made (empty before, or when it could not
    // be): the run's delivery is measured against it when the run ends. Any thread.
    [[nodiscard]] std::vector<std::shared_ptr<const ScriptReference>> references() const;
    // A problem to show since the last call, once: a write problem (disk full), or audio the
    // capture ring dropped because this worker fell behind.
    [[nodiscard]] std::string take_recording_problem();

private:
    using Clock = std::chrono::steady_clock;
    void start_worker(std::unique_ptr<AudioInput> input); // null: the worker opens one
    void run(std::unique_ptr<AudioInput> input);
    [[nodiscard]] std::unique_ptr<AudioInput> open_on_worker();
    void stop_after_failure(const std::string& why);
    void close(); // joins the worker, which closes the microphone
    void record(const std::vector<float>& heard, bool active);
    void take_references(ScriptFollower& follower);

    const Script& m_script;
    AudioInputOpener m_open_input;
    ReferenceMaker m_make_references;
    std::future<void> m_references;        // the reference thread, started by the worker
    std::size_t m_made_references_given = 0; // renderings given to the follower (the worker's)
    std::thread m_worker;

    mutable std::mutex m_mutex;            // everything below, between the frame thread and the worker
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_worker_running = false;         // set by whoever starts it, cleared by the worker as it ends
    bool m_reopen = false;                 // L after a failure: close the microphone, open one afresh
    bool m_input_open = false;
    std::string m_device_name;
    bool m_active = false;
    std::optional<std::size_t> m_pending_anchor;
    std::uint64_t m_generation = 0;        // bumped by every anchor: older results are stale
    std::optional<SpeakerPosition> m_latest;
    std::optional<std::string> m_failure;
    std::string m_recording_problem;
    std::vector<std::shared_ptr<const ScriptReference>> m_made_references;   // given to the follower
    std::vector<std::shared_ptr<const ScriptReference>> m_ready_references;  // made, not yet given

    std::mutex m_record_mutex;             // the recorder, between start/stop and the worker's writes
    std::unique_ptr<WavRecorder> m_recorder;
    Clock::time_point m_recording_started{};
};

} // namespace podium
