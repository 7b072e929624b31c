// SPDX-License-Identifier: GPL-3.0-or-later
// Frame cost with listening on (issue 11): the prompter's frame (model + paint, software
// renderer, 1920×1080, 64 px) with and without the live voice leading, interleaved in one run.
// With listening on, a worker thread follows a synthetic voice arriving in real time (as from
// the microphone) and the frame asks it for the position and follows it, as the app does.
// Prints the frame thread's CPU time per frame (what the frame loop pays) and the worker's CPU
// share of one core (what tracking costs). A third mode adds the live coach (issue 26): it
// observes every frame and its cue is drawn on every frame (the worst case: a real cue shows
// for 4 s at most once every 20 s). Never fails on timing.
#include "audio/live_voice.hpp"
#include "core/coach/live_coach.hpp"
#include "core/prompter/prompter_model.hpp"
#include "core/text/load.hpp"
#include "core/timing/estimate.hpp"
#include "display/font_locator.hpp"
#include "display/offscreen_frame.hpp"
#include "display/prompter_scene.hpp"
#include "display/sdl_handles.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <mutex>
#include <numbers>
#include <optional>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double thread_cpu_ms()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

double process_cpu_ms()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// A voice arriving in real time: 150 Hz buzz with harmonics, five syllables a second, a
// breath every two seconds.
class RealTimeVoice final : public podium::AudioInput {
public:
    void start() override { const std::lock_guard lock(m_mutex); m_on = true; m_last = Clock::now(); }
    void stop() override { const std::lock_guard lock(m_mutex); m_on = false; }
    void take(std::vector<float>& out) override
    {
        const std::lock_guard lock(m_mutex);
        if (!m_on) {
            return;
        }
        const auto now = Clock::now();
        const auto due = static_cast<std::size_t>(std::chrono::duration<double>(now - m_last).count() * podium::kListenSampleRate);
        if (due == 0) {
            return;
        }
        m_last = now;
        for (std::size_t i = 0; i < due; ++i, ++m_n) {
            const double t = static_cast<double>(m_n) / podium::kListenSampleRate;
            const double in_breath = std::fmod(t, 2.0);
            const double envelope = in_breath > 1.6 ? 0.0 : 0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * 5.0 * t);
            double value = 0.0;
            for (int h = 1; h <= 10; ++h) {
                value += std::sin(2.0 * std::numbers::pi * 150.0 * h * t) / h;
            }
            out.push_back(static_cast<float>(0.15 * envelope * value));
        }
    }
    [[nodiscard]] bool lost() const override { return false; }
    [[nodiscard]] std::string name() const override { return "bench voice"; }

private:
    std::mutex m_mutex;
    bool m_on = false;
    Clock::time_point m_last{};
    std::size_t m_n = 0;
};

struct Stats {
    double median = 0.0;
    double p99 = 0.0;
};

Stats stats(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples[std::min(samples.size() - 1, samples.size() * 99 / 100)]};
}

} // namespace

int main()
{
    const podium::TtfLibrary ttf;
    const podium::FontChoice font = podium::locate_font(podium::font_folders());
    std::ifstream in(std::string(PODIUM_SOURCE_DIR) + "/docs/samples/welcome-zh.txt", std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    podium::LoadResult decoded = podium::decode_text(bytes);
    const podium::Script script = podium::build_script(std::move(decoded.text), podium::ScriptFormat::PlainText);
    const podium::Timing timing = podium::estimate_timing(script, podium::PaceProfile{});
    podium::PrompterScene scene(script, timing, font);
    scene.fit(1920, 64);
    podium::OffscreenFrame frame(1920, 1080, font);
    podium::PrompterOptions options;
    options.font_size = 64;
    options.countdown_seconds = 0.0;

    podium::LiveVoice voice(script, [] { return std::make_unique<RealTimeVoice>(); });
    voice.open();

    constexpr int rounds = 6;
    constexpr int frames = 180; // 3 s at 60 fps per round and mode
    std::vector<double> paced_cpu;
    std::vector<double> listening_cpu;
    std::vector<double> coached_cpu;
    std::vector<double> observe_cpu;
    double worker_ms = 0.0;
    double listening_wall_ms = 0.0;
    for (int round = 0; round < rounds; ++round) {
        for (const int mode : {0, 1, 2}) {
            const bool listening = mode >= 1;
            const bool coached = mode == 2;
            podium::LiveCoach coach(podium::CoachMode::On);
            const podium::Cue cue{podium::CueKind::SectionOver, 0.0, 1e9, 40.0};
            podium::PrompterModel model(script, timing, scene.layout(), options);
            if (listening) {
                model.set_lead(podium::Lead::Speaker);
                voice.set_active(true, 0);
            }
            const double process_before = process_cpu_ms();
            const double frame_thread_before = thread_cpu_ms();
            const auto wall_before = Clock::now();
            for (int i = 0; i < frames; ++i) {
                const auto frame_start = Clock::now();
                const double cpu_start = thread_cpu_ms();
                std::optional<podium::SpeakerPosition> heard;
                if (listening) {
                    heard = voice.position();
                    if (heard) {
                        model.follow(*heard);
                    }
                }
                model.advance(1.0 / 60.0);
                podium::FrameContent content = scene.content(model.view());
                if (coached) {
                    // What RunTracker::coach does each frame, then the cue's words and pill.
                    const double observe_start = thread_cpu_ms();
                    const podium::PrompterView& view = content.view;
                    podium::LiveSample sample;
                    sample.now = i / 60.0;
                    sample.running = true;
                    sample.elapsed = view.elapsed;
                    sample.position = view.position;
                    sample.section = view.current_section;
                    sample.section_actual = view.section_actual;
                    sample.section_planned = view.section_planned;
                    sample.listening = heard.has_value();
                    sample.speaking = heard && heard->speaking;
                    sample.voice = heard ? heard->measured : std::nullopt;
                    coach.observe(sample);
                    content.cue = podium::cue_text(coach.cue(sample.now).value_or(cue));
                    observe_cpu.push_back(thread_cpu_ms() - observe_start);
                }
                frame.paint(content);
                SDL_RenderPresent(frame.renderer());
                (coached ? coached_cpu : listening ? listening_cpu : paced_cpu).push_back(thread_cpu_ms() - cpu_start);
                // Real frames: the voice arrives in real time, so the frames must take it too.
                std::this_thread::sleep_until(frame_start + std::chrono::microseconds(16667));
            }
            if (listening) {
                // Everything the process spent beyond the frame thread: the worker (and SDL's
                // idle threads, if any).
                worker_ms += (process_cpu_ms() - process_before) - (thread_cpu_ms() - frame_thread_before);
                listening_wall_ms += std::chrono::duration<double, std::milli>(Clock::now() - wall_before).count();
                voice.set_active(false, 0);
            }
        }
    }
    const Stats paced = stats(paced_cpu);
    const Stats listening = stats(listening_cpu);
    std::printf("frame CPU time, 1920x1080, 64 px, Chinese sample, %d frames per mode (interleaved rounds):\n",
        rounds * frames);
    std::printf("  paced (listening off): median %.3f ms, p99 %.3f ms\n", paced.median, paced.p99);
    std::printf("  listening on:          median %.3f ms, p99 %.3f ms\n", listening.median, listening.p99);
    const Stats coached = stats(coached_cpu);
    const Stats observe = stats(observe_cpu);
    std::printf("  listening + live coach, a cue drawn every frame: median %.3f ms, p99 %.3f ms\n", coached.median,
        coached.p99);
    std::printf("  of which the coach's decision and the cue's words: median %.4f ms, p99 %.4f ms\n", observe.median,
        observe.p99);
    std::printf("live voice worker (tracker + aligner at 16 kHz, off the frame thread): %.2f%% of one core\n",
        100.0 * worker_ms / listening_wall_ms);
    return 0;
}
