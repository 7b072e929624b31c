// SPDX-License-Identifier: GPL-3.0-or-later
// Live pages (event streams) that stop reading must not hold the stream slots (security review,
// finding 7): when the slots are full and another page asks, the streams are probed, and those
// whose peer stops acknowledging are cut within HttpLimits::stall_limit (docs/remote.md,
// "Stalled live pages"). Raw sockets from several loopback addresses stand in for the devices.
#include "remote/raw_client.hpp"
#include "remote/remote_fixture.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <functional>
#include <atomic>
#include <memory>
#include <thread>

using namespace podium;
using namespace podium::testing;
using namespace std::chrono_literals;

namespace {

std::string stream_request(int port)
{
    return std::string("GET /api/events?t=") + test_token + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port)
        + "\r\nConnection: close\r\n\r\n";
}

// A live page that stops reading once its stream has begun: the status and the first state
// arrive, and then nothing is read again.
std::unique_ptr<RawSocket> stalled_page(const char* source, int port)
{
    auto socket = std::make_unique<RawSocket>(source, port);
    if (!socket->send(stream_request(port)) || status_of(socket->read_all(300ms)) != 200) {
        return nullptr;
    }
    return socket;
}

bool wait_until(const std::function<bool()>& done)
{
    const auto deadline = std::chrono::steady_clock::now() + 30s; // only a hang ends it
    while (!done()) {
        if (std::chrono::steady_clock::now() > deadline) {
            return false;
        }
        std::this_thread::sleep_for(10ms);
    }
    return true;
}

} // namespace

TEST_CASE("8 live pages that stopped reading are cut within 3 s of a new phone asking for a stream, and the new phone gets it", "[attack]")
{
    RemoteFixture f;
    const int port = f.server().port();
    REQUIRE(f.server_options().max_streams == 8);
    std::vector<std::unique_ptr<RawSocket>> stalled;
    for (const char* source : {"127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5"}) {
        for (int i = 0; i < 2; ++i) {
            stalled.push_back(stalled_page(source, port));
            REQUIRE(stalled.back());
        }
    }
    // Every slot is held: the new phone is refused at first (its page polls meanwhile)...
    const auto asked = std::chrono::steady_clock::now();
    CHECK(raw_request("127.0.0.6", port, stream_request(port)) == 503);
    // ...and asking again, as its page does, gets a stream once the stalled pages are cut.
    std::optional<double> accepted_after;
    while (!accepted_after && std::chrono::steady_clock::now() - asked < 30s) {
        const auto sent = std::chrono::steady_clock::now();
        RawSocket phone("127.0.0.6", port);
        REQUIRE(phone.send(stream_request(port)));
        const std::string answer = phone.read_all(200ms);
        if (status_of(answer) == 200) {
            accepted_after = std::chrono::duration<double>(sent - asked).count();
            CHECK(answer.find("data: {") != std::string::npos); // the state, at once
        } else {
            std::this_thread::sleep_for(50ms); // a page asks again after a while, not in a busy loop
        }
    }
    REQUIRE(accepted_after);
    WARN("new phone's stream accepted " << *accepted_after << " s after it was first refused");
    CHECK(*accepted_after <= 3.0);
    // All eight were stalled, all eight are cut (their sockets end once their buffers are read).
    REQUIRE(wait_until([&] { return f.server().stalled_streams_cut() == 8; }));
    for (auto& socket : stalled) {
        CHECK(socket->closed_within(10s));
    }
}

TEST_CASE("a live page that keeps reading survives the probe; only the stalled page beside it is cut", "[attack]")
{
    RemoteFixture f;
    const int port = f.server().port();
    std::atomic<bool> stop{false};
    std::atomic<std::size_t> received{0};
    std::atomic<bool> reader_closed{false};
    std::atomic<bool> reader_live{false};
    std::thread reader([&] {
        RawSocket socket("127.0.0.2", port);
        if (!socket.send(stream_request(port))) {
            return;
        }
        while (!stop && !socket.closed()) {
            const std::string text = socket.read_all(20ms);
            if (!reader_live && status_of(text) == 200) {
                reader_live = true;
            }
            received += text.size();
        }
        reader_closed = socket.closed();
    });
    REQUIRE(wait_until([&] { return reader_live.load(); }));
    const auto stalled = stalled_page("127.0.0.2", port);
    REQUIRE(stalled);
    // The address's two slots are taken: a third page from it is refused, and that probes both.
    CHECK(raw_request("127.0.0.2", port, stream_request(port)) == 503);
    REQUIRE(wait_until([&] { return f.server().stalled_streams_cut() == 1; }));
    CHECK(stalled->closed_within(10s));
    // The reader took the whole probe and still has its stream; the freed slot is the new page's.
    REQUIRE(wait_until([&] { return received.load() > f.server_options().limits.probe_bytes; }));
    CHECK_FALSE(reader_closed.load());
    RawSocket again("127.0.0.2", port);
    REQUIRE(again.send(stream_request(port)));
    CHECK(status_of(again.read_all(300ms)) == 200);
    stop = true;
    reader.join();
    CHECK_FALSE(reader_closed.load());
    CHECK(f.server().stalled_streams_cut() == 1);
}
