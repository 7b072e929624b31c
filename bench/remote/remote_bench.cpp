// SPDX-License-Identifier: GPL-3.0-or-later
// Remote control benchmark (issue 13), loopback only, bounded in count and time (~25 s):
//   - frame time of the real prompter frame (software renderer, 1920×1080, 64 px, the Chinese
//     sample) with the remote's per-frame work (take commands, publish state), without clients
//     and with 100 clients polling GET /api/state 20 times a second each;
//   - command round trip: POST /api/command sent → the command applied by the frame loop, and
//     → the answer (with the new state) back at the client;
//   - state push: the frame loop publishes a changed state → a live page's event stream has it;
//   - beside them, the attack figures (docs/remote.md, "Threat model"): the state and command
//     round trips while 50 slow sockets from the phone's own address hold unfinished heads, the
//     memory 8 × 64 MiB header lines without a newline cost, and how many token guesses a peer
//     gets compared in 3 s.
// The frame loop runs at 60 frames a second like the app's. Prints figures; never fails on timing.
#include "core/prompter/prompter_model.hpp"
#include "core/text/load.hpp"
#include "core/timing/estimate.hpp"
#include "display/font_locator.hpp"
#include "display/offscreen_frame.hpp"
#include "display/prompter_scene.hpp"
#include "display/sdl_handles.hpp"
#include "remote/remote_server.hpp"

#include "raw_client.hpp" // tests/remote: raw sockets for the attack figures
#include "support/proc_status.hpp" // tests/support: resident memory

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace podium;

constexpr const char* token = "bench-token-0123456789";

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double thread_cpu_ms()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

struct Stats {
    double median = 0.0;
    double p99 = 0.0;
    double max = 0.0;
};

Stats stats(std::vector<double> samples)
{
    Stats s;
    if (samples.empty()) {
        return s;
    }
    std::sort(samples.begin(), samples.end());
    s.median = samples[samples.size() / 2];
    s.p99 = samples[std::min(samples.size() - 1, samples.size() * 99 / 100)];
    s.max = samples.back();
    return s;
}

void print(const char* what, const Stats& s, std::size_t n)
{
    std::printf("  %-58s median %6.2f ms   p99 %6.2f ms   max %6.2f ms   (n=%zu)\n", what, s.median, s.p99, s.max, n);
}

// The app loop's remote work around a real frame: take and apply commands, advance, paint,
// publish. `on_applied(first_ticket, count)` sees what each frame applied, when.
struct FrameLoop {
    Script script;
    Timing timing;
    FontChoice font;
    std::unique_ptr<PrompterScene> scene;
    std::unique_ptr<OffscreenFrame> frame;
    std::unique_ptr<PrompterModel> model;
    std::uint64_t applied = 0;
    std::vector<Clock::time_point> applied_at{1}; // by ticket (1-based)
    std::mutex applied_mutex;

    FrameLoop()
    {
        const std::filesystem::path sample = std::filesystem::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-zh.txt";
        script = build_script(load_text_file(sample).text, format_for_path(sample));
        timing = estimate_timing(script, PaceProfile{});
        font = locate_font(font_folders());
        scene = std::make_unique<PrompterScene>(script, timing, font);
        scene->fit(1920, 64);
        frame = std::make_unique<OffscreenFrame>(1920, 1080, font);
        PrompterOptions options;
        options.font_size = 64;
        model = std::make_unique<PrompterModel>(script, timing, scene->layout(), options);
    }

    // Runs `frames` frames at 60 a second (or until `until` is true); returns each frame's work
    // in wall and CPU ms.
    std::pair<std::vector<double>, std::vector<double>> run(RemoteServer& server, int frames,
        const std::function<bool()>& until = {})
    {
        std::vector<double> wall;
        std::vector<double> cpu;
        std::vector<Command> commands;
        auto next = Clock::now();
        for (int i = 0; i < frames && !(until && until()); ++i) {
            const auto start = Clock::now();
            const double cpu_start = thread_cpu_ms();
            commands.clear();
            server.take_commands(commands);
            for (const Command& command : commands) {
                model->apply(command);
            }
            if (!commands.empty()) {
                const std::lock_guard lock(applied_mutex);
                for (std::size_t c = 0; c < commands.size(); ++c) {
                    applied_at.push_back(start);
                }
            }
            model->advance(1.0 / 60.0);
            const PrompterView view = model->view();
            frame->paint(scene->content(view));
            server.publish(view, model->section_actual(), view.blank);
            wall.push_back(ms(Clock::now() - start));
            cpu.push_back(thread_cpu_ms() - cpu_start);
            next += std::chrono::microseconds(16667);
            std::this_thread::sleep_until(next);
        }
        return {wall, cpu};
    }
};

// The figures the security review measured, against a server with the product's limits (the one
// above lets 100 pollers share an address) while the frame loop runs.
void attack_figures(FrameLoop& loop)
{
    RemoteOptions options;
    options.port = 0;
    options.bind = "127.0.0.1";
    options.token = token;
    RemoteServer server(loop.script, loop.timing, options);
    using namespace std::chrono_literals;
    using podium::testing::RawSocket;
    const int port = server.port();
    std::atomic<bool> done{false};
    std::vector<double> state_ms;
    std::vector<double> command_ms;
    long held = 0;
    std::thread client([&] {
        std::vector<std::unique_ptr<RawSocket>> slow;
        for (int i = 0; i < 50; ++i) {
            slow.push_back(std::make_unique<RawSocket>("127.0.0.1", port));
            (void)slow.back()->send("GET /remote.js HTTP/1.1\r\nHost: x\r\nX-a: b\r\n");
        }
        httplib::Client http("127.0.0.1", port);
        http.set_connection_timeout(5, 0);
        const httplib::Headers headers{{"Authorization", std::string("Bearer ") + token}};
        for (int i = 0; i < 40; ++i) {
            auto start = Clock::now();
            const auto state = http.Get("/api/state", headers);
            if (state && state->status == 200) {
                state_ms.push_back(ms(Clock::now() - start));
            }
            start = Clock::now();
            const auto command = http.Post("/api/command", headers,
                i % 2 == 0 ? R"({"command":"next-sentence"})" : R"({"command":"previous-sentence"})", "application/json");
            if (command && command->status == 200) {
                command_ms.push_back(ms(Clock::now() - start));
            }
            for (auto& socket : slow) {
                (void)socket->send("X-a: b\r\n");
            }
            std::this_thread::sleep_for(std::chrono::microseconds(20000 + (i * 7919) % 17000));
        }
        for (auto& socket : slow) {
            held += socket->closed_within(50ms) ? 0 : 1;
        }
        done = true;
    });
    loop.run(server, 60 * 30, [&] { return done.load(); });
    client.join();
    std::printf("under attack (the security review's findings, docs/remote.md):\n");
    print("50 slow sockets from the phone's address: GET /api/state", stats(state_ms), state_ms.size());
    print("50 slow sockets: POST /api/command -> answer with new state", stats(command_ms), command_ms.size());
    std::printf("  (%ld of the 50 slow sockets still open at the end: past %u from one address the oldest unfinished heads are cut)\n",
        held, options.limits.max_per_peer);

    const long before = podium::testing::resident_kib();
    std::vector<std::thread> attackers;
    std::atomic<long> sent_kib{0};
    for (int i = 0; i < 8; ++i) {
        attackers.emplace_back([&] {
            RawSocket socket("127.0.0.2", port);
            const std::string chunk(64 * 1024, 'a');
            if (!socket.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Long: ")) {
                return;
            }
            for (int k = 0; k < 1024 && socket.send(chunk); ++k) { // up to 64 MiB
                sent_kib += 64;
            }
        });
    }
    done = false;
    std::thread joiner([&] {
        for (std::thread& attacker : attackers) {
            attacker.join();
        }
        done = true;
    });
    loop.run(server, 60 * 30, [&] { return done.load(); });
    joiner.join();
    std::printf("  8 header lines of up to 64 MiB without a newline: %ld KiB got into the sockets before the server closed them; "
                "RSS %+ld KiB\n",
        sent_kib.load(), podium::testing::resident_kib() - before);

    long compared = 0;
    long refused = 0;
    done = false;
    std::thread guesser([&] {
        const auto start = Clock::now();
        for (int i = 0; Clock::now() - start < 3s; ++i) {
            const int status = podium::testing::raw_request("127.0.0.3", port,
                "GET /api/state HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port)
                    + "\r\nConnection: close\r\nAuthorization: Bearer guess-" + std::to_string(i) + "-0123456789\r\n\r\n");
            (status == 401 ? compared : refused)++;
        }
        done = true;
    });
    loop.run(server, 60 * 10, [&] { return done.load(); });
    guesser.join();
    std::printf("  token guessing from one address for 3 s: %ld guesses compared (%.1f/s), %ld held back with 429\n", compared,
        static_cast<double>(compared) / 3.0, refused);
}

} // namespace

int main()
{
    const SdlSubsystem video(SDL_INIT_VIDEO);
    const TtfLibrary ttf;
    FrameLoop loop;
    RemoteOptions options;
    options.port = 0;
    options.bind = "127.0.0.1"; // loopback only
    options.token = token;
    // The 100 pollers below stand for 100 phones but share 127.0.0.1: let them all in.
    options.limits.max_per_peer = 200;
    options.limits.max_connections = 400;
    RemoteServer server(loop.script, loop.timing, options);
    const int port = server.port();
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) < 1) {
        load[0] = -1;
    }
    std::printf("remote bench: loopback port %d, frame loop at 60 Hz, welcome-zh.txt at 1920x1080, 64 px; "
                "load average %.1f on %u cores\n",
        port, load[0], std::thread::hardware_concurrency());
    // Paused: only commands move the reading line, so each one is a visible change.
    loop.model->apply(CommandKind::TogglePlay);
    loop.model->apply(CommandKind::TogglePlay);

    // 1. Frames without clients, then with 100 polling clients (5 s each).
    constexpr int frames = 300;
    loop.run(server, 30); // warm the line cache
    const auto quiet = loop.run(server, frames);
    std::atomic<bool> stop{false};
    std::atomic<long> answers{0};
    std::atomic<long> failures{0};
    std::vector<std::thread> pollers;
    for (int i = 0; i < 100; ++i) {
        pollers.emplace_back([&] {
            httplib::Client client("127.0.0.1", port);
            client.set_connection_timeout(5, 0);
            while (!stop) {
                const auto answer = client.Get("/api/state", {{"Authorization", std::string("Bearer ") + token}});
                (answer && answer->status == 200 ? answers : failures)++;
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(500)); // all connected and polling
    const long answers_before = answers;
    const auto busy = loop.run(server, frames);
    const long answered = answers - answers_before;
    stop = true;
    for (std::thread& poller : pollers) {
        poller.join();
    }
    std::printf("frame work (take commands + advance + paint + publish), %d frames each:\n", frames);
    print("no clients, wall", stats(quiet.first), quiet.first.size());
    print("no clients, frame thread CPU", stats(quiet.second), quiet.second.size());
    print("100 clients polling /api/state, wall", stats(busy.first), busy.first.size());
    print("100 clients polling /api/state, frame thread CPU", stats(busy.second), busy.second.size());
    std::printf("  (the pollers got %ld answers in those %.1f s, %ld failures)\n", answered, frames / 60.0, failures.load());

    // 2 and 3. Commands one after another while a live page listens to the event stream.
    constexpr int commands = 200;
    std::mutex events_mutex;
    std::vector<std::pair<Clock::time_point, std::size_t>> events; // received at, sentence
    std::atomic<bool> stream_stop{false};
    std::thread page([&] {
        httplib::Client client("127.0.0.1", port);
        std::string buffer;
        client.Get((std::string("/api/events?t=") + token).c_str(), [&](const char* data, std::size_t length) {
            const auto now = Clock::now();
            buffer.append(data, length);
            std::size_t end = 0;
            while ((end = buffer.find("\n\n")) != std::string::npos) {
                const std::string message = buffer.substr(0, end);
                buffer.erase(0, end + 2);
                const std::size_t data_at = message.find("data: ");
                if (data_at != std::string::npos) {
                    const auto json = nlohmann::json::parse(message.substr(data_at + 6));
                    const std::lock_guard lock(events_mutex);
                    events.emplace_back(now, json.at("sentence").get<std::size_t>());
                }
            }
            return !stream_stop.load();
        });
    });
    std::vector<Clock::time_point> sent(commands + 1);
    std::vector<double> answered_ms;
    std::atomic<bool> sent_all{false};
    std::thread sender([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300)); // the page is connected
        httplib::Client client("127.0.0.1", port);
        const httplib::Headers headers{{"Authorization", std::string("Bearer ") + token}};
        for (int i = 1; i <= commands; ++i) {
            const char* body = i % 2 == 1 ? R"({"command":"next-sentence"})" : R"({"command":"previous-sentence"})";
            sent[static_cast<std::size_t>(i)] = Clock::now();
            const auto answer = client.Post("/api/command", headers, body, "application/json");
            answered_ms.push_back(ms(Clock::now() - sent[static_cast<std::size_t>(i)]));
            if (!answer || answer->status != 200) {
                std::printf("  command %d: %s\n", i, answer ? std::to_string(answer->status).c_str() : "no answer");
            }
            // Not in step with the frames: a person presses at any moment.
            std::this_thread::sleep_for(std::chrono::microseconds(23000 + (i * 7919) % 17000));
        }
        sent_all = true;
    });
    const std::size_t start_sentence = loop.model->view().current_sentence;
    loop.run(server, 60 * 40, [&] { return sent_all.load(); }); // until every command is in (at most 40 s)
    sender.join();
    stream_stop = true;
    loop.model->apply(CommandKind::SpeedUp); // one more event lets the page's stream end
    loop.run(server, 10);
    page.join();

    std::vector<double> to_applied;
    std::vector<double> pushed;
    {
        const std::lock_guard lock(loop.applied_mutex);
        const std::lock_guard events_lock(events_mutex);
        for (int i = 1; i <= commands && static_cast<std::size_t>(i) < loop.applied_at.size(); ++i) {
            const Clock::time_point applied = loop.applied_at[static_cast<std::size_t>(i)];
            to_applied.push_back(ms(applied - sent[static_cast<std::size_t>(i)]));
            const std::size_t expected = i % 2 == 1 ? start_sentence + 1 : start_sentence;
            const auto event = std::find_if(events.begin(), events.end(),
                [&](const auto& e) { return e.first >= applied && e.second == expected; });
            if (event != events.end()) {
                pushed.push_back(ms(event->first - applied));
            }
        }
    }
    std::printf("commands (%d, one at a time, at random moments against the 60 Hz frames):\n", commands);
    print("request sent -> applied by the frame loop", stats(to_applied), to_applied.size());
    print("request sent -> answer with the new state received", stats(answered_ms), answered_ms.size());
    print("state push: frame applied it -> live page's event received", stats(pushed), pushed.size());
    attack_figures(loop);
    return 0;
}
