// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/remote_server.hpp"

#include "core/error.hpp"
#include "core/i18n/translate.hpp"
#include "core/remote/remote_request.hpp"
#include "core/remote/token.hpp"
#include "remote/bounded_thread_pool.hpp"
#include "remote/local_addresses.hpp"
#include "remote/page_assets.hpp"
#include "remote/qr_code.hpp"
#include "remote/remote_token.hpp"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <sys/socket.h>

namespace podium {

namespace {

using namespace std::chrono_literals;

constexpr auto json_type = "application/json; charset=utf-8";
// A live page with nothing new still hears from the server this often, so a phone that went
// away is noticed (the write fails) and proxies keep the stream open.
constexpr auto heartbeat = 10s;

void send_error(httplib::Response& response, int status, const std::string& message)
{
    response.status = status;
    response.set_content(nlohmann::json{{"error", message}}.dump(), json_type);
}

void reuse_address(int socket)
{
    const int yes = 1;
    ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
}

bool is_api(const std::string& path)
{
    return path.rfind("/api/", 0) == 0;
}

} // namespace

RemoteServer::RemoteServer(const Script& script, const Timing& timing, RemoteOptions options)
    : m_script(&script)
    , m_timing(&timing)
    , m_options(std::move(options))
    , m_token(m_options.token.empty() ? random_token() : m_options.token)
    , m_server(std::make_unique<httplib::Server>())
    , m_inbox(m_options.max_commands)
{
    if (!token_is_url_safe(m_token)) {
        throw Error(_("--remote-token may hold only letters, digits and - _ . ~ (it goes into the URL)"));
    }
    const std::size_t threads = m_options.threads;
    const std::size_t queued = m_options.max_queued;
    m_server->new_task_queue = [threads, queued] { return new BoundedThreadPool(threads, queued); };
    m_server->set_payload_max_length(m_options.max_body);
    // httplib serves a connection on one thread for as long as it stays open, so a kept-alive
    // connection idling between a poller's requests would hold a thread doing nothing: 100
    // pollers would need 100 threads. One request per connection frees the thread as soon as the
    // answer is written (a new loopback or LAN connection costs well under a millisecond). Live
    // pages hold their stream's connection, which is what it is for.
    m_server->set_keep_alive_max_count(1);
    m_server->set_keep_alive_timeout(1);
    m_server->set_read_timeout(3, 0);       // a client that connects and says nothing lets go soon
    m_server->set_write_timeout(5, 0);
    m_server->set_tcp_nodelay(true);        // a state push is one small write: send it now
    route();
    // httplib's default socket options set SO_REUSEPORT, with which a second Podium on the same
    // port binds too and the kernel splits the phones' requests between the two prompters.
    // SO_REUSEADDR alone still lets a restarted Podium take its port back at once. And httplib
    // 0.11 listens with a backlog of 5 connections, which a burst of pollers overflows (they then
    // wait for SYN retries, 1 s, 3 s…): keep the listening socket's descriptor to widen it.
    int listening = -1;
    m_server->set_socket_options([&listening](int socket) {
        reuse_address(socket);
        listening = socket;
    });
    if (m_options.port == 0) {
        m_port = m_server->bind_to_any_port(m_options.bind);
    } else if (m_server->bind_to_port(m_options.bind, m_options.port)) {
        m_port = m_options.port;
    } else {
        m_port = -1;
    }
    if (m_port <= 0) {
        throw Error(fill_in(_("cannot serve the remote on {}:{} (the port is in use, or the address is not this machine's): choose another with --remote-port or --remote-bind"), m_options.bind, std::to_string(m_options.port)));
    }
    if (listening >= 0) {
        ::listen(listening, SOMAXCONN); // on a listening socket, listen() again only sets the backlog
    }
    m_server->set_socket_options(reuse_address);
    m_pairing.url = "http://" + url_host_for(m_options.bind) + ":" + std::to_string(m_port) + "/?t=" + m_token;
    m_pairing.qr = make_qr(m_pairing.url);
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    // httplib's stop() does nothing before the listening loop runs, and the destructor's join
    // would then wait for ever: return only once it runs (a few microseconds; bounded anyway).
    for (int i = 0; i < 5000 && !m_server->is_running(); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

RemoteServer::~RemoteServer()
{
    m_board.close(); // live pages stop waiting for states and end
    m_server->stop();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

bool RemoteServer::authorised(const httplib::Request& request) const
{
    if (request.has_param("t")) {
        return tokens_equal(m_token, request.get_param_value("t"));
    }
    const std::string header = request.get_header_value("Authorization");
    constexpr std::string_view bearer = "Bearer ";
    if (header.size() > bearer.size() && std::string_view(header).substr(0, bearer.size()) == bearer) {
        return tokens_equal(m_token, std::string_view(header).substr(bearer.size()));
    }
    return false;
}

void RemoteServer::route()
{
    httplib::Server& server = *m_server;
    server.set_default_headers({{"Cache-Control", "no-store"}, {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"}});
    // Before any handler: unknown paths are 404 whoever asks; everything but the page's own code
    // (the same for everyone, no state in it) needs the token.
    server.set_pre_routing_handler([this](const httplib::Request& request, httplib::Response& response) {
        const std::string& path = request.path;
        const bool known = is_api(path)
            ? (path == "/api/state" || path == "/api/events" || path == "/api/command" || path == "/api/jump")
            : find_page_asset(path) != nullptr;
        if (!known) {
            send_error(response, 404, "no such path: the page is /, the API is under /api/ (docs/remote.md)");
            return httplib::Server::HandlerResponse::Handled;
        }
        if (path != "/" && !is_api(path)) {
            return httplib::Server::HandlerResponse::Unhandled; // remote.js, remote.css, icon.svg
        }
        if (!authorised(request)) {
            response.set_header("WWW-Authenticate", "Bearer");
            if (path == "/") {
                response.status = 401;
                response.set_content("<!doctype html><meta name=viewport content=\"width=device-width\">"
                                     "<title>Podium remote</title><p style=\"font:18px sans-serif;padding:1em\">"
                                     "Open the link Podium shows (it ends in <code>?t=…</code>), or scan its QR code.</p>",
                    "text/html; charset=utf-8");
            } else {
                send_error(response, 401, "missing or wrong token: pass ?t=TOKEN or the header Authorization: Bearer TOKEN");
            }
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    for (const PageAsset& asset : page_assets()) {
        server.Get(std::string(asset.path), [&asset](const httplib::Request&, httplib::Response& response) {
            response.set_content(asset.bytes.data(), asset.bytes.size(), std::string(asset.content_type).c_str());
        });
    }
    server.Get("/api/state", [this](const httplib::Request&, httplib::Response& response) {
        send_state(response, m_board.latest());
    });
    server.Get("/api/events", [this](const httplib::Request&, httplib::Response& response) { stream_events(response); });
    server.Post("/api/command", [this](const httplib::Request& request, httplib::Response& response) {
        handle_command(request, response, false);
    });
    server.Post("/api/jump", [this](const httplib::Request& request, httplib::Response& response) {
        handle_command(request, response, true);
    });
    // A known path with the wrong method (GET /api/command, POST /api/state) ends here.
    server.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& request,
                                                                      httplib::Response& response) {
        if (!response.body.empty()) {
            return httplib::Server::HandlerResponse::Unhandled;
        }
        if (response.status == 404) {
            send_error(response, 405, "method " + request.method + " is not allowed here (docs/remote.md)");
        } else if (response.status == 413) {
            send_error(response, 413, "the request body is too large");
        } else {
            send_error(response, response.status, "request refused");
        }
        return httplib::Server::HandlerResponse::Handled;
    }));
    server.set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
        send_error(response, 500, "internal error");
    });
}

void RemoteServer::send_state(httplib::Response& response, const PublishedState& published) const
{
    if (!published.state) {
        send_error(response, 503, "the prompter has not drawn its first frame yet");
        return;
    }
    response.set_content(remote_state_json(*published.state), json_type);
}

void RemoteServer::handle_command(const httplib::Request& request, httplib::Response& response, bool jump)
{
    const RemoteRequest parsed = jump
        ? parse_jump_request(request.body, m_script->sections.size(), m_script->sentences.size())
        : parse_command_request(request.body, *m_script);
    if (!parsed.command) {
        send_error(response, 400, parsed.error);
        return;
    }
    const std::optional<std::uint64_t> ticket = m_inbox.push(*parsed.command);
    if (!ticket) {
        response.set_header("Retry-After", "1");
        send_error(response, 429, "commands are arriving faster than the prompter applies them: try again");
        return;
    }
    // Answer with the state the command led to, so a script sees its effect in one round trip.
    const auto deadline = StateBoard::Clock::now()
        + std::chrono::duration_cast<StateBoard::Clock::duration>(std::chrono::duration<double>(m_options.apply_wait));
    const PublishedState after = m_board.wait_applied(*ticket, deadline);
    if (!after.state) {
        response.status = 202; // queued; the prompter applies it when it draws its next frame
        response.set_content(nlohmann::json{{"queued", true}}.dump(), json_type);
        return;
    }
    send_state(response, after);
}

void RemoteServer::stream_events(httplib::Response& response)
{
    if (m_streams.fetch_add(1) >= m_options.max_streams) {
        m_streams.fetch_sub(1);
        send_error(response, 503, "too many live pages are open: close one, or poll GET /api/state");
        return;
    }
    std::uint64_t version = 0;
    bool first = true;
    response.set_chunked_content_provider(
        "text/event-stream",
        [this, version, first](std::size_t, httplib::DataSink& sink) mutable {
            if (first) {
                first = false;
                // EventSource reconnects by itself; one second after a drop is quick enough for
                // a person and gentle on a server that just restarted.
                const std::string hello = "retry: 1000\n\n";
                if (!sink.write(hello.data(), hello.size())) {
                    return false;
                }
            }
            const PublishedState next = m_board.wait_newer(version, StateBoard::Clock::now() + heartbeat);
            if (m_board.closed()) {
                sink.done();
                return true;
            }
            std::string message;
            if (next.state) {
                version = next.state->version;
                message = "id: " + std::to_string(version) + "\ndata: " + remote_state_json(*next.state) + "\n\n";
            } else {
                message = ": nothing new\n\n";
            }
            return sink.write(message.data(), message.size());
        },
        [this](bool) { m_streams.fetch_sub(1); });
}

void RemoteServer::take_commands(std::vector<Command>& out)
{
    m_taken = m_inbox.take(out);
}

void RemoteServer::publish(const PrompterView& view, const std::vector<double>& section_actual, bool blank)
{
    RemoteState next = remote_state_of(*m_script, *m_timing, view, section_actual, blank);
    const bool due = !m_last || m_unpublished || m_taken != m_last_applied || remote_state_changed(*m_last, next);
    if (!due) {
        return;
    }
    next.version = ++m_version;
    auto shared = std::make_shared<const RemoteState>(std::move(next));
    if (m_board.try_publish({shared, m_taken})) {
        m_last = std::move(shared);
        m_last_applied = m_taken;
        m_unpublished = false;
    } else {
        m_unpublished = true; // a reader held the board this instant: next frame
    }
}

} // namespace podium
