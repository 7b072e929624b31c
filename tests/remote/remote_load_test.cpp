// SPDX-License-Identifier: GPL-3.0-or-later
// The server under load on loopback: many clients at once, and a flood from one client. Every
// request is answered and the frame loop beside it keeps running. How long its frames take
// under load is a figure bench/remote prints (podium_remote_bench), not a bound checked here.
#include "remote_fixture.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace podium;
using namespace podium::testing;

TEST_CASE("100 clients polling the state all get answers while the frame loop keeps running", "[load]")
{
    // A hundred phones are a hundred addresses; here they share 127.0.0.1, so the per-address
    // cap is raised to let them in (the cap itself is tested in remote_attack_test.cpp).
    RemoteOptions options = RemoteFixture::loopback();
    options.limits.max_per_peer = 200;
    options.limits.max_connections = 200;
    RemoteFixture f(options);
    constexpr int clients = 100;
    constexpr int polls = 20; // each, 50 ms apart: 2,000 requests, about 1 s of polling
    std::atomic<long> answered{0};
    std::atomic<long> failed{0};
    std::vector<std::thread> threads;
    threads.reserve(clients);
    for (int i = 0; i < clients; ++i) {
        threads.emplace_back([&] {
            httplib::Client client = f.client();
            client.set_keep_alive(true);
            for (int poll = 0; poll < polls; ++poll) {
                const auto response = client.Get("/api/state", f.bearer());
                if (response && response->status == 200 && nlohmann::json::parse(response->body).contains("state")) {
                    answered++;
                } else {
                    failed++;
                }
                // A phone polls a few times a second; here every client polls 20 times a second,
                // 2,000 requests a second in all.
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    INFO(answered.load() << " answers, " << failed.load() << " failures");
    CHECK(failed == 0);
    CHECK(answered == clients * polls); // nobody starves
    CHECK(f.wait_frames(2));            // and the frame loop was not stopped by any of it
}

TEST_CASE("a flood of commands from one client is refused with 429 past the queue, never crashes and never stalls frames", "[load]")
{
    RemoteOptions options = RemoteFixture::loopback();
    options.max_commands = 16;
    options.limits.apply_wait = 0.0; // answer at once: 200 or 202 when the frame loop has not run yet
    RemoteFixture f(options);
    std::atomic<long> accepted{0};
    std::atomic<long> refused{0};
    std::atomic<long> other{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            httplib::Client client = f.client();
            client.set_keep_alive(true);
            for (int i = 0; i < 250; ++i) {
                const auto response = client.Post("/api/command", f.bearer(), R"({"command":"speed-up"})", "application/json");
                if (response && (response->status == 200 || response->status == 202)) {
                    accepted++;
                } else if (response && response->status == 429) {
                    refused++;
                } else {
                    other++;
                }
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    INFO(accepted.load() << " accepted, " << refused.load() << " refused, " << other.load() << " other");
    CHECK(other == 0);
    CHECK(accepted + refused == 2000);
    CHECK(accepted > 0);
    CHECK(f.wait_frames(2)); // the frame loop goes on
    // The server still answers normally afterwards.
    const auto state = f.get_state();
    REQUIRE(state);
    CHECK(state->status == 200);
}
