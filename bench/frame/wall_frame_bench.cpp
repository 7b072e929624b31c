// SPDX-License-Identifier: GPL-3.0-or-later
// Wall-clock frame times of the real prompter run (issue 22): the app's own frame loop in an
// offscreen window (software renderer, 1920×1080), timed by its frame probe — the wall-clock
// time the frame thread was busy on each frame, everything it waited for included (the disk, a
// lock, eSpeak's start), the loop's pacing sleep excluded. With any combination of
//   recording: every run is a rehearsal, saved every 5 s into a log that already holds 100 runs;
//   listening: the speaker's voice leads, heard from a recording through SDL's disk audio
//              driver (SDL_AUDIODRIVER=disk, SDL_DISKAUDIOFILEIN) and recorded to a WAV;
//   clients:   8 phone remotes polling the state 10 times a second.
// "before" rows run the same with RehearsalSaves::FrameThread: the rehearsal is saved as Podium
// did before the disk thread — every 5 s the frame thread re-reads and re-parses the whole log,
// merges the run in, re-serialises it and writes it atomically (fsync, rename), and it opens and
// finalises the run's WAV itself. Everything else (listening, clients, drawing) is today's code,
// so the difference between "all on" and "all on, before" is the disk work moved off the frame.
// Prints p50, p99, p99.9, max and the frames over 16.7 ms per configuration. Never fails on
// timing. Usage: podium_wall_frame_bench [--minutes N (default 10)] [--seconds N] [--only all]
#include "app/loaded_script.hpp"
#include "app/prompter_run.hpp"
#include "app/rehearsal_access.hpp"
#include "core/rehearsal/rehearsal_simulator.hpp"
#include "core/rehearsal/rehearsal_recorder.hpp"
#include "core/timing/estimate.hpp"
#include "remote/remote_server.hpp"
#include "speech/audio_file_reader.hpp"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

using namespace podium;

struct Config {
    const char* name;
    bool recording;
    bool listening;
    bool clients;
    bool before = false; // saves on the frame thread, as before the disk thread
};

// The recording the microphone "hears": a human reading, 16 kHz mono S16 raw as SDL's disk
// driver reads it, looped to the run's length.
std::filesystem::path make_microphone_file(const std::filesystem::path& folder, double seconds)
{
    std::vector<std::int16_t> samples;
    const std::filesystem::path human = std::filesystem::path(PODIUM_SHARED_DIR) / "human-speech/en-ljspeech-prose/speech.wav";
    std::vector<float> block;
    if (std::filesystem::exists(human)) {
        AudioFileReader reader(human, 16000.0);
        while (reader.read(block)) {
            for (float v : block) {
                samples.push_back(static_cast<std::int16_t>(std::clamp(v, -1.0f, 1.0f) * 32767.0f));
            }
        }
    }
    if (samples.empty()) {
        samples.assign(16000, 0); // no shared recordings here: silence still exercises the path
    }
    const auto path = folder / "microphone.raw";
    std::ofstream out(path, std::ios::binary);
    const auto wanted = static_cast<std::size_t>(seconds * 16000.0) + 16000;
    for (std::size_t written = 0; written < wanted; written += samples.size()) {
        out.write(reinterpret_cast<const char*>(samples.data()), static_cast<std::streamsize>(samples.size() * 2));
    }
    return path;
}

// A log with 100 earlier runs of this script, as a speaker who has rehearsed for weeks has.
void seed_rehearsals(const LoadedScript& loaded)
{
    const RehearsalStore store = user_rehearsal_store();
    RehearsalLog log = new_rehearsal_log(loaded.script, rehearsal_script_name(loaded));
    for (std::size_t n = 0; n < 100; ++n) {
        SimulationOptions options;
        options.seed = n + 1;
        const std::vector<PrompterEvent> events = simulate_rehearsal(loaded.script, PaceProfile{}, options);
        RehearsalRecorder recorder(loaded.script, "seed-" + std::to_string(n), "2026-11-01T10:00:00Z");
        for (const PrompterEvent& event : events) {
            recorder.on_event(event);
        }
        upsert_run(log, recorder.run());
    }
    if (std::string problem = store.save(log); !problem.empty()) {
        std::cerr << "seeding the rehearsal log failed: " << problem << '\n';
    }
}

struct Figures {
    std::size_t frames = 0;
    double p50 = 0, p99 = 0, p999 = 0, max = 0;
    std::size_t over = 0;
};

Figures figures(std::vector<double> ms)
{
    Figures f;
    f.frames = ms.size();
    if (ms.empty()) {
        return f;
    }
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size())))]; };
    f.p50 = at(0.5);
    f.p99 = at(0.99);
    f.p999 = at(0.999);
    f.max = ms.back();
    f.over = static_cast<std::size_t>(std::count_if(ms.begin(), ms.end(), [](double v) { return v > 16.7; }));
    return f;
}

Figures run_config(const Config& config, const LoadedScript& loaded, const Timing& timing, double seconds)
{
    std::unique_ptr<RemoteServer> remote;
    std::atomic<bool> stop{false};
    std::vector<std::thread> clients;
    if (config.clients) {
        RemoteOptions options;
        options.port = 0;
        options.bind = "127.0.0.1";
        options.token = "bench-token-0123456789";
        remote = std::make_unique<RemoteServer>(loaded.script, timing, options);
        for (int c = 0; c < 8; ++c) {
            clients.emplace_back([&stop, port = remote->port()] {
                httplib::Client client("127.0.0.1", port);
                client.set_read_timeout(2, 0);
                while (!stop) {
                    (void)client.Get("/api/state", {{"Authorization", "Bearer bench-token-0123456789"}});
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));
                }
            });
        }
    }
    PrompterRunRequest request;
    request.quit_after = seconds + 3.5; // the countdown, then the measured run
    request.record = config.recording;
    request.listen = config.listening;
    request.remote = remote.get();
    request.saves = config.before ? RehearsalSaves::FrameThread : RehearsalSaves::DiskThread;
    std::vector<double> busy_ms;
    // The offscreen software renderer says it waits for vsync and never does, so the loop would
    // spin at a thousand frames a second and a slow frame would drown among trivial ones. The
    // probe waits for the next 60 Hz tick instead, as a display's vsync would (after the frame's
    // busy time was taken): each row's frames are the frames a speaker would see.
    using Clock = std::chrono::steady_clock;
    const auto tick = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / 60.0));
    Clock::time_point next_tick = Clock::now() + tick;
    request.frame_probe = [&](double busy) {
        busy_ms.push_back(busy * 1000.0);
        std::this_thread::sleep_until(next_tick);
        next_tick = std::max(next_tick + tick, Clock::now()); // a late frame misses its tick, as on a display
    };
    std::ostringstream warnings;
    const PrompterRunResult result = run_prompter_request(loaded, timing, request, warnings);
    stop = true;
    for (std::thread& client : clients) {
        client.join();
    }
    if (result.end == RunEnd::NoDisplay) {
        std::cerr << "no display: " << result.reason << '\n';
    }
    if (!warnings.str().empty()) {
        std::cerr << warnings.str();
    }
    return figures(std::move(busy_ms));
}

} // namespace

int main(int argc, char** argv)
{
    double seconds = 600.0;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--minutes" && i + 1 < argc) {
            seconds = 60.0 * std::atof(argv[++i]);
        } else if (arg == "--seconds" && i + 1 < argc) {
            seconds = std::atof(argv[++i]);
        } else if (arg == "--only" && i + 1 < argc) {
            only = argv[++i];
        } else {
            std::cerr << "usage: podium_wall_frame_bench [--minutes N | --seconds N] [--only NAME]\n";
            return 2;
        }
    }
    const auto folder = std::filesystem::temp_directory_path() / ("podium-wall-frame-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder / "data");
    std::filesystem::create_directories(folder / "config");
    ::setenv("XDG_DATA_HOME", (folder / "data").c_str(), 1);
    ::setenv("XDG_CONFIG_HOME", (folder / "config").c_str(), 1);
    ::setenv("SDL_VIDEODRIVER", "offscreen", 0);
    ::setenv("SDL_RENDER_DRIVER", "software", 0);
    ::setenv("SDL_FRAMEBUFFER_ACCELERATION", "0", 0);
    ::setenv("SDL_AUDIODRIVER", "disk", 1);
    ::setenv("SDL_DISKAUDIOFILE", "/dev/null", 1);
    ::setenv("SDL_DISKAUDIOFILEIN", make_microphone_file(folder, seconds + 10.0).c_str(), 1);

    ScriptArguments arguments;
    arguments.sample = "zh";
    const LoadedScript loaded = load_script(arguments);
    const Timing timing = estimate_timing(loaded.script, PaceProfile{});
    seed_rehearsals(loaded);

    const Config configs[] = {
        {"all on", true, true, true},
        {"all on, before", true, true, true, true},
        {"without recording", false, true, true},
        {"without listening", true, false, true},
        {"without clients", true, true, false},
        {"recording only", true, false, false},
        {"recording, before", true, false, false, true},
        {"none", false, false, false},
    };
    std::printf("wall-clock busy time per frame, %.0f s per configuration (sample:zh, 1 window)\n", seconds);
    std::printf("%-22s %7s %7s %7s %8s %8s %9s\n", "configuration", "frames", "p50 ms", "p99 ms", "p99.9 ms", "max ms",
        ">16.7 ms");
    for (const Config& config : configs) {
        if (!only.empty() && only != config.name) {
            continue;
        }
        const Figures f = run_config(config, loaded, timing, seconds);
        std::printf("%-22s %7zu %7.2f %7.2f %8.2f %8.2f %9zu\n", config.name, f.frames, f.p50, f.p99, f.p999, f.max,
            f.over);
        std::fflush(stdout);
    }
    std::filesystem::remove_all(folder);
    return 0;
}
