// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A RemoteServer on a loopback port with a frame loop of its own: a thread that does what the
// app loops do each frame (take the commands, apply them to a real PrompterModel, advance,
// publish the view) at 60 frames a second, and measures how regular its frames are.
#include "core/prompter/prompter_fixture.hpp"
#include "core/prompter/window_toggles.hpp"
#include "remote/remote_server.hpp"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

namespace podium::testing {

inline constexpr const char* test_token = "test-token_1-0123456789";

class RemoteFixture {
public:
    explicit RemoteFixture(RemoteOptions options = loopback())
        : m_options(options)
        , m_model(m_prompter.model())
        , m_server(m_prompter.script, m_prompter.timing, std::move(options))
        , m_loop([this] { run(); })
    {
        wait_for_first_frame();
    }
    ~RemoteFixture()
    {
        m_stop = true;
        m_loop.join();
    }
    RemoteFixture(const RemoteFixture&) = delete;
    RemoteFixture& operator=(const RemoteFixture&) = delete;

    static RemoteOptions loopback()
    {
        RemoteOptions options;
        options.port = 0;
        options.bind = "127.0.0.1";
        options.token = test_token;
        return options;
    }

    [[nodiscard]] httplib::Client client() const
    {
        httplib::Client c("127.0.0.1", m_server.port());
        c.set_connection_timeout(30, 0); // generous: only a hang ends a request
        c.set_read_timeout(30, 0);
        return c;
    }
    [[nodiscard]] httplib::Headers bearer() const { return {{"Authorization", std::string("Bearer ") + test_token}}; }
    [[nodiscard]] static std::string with_token(const std::string& path) { return path + "?t=" + test_token; }
    // GET /api/state with the token in its header (?t= is only for the page and the stream).
    [[nodiscard]] httplib::Result get_state() const { return client().Get("/api/state", bearer()); }

    [[nodiscard]] RemoteServer& server() { return m_server; }
    [[nodiscard]] const RemoteOptions& server_options() const { return m_options; }
    [[nodiscard]] const PrompterFixture& prompter() const { return m_prompter; }
    [[nodiscard]] std::size_t commands_applied() const { return m_applied; }
    // Waits until the frame loop has run `frames` more frames (each takes the queued commands
    // and publishes); false only if it hangs (a generous deadline, not a timing bound).
    [[nodiscard]] bool wait_frames(std::size_t frames) const
    {
        const std::size_t target = m_frames + frames;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (m_frames < target) {
            if (std::chrono::steady_clock::now() > deadline) {
                return false;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        return true;
    }

private:
    void run()
    {
        using clock = std::chrono::steady_clock;
        std::vector<Command> commands;
        auto last = clock::now();
        while (!m_stop) {
            commands.clear();
            m_server.take_commands(commands);
            for (const Command& command : commands) {
                m_model.apply(command);
                m_toggles.apply(command.kind); // as the app's session does
            }
            m_applied += commands.size();
            const auto now = clock::now();
            const double dt = std::chrono::duration<double>(now - last).count();
            last = now;
            m_model.advance(dt);
            const PrompterView view = m_toggles.shown(m_model.view());
            m_server.publish(view, m_model.section_actual(), view.blank);
            m_frames++;
            std::this_thread::sleep_for(std::chrono::milliseconds(16));
        }
    }

    // Until the first state is on the board, not merely the first frame run: the frame loop only
    // try-locks the board, so its first publish can miss and /api/state would answer 503.
    void wait_for_first_frame() const
    {
        while (m_frames == 0 || !m_server.has_published()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    }

    RemoteOptions m_options;
    PrompterFixture m_prompter;
    PrompterModel m_model;
    WindowToggles m_toggles; // the frame loop thread's only
    RemoteServer m_server;
    std::atomic<bool> m_stop{false};
    std::atomic<std::size_t> m_frames{0};
    std::atomic<std::size_t> m_applied{0};
    std::thread m_loop; // last: starts once everything above exists
};

} // namespace podium::testing
