// SPDX-License-Identifier: GPL-3.0-or-later
// One regression test per finding of the security review (docs/remote.md, "Threat model"), on
// 127.0.0.1 with the attacker on another loopback address (127.0.0.2/3: another device on the
// room's Wi-Fi to the server's per-address limits). Every wait has a deadline.
#include "raw_client.hpp"
#include "remote_fixture.hpp"
#include "support/proc_status.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <memory>
#include <thread>
#include <vector>

using namespace podium;
using namespace podium::testing;
using namespace std::chrono_literals;

namespace {

std::string request_head(const RemoteFixture& f, const std::string& method, const std::string& path,
    const std::string& extra = "")
{
    return method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(const_cast<RemoteFixture&>(f).server().port())
        + "\r\nConnection: close\r\n" + extra;
}

std::string post_json(const RemoteFixture& f, const std::string& path, const std::string& body, const std::string& extra = "")
{
    return request_head(f, "POST", path,
               std::string("Authorization: Bearer ") + test_token + "\r\nContent-Type: application/json\r\nContent-Length: "
                   + std::to_string(body.size()) + "\r\n" + extra)
        + "\r\n" + body;
}

} // namespace

TEST_CASE("50 slow sockets from the phone's own address hold no thread: the state answers within 1 s and commands still move the prompter", "[attack]")
{
    RemoteFixture f;
    std::vector<std::unique_ptr<RawSocket>> slow;
    for (int i = 0; i < 50; ++i) {
        slow.push_back(std::make_unique<RawSocket>("127.0.0.1", f.server().port()));
        // A head that never ends, as a slowloris sends it.
        (void)slow.back()->send("GET /remote.js HTTP/1.1\r\nHost: x\r\nX-a: b\r\n");
    }
    for (int round = 0; round < 3; ++round) {
        const auto asked = std::chrono::steady_clock::now();
        const auto state = f.get_state();
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - asked).count();
        REQUIRE(state);
        CHECK(state->status == 200);
        CHECK(seconds < 1.0);
        for (auto& socket : slow) {
            (void)socket->send("X-a: b\r\n");
        }
    }
    httplib::Client client = f.client();
    const auto moved = client.Post("/api/command", f.bearer(), R"({"command":"next-section"})", "application/json");
    REQUIRE(moved);
    CHECK(moved->status == 200);
    CHECK(nlohmann::json::parse(moved->body).at("section") == 1);
    // Past the per-address cap the server cut the oldest unfinished heads.
    // (The server has answered several requests since they connected, so it has seen them all.)
    int closed = 0;
    for (auto& socket : slow) {
        closed += socket->closed_within(50ms) ? 1 : 0;
    }
    CHECK(closed >= 50 - static_cast<int>(f.server_options().limits.max_per_peer));
}

TEST_CASE("a client that trickles its request head is cut at the whole-head deadline, however often it sends", "[attack]")
{
    RemoteOptions options = RemoteFixture::loopback();
    options.limits.head_deadline = 1.0;
    RemoteFixture f(options);
    RawSocket socket("127.0.0.2", f.server().port());
    REQUIRE(socket.send("GET /remote.js HTTP/1.1\r\n"));
    const auto started = std::chrono::steady_clock::now();
    bool cut = false;
    // One header line every 100 ms keeps MHD's idle timeout from ever firing; the deadline must.
    while (!cut && std::chrono::steady_clock::now() - started < 10s) {
        cut = !socket.send("X-a: b\r\n") || socket.closed_within(100ms);
    }
    CHECK(cut);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    INFO("cut after " << seconds << " s");
    CHECK(seconds >= 0.9);
}

TEST_CASE("8 × 64 MiB header lines without a newline are refused after a few KiB and the memory stays within 16 MiB", "[attack]")
{
    RemoteFixture f;
    (void)f.get_state();
    const long before = resident_kib();
    const std::string chunk(1 << 20, 'a');
    std::vector<std::thread> attackers;
    std::atomic<long> sent_mib{0};
    for (int i = 0; i < 8; ++i) {
        attackers.emplace_back([&, i] {
            RawSocket socket(i % 2 == 0 ? "127.0.0.2" : "127.0.0.3", f.server().port());
            if (!socket.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Long: ")) {
                return;
            }
            for (int mib = 0; mib < 64 && socket.send(chunk); ++mib) {
                sent_mib++;
            }
        });
    }
    // And endless short headers (each a few bytes, many allocations in a lenient parser).
    std::string short_headers;
    for (int i = 0; i < 100000; ++i) {
        short_headers += "X-a: b\r\n";
    }
    {
        RawSocket socket("127.0.0.2", f.server().port());
        (void)socket.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        (void)socket.send(short_headers);
        CHECK(socket.closed_within(5000ms));
    }
    for (std::thread& attacker : attackers) {
        attacker.join();
    }
    const long after = resident_kib();
    INFO("RSS " << before / 1024 << " → " << after / 1024 << " MiB; the attackers got " << sent_mib.load()
                << " MiB into the socket before the server closed it");
    CHECK(after - before < 16 * 1024);
    CHECK(sent_mib < 8 * 64); // nobody could send it all: the server stopped reading and closed
    const auto state = f.get_state();
    REQUIRE(state);
    CHECK(state->status == 200);
}

TEST_CASE("a head over ~8 KiB gets 431, one under it is served", "[attack]")
{
    RemoteFixture f;
    const int port = f.server().port();
    const std::string filler = "X-Filler: " + std::string(6 * 1024, 'x') + "\r\n";
    CHECK(raw_request("127.0.0.1", port, request_head(f, "GET", "/remote.js", filler) + "\r\n") == 200);
    const std::string big = "X-Filler: " + std::string(20 * 1024, 'x') + "\r\n";
    CHECK(raw_request("127.0.0.1", port, request_head(f, "GET", "/remote.js", big) + "\r\n") == 431);
}

TEST_CASE("after 20 wrong tokens a peer can test at most 10 a second, and other peers are not slowed", "[attack]")
{
    RemoteFixture f;
    const int port = f.server().port();
    const auto guess = [&](const char* source, const std::string& token) {
        return raw_request(source, port,
            request_head(f, "GET", "/api/state", "Authorization: Bearer " + token + "\r\n") + "\r\n");
    };
    int checked = 0;  // 401: the token was compared
    int held = 0;     // 429: not even compared
    const auto started = std::chrono::steady_clock::now();
    int sent = 0;
    while (std::chrono::steady_clock::now() - started < 2s && sent < 50000) {
        const int status = guess("127.0.0.2", "guess-" + std::to_string(sent) + "-0123456789");
        ++sent;
        checked += status == 401 ? 1 : 0;
        held += status == 429 ? 1 : 0;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    INFO(sent << " guesses in " << seconds << " s: " << checked << " compared, " << held << " held back");
    CHECK(checked + held == sent);
    // 5 free tries, then one per lock-out (0.5 s, 1 s, 2 s…): a handful in two seconds.
    CHECK(checked <= 5 + 3);
    CHECK(checked / seconds <= 10.0);
    // Even the right token is held back while the peer is locked out…
    CHECK(guess("127.0.0.2", test_token) == 429);
    // …and the operator's phone on another address is not slowed at all.
    CHECK(guess("127.0.0.1", test_token) == 200);
}

TEST_CASE("another site cannot drive the prompter even with the token: no ?t= on POST, JSON only, same origin only, our Host only", "[attack]")
{
    RemoteFixture f;
    const int port = f.server().port();
    const std::string body = R"({"command":"toggle-blank"})";
    const std::string length = "Content-Length: " + std::to_string(body.size()) + "\r\n";
    // <form enctype=text/plain action=…/api/command?t=TOKEN>: the token in the URL, a text body.
    CHECK(raw_request("127.0.0.1", port,
              request_head(f, "POST", std::string("/api/command?t=") + test_token,
                  "Content-Type: text/plain\r\nOrigin: http://evil.example\r\n" + length)
                  + "\r\n" + body)
        == 403);
    CHECK(raw_request("127.0.0.1", port,
              request_head(f, "POST", std::string("/api/command?t=") + test_token, "Content-Type: application/json\r\n" + length)
                  + "\r\n" + body)
        == 401);
    // fetch(no-cors) can only send "simple" content types.
    CHECK(raw_request("127.0.0.1", port, post_json(f, "/api/command", body).replace(
                                             post_json(f, "/api/command", body).find("application/json"), 16, "text/plain"))
        == 415);
    CHECK(raw_request("127.0.0.1", port, post_json(f, "/api/command", body, "Origin: http://evil.example\r\n")) == 403);
    CHECK(raw_request("127.0.0.1", port, post_json(f, "/api/command", body, "Origin: null\r\n")) == 403);
    // DNS rebinding: evil.example resolved to this machine still says so in Host.
    CHECK(raw_request("127.0.0.1", port,
              "GET /api/state HTTP/1.1\r\nHost: evil.example:" + std::to_string(port) + "\r\nAuthorization: Bearer "
                  + test_token + "\r\nConnection: close\r\n\r\n")
        == 421);
    // The page's own requests pass: same origin, JSON, the header.
    CHECK(raw_request("127.0.0.1", port,
              post_json(f, "/api/command", body, "Origin: http://127.0.0.1:" + std::to_string(port) + "\r\n"))
        == 200);
    CHECK(f.commands_applied() == 1);
}

TEST_CASE("bodies are bounded before they are read: chunked, compressed and ambiguous framings are refused", "[attack]")
{
    RemoteFixture f;
    const int port = f.server().port();
    const std::string auth = std::string("Authorization: Bearer ") + test_token + "\r\nContent-Type: application/json\r\n";
    // A chunked body past the limit: the connection is dropped, nothing applied.
    {
        RawSocket socket("127.0.0.1", port);
        REQUIRE(socket.send(request_head(f, "POST", "/api/command", auth + "Transfer-Encoding: chunked\r\n") + "\r\n"));
        const std::string chunk(1 << 16, ' ');
        char size[16];
        std::snprintf(size, sizeof size, "%x\r\n", static_cast<unsigned>(chunk.size()));
        bool refused = false;
        for (int i = 0; i < 1024 && !refused; ++i) { // up to 64 MiB
            refused = !socket.send(std::string(size) + chunk + "\r\n");
        }
        CHECK((refused || socket.closed_within(2000ms)));
    }
    CHECK(raw_request("127.0.0.1", port,
              request_head(f, "POST", "/api/command", auth + "Content-Length: 5000\r\n") + "\r\n" + std::string(5000, ' '))
        == 413);
    CHECK(raw_request("127.0.0.1", port,
              request_head(f, "POST", "/api/command", auth + "Content-Encoding: gzip\r\nContent-Length: 10\r\n") + "\r\n0123456789")
        == 415);
    CHECK(raw_request("127.0.0.1", port,
              request_head(f, "POST", "/api/command", auth + "Content-Length: 2\r\nContent-Length: 30\r\n") + "\r\n{}")
        == 400);
    CHECK(raw_request("127.0.0.1", port,
              request_head(f, "POST", "/api/command", auth + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n") + "\r\n{}")
        == 400);
    // A small chunked body is fine.
    const std::string body = R"({"command":"speed-up"})";
    char size[16];
    std::snprintf(size, sizeof size, "%zx\r\n", body.size());
    CHECK(raw_request("127.0.0.1", port,
              request_head(f, "POST", "/api/command", auth + "Transfer-Encoding: chunked\r\n") + "\r\n" + size + body
                  + "\r\n0\r\n\r\n")
        == 200);
    CHECK(f.commands_applied() == 1);
}

TEST_CASE("the remote cannot end the speech unless --remote-allow-quit", "[attack]")
{
    {
        RemoteFixture f;
        CHECK(raw_request("127.0.0.1", f.server().port(), post_json(f, "/api/command", R"({"command":"quit"})")) == 403);
        CHECK(raw_request("127.0.0.1", f.server().port(), post_json(f, "/api/command", R"({"command":"confirm-quit"})")) == 403);
        CHECK(f.commands_applied() == 0);
    }
    RemoteOptions options = RemoteFixture::loopback();
    options.allow_quit = true;
    RemoteFixture f(options);
    CHECK(raw_request("127.0.0.1", f.server().port(), post_json(f, "/api/command", R"({"command":"quit"})")) == 200);
}

TEST_CASE("a peer holds at most two live streams; a third gets 503 and the page falls back to polling", "[attack]")
{
    RemoteFixture f;
    const int port = f.server().port();
    const std::string open = request_head(f, "GET", std::string("/api/events?t=") + test_token) + "\r\n";
    RawSocket first("127.0.0.2", port);
    RawSocket second("127.0.0.2", port);
    REQUIRE(first.send(open));
    REQUIRE(second.send(open));
    CHECK(status_of(first.read_all(300ms)) == 200);
    CHECK(status_of(second.read_all(300ms)) == 200);
    CHECK(raw_request("127.0.0.2", port, open) == 503);
    // Another phone still gets its stream.
    RawSocket other("127.0.0.3", port);
    REQUIRE(other.send(open));
    CHECK(status_of(other.read_all(300ms)) == 200);
}

TEST_CASE("every answer forbids framing and foreign content", "[attack]")
{
    RemoteFixture f;
    RawSocket socket("127.0.0.1", f.server().port());
    REQUIRE(socket.send(request_head(f, "GET", std::string("/?t=") + test_token) + "\r\n"));
    const std::string answer = socket.read_all(2000ms);
    CHECK(status_of(answer) == 200);
    CHECK(answer.find("Content-Security-Policy: default-src 'self'; frame-ancestors 'none'") != std::string::npos);
    CHECK(answer.find("X-Frame-Options: DENY") != std::string::npos);
    CHECK(answer.find("Cache-Control: no-store") != std::string::npos);
}
