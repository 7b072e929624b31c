// SPDX-License-Identifier: GPL-3.0-or-later
// The phone page in a real browser: headless Chromium (Debian's package), driven through its
// DevTools protocol by cdp_driver.py, against the real prompter app loop in an offscreen window
// with the remote server. The page presses "next section" and the prompter's model moves; then
// the prompter gets a real key press (Ctrl+PageDown through SDL's event queue, as a keyboard or
// clicker sends it) and the page must show the new section. How fast it shows is a figure for
// bench/remote (state push), not a bound here: a loaded CI machine would make it lie.
#include "core/remote/remote_state.hpp"
#include "core/text/load.hpp"
#include "app/prompter_app.hpp"
#include "display/sdl_handles.hpp"
#include "remote/remote_server.hpp"
#include "remote/chromium.hpp"
#include "remote/raw_client.hpp"
#include "remote/remote_fixture.hpp"

#include "support/skip.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <memory>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace podium;
using podium::testing::can_drive_chromium;
using podium::testing::run_driver;

namespace {


class SectionLog final : public RunObserver {
public:
    explicit SectionLog(const Script& script) : m_script(&script) {}
    // A jump's event carries the sentence it landed on; its section is that sentence's.
    void on_event(const PrompterEvent& event, RehearsalRecorder& /*run*/) override
    {
        if (event.kind == PrompterEventKind::Jumped && event.sentence < m_script->sentences.size()) {
            const std::lock_guard lock(m_mutex);
            m_jumps.push_back(m_script->sentences[event.sentence].section);
        }
    }
    [[nodiscard]] std::string on_frame(double, RehearsalRecorder*) override { return {}; }
    void on_end(double, RehearsalRecorder*) override {}

    [[nodiscard]] std::vector<std::size_t> jumps() const
    {
        const std::lock_guard lock(m_mutex);
        return m_jumps;
    }
    // Waits until there are more than `count` jumps; the section of jump number `count`.
    [[nodiscard]] std::optional<std::size_t> wait_jump(std::size_t count, std::chrono::milliseconds limit) const
    {
        const auto until = std::chrono::steady_clock::now() + limit;
        while (std::chrono::steady_clock::now() < until) {
            {
                const std::lock_guard lock(m_mutex);
                if (m_jumps.size() > count) {
                    return m_jumps[count];
                }
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        return std::nullopt;
    }

private:
    mutable std::mutex m_mutex;
    const Script* m_script;
    std::vector<std::size_t> m_jumps;  // the section each jump landed in
};

struct DriverReport {
    std::vector<std::string> lines;
    std::optional<std::size_t> clicked;      // the section the page showed after its button
    std::optional<std::size_t> model_after_click;
    std::optional<std::size_t> model_after_key;
    std::optional<std::size_t> shown;        // the section the page showed after the key
    double key_pressed_ms = 0.0;             // epoch milliseconds
    double shown_ms = 0.0;
};

double epoch_ms()
{
    return std::chrono::duration<double, std::milli>(std::chrono::system_clock::now().time_since_epoch()).count();
}

void push_sdl_key(SDL_Keycode key, Uint16 modifiers)
{
    SDL_Event event{};
    event.type = SDL_KEYDOWN;
    event.key.state = SDL_PRESSED;
    event.key.keysym.sym = key;
    event.key.keysym.mod = modifiers;
    SDL_PushEvent(&event); // thread-safe in SDL2
}

// A slowloris beside the phone, from the phone's own address: 50 sockets that never finish their
// request heads, reopened whenever the server cuts one, until destroyed.
class SlowSockets {
public:
    explicit SlowSockets(int port)
        : m_thread([this, port] {
            std::vector<std::unique_ptr<testing::RawSocket>> sockets;
            while (!m_stop) {
                for (std::size_t i = 0; i < 50; ++i) {
                    if (i >= sockets.size() || !sockets[i]->send("X-a: b\r\n")) {
                        auto socket = std::make_unique<testing::RawSocket>("127.0.0.1", port);
                        (void)socket->send("GET /remote.js HTTP/1.1\r\nHost: x\r\n");
                        if (i >= sockets.size()) {
                            sockets.push_back(std::move(socket));
                        } else {
                            sockets[i] = std::move(socket);
                        }
                        ++m_opened;
                    }
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
            }
        })
    {
    }
    ~SlowSockets()
    {
        m_stop = true;
        m_thread.join();
    }
    SlowSockets(const SlowSockets&) = delete;
    SlowSockets& operator=(const SlowSockets&) = delete;
    [[nodiscard]] long opened() const { return m_opened; }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<long> m_opened{0};
    std::thread m_thread;
};

} // namespace

TEST_CASE("in headless Chromium, with 50 slow sockets beside it, the page's next-section button moves the prompter, and a key press in the prompter reaches the page")
{
    std::string why;
    if (!can_drive_chromium(why)) {
        PODIUM_SKIP(why);
    }
    ::setenv("SDL_VIDEODRIVER", "offscreen", 1);
    ::setenv("SDL_RENDER_DRIVER", "software", 1);
    const std::filesystem::path sample = std::filesystem::path(PODIUM_SOURCE_DIR) / "docs" / "samples" / "welcome-en.md";
    const Script script = build_script(load_text_file(sample).text, format_for_path(sample));
    const Timing timing = estimate_timing(script, PaceProfile{});
    REQUIRE(script.sections.size() >= 3);

    RemoteOptions remote_options;
    remote_options.port = 0;
    remote_options.bind = "127.0.0.1";
    RemoteServer server(script, timing, remote_options);
    SectionLog log(script);
    PrompterAppOptions options;
    options.remote = &server;
    options.observer = &log;
    options.quit_after = 90.0; // a safety net: the driver thread closes the window when done

    DriverReport report;
    const SlowSockets slowloris(server.port());
    std::thread driver([&] {
        std::string command = "/usr/bin/python3 '" PODIUM_SOURCE_DIR "/tests/remote/cdp_driver.py' --chromium /usr/bin/chromium"
                              " --url 'http://127.0.0.1:"
            + std::to_string(server.port()) + "/?t=" + server.token() + "'";
        if (const char* shot = std::getenv("PODIUM_REMOTE_SCREENSHOT")) {
            command += std::string(" --screenshot '") + shot + "'";
        }
        command += " 2>&1";
        FILE* pipe = ::popen(command.c_str(), "r");
        if (pipe != nullptr) {
            char buffer[4096];
            while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) {
                std::string line(buffer);
                while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) {
                    line.pop_back();
                }
                report.lines.push_back(line);
                std::istringstream words(line);
                std::string word;
                words >> word;
                if (word == "clicked") {
                    std::size_t section = 0;
                    words >> section;
                    report.clicked = section;
                    report.model_after_click = log.wait_jump(0, std::chrono::milliseconds(60000));
                    // The prompter's own key: Ctrl+PageDown, next section.
                    const std::size_t jumps = log.jumps().size();
                    report.key_pressed_ms = epoch_ms();
                    push_sdl_key(SDLK_PAGEDOWN, KMOD_LCTRL);
                    report.model_after_key = log.wait_jump(jumps, std::chrono::milliseconds(60000));
                } else if (word == "shown") {
                    std::size_t section = 0;
                    words >> section >> report.shown_ms;
                    report.shown = section;
                }
            }
            ::pclose(pipe);
        }
        SDL_Event quit{};
        quit.type = SDL_QUIT;
        SDL_PushEvent(&quit);
    });
    const PrompterRun run = run_prompter(script, timing, options);
    driver.join();

    std::string transcript;
    for (const std::string& line : report.lines) {
        transcript += line + "\n";
    }
    INFO("driver said:\n" << transcript << "slow sockets opened: " << slowloris.opened());
    REQUIRE(run.outcome == PrompterOutcome::Closed);
    // The page's button moved the prompter's model, and the page showed where it went.
    REQUIRE(report.clicked.has_value());
    REQUIRE(report.model_after_click.has_value());
    CHECK(*report.model_after_click == 1);
    CHECK(*report.clicked == *report.model_after_click);
    // The key moved the model on, and the page followed within the bound.
    REQUIRE(report.model_after_key.has_value());
    CHECK(*report.model_after_key == 2);
    REQUIRE(report.shown.has_value());
    CHECK(*report.shown == *report.model_after_key);
    const double latency = report.shown_ms - report.key_pressed_ms;
    WARN("key to page: " << latency << " ms");
    CHECK(latency >= 0.0);
}

TEST_CASE("in headless Chromium the phone page is in Chinese for Accept-Language zh-CN and in English for en")
{
    std::string why;
    if (!can_drive_chromium(why)) {
        PODIUM_SKIP(why);
    }
    const std::filesystem::path sample = std::filesystem::path(PODIUM_SOURCE_DIR) / "docs" / "samples" / "welcome-zh.txt";
    const Script script = build_script(load_text_file(sample).text, format_for_path(sample));
    const Timing timing = estimate_timing(script, PaceProfile{});
    RemoteOptions remote_options;
    remote_options.port = 0;
    remote_options.bind = "127.0.0.1";
    RemoteServer server(script, timing, remote_options); // the prompter speaks English here
    auto labels = [&](const std::string& accept_language, const char* screenshot) {
        std::string command = "/usr/bin/python3 '" PODIUM_SOURCE_DIR "/tests/remote/cdp_driver.py' --chromium /usr/bin/chromium"
                              " --accept-language '" + accept_language + "' --url 'http://127.0.0.1:"
            + std::to_string(server.port()) + "/?t=" + server.token() + "'";
        if (const char* folder = std::getenv("PODIUM_SCREENSHOT_DIR")) {
            command += std::string(" --screenshot '") + folder + "/" + screenshot + "'";
        }
        command += " 2>&1";
        std::string out;
        if (FILE* pipe = ::popen(command.c_str(), "r")) {
            char buffer[4096];
            while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) {
                out += buffer;
            }
            ::pclose(pipe);
        }
        return out;
    };
    const std::string zh = labels("zh-CN,zh;q=0.9,en;q=0.8", "remote-phone-zh.png");
    INFO("driver said: " << zh);
    CHECK(zh.find("labels zh_CN") != std::string::npos);
    for (const char* word : {"减慢", "加快", "部分", "句", "Podium 遥控"}) {
        CHECK(zh.find(word) != std::string::npos);
    }
    CHECK(zh.find("Slower") == std::string::npos);
    const std::string en = labels("en-US,en;q=0.9", "remote-phone-en.png");
    INFO("driver said: " << en);
    CHECK(en.find("labels en") != std::string::npos);
    for (const char* word : {"Slower", "Faster", "Section", "Sentence", "Podium remote"}) {
        CHECK(en.find(word) != std::string::npos);
    }
    CHECK(en.find("减慢") == std::string::npos);
}

TEST_CASE("in headless Chromium a page of another origin cannot drive the prompter with the token (form post, fetch no-cors) nor frame the remote page")
{
    std::string why;
    if (!can_drive_chromium(why)) {
        PODIUM_SKIP(why);
    }
    testing::RemoteFixture f;
    const std::string url = "http://127.0.0.1:" + std::to_string(f.server().port()) + "/?t=" + f.server().token();
    const std::vector<std::string> lines = run_driver("--evil --url '" + url + "'");
    std::string transcript;
    for (const std::string& line : lines) {
        transcript += line + "\n";
    }
    INFO("driver said:\n" << transcript);
    REQUIRE(std::find(lines.begin(), lines.end(), "evil-loaded") != lines.end());
    CHECK(std::find(lines.begin(), lines.end(), "frame-refused yes") != lines.end());
    CHECK(f.commands_applied() == 0);
    const auto state = f.get_state();
    REQUIRE(state);
    CHECK(state->body.find("\"blank\":false") != std::string::npos);
    CHECK(state->body.find("\"section\":0,") != std::string::npos);
}
