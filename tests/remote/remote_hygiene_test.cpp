// SPDX-License-Identifier: GPL-3.0-or-later
// The remote's token hygiene and its other promises: revoking every phone, IPv6 links, HTTPS with
// a kept self-signed certificate, and a handler that throws (bad_alloc) costing one 500, not the
// prompter.
#include "raw_client.hpp"
#include "remote/http_daemon.hpp"
#include "remote/tls_identity.hpp"
#include "remote_fixture.hpp"

#include "core/error.hpp"
#include "support/skip.hpp"

#include "support/skip.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <atomic>
#include <new>
#include <thread>
#include <vector>

using namespace podium;
using namespace podium::testing;
using namespace std::chrono_literals;

namespace {

std::string run(const std::string& command)
{
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) {
        return out;
    }
    char buffer[512];
    while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) {
        out += buffer;
    }
    ::pclose(pipe);
    return out;
}

class ThrowingHandler final : public HttpHandler {
public:
    std::optional<HttpAnswer> check_head(const HttpRequest&) override { return std::nullopt; }
    HttpReply handle(const HttpRequest& request) override
    {
        if (request.path == "/throw") {
            throw std::bad_alloc();
        }
        return {HttpReply::Kind::Answer, HttpAnswer{200, "text/plain", "fine", {}}, 0};
    }
    HttpAnswer answer_applied(const HttpRequest&, std::uint64_t, bool) override { return {}; }
    std::optional<std::string> next_event(std::uint64_t&, bool) override { return std::nullopt; }
    void stream_ended(const std::string&) override {}
};

} // namespace

TEST_CASE("a fixed token shorter than 16 characters is refused when the server starts")
{
    RemoteOptions options = RemoteFixture::loopback();
    options.token = "my-studio-token";
    PrompterFixture prompter;
    CHECK_THROWS_WITH(RemoteServer(prompter.script, prompter.timing, options), Catch::Contains("at least 16 characters"));
}

TEST_CASE("a bad_alloc in a handler is a 500 for that request, and the server goes on serving")
{
    ThrowingHandler handler;
    StateBoard board;
    HttpDaemon daemon(handler, board, "127.0.0.1", 0, HttpLimits{}, nullptr);
    const std::string host = "Host: 127.0.0.1:" + std::to_string(daemon.port()) + "\r\nConnection: close\r\n\r\n";
    CHECK(raw_request("127.0.0.1", daemon.port(), "GET /throw HTTP/1.1\r\n" + host) == 500);
    CHECK(raw_request("127.0.0.1", daemon.port(), "GET /fine HTTP/1.1\r\n" + host) == 200);
}

TEST_CASE("revoking the phones makes a new token and QR code, refuses the old token and ends live streams")
{
    RemoteFixture f;
    const std::string old_token = f.server().token();
    const RemotePairing before = f.server().pairing();
    // A live page holds a stream.
    RawSocket stream("127.0.0.1", f.server().port());
    REQUIRE(stream.send("GET /api/events?t=" + old_token + " HTTP/1.1\r\nHost: 127.0.0.1:"
        + std::to_string(f.server().port()) + "\r\n\r\n"));
    CHECK(status_of(stream.read_all(300ms)) == 200);

    f.server().revoke_phones();
    const std::string new_token = f.server().token();
    CHECK(new_token != old_token);
    CHECK(new_token.size() == 22);
    CHECK(f.server().pairing().generation == before.generation + 1);
    CHECK(f.server().pairing().url.find(new_token) != std::string::npos);
    CHECK_FALSE(f.server().pairing().qr == before.qr);
    CHECK(stream.closed_within(3000ms));
    httplib::Client client = f.client();
    const auto old_answer = client.Get("/api/state", {{"Authorization", "Bearer " + old_token}});
    REQUIRE(old_answer);
    CHECK(old_answer->status == 401);
    const auto new_answer = client.Get("/api/state", {{"Authorization", "Bearer " + new_token}});
    REQUIRE(new_answer);
    CHECK(new_answer->status == 200);
}

TEST_CASE("bound to an IPv6 address, the link puts it in brackets")
{
    RemoteOptions options = RemoteFixture::loopback();
    options.bind = "::1";
    PrompterFixture prompter;
    std::unique_ptr<RemoteServer> server;
    try {
        server = std::make_unique<RemoteServer>(prompter.script, prompter.timing, options);
    } catch (const Error& error) {
        PODIUM_SKIP(std::string("no IPv6 loopback here (") + error.what() + ")");
    }
    CHECK(server->url().rfind("http://[::1]:" + std::to_string(server->port()) + "/?t=", 0) == 0);
}

TEST_CASE("with --remote-tls a self-signed certificate is made once, kept, and served over HTTPS")
{
    const auto folder = std::filesystem::temp_directory_path() / ("podium-tls-test-" + std::to_string(::getpid()));
    std::filesystem::remove_all(folder);
    const TlsIdentity first = load_or_make_tls_identity(folder);
    CHECK(first.certificate_pem.rfind("-----BEGIN CERTIFICATE-----", 0) == 0);
    CHECK(first.fingerprint.size() == 32 * 3 - 1);
    CHECK((std::filesystem::status(folder / "remote-tls.key").permissions() & std::filesystem::perms::group_read)
        == std::filesystem::perms::none);
    const TlsIdentity again = load_or_make_tls_identity(folder);
    CHECK(again.fingerprint == first.fingerprint); // the phone that accepted it once knows it again

    RemoteOptions options = RemoteFixture::loopback();
    options.tls = true;
    options.tls_folder = folder;
    RemoteFixture f(options);
    CHECK(f.server().url().rfind("https://127.0.0.1:", 0) == 0);
    CHECK(f.server().tls_fingerprint() == first.fingerprint);
    if (std::system("command -v openssl >/dev/null 2>&1") != 0) {
        WARN("skipped the handshake: no openssl command");
    } else {
        const std::string seen = run("echo | timeout 10 openssl s_client -connect 127.0.0.1:" + std::to_string(f.server().port())
            + " 2>/dev/null | openssl x509 -noout -fingerprint -sha256 2>/dev/null");
        INFO(seen);
        CHECK(seen.find(first.fingerprint) != std::string::npos);
        // Plain HTTP to the TLS port gets no HTTP answer.
        CHECK(raw_request("127.0.0.1", f.server().port(), "GET /remote.js HTTP/1.1\r\nHost: x\r\n\r\n") == 0);
    }
    std::filesystem::remove_all(folder);
}

TEST_CASE("requests arriving while the server starts and stops get an answer or nothing, never a crash")
{
    // A phone (or the attack scripts) polling the port while Podium starts: libmicrohttpd calls
    // the handler as soon as it listens, before the server's constructor has returned.
    const PrompterFixture prompter;
    // A free port below Linux's ephemeral range (32768 and up), known before the server starts,
    // as a fixed --remote-port is. Inside that range a poller's own connection to a port nobody
    // listens on can take it as its local port (TCP's self-connect), and the next server's bind
    // then fails: that happened under ThreadSanitizer, whose slowness leaves longer gaps.
    int port = 0;
    for (int candidate = 20000 + static_cast<int>(::getpid() % 10000); port == 0 && candidate < 32000; candidate += 7) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        REQUIRE(fd >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(static_cast<std::uint16_t>(candidate));
        if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) {
            port = candidate;
        }
        ::close(fd);
    }
    REQUIRE(port != 0);
    std::atomic<bool> stop{false};
    std::atomic<long> answered{0};
    const std::string request = std::string("GET /api/state HTTP/1.1\r\nHost: 127.0.0.1:") + std::to_string(port)
        + "\r\nAuthorization: Bearer " + test_token + "\r\nConnection: close\r\n\r\n";
    // The pollers stop and are joined however the loop below ends (a failed check throws).
    struct Pollers {
        std::atomic<bool>& stop;
        std::vector<std::thread> threads;
        ~Pollers()
        {
            stop = true;
            for (std::thread& thread : threads) {
                thread.join();
            }
        }
    } pollers{stop, {}};
    for (int i = 0; i < 2; ++i) {
        pollers.threads.emplace_back([&] {
            while (!stop) {
                RawSocket socket("127.0.0.1", port);
                if (socket.connected() && socket.send(request) && status_of(socket.read_all(200ms)) != 0) {
                    ++answered;
                }
            }
        });
    }
    RemoteOptions options = RemoteFixture::loopback();
    options.port = port;
    for (int run = 0; run < 20; ++run) {
        const RemoteServer server(prompter.script, prompter.timing, options);
        CHECK(server.port() == port);
    }
    stop = true;
    CHECK(answered.load() > 0); // the pollers did reach the servers
}
