// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/live_voice.hpp"

#include "audio/wav_recorder.hpp"
#include "core/error.hpp"
#include "core/follow/script_follower.hpp"
#include "core/i18n/translate.hpp"

#include <algorithm>
#include <exception>
#include <utility>

namespace podium {

namespace {

constexpr auto kPoll = std::chrono::milliseconds(10);

} // namespace

LiveVoice::LiveVoice(const Script& script, AudioInputOpener open_input)
    : m_script(script), m_open_input(std::move(open_input))
{
}

LiveVoice::~LiveVoice()
{
    close();
    stop_recording();
    if (m_references.valid()) {
        m_references.wait(); // its sink uses this object's mutex
    }
}

void LiveVoice::close()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_worker.joinable()) {
        m_worker.join();
    }
    const std::lock_guard lock(m_mutex);
    m_stop = false;
    m_worker_running = false;
    m_input_open = false;
    m_active = false;
    m_latest.reset();
}

void LiveVoice::open()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_worker_running) {
            return; // the worker has the microphone, or is opening it
        }
    }
    std::unique_ptr<AudioInput> input = m_open_input(); // throws podium::Error
    {
        const std::lock_guard lock(m_mutex);
        m_worker_running = true;
        m_input_open = true;
        m_device_name = input->name();
    }
    start_worker(std::move(input));
}

void LiveVoice::start_worker(std::unique_ptr<AudioInput> input)
{
    if (m_worker.joinable()) {
        m_worker.join(); // a worker that stopped after a failure: it has already returned
    }
    // The worker's entry catches: a throw in opening, tracking or recording becomes the notice
    // "listening stopped: …" and the reading line holds still, never std::terminate.
    m_worker = std::thread([this, input = std::move(input)]() mutable {
        try {
            run(std::move(input));
        } catch (const std::exception& error) {
            stop_after_failure(error.what());
        } catch (...) {
            stop_after_failure("unknown error");
        }
        const std::lock_guard lock(m_mutex);
        m_worker_running = false;
        m_input_open = false;
    });
}

void LiveVoice::stop_after_failure(const std::string& why)
{
    const std::lock_guard lock(m_mutex);
    m_failure = fill_in(_("listening stopped: {}; press L for paced scrolling"), why);
    if (m_latest) {
        m_latest->speaking = false;
    }
}

bool LiveVoice::is_open() const
{
    const std::lock_guard lock(m_mutex);
    return m_input_open && !m_failure;
}

std::string LiveVoice::device_name() const
{
    const std::lock_guard lock(m_mutex);
    return m_device_name;
}

// On the frame thread: only flags under the lock. Opening, starting and stopping the device is
// the worker's (an open takes tens of milliseconds, a frame has 16.7).
void LiveVoice::set_active(bool on, std::size_t sentence)
{
    bool launch = false;
    {
        const std::lock_guard lock(m_mutex);
        if (on && m_failure) {
            // The microphone went away (or never opened, or the worker stopped) and the speaker
            // asks again: start over with whatever microphone is there now.
            m_failure.reset();
            m_reopen = true;
        }
        m_active = on;
        if (on) {
            m_pending_anchor = sentence;
            ++m_generation;
            m_latest.reset(); // nothing heard yet: the reading line waits for the first words
            launch = !m_worker_running;
            m_worker_running = true;
        }
    }
    if (launch) {
        start_worker(nullptr);
    }
    m_wake.notify_all();
}

std::optional<SpeakerPosition> LiveVoice::position()
{
    const std::lock_guard lock(m_mutex);
    return m_active || m_failure ? m_latest : std::nullopt;
}

void LiveVoice::anchor(std::size_t sentence)
{
    const std::lock_guard lock(m_mutex);
    m_pending_anchor = sentence;
    ++m_generation;
    if (m_latest) {
        m_latest->sentence = sentence;
        m_latest->fraction = 0.0;
    }
}

std::optional<std::string> LiveVoice::failure() const
{
    const std::lock_guard lock(m_mutex);
    return m_failure;
}

std::string LiveVoice::start_recording(const std::filesystem::path& path)
{
    try {
        auto recorder = std::make_unique<WavRecorder>(path, kListenSampleRate);
        const std::lock_guard lock(m_record_mutex);
        m_recorder = std::move(recorder);
        m_recording_started = Clock::now();
    } catch (const Error& error) {
        return error.what();
    }
    return {};
}

void LiveVoice::stop_recording()
{
    const std::lock_guard lock(m_record_mutex);
    m_recorder.reset(); // closes: the final header
}

std::vector<std::shared_ptr<const ScriptReference>> LiveVoice::references() const
{
    const std::lock_guard lock(m_mutex);
    return m_made_references;
}

std::string LiveVoice::take_recording_problem()
{
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_recording_problem, {});
}

// On the worker: what was heard goes to the file; while listening is off the file gets silence
// up to the wall clock, so a section's start in the run is the same moment in the file.
void LiveVoice::record(const std::vector<float>& heard, bool active)
{
    const std::lock_guard lock(m_record_mutex);
    if (!m_recorder) {
        return;
    }
    std::string problem = m_recorder->write(heard);
    if (!active) {
        const double elapsed = std::chrono::duration<double>(Clock::now() - m_recording_started).count();
        const auto due = static_cast<std::int64_t>(elapsed * kListenSampleRate);
        if (due > m_recorder->frames()) {
            const std::vector<float> silence(static_cast<std::size_t>(due - m_recorder->frames()), 0.0f);
            problem = m_recorder->write(silence);
        }
    }
    if (!problem.empty()) {
        const std::lock_guard state(m_mutex);
        m_recording_problem = problem;
    }
}

// On the worker: the renderings made since the last call go to the follower, the first with
// word of how many there will be, the others to catch up with it.
void LiveVoice::take_references(ScriptFollower& follower)
{
    std::vector<std::shared_ptr<const ScriptReference>> ready;
    {
        const std::lock_guard lock(m_mutex);
        ready.swap(m_ready_references);
    }
    for (std::shared_ptr<const ScriptReference>& reference : ready) {
        if (m_made_references_given == 0) {
            follower.set_references({reference}, {}, m_make_references.renderings);
        } else {
            (void)follower.add_reference(reference); // false: too late, the follower goes on without it
        }
        ++m_made_references_given;
        const std::lock_guard lock(m_mutex);
        m_made_references.push_back(std::move(reference));
    }
    if (m_references.valid() && m_references.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        try {
            m_references.get();
        } catch (const std::exception&) {
            // No (further) reference: eSpeak missing, a voice not installed. What there is leads.
        }
    }
}

// On the worker: a microphone, or nothing and the reason as failure() (tried once per L).
std::unique_ptr<AudioInput> LiveVoice::open_on_worker()
{
    try {
        return m_open_input();
    } catch (const Error& error) {
        const std::lock_guard lock(m_mutex);
        m_failure = fill_in(_("listening is off: {}"), error.what());
        return nullptr;
    }
}

void LiveVoice::run(std::unique_ptr<AudioInput> input)
{
    ScriptFollower follower(m_script, static_cast<double>(kListenSampleRate));
    std::vector<float> heard;
    heard.reserve(kListenSampleRate);
    bool lost = false;
    bool capturing = false;
    bool open_failed = false;
    bool references_started = false;
    std::size_t reported_drops = 0;
    double speech_energy = 0.0;
    for (;;) {
        bool active = false;
        bool reopen = false;
        std::optional<std::size_t> anchor;
        std::uint64_t generation = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, kPoll, [this] { return m_stop; });
            if (m_stop) {
                return; // `input` closes the microphone here, on this thread
            }
            active = m_active;
            reopen = std::exchange(m_reopen, false);
            anchor = std::exchange(m_pending_anchor, std::nullopt);
            generation = m_generation;
        }
        if (reopen) {
            input.reset();
            capturing = lost = open_failed = false;
            reported_drops = 0;
            const std::lock_guard lock(m_mutex);
            m_input_open = false;
        }
        if (!input && active && !open_failed) {
            input = open_on_worker();
            open_failed = input == nullptr;
            if (input) {
                const std::lock_guard lock(m_mutex);
                m_input_open = true;
                m_device_name = input->name();
            }
        }
        if (!input) {
            continue;
        }
        // The script's reference sound is made once, from the first microphone on.
        if (m_make_references && !references_started) {
            m_references = std::async(std::launch::async, [this] {
                m_make_references.make([this](std::shared_ptr<const ScriptReference> reference) {
                    const std::lock_guard lock(m_mutex);
                    m_ready_references.push_back(std::move(reference));
                });
            });
            references_started = true;
        }
        if (active != capturing) {
            active ? input->start() : input->stop();
            capturing = active;
        }
        take_references(follower);
        heard.clear();
        input->take(heard);
        // Audio the capture ring had to drop (this worker fell behind) is said once per burst.
        if (const std::size_t dropped = input->dropped(); dropped > reported_drops) {
            const double seconds = static_cast<double>(dropped - reported_drops) / kListenSampleRate;
            reported_drops = dropped;
            const std::lock_guard lock(m_mutex);
            m_recording_problem = fill_in(_("listening fell behind: {} s of the microphone's audio were dropped"),
                std::to_string(seconds).substr(0, 4));
        }
        if (anchor) {
            follower.anchor(*anchor);
        }
        record(heard, active);
        if (active && !heard.empty()) {
            follower.feed(heard);
            const FollowPosition at = follower.position();
            const VoiceActivity activity = follower.activity();
            // The level of what was said (the live coach's "louder"): the block's energy when the
            // follower hears speech, summed, so any stretch's level is a difference of two totals.
            if (activity.speaking) {
                double squares = 0.0;
                for (const float sample : heard) {
                    squares += static_cast<double>(sample) * sample;
                }
                speech_energy += squares / kListenSampleRate;
            }
            const std::lock_guard lock(m_mutex);
            if (generation == m_generation && !m_failure) {
                m_latest = SpeakerPosition{at.sentence, at.fraction, at.speaking,
                    VoiceTotals{activity.time, activity.speech_seconds, activity.syllables, speech_energy}};
            }
        }
        if (!lost && input->lost()) {
            lost = true;
            {
                const std::lock_guard lock(m_record_mutex);
                if (m_recorder) {
                    m_recorder->flush(); // the file is valid as it stands
                }
            }
            const std::lock_guard lock(m_mutex);
            m_failure = fill_in(_("the microphone ({}) went away: the reading line holds still; press L for paced scrolling"),
                input->name());
            if (m_latest) {
                m_latest->speaking = false;
            }
        }
    }
}

} // namespace podium
