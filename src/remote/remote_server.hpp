// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `podium --remote`: the phone page and the JSON API (docs/remote.md) on a cpp-httplib server
// with its own threads. The frame loop talks to it only through RemotePort: take_commands() and
// publish() never wait (try-locks), and no lock is held while a socket is read or written.
#include "core/remote/remote_port.hpp"
#include "core/remote/remote_state.hpp"
#include "remote/command_inbox.hpp"
#include "remote/state_board.hpp"

#include <atomic>
#include <cstddef>
#include <memory>
#include <string>
#include <thread>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace podium {

struct RemoteOptions {
    int port = 8080;                  // 0: any free port (tests, benchmarks)
    std::string bind = "0.0.0.0";     // every IPv4 interface
    std::string token;                // empty: a random one for this run
    std::size_t threads = 16;         // connections served at once (a live page holds one)
    std::size_t max_queued = 256;     // accepted connections waiting for a thread
    std::size_t max_streams = 8;      // live pages (event streams) at once
    std::size_t max_commands = 64;    // commands waiting for the frame loop
    std::size_t max_body = 4096;      // bytes of a request body (larger: 413)
    double apply_wait = 1.0;          // seconds a command request waits to see its effect
};

class RemoteServer final : public RemotePort {
public:
    // Binds and starts serving; throws podium::Error when the address or port cannot be used.
    // `script` and `timing` must outlive the server.
    RemoteServer(const Script& script, const Timing& timing, RemoteOptions options);
    ~RemoteServer() override;
    RemoteServer(const RemoteServer&) = delete;
    RemoteServer& operator=(const RemoteServer&) = delete;

    void take_commands(std::vector<Command>& out) override;
    void publish(const PrompterView& view, const std::vector<double>& section_actual, bool blank) override;
    [[nodiscard]] const RemotePairing& pairing() const override { return m_pairing; }

    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] const std::string& token() const { return m_token; }
    [[nodiscard]] const std::string& bind_address() const { return m_options.bind; }
    // http://HOST:PORT/?t=TOKEN, HOST being what a phone on the same network can reach.
    [[nodiscard]] const std::string& url() const { return m_pairing.url; }

private:
    void route();
    [[nodiscard]] bool authorised(const httplib::Request& request) const;
    void send_state(httplib::Response& response, const PublishedState& published) const;
    void handle_command(const httplib::Request& request, httplib::Response& response, bool jump);
    void stream_events(httplib::Response& response);

    const Script* m_script;
    const Timing* m_timing;
    RemoteOptions m_options;
    std::string m_token;
    std::unique_ptr<httplib::Server> m_server;
    int m_port = 0;
    RemotePairing m_pairing;
    CommandInbox m_inbox;
    StateBoard m_board;
    std::atomic<std::size_t> m_streams{0};
    std::thread m_thread;
    // Frame loop only.
    std::shared_ptr<const RemoteState> m_last;
    std::uint64_t m_last_applied = 0;
    std::uint64_t m_taken = 0;
    std::uint64_t m_version = 0;
    bool m_unpublished = false;
};

} // namespace podium
