// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `podium --remote`: the phone page and the JSON API (docs/remote.md). The HTTP side is
// HttpDaemon (libmicrohttpd, its own event-loop thread); this class is its handler — routing,
// the token and its throttle, Host/Origin checks — and the frame loop's RemotePort. The frame
// loop only try-locks (take_commands, publish) and never waits for the network.
#include "core/i18n/language.hpp"
#include "core/remote/api_error.hpp"
#include "core/remote/auth_throttle.hpp"
#include "core/remote/remote_port.hpp"
#include "core/remote/remote_state.hpp"
#include "remote/command_inbox.hpp"
#include "remote/http_daemon.hpp"
#include "remote/state_board.hpp"
#include "remote/tls_identity.hpp"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace podium {

struct RemoteOptions {
    int port = 8080;                  // 0: any free port (tests, benchmarks)
    std::string bind = "0.0.0.0";     // every IPv4 interface; "::" every interface, IPv6 too
    std::string token;                // empty: a random one for this run; else ≥ 16 characters
    std::vector<std::string> hosts;   // --remote-host: more names the phone may use (Host header)
    bool allow_quit = false;          // --remote-allow-quit: quit/confirm-quit from the remote
    bool tls = false;                 // --remote-tls
    std::filesystem::path tls_folder; // where the certificate is kept (the config folder)
    std::size_t max_streams = 8;      // live pages (event streams) at once
    std::size_t max_streams_per_peer = 2; // from one address
    std::size_t max_commands = 64;    // commands waiting for the frame loop
    double max_command_age = 1.0;     // seconds: a command queued longer is dropped, not applied
    HttpLimits limits;                // connections, head, body, timeouts (http_daemon.hpp)
    AuthThrottlePolicy throttle;      // failed tokens per peer
};

class RemoteServer final : public RemotePort, private HttpHandler {
public:
    // Binds and starts serving; throws podium::Error when the address or port cannot be used or
    // the token is too weak. `script` and `timing` must outlive the server.
    RemoteServer(const Script& script, const Timing& timing, RemoteOptions options);
    ~RemoteServer() override;
    RemoteServer(const RemoteServer&) = delete;
    RemoteServer& operator=(const RemoteServer&) = delete;

    void take_commands(std::vector<Command>& out) override;
    void publish(const PrompterView& view, const std::vector<double>& section_actual, bool blank) override;
    void publish_cue(std::string kind, std::string text) override;
    [[nodiscard]] const RemotePairing& pairing() const override { return m_pairing; }
    [[nodiscard]] RemoteActivity activity() const override;
    void revoke_phones() override;

    [[nodiscard]] int port() const { return m_port; }
    // A state has reached the server threads (the first publish can miss when a reader holds
    // the board at that instant; until then /api/state answers 503).
    [[nodiscard]] bool has_published() const { return m_board.latest().state != nullptr; }
    // Live pages cut because they stopped reading (HttpLimits::stall_limit).
    [[nodiscard]] std::size_t stalled_streams_cut() const { return m_http->stalled_streams_cut(); }
    [[nodiscard]] std::string token() const;
    [[nodiscard]] const std::string& bind_address() const { return m_options.bind; }
    // http(s)://HOST:PORT/?t=TOKEN, HOST being what a phone on the same network can reach.
    [[nodiscard]] const std::string& url() const { return m_pairing.url; }
    // --remote-tls: the certificate's SHA-256 fingerprint; empty without TLS.
    [[nodiscard]] const std::string& tls_fingerprint() const { return m_pairing.fingerprint; }

private:
    // HttpHandler: on the daemon's thread.
    [[nodiscard]] std::optional<HttpAnswer> check_head(const HttpRequest& request) override;
    [[nodiscard]] HttpReply handle(const HttpRequest& request) override;
    [[nodiscard]] HttpAnswer answer_applied(const HttpRequest& request, std::uint64_t ticket, bool applied) override;
    [[nodiscard]] std::optional<std::string> next_event(std::uint64_t& version, bool quiet) override;
    void stream_ended(const std::string& peer) override;

    [[nodiscard]] std::optional<HttpAnswer> check_token(const HttpRequest& request);
    [[nodiscard]] HttpAnswer state_answer(const HttpRequest& request, const PublishedState& published) const;
    [[nodiscard]] HttpAnswer error_answer(const HttpRequest& request, int status, const ApiMessage& message) const;
    [[nodiscard]] HttpAnswer page_without_token(const HttpRequest& request) const;
    [[nodiscard]] std::string error_words(Language language, const ApiMessage& message) const;
    [[nodiscard]] Language language_of(const HttpRequest& request) const;
    [[nodiscard]] HttpReply command(const HttpRequest& request, bool jump);
    void make_pairing();

    const Script* m_script;
    const Timing* m_timing;
    RemoteOptions m_options;
    std::optional<TlsIdentity> m_tls;
    std::vector<std::string> m_host_names;
    // The page's words per language (page_messages.hpp), made before the daemon starts.
    std::string m_page_strings_english;
    std::string m_page_strings_chinese;
    // The API errors' messages per language (core/remote/api_error.hpp), made likewise.
    std::map<ApiError, std::string> m_error_texts_english;
    std::map<ApiError, std::string> m_error_texts_chinese;
    mutable std::mutex m_token_mutex;
    std::string m_token;
    RemotePairing m_pairing;          // frame loop only (revoke_phones runs there)
    CommandInbox m_inbox;
    StateBoard m_board;
    // Daemon thread only.
    AuthThrottle m_throttle;
    std::map<std::string, std::size_t> m_streams_by_peer;
    std::chrono::steady_clock::time_point m_started;
    // Read by the frame loop for the prompter's badge.
    std::atomic<std::size_t> m_streams{0};
    std::atomic<std::int64_t> m_last_seen_ms{-1};   // last authorised request, ms since m_started
    // Frame loop only.
    std::shared_ptr<const RemoteState> m_last;
    std::uint64_t m_last_applied = 0;
    std::uint64_t m_taken = 0;
    std::uint64_t m_version = 0;
    std::uint64_t m_applied_commands = 0;
    bool m_unpublished = false;
    std::string m_cue_kind;   // the live coach's cue, for the next published state
    std::string m_cue_text;
    // The daemon's thread calls this object as soon as the daemon listens, before its constructor
    // has returned (a phone polling the port while Podium starts): until m_serving, requests get
    // 503. m_http and m_port are set before m_serving and never change, so the handler may use
    // them while m_daemon is being destroyed too (MHD stops calling back before the daemon dies).
    std::atomic<bool> m_serving{false};
    HttpDaemon* m_http = nullptr;
    int m_port = 0;
    std::unique_ptr<HttpDaemon> m_daemon; // last: stops first, while everything above exists
};

} // namespace podium
