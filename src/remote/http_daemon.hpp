// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The remote's HTTP server: GNU libmicrohttpd with one internal event-loop thread (epoll), so a
// slow or silent client holds a few KiB of memory and no thread. Everything a hostile client
// could grow is capped before it is read (docs/remote.md, "Limits"): the request head (MHD's
// per-connection memory), the time to send it (a whole-head deadline, not a per-read timeout),
// connections per peer and in all, and bodies. A request that must wait — a command until the
// frame loop applied it, a live page until there is something new — is suspended, not blocked
// on: a second thread of ours (the pump) resumes it when the state board changes.
//
// The routing and the rules live in the handler (remote_server.cpp); this file knows HTTP.
#include "core/remote/request_policy.hpp"
#include "remote/state_board.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

struct MHD_Daemon;
struct MHD_Connection;

namespace podium {

struct HttpLimits {
    unsigned max_connections = 128;       // in all (each costs at most head_memory)
    unsigned max_per_peer = 16;           // from one address: a phone's browser opens up to 6 + a stream;
                                          // past it the peer's oldest unfinished head is cut (MHD refuses
                                          // past 4× this)
    std::size_t head_memory = 16 * 1024;  // per connection: holds a request head of ≈8 KiB, then 431
    double head_deadline = 5.0;           // seconds from connecting (or the previous answer) to a whole head
    unsigned idle_timeout = 10;           // seconds without a byte either way on a busy connection
    std::size_t max_body = 4096;          // bytes, chunked or not
    double apply_wait = 1.0;              // seconds a command waits to see its effect
    double heartbeat = 10.0;              // seconds between comments on a quiet event stream
    // A live page that stopped reading (docs/remote.md, "Stalled live pages"): a stream whose
    // socket holds bytes the peer has not acknowledged, with no acknowledgement for this long,
    // is cut. A page that stopped reading still acknowledges until its receive buffer is full,
    // so when the stream slots are full and another page asks for one, each stream (at most once
    // per probe_interval) is sent a probe larger than a default receive window: a reading page
    // takes it, a stalled one fills up and is then cut.
    double stall_limit = 1.5;             // seconds without an acknowledgement while bytes wait
    std::size_t probe_bytes = 256 * 1024; // an SSE comment; Linux and phones default to ≤ 128 KiB windows
    double probe_interval = 10.0;         // seconds: a stream is probed at most this often
};

struct HttpRequest {
    std::string method;
    std::string path;
    std::string peer;                     // the address (an IPv6 /64) that rate limits count by
    std::optional<std::string> query_token; // ?t=
    HeaderList headers;
    std::string body;
    bool tls = false;
    [[nodiscard]] std::optional<std::string> header(std::string_view name) const;
};

struct HttpAnswer {
    int status = 200;
    std::string content_type;
    std::string body;
    HeaderList headers;
};

struct HttpReply {
    enum class Kind { Answer, AwaitTicket, Stream };
    Kind kind = Kind::Answer;
    HttpAnswer answer;                    // Answer; for Stream its headers
    std::uint64_t ticket = 0;             // AwaitTicket: the command's place in the inbox
};

class HttpHandler {
public:
    virtual ~HttpHandler() = default;
    // The head has arrived, the body not yet: an answer refuses the request now (its body is
    // never read); nothing lets it go on.
    [[nodiscard]] virtual std::optional<HttpAnswer> check_head(const HttpRequest& request) = 0;
    [[nodiscard]] virtual HttpReply handle(const HttpRequest& request) = 0;
    // After AwaitTicket, once the ticket was applied or the wait ran out (`applied` false).
    [[nodiscard]] virtual HttpAnswer answer_applied(const HttpRequest& request, std::uint64_t ticket, bool applied) = 0;
    // A live page's next event after `version` (which it advances), a heartbeat when `quiet`, or
    // nothing (wait).
    [[nodiscard]] virtual std::optional<std::string> next_event(std::uint64_t& version, bool quiet) = 0;
    virtual void stream_ended(const std::string& peer) = 0;
};

struct TlsIdentity;

class HttpDaemon {
public:
    // Listens on bind:port (port 0: any free one). Throws podium::Error when it cannot.
    HttpDaemon(HttpHandler& handler, const StateBoard& board, const std::string& bind, int port, HttpLimits limits,
        const TlsIdentity* tls);
    ~HttpDaemon();
    HttpDaemon(const HttpDaemon&) = delete;
    HttpDaemon& operator=(const HttpDaemon&) = delete;

    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] const HttpLimits& limits() const { return m_limits; }
    // Ends every live stream now (the token changed): they reconnect and must authenticate again.
    void end_streams();
    // The stream slots are full and a page from `peer` asked for one: probe the streams that
    // hold the slots it was refused for (the peer's own when `peer_only`, else all) to find the
    // stalled ones (see stall_limit). On the daemon's thread, from the handler.
    void probe_streams(const std::string& peer, bool peer_only);
    // Live streams cut as stalled so far.
    [[nodiscard]] std::size_t stalled_streams_cut() const { return m_stalled_cut.load(); }

    // For MHD's callbacks (http_daemon.cpp) only.
    struct Callbacks;
    struct RequestContext;
    struct StreamContext;

private:
    using Clock = std::chrono::steady_clock;
    void pump();
    void sweep_heads(std::chrono::steady_clock::time_point now);
    void evict_for(const std::string& peer);
    void sweep_stalled_streams(Clock::time_point now, std::vector<MHD_Connection*>& resume);

    HttpHandler& m_handler;
    const StateBoard& m_board;
    HttpLimits m_limits;
    bool m_tls = false;
    int m_port = 0;
    MHD_Daemon* m_daemon = nullptr;

    struct Waiter {
        MHD_Connection* connection;
        std::uint64_t ticket;
        Clock::time_point deadline;
    };
    struct Watched {
        std::string peer;
        int fd = -1;
        Clock::time_point since;
        bool in_request = false;
        bool cut = false;
    };
    std::mutex m_mutex;                   // everything below, between MHD's thread and the pump
    std::condition_variable m_wake;
    std::vector<Waiter> m_waiters;
    std::vector<StreamContext*> m_sleeping_streams;
    std::vector<StreamContext*> m_streams;    // every live stream, sleeping or not
    std::string m_probe;                      // the probe comment, made once
    Clock::time_point m_stalled_checked;
    std::unordered_map<MHD_Connection*, Watched> m_watched;
    std::uint64_t m_stream_generation = 0;
    bool m_stopping = false;
    std::atomic<std::size_t> m_stalled_cut{0};
    std::thread m_pump;
};

} // namespace podium
