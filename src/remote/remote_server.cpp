// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/remote_server.hpp"

#include "core/error.hpp"
#include "core/i18n/catalogue.hpp"
#include "core/remote/remote_request.hpp"
#include "core/remote/request_policy.hpp"
#include "core/remote/token.hpp"
#include "core/text/markup_escape.hpp"
#include "remote/local_addresses.hpp"
#include "remote/page_assets.hpp"
#include "remote/page_messages.hpp"
#include "remote/qr_code.hpp"
#include "remote/remote_token.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <string_view>
#include <unistd.h>

namespace podium {

namespace {

using Clock = std::chrono::steady_clock;

constexpr auto json_type = "application/json; charset=utf-8";
// A phone that made an authorised request this recently counts as connected (the page polls
// or holds a stream; a script that sends a command now and then shows for a moment).
constexpr std::int64_t connected_ms = 5000;


bool is_api(const std::string& path)
{
    return path.rfind("/api/", 0) == 0;
}

bool is_command_path(const std::string& path)
{
    return path == "/api/command" || path == "/api/jump";
}

// The paths where ?t= may carry the token: the page itself (the QR code's link) and the event
// stream (EventSource cannot send headers). Everything else takes the Authorization header only,
// so a link or a form on another site cannot act with a token it got hold of.
bool query_token_allowed(const std::string& path)
{
    return path == "/" || path == "/api/events";
}

std::vector<std::string> host_names(const RemoteOptions& options)
{
    std::vector<std::string> names{"localhost", "127.0.0.1", "::1"};
    const std::vector<std::string> local = local_ipv4_addresses();
    names.insert(names.end(), local.begin(), local.end());
    if (options.bind != "0.0.0.0" && options.bind != "::") {
        names.push_back(options.bind);
    }
    char hostname[256] = {};
    if (::gethostname(hostname, sizeof hostname - 1) == 0 && hostname[0] != '\0') {
        names.emplace_back(hostname);
        names.push_back(std::string(hostname) + ".local");
    }
    names.insert(names.end(), options.hosts.begin(), options.hosts.end());
    return names;
}

// Every API error's message in `language`, looked up once before the server's threads start
// (messages_in switches the process's catalogue).
std::map<ApiError, std::string> api_error_texts(Language language)
{
    const std::vector<ApiError> errors = every_api_error();
    std::vector<const char*> english;
    for (const ApiError error : errors) {
        english.push_back(api_error_text(error));
    }
    const std::vector<std::string> translated = messages_in(language, english);
    std::map<ApiError, std::string> texts;
    for (std::size_t i = 0; i < errors.size(); ++i) {
        texts.emplace(errors[i], translated[i]);
    }
    return texts;
}

} // namespace

RemoteServer::RemoteServer(const Script& script, const Timing& timing, RemoteOptions options)
    : m_script(&script)
    , m_timing(&timing)
    , m_options(std::move(options))
    , m_host_names(host_names(m_options))
    , m_inbox(m_options.max_commands,
          std::chrono::duration_cast<CommandInbox::Clock::duration>(std::chrono::duration<double>(m_options.max_command_age)))
    , m_throttle(m_options.throttle)
    , m_started(Clock::now())
{
    if (!m_options.token.empty()) {
        if (const auto problem = fixed_token_problem(m_options.token)) {
            throw Error(*problem);
        }
    }
    m_token = m_options.token.empty() ? random_token() : m_options.token;
    // Before the daemon's thread: looking up another language switches the process's catalogue.
    m_page_strings_english = page_strings_json(Language::English);
    m_page_strings_chinese = page_strings_json(Language::ChineseSimplified);
    m_error_texts_english = api_error_texts(Language::English);
    m_error_texts_chinese = api_error_texts(Language::ChineseSimplified);
    if (m_options.tls) {
        m_tls = load_or_make_tls_identity(m_options.tls_folder);
        m_pairing.fingerprint = m_tls->fingerprint;
    }
    m_daemon = std::make_unique<HttpDaemon>(static_cast<HttpHandler&>(*this), m_board, m_options.bind, m_options.port, m_options.limits,
        m_tls ? &*m_tls : nullptr);
    m_http = m_daemon.get();
    m_port = m_daemon->port();
    make_pairing();
    m_serving = true;
}

RemoteServer::~RemoteServer()
{
    m_board.close(); // live pages and waiting commands end
    m_daemon.reset();
}

std::string RemoteServer::token() const
{
    const std::lock_guard lock(m_token_mutex);
    return m_token;
}

void RemoteServer::make_pairing()
{
    const std::string scheme = m_tls ? "https://" : "http://";
    m_pairing.url = scheme + url_host(url_host_for(m_options.bind)) + ":" + std::to_string(port()) + "/?t=" + token();
    m_pairing.qr = make_qr(m_pairing.url);
    ++m_pairing.generation;
}

void RemoteServer::revoke_phones()
{
    {
        const std::lock_guard lock(m_token_mutex);
        m_token = random_token();
    }
    make_pairing();
    m_http->end_streams();
}

RemoteActivity RemoteServer::activity() const
{
    const std::int64_t now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - m_started).count();
    const std::int64_t seen = m_last_seen_ms.load();
    return {m_streams.load() > 0 || (seen >= 0 && now_ms - seen <= connected_ms), m_applied_commands};
}

Language RemoteServer::language_of(const HttpRequest& request) const
{
    // The phone's language if Podium speaks it, else the prompter's own.
    return language_from_accept_language(request.header("Accept-Language").value_or(""), current_language());
}

std::string RemoteServer::error_words(Language language, const ApiMessage& message) const
{
    const auto& texts = language == Language::ChineseSimplified ? m_error_texts_chinese : m_error_texts_english;
    const auto text = texts.find(message.error);
    return api_error_message(message, text != texts.end() ? text->second : api_error_text(message.error));
}

namespace {

void add_language_headers(HttpAnswer& answer, Language language)
{
    answer.headers.emplace_back("Vary", "Accept-Language");
    answer.headers.emplace_back("Content-Language", language == Language::ChineseSimplified ? "zh-CN" : "en");
}

} // namespace

HttpAnswer RemoteServer::error_answer(const HttpRequest& request, int status, const ApiMessage& message) const
{
    // "error" for people, in the request's language; "code" for programs, never translated.
    const Language language = language_of(request);
    HttpAnswer answer{status, json_type,
        nlohmann::json{{"error", error_words(language, message)}, {"code", api_error_code(message.error)}}.dump(-1, ' ',
            false, nlohmann::json::error_handler_t::replace),
        {}};
    add_language_headers(answer, language);
    return answer;
}

// Someone typed the address, or opened an old link without its token: a page that says what to
// do, in the phone's language.
HttpAnswer RemoteServer::page_without_token(const HttpRequest& request) const
{
    const Language language = language_of(request);
    HttpAnswer answer{401, "text/html; charset=utf-8",
        "<!doctype html><meta charset=utf-8><meta name=viewport content=\"width=device-width\">"
        "<title>Podium</title><p style=\"font:18px sans-serif;padding:1em\">"
            + escape_markup(error_words(language, {ApiError::PageWithoutToken, {}})) + "</p>",
        {}};
    add_language_headers(answer, language);
    return answer;
}

std::optional<HttpAnswer> RemoteServer::check_token(const HttpRequest& request)
{
    std::optional<std::string> given;
    if (const auto authorization = request.header("Authorization")) {
        if (const auto bearer = bearer_token(*authorization)) {
            given = std::string(*bearer);
        }
    }
    if (!given && request.query_token) {
        if (!query_token_allowed(request.path)) {
            return error_answer(request, 401, {ApiError::TokenInQuery, {}});
        }
        given = *request.query_token;
    }
    if (!given) {
        HttpAnswer answer = request.path == "/" ? page_without_token(request) : error_answer(request, 401, {ApiError::MissingToken, {}});
        answer.headers.emplace_back("WWW-Authenticate", "Bearer");
        return answer;
    }
    const double now = std::chrono::duration<double>(Clock::now() - m_started).count();
    // A locked-out peer's token is not even compared: guessing gains nothing while it lasts.
    if (const double wait = m_throttle.wait_before_attempt(request.peer, now); wait > 0.0) {
        HttpAnswer answer = error_answer(request, 429, {ApiError::LockedOut, {}});
        answer.headers.emplace_back("Retry-After", std::to_string(static_cast<long>(std::ceil(wait))));
        return answer;
    }
    if (!tokens_equal(token(), *given)) {
        m_throttle.failed(request.peer, now);
        HttpAnswer answer = error_answer(request, 401, {ApiError::WrongToken, {}});
        answer.headers.emplace_back("WWW-Authenticate", "Bearer");
        return answer;
    }
    m_throttle.succeeded(request.peer);
    m_last_seen_ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - m_started).count();
    return std::nullopt;
}

std::optional<HttpAnswer> RemoteServer::check_head(const HttpRequest& request)
{
    if (!m_serving.load()) {
        return error_answer(request, 503, {ApiError::NoFrameYet, {}}); // still starting: ask again
    }
    const std::string& path = request.path;
    const bool command = is_command_path(path);
    const bool known = is_api(path) ? (command || path == "/api/state" || path == "/api/events" || path == "/api/strings")
                                    : find_page_asset(path) != nullptr;
    if (!known) {
        return error_answer(request, 404, {ApiError::NotFound, {}});
    }
    const bool get = request.method == "GET" || request.method == "HEAD";
    if (command ? request.method != "POST" : !get) {
        HttpAnswer answer = error_answer(request, 405, {ApiError::MethodNotAllowed, {request.method}});
        answer.headers.emplace_back("Allow", command ? "POST" : "GET, HEAD");
        return answer;
    }
    const int default_port = request.tls ? 443 : 80;
    const std::string host = request.header("Host").value_or("");
    if (!host_allowed(host, m_host_names, port(), default_port)) {
        return error_answer(request, 421, {ApiError::WrongHost, {host}});
    }
    if (!origin_allowed(request.header("Origin"), host, request.tls ? "https" : "http")) {
        return error_answer(request, 403, {ApiError::ForeignOrigin, {}});
    }
    if (const auto framing = framing_problem(request.headers)) {
        return error_answer(request, framing->status, {framing->message, {}});
    }
    if (const auto length = request.header("Content-Length")) {
        const bool digits = !length->empty() && length->size() < 12
            && std::all_of(length->begin(), length->end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits) {
            return error_answer(request, 400, {ApiError::BadLength, {}});
        }
        if (std::stoull(*length) > m_options.limits.max_body) {
            return error_answer(request, 413, {ApiError::BodyTooLarge, {std::to_string(m_options.limits.max_body)}});
        }
    }
    if (!is_api(path) && path != "/") {
        return std::nullopt; // remote.js, remote.css, icon.svg: the same for everyone, no state
    }
    if (auto refused = check_token(request)) {
        return refused;
    }
    if (command && !is_json_content_type(request.header("Content-Type").value_or(""))) {
        // text/plain and form bodies are what another site can send without asking first.
        return error_answer(request, 415, {ApiError::NotJsonContentType, {}});
    }
    return std::nullopt;
}

HttpReply RemoteServer::handle(const HttpRequest& request)
{
    const std::string& path = request.path;
    if (is_command_path(path)) {
        return command(request, path == "/api/jump");
    }
    if (path == "/api/state") {
        return {HttpReply::Kind::Answer, state_answer(request, m_board.latest()), 0};
    }
    if (path == "/api/strings") {
        const Language language = language_of(request);
        HttpAnswer answer{200, json_type,
            language == Language::ChineseSimplified ? m_page_strings_chinese : m_page_strings_english, {}};
        answer.headers.emplace_back("Vary", "Accept-Language");
        answer.headers.emplace_back("Content-Language", language == Language::ChineseSimplified ? "zh-CN" : "en");
        return {HttpReply::Kind::Answer, std::move(answer), 0};
    }
    if (path == "/api/events") {
        std::size_t& mine = m_streams_by_peer[request.peer];
        const bool peer_full = mine >= m_options.max_streams_per_peer;
        if (m_streams.load() >= m_options.max_streams || peer_full) {
            if (mine == 0) {
                m_streams_by_peer.erase(request.peer);
            }
            // Some of those slots may be held by pages that stopped reading: find them, so that
            // this page gets its stream when it tries again (it polls meanwhile).
            m_http->probe_streams(request.peer, peer_full);
            return {HttpReply::Kind::Answer, error_answer(request, 503, {ApiError::TooManyLivePages, {}}), 0};
        }
        ++mine;
        ++m_streams;
        // EventSource reconnects by itself; one second after a drop is quick enough for a
        // person and gentle on a server that just restarted.
        return {HttpReply::Kind::Stream, HttpAnswer{200, "text/event-stream", "retry: 1000\n\n", {}}, 0};
    }
    const PageAsset* asset = find_page_asset(path);
    return {HttpReply::Kind::Answer,
        HttpAnswer{200, std::string(asset->content_type), std::string(asset->bytes), {}}, 0};
}

HttpReply RemoteServer::command(const HttpRequest& request, bool jump)
{
    const RemoteRequest parsed = jump
        ? parse_jump_request(request.body, m_script->sections.size(), m_script->sentences.size())
        : parse_command_request(request.body, *m_script);
    if (!parsed.command) {
        return {HttpReply::Kind::Answer, error_answer(request, 400, parsed.error), 0};
    }
    const CommandKind kind = parsed.command->kind;
    if ((kind == CommandKind::Quit || kind == CommandKind::ConfirmQuit) && !m_options.allow_quit) {
        return {HttpReply::Kind::Answer,
            error_answer(request, 403, {ApiError::QuitNotAllowed, {}}), 0};
    }
    const std::optional<std::uint64_t> ticket = m_inbox.push(*parsed.command);
    if (!ticket) {
        HttpAnswer answer = error_answer(request, 429, {ApiError::TooManyCommands, {}});
        answer.headers.emplace_back("Retry-After", "1");
        return {HttpReply::Kind::Answer, std::move(answer), 0};
    }
    // Answer with the state the command led to, so a script sees its effect in one round trip.
    return {HttpReply::Kind::AwaitTicket, {}, *ticket};
}

HttpAnswer RemoteServer::answer_applied(const HttpRequest& request, std::uint64_t, bool applied)
{
    if (!applied) {
        // Queued; the prompter applies it when it draws its next frame (or drops it if that is
        // more than max_command_age away).
        return HttpAnswer{202, json_type, nlohmann::json{{"queued", true}}.dump(), {}};
    }
    return state_answer(request, m_board.latest());
}

HttpAnswer RemoteServer::state_answer(const HttpRequest& request, const PublishedState& published) const
{
    if (!published.state) {
        return error_answer(request, 503, {ApiError::NoFrameYet, {}});
    }
    return HttpAnswer{200, json_type, remote_state_json(*published.state), {}};
}

std::optional<std::string> RemoteServer::next_event(std::uint64_t& version, bool quiet)
{
    const PublishedState latest = m_board.latest();
    if (latest.state && latest.state->version > version) {
        version = latest.state->version;
        return "id: " + std::to_string(version) + "\ndata: " + remote_state_json(*latest.state) + "\n\n";
    }
    if (quiet) {
        // A live page with nothing new still hears from the server, so a phone that went away
        // is noticed (the write fails) and proxies keep the stream open.
        return std::string(": nothing new\n\n");
    }
    return std::nullopt;
}

void RemoteServer::stream_ended(const std::string& peer)
{
    --m_streams;
    const auto found = m_streams_by_peer.find(peer);
    if (found != m_streams_by_peer.end() && --found->second == 0) {
        m_streams_by_peer.erase(found);
    }
}

void RemoteServer::take_commands(std::vector<Command>& out)
{
    const std::size_t before = out.size();
    m_taken = m_inbox.take(out);
    m_applied_commands += out.size() - before;
}

void RemoteServer::publish_cue(std::string kind, std::string text)
{
    m_cue_kind = std::move(kind);
    m_cue_text = std::move(text);
}

void RemoteServer::publish(const PrompterView& view, const std::vector<double>& section_actual, bool blank)
{
    RemoteState next = remote_state_of(*m_script, *m_timing, view, section_actual, blank);
    next.cue = m_cue_kind;
    next.cue_text = m_cue_text;
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
