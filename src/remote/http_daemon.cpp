// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/http_daemon.hpp"

#include "core/error.hpp"
#include "core/i18n/translate.hpp"
#include "remote/tls_identity.hpp"

#include <microhttpd.h>

#include <arpa/inet.h>
#include <netdb.h>
#include <linux/sockios.h>
#include <netinet/in.h>
#include <linux/tcp.h> // struct tcp_info with tcpi_bytes_acked (glibc's copy is older)
#include <sys/ioctl.h>
#include <sys/socket.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace podium {

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

// Every answer, from the page to an error: nothing is cached, nothing sniffed, no Referer leaves
// the page (its URL holds the token), and the page cannot be framed or load anything from
// elsewhere (docs/remote.md, "Threat model").
constexpr const char* common_headers[][2] = {
    {"Cache-Control", "no-store"},
    {"X-Content-Type-Options", "nosniff"},
    {"Referrer-Policy", "no-referrer"},
    {"Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'"},
    {"X-Frame-Options", "DENY"},
};

constexpr char internal_error[] = "{\"error\":\"internal error\",\"code\":\"internal\"}";

bool equal_without_case(std::string_view a, std::string_view b)
{
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

void add_common_headers(MHD_Response* response)
{
    for (const auto& header : common_headers) {
        MHD_add_response_header(response, header[0], header[1]);
    }
}

// A peer as rate limits count it: an IPv4 address, or an IPv6 /64 (one device can hold a whole
// /64, so counting single IPv6 addresses would let it rotate past every limit).
std::string peer_key(const sockaddr* address)
{
    if (address == nullptr) {
        return "?";
    }
    char text[INET6_ADDRSTRLEN] = {};
    if (address->sa_family == AF_INET) {
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(address)->sin_addr, text, sizeof text);
        return text;
    }
    if (address->sa_family == AF_INET6) {
        in6_addr prefix = reinterpret_cast<const sockaddr_in6*>(address)->sin6_addr;
        if (IN6_IS_ADDR_V4MAPPED(&prefix)) {
            inet_ntop(AF_INET, &prefix.s6_addr[12], text, sizeof text);
            return text;
        }
        std::memset(&prefix.s6_addr[8], 0, 8);
        inet_ntop(AF_INET6, &prefix, text, sizeof text);
        return std::string(text) + "/64";
    }
    return "?";
}

MHD_Result queue_static_error(MHD_Connection* connection)
{
    MHD_Response* response = MHD_create_response_from_buffer(sizeof internal_error - 1,
        const_cast<char*>(internal_error), MHD_RESPMEM_PERSISTENT);
    if (response == nullptr) {
        return MHD_NO;
    }
    add_common_headers(response);
    MHD_add_response_header(response, "Content-Type", "application/json; charset=utf-8");
    const MHD_Result queued = MHD_queue_response(connection, 500, response);
    MHD_destroy_response(response);
    return queued;
}

MHD_Result queue_answer(MHD_Connection* connection, const HttpAnswer& answer)
{
    MHD_Response* response = MHD_create_response_from_buffer(answer.body.size(),
        const_cast<char*>(answer.body.data()), MHD_RESPMEM_MUST_COPY);
    if (response == nullptr) {
        return MHD_NO;
    }
    add_common_headers(response);
    if (!answer.content_type.empty()) {
        MHD_add_response_header(response, "Content-Type", answer.content_type.c_str());
    }
    for (const auto& [name, value] : answer.headers) {
        MHD_add_response_header(response, name.c_str(), value.c_str());
    }
    const MHD_Result queued = MHD_queue_response(connection, static_cast<unsigned>(answer.status), response);
    MHD_destroy_response(response);
    return queued;
}

} // namespace

std::optional<std::string> HttpRequest::header(std::string_view name) const
{
    for (const auto& [key, value] : headers) {
        if (equal_without_case(key, name)) {
            return value;
        }
    }
    return std::nullopt;
}

struct HttpDaemon::RequestContext {
    enum class Phase { Reading, Waiting, Answered };
    HttpRequest request;
    Phase phase = Phase::Reading;
    std::uint64_t ticket = 0;
};

struct HttpDaemon::StreamContext {
    HttpDaemon* daemon = nullptr;
    MHD_Connection* connection = nullptr;
    std::string peer;
    std::uint64_t version = 0;
    std::uint64_t generation = 0;
    Clock::time_point last_sent;
    std::string pending;
    std::size_t offset = 0;
    // Under the daemon's mutex: the stall watch (HttpLimits::stall_limit).
    bool probe_due = false;
    bool cut = false;
    Clock::time_point probed_at{};
    std::uint64_t acked = 0;              // the peer's acknowledged bytes when last looked at
    Clock::time_point progress_at;        // when the socket last had nothing waiting, or an acknowledgement came
};

struct HttpDaemon::Callbacks {
    static MHD_Result access(void* cls, MHD_Connection* connection, const char* url, const char* method,
        const char* /*version*/, const char* upload, std::size_t* upload_size, void** context)
    {
        auto& daemon = *static_cast<HttpDaemon*>(cls);
        try {
            auto* request = static_cast<RequestContext*>(*context);
            if (request == nullptr) {
                auto owned = std::make_unique<RequestContext>();
                fill(owned->request, connection, url, method, daemon.m_tls);
                request = owned.release();
                *context = request; // deleted in completed()
                {
                    const std::lock_guard lock(daemon.m_mutex);
                    auto found = daemon.m_watched.find(connection);
                    if (found != daemon.m_watched.end()) {
                        found->second.in_request = true;
                    }
                }
                if (const auto refusal = daemon.m_handler.check_head(request->request)) {
                    request->phase = RequestContext::Phase::Answered;
                    return queue_answer(connection, *refusal);
                }
                return MHD_YES;
            }
            switch (request->phase) {
            case RequestContext::Phase::Reading:
                if (*upload_size != 0) {
                    // Chunked bodies have no length to check first: count them as they come and
                    // drop the connection the moment one passes the limit.
                    if (request->request.body.size() + *upload_size > daemon.m_limits.max_body) {
                        return MHD_NO;
                    }
                    request->request.body.append(upload, *upload_size);
                    *upload_size = 0;
                    return MHD_YES;
                }
                return respond(daemon, connection, *request);
            case RequestContext::Phase::Waiting: {
                request->phase = RequestContext::Phase::Answered;
                const bool applied = daemon.m_board.latest().applied >= request->ticket;
                return queue_answer(connection, daemon.m_handler.answer_applied(request->request, request->ticket, applied));
            }
            case RequestContext::Phase::Answered:
                return MHD_YES;
            }
            return MHD_NO;
        } catch (...) {
            // bad_alloc or anything else in a handler: this request fails, the prompter goes on.
            auto* request = static_cast<RequestContext*>(*context);
            if (request != nullptr && request->phase != RequestContext::Phase::Answered) {
                request->phase = RequestContext::Phase::Answered;
                return queue_static_error(connection);
            }
            return MHD_NO;
        }
    }

    static void fill(HttpRequest& request, MHD_Connection* connection, const char* url, const char* method, bool tls)
    {
        request.method = method;
        request.path = url;
        request.tls = tls;
        const MHD_ConnectionInfo* info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
        request.peer = peer_key(info != nullptr ? info->client_addr : nullptr);
        if (const char* token = MHD_lookup_connection_value(connection, MHD_GET_ARGUMENT_KIND, "t")) {
            request.query_token = token;
        }
        MHD_get_connection_values_n(connection, MHD_HEADER_KIND,
            [](void* cls, MHD_ValueKind, const char* key, std::size_t key_size, const char* value,
                std::size_t value_size) -> MHD_Result {
                auto& headers = *static_cast<HeaderList*>(cls);
                headers.emplace_back(std::string(key, key_size),
                    value != nullptr ? std::string(value, value_size) : std::string());
                return MHD_YES;
            },
            &request.headers);
    }

    static MHD_Result respond(HttpDaemon& daemon, MHD_Connection* connection, RequestContext& request)
    {
        HttpReply reply = daemon.m_handler.handle(request.request);
        switch (reply.kind) {
        case HttpReply::Kind::Answer:
            request.phase = RequestContext::Phase::Answered;
            return queue_answer(connection, reply.answer);
        case HttpReply::Kind::AwaitTicket: {
            request.ticket = reply.ticket;
            request.phase = RequestContext::Phase::Waiting;
            const std::lock_guard lock(daemon.m_mutex);
            if (daemon.m_board.latest().applied >= reply.ticket || daemon.m_stopping) {
                request.phase = RequestContext::Phase::Answered;
                return queue_answer(connection, daemon.m_handler.answer_applied(request.request, reply.ticket, true));
            }
            daemon.m_waiters.push_back({connection, reply.ticket,
                Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(daemon.m_limits.apply_wait))});
            MHD_suspend_connection(connection); // the pump resumes it; then access() answers
            return MHD_YES;
        }
        case HttpReply::Kind::Stream:
            request.phase = RequestContext::Phase::Answered;
            return queue_stream(daemon, connection, request.request, reply.answer);
        }
        return MHD_NO;
    }

    static MHD_Result queue_stream(HttpDaemon& daemon, MHD_Connection* connection, const HttpRequest& request,
        const HttpAnswer& head)
    {
        auto stream = std::make_unique<StreamContext>();
        stream->daemon = &daemon;
        stream->connection = connection;
        stream->peer = request.peer;
        stream->last_sent = Clock::now();
        stream->progress_at = stream->last_sent;
        stream->pending = head.body; // the greeting ("retry: …"), before the first state
        {
            const std::lock_guard lock(daemon.m_mutex);
            stream->generation = daemon.m_stream_generation;
        }
        MHD_Response* response = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 4096, &read_stream, stream.get(),
            &free_stream);
        if (response == nullptr) {
            daemon.m_handler.stream_ended(request.peer);
            return MHD_NO;
        }
        {
            const std::lock_guard lock(daemon.m_mutex);
            daemon.m_streams.push_back(stream.get());
        }
        stream.release(); // the response owns it now: free_stream()
        add_common_headers(response);
        MHD_add_response_header(response, "Content-Type", head.content_type.c_str());
        for (const auto& [name, value] : head.headers) {
            MHD_add_response_header(response, name.c_str(), value.c_str());
        }
        const MHD_Result queued = MHD_queue_response(connection, 200, response);
        MHD_destroy_response(response);
        return queued;
    }

    static ssize_t read_stream(void* cls, std::uint64_t, char* buffer, std::size_t max)
    {
        auto& stream = *static_cast<StreamContext*>(cls);
        HttpDaemon& daemon = *stream.daemon;
        try {
            if (stream.offset >= stream.pending.size()) {
                stream.pending.clear();
                stream.offset = 0;
                const std::lock_guard lock(daemon.m_mutex);
                if (stream.generation != daemon.m_stream_generation || stream.cut) {
                    return MHD_CONTENT_READER_END_WITH_ERROR; // revoked or stalled: close the connection itself
                }
                if (stream.probe_due) {
                    stream.probe_due = false;
                    stream.pending = daemon.m_probe;
                    stream.last_sent = Clock::now();
                    const std::size_t count = std::min(max, stream.pending.size());
                    std::memcpy(buffer, stream.pending.data(), count);
                    stream.offset = count;
                    return static_cast<ssize_t>(count);
                }
                if (daemon.m_stopping || daemon.m_board.closed()) {
                    return MHD_CONTENT_READER_END_OF_STREAM;
                }
                const auto now = Clock::now();
                const bool quiet = now - stream.last_sent >= std::chrono::duration<double>(daemon.m_limits.heartbeat);
                std::optional<std::string> next = daemon.m_handler.next_event(stream.version, quiet);
                if (!next) {
                    daemon.m_sleeping_streams.push_back(&stream);
                    MHD_suspend_connection(stream.connection); // nothing to send: no busy loop
                    return 0;
                }
                stream.pending = std::move(*next);
                stream.last_sent = now;
            }
            const std::size_t count = std::min(max, stream.pending.size() - stream.offset);
            std::memcpy(buffer, stream.pending.data() + stream.offset, count);
            stream.offset += count;
            return static_cast<ssize_t>(count);
        } catch (...) {
            return MHD_CONTENT_READER_END_WITH_ERROR;
        }
    }

    static void free_stream(void* cls)
    {
        std::unique_ptr<StreamContext> stream(static_cast<StreamContext*>(cls));
        HttpDaemon& daemon = *stream->daemon;
        {
            const std::lock_guard lock(daemon.m_mutex);
            std::erase(daemon.m_sleeping_streams, stream.get());
            std::erase(daemon.m_streams, stream.get());
        }
        daemon.m_handler.stream_ended(stream->peer);
    }

    static void completed(void* cls, MHD_Connection* connection, void** context, MHD_RequestTerminationCode)
    {
        auto& daemon = *static_cast<HttpDaemon*>(cls);
        delete static_cast<RequestContext*>(*context);
        *context = nullptr;
        const std::lock_guard lock(daemon.m_mutex);
        std::erase_if(daemon.m_waiters, [&](const Waiter& waiter) { return waiter.connection == connection; });
        auto found = daemon.m_watched.find(connection);
        if (found != daemon.m_watched.end()) {
            found->second.in_request = false; // a kept-alive connection's next head: a new deadline
            found->second.since = Clock::now();
        }
    }

    static void connection_event(void* cls, MHD_Connection* connection, void**, MHD_ConnectionNotificationCode code)
    {
        auto& daemon = *static_cast<HttpDaemon*>(cls);
        try {
            const std::lock_guard lock(daemon.m_mutex);
            if (code == MHD_CONNECTION_NOTIFY_STARTED) {
                const MHD_ConnectionInfo* fd = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
                const MHD_ConnectionInfo* address = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
                const std::string peer = peer_key(address != nullptr ? address->client_addr : nullptr);
                daemon.m_watched[connection] = Watched{peer, fd != nullptr ? fd->connect_fd : -1, Clock::now()};
                daemon.evict_for(peer);
            } else {
                // MHD tells before it closes the socket, so the pump never cuts a reused descriptor.
                daemon.m_watched.erase(connection);
            }
        } catch (...) {
            // Out of memory for the watch list: this connection simply has no head deadline.
        }
    }
};

HttpDaemon::HttpDaemon(HttpHandler& handler, const StateBoard& board, const std::string& bind, int port,
    HttpLimits limits, const TlsIdentity* tls)
    : m_handler(handler)
    , m_board(board)
    , m_limits(limits)
    , m_tls(tls != nullptr)
{
    addrinfo hints{};
    hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV | AI_PASSIVE;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const std::string service = std::to_string(port);
    if (::getaddrinfo(bind.c_str(), service.c_str(), &hints, &found) != 0 || found == nullptr) {
        throw Error(fill_in(_("--remote-bind {} is not an IP address (e.g. 0.0.0.0, 127.0.0.1, ::, ::1)"), bind));
    }
    sockaddr_storage address{};
    std::memcpy(&address, found->ai_addr, found->ai_addrlen);
    const bool ipv6 = found->ai_family == AF_INET6;
    ::freeaddrinfo(found);

    // The probe: SSE comment lines (ignored by every EventSource), then the blank line that ends them;
    // made before MHD's thread starts, which reads it.
    const std::string line = ":" + std::string(1022, '.') + "\n";
    m_probe.reserve(m_limits.probe_bytes + line.size());
    while (m_probe.size() < m_limits.probe_bytes) {
        m_probe += line;
    }
    m_probe += "\n";

    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME;
    if (ipv6) {
        // "::" listens for IPv4 phones too; a specific IPv6 address only for itself.
        const in6_addr& any = reinterpret_cast<const sockaddr_in6*>(&address)->sin6_addr;
        flags |= IN6_IS_ADDR_UNSPECIFIED(&any) ? MHD_USE_DUAL_STACK : MHD_USE_IPv6;
    }
    if (tls != nullptr) {
        flags |= MHD_USE_TLS;
    }
    std::vector<MHD_OptionItem> options{
        {MHD_OPTION_SOCK_ADDR, 0, &address},
        {MHD_OPTION_CONNECTION_LIMIT, static_cast<intptr_t>(m_limits.max_connections), nullptr},
        {MHD_OPTION_PER_IP_CONNECTION_LIMIT, static_cast<intptr_t>(m_limits.max_per_peer * 4), nullptr},
        {MHD_OPTION_CONNECTION_MEMORY_LIMIT, static_cast<intptr_t>(m_limits.head_memory), nullptr},
        {MHD_OPTION_CONNECTION_TIMEOUT, static_cast<intptr_t>(m_limits.idle_timeout), nullptr},
        {MHD_OPTION_LISTEN_BACKLOG_SIZE, SOMAXCONN, nullptr},
        {MHD_OPTION_STRICT_FOR_CLIENT, 1, nullptr},
        {MHD_OPTION_NOTIFY_COMPLETED, reinterpret_cast<intptr_t>(&Callbacks::completed), this},
        {MHD_OPTION_NOTIFY_CONNECTION, reinterpret_cast<intptr_t>(&Callbacks::connection_event), this},
    };
    if (tls != nullptr) {
        options.push_back({MHD_OPTION_HTTPS_MEM_KEY, 0, const_cast<char*>(tls->key_pem.c_str())});
        options.push_back({MHD_OPTION_HTTPS_MEM_CERT, 0, const_cast<char*>(tls->certificate_pem.c_str())});
    }
    options.push_back({MHD_OPTION_END, 0, nullptr});
    m_daemon = MHD_start_daemon(flags, static_cast<std::uint16_t>(port), nullptr, nullptr, &Callbacks::access, this,
        MHD_OPTION_ARRAY, options.data(), MHD_OPTION_END);
    if (m_daemon == nullptr) {
        throw Error(fill_in(_("cannot serve the remote on {}:{} (the port is in use, or the address is not this machine's): choose another with --remote-port or --remote-bind"), url_host(bind), std::to_string(port)));
    }
    const MHD_DaemonInfo* info = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT);
    m_port = info != nullptr ? info->port : port;
    m_pump = std::thread([this] { pump(); });
}

HttpDaemon::~HttpDaemon()
{
    std::vector<MHD_Connection*> suspended;
    {
        // From here no request suspends any more (access() and read_stream() see m_stopping), so
        // these lists are every suspended connection: MHD refuses to stop while one is left.
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        for (const Waiter& waiter : m_waiters) {
            suspended.push_back(waiter.connection);
        }
        for (const StreamContext* stream : m_sleeping_streams) {
            suspended.push_back(stream->connection);
        }
        m_waiters.clear();
        m_sleeping_streams.clear();
    }
    m_wake.notify_all();
    if (m_pump.joinable()) {
        m_pump.join();
    }
    for (MHD_Connection* connection : suspended) {
        MHD_resume_connection(connection);
    }
    MHD_stop_daemon(m_daemon);
}

void HttpDaemon::end_streams()
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_stream_generation;
    }
    m_wake.notify_all();
}

void HttpDaemon::probe_streams(const std::string& peer, bool peer_only)
{
    const auto now = Clock::now();
    const auto interval = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(m_limits.probe_interval));
    const std::lock_guard lock(m_mutex);
    for (StreamContext* stream : m_streams) {
        if ((!peer_only || stream->peer == peer) && !stream->cut
            && (stream->probed_at == Clock::time_point{} || now - stream->probed_at >= interval)) {
            stream->probe_due = true; // a sleeping one is woken by the pump
            stream->probed_at = now;
        }
    }
}

void HttpDaemon::sweep_stalled_streams(Clock::time_point now, std::vector<MHD_Connection*>& resume)
{
    // Ten times a second: two system calls per live page (at most 8), and the cut comes at most
    // 0.1 s after the limit.
    if (now - m_stalled_checked < 100ms) {
        return;
    }
    m_stalled_checked = now;
    const auto limit = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(m_limits.stall_limit));
    for (StreamContext* stream : m_streams) {
        const auto watched = m_watched.find(stream->connection);
        if (stream->cut || watched == m_watched.end() || watched->second.fd < 0) {
            continue;
        }
        // Under m_mutex, so MHD (connection_event) cannot close this descriptor meanwhile.
        const int fd = watched->second.fd;
        int waiting = 0;
        tcp_info info{};
        socklen_t size = sizeof info;
        if (::ioctl(fd, SIOCOUTQ, &waiting) != 0 || ::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &size) != 0) {
            continue;
        }
        if (waiting == 0 || info.tcpi_bytes_acked != stream->acked) {
            stream->acked = info.tcpi_bytes_acked;
            stream->progress_at = now;
        } else if (now - stream->progress_at > limit) {
            // Bytes wait in the socket and the peer has acknowledged none of them for the whole
            // limit: it stopped reading (or left). Cut the socket; the stream's next turn ends it.
            ::shutdown(fd, SHUT_RDWR);
            stream->cut = true;
            ++m_stalled_cut;
            if (std::erase(m_sleeping_streams, stream) > 0) {
                resume.push_back(stream->connection);
            }
        }
    }
}

void HttpDaemon::evict_for(const std::string& peer)
{
    // Over the cap, a peer's (or everyone's) connection that has waited longest without finishing
    // its head is cut: a slowloris from the phone's own address (or many addresses) cannot lock
    // the phone out, because a real request's head arrives at once and the trickling ones are
    // always the oldest.
    const auto oldest_head = [&](bool same_peer) {
        Watched* oldest = nullptr;
        std::size_t count = 0;
        for (auto& [connection, watched] : m_watched) {
            if (same_peer && watched.peer != peer) {
                continue;
            }
            if (!watched.cut) {
                ++count;
            }
            if (!watched.in_request && !watched.cut && watched.fd >= 0 && (oldest == nullptr || watched.since < oldest->since)) {
                oldest = &watched;
            }
        }
        return std::pair{oldest, count};
    };
    for (const bool same_peer : {true, false}) {
        const std::size_t cap = same_peer ? m_limits.max_per_peer : m_limits.max_connections * 3 / 4;
        const auto [oldest, count] = oldest_head(same_peer);
        if (count > cap && oldest != nullptr) {
            ::shutdown(oldest->fd, SHUT_RDWR);
            oldest->cut = true;
        }
    }
}

void HttpDaemon::sweep_heads(Clock::time_point now)
{
    const auto deadline = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(m_limits.head_deadline));
    for (auto& [connection, watched] : m_watched) {
        if (!watched.in_request && !watched.cut && watched.fd >= 0 && now - watched.since > deadline) {
            // MHD's own timeout restarts with every byte, so a client trickling its head would
            // never meet it: cut the socket; MHD sees the end and closes the connection itself.
            ::shutdown(watched.fd, SHUT_RDWR);
            watched.cut = true;
        }
    }
}

void HttpDaemon::pump()
{
    std::uint64_t seen = 0;
    std::vector<MHD_Connection*> resume;
    for (;;) {
        PublishedState latest = m_board.wait_newer(seen, Clock::now() + 50ms);
        if (!latest.state) {
            latest = m_board.latest();
            if (m_board.closed()) {
                std::unique_lock lock(m_mutex);
                m_wake.wait_for(lock, 50ms);
            }
        }
        if (latest.state) {
            seen = latest.state->version;
        }
        const auto now = Clock::now();
        resume.clear();
        {
            const std::lock_guard lock(m_mutex);
            if (m_stopping) {
                return;
            }
            const bool closed = m_board.closed();
            std::erase_if(m_waiters, [&](const Waiter& waiter) {
                const bool due = closed || latest.applied >= waiter.ticket || now >= waiter.deadline;
                if (due) {
                    resume.push_back(waiter.connection);
                }
                return due;
            });
            std::erase_if(m_sleeping_streams, [&](StreamContext* stream) {
                const bool due = closed || stream->generation != m_stream_generation || stream->probe_due || stream->cut
                    || (latest.state && latest.state->version > stream->version)
                    || now - stream->last_sent >= std::chrono::duration<double>(m_limits.heartbeat);
                if (due) {
                    resume.push_back(stream->connection);
                }
                return due;
            });
            sweep_heads(now);
            sweep_stalled_streams(now, resume);
        }
        // Outside our lock: MHD takes its own. A suspended connection cannot close before it is
        // resumed, so these pointers stay valid.
        for (MHD_Connection* connection : resume) {
            MHD_resume_connection(connection);
        }
    }
}

} // namespace podium
