// SPDX-License-Identifier: GPL-3.0-or-later
// The server's parts that hold no socket: the command inbox, the state board, the token, the QR
// code, the page's colours.
#include "core/remote/token.hpp"
#include "remote/command_inbox.hpp"
#include "remote/page_assets.hpp"
#include "remote/qr_code.hpp"
#include "remote/remote_token.hpp"
#include "remote/state_board.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <sstream>

using namespace podium;

TEST_CASE("the command inbox is bounded and hands commands out in order with their tickets")
{
    CommandInbox inbox(3);
    CHECK(inbox.push(Command{CommandKind::NextSentence}) == 1u);
    CHECK(inbox.push(Command{CommandKind::NextSection}) == 2u);
    CHECK(inbox.push(Command{CommandKind::SpeedUp}) == 3u);
    CHECK_FALSE(inbox.push(Command{CommandKind::SpeedDown}).has_value()); // full: refused, not grown
    std::vector<Command> taken;
    CHECK(inbox.take(taken) == 3u);
    REQUIRE(taken.size() == 3);
    CHECK(taken[0].kind == CommandKind::NextSentence);
    CHECK(taken[2].kind == CommandKind::SpeedUp);
    CHECK(inbox.push(Command{CommandKind::Home}) == 4u);
}

TEST_CASE("the state board hands readers the newest state and wakes waiters when a state is published")
{
    StateBoard board;
    CHECK_FALSE(board.latest().state);
    auto state = std::make_shared<RemoteState>();
    state->version = 1;
    REQUIRE(board.try_publish({state, 0}));
    CHECK(board.latest().state->version == 1);
    // Nothing newer than version 1 arrives: the wait ends at its deadline with nothing.
    CHECK_FALSE(board.wait_newer(1, StateBoard::Clock::now() + std::chrono::milliseconds(20)).state);
    std::thread publisher([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        auto next = std::make_shared<RemoteState>();
        next->version = 2;
        while (!board.try_publish({next, 5})) {
        }
    });
    const PublishedState newer = board.wait_newer(1, StateBoard::Clock::now() + std::chrono::seconds(5));
    publisher.join();
    REQUIRE(newer.state);
    CHECK(newer.state->version == 2);
    CHECK(board.wait_applied(5, StateBoard::Clock::now()).applied == 5);
    board.close();
    CHECK_FALSE(board.wait_newer(0, StateBoard::Clock::now() + std::chrono::seconds(5)).state); // at once
}

TEST_CASE("a random token is 22 URL-safe characters and differs every run")
{
    std::set<std::string> seen;
    for (int i = 0; i < 50; ++i) {
        const std::string token = random_token();
        CHECK(token.size() == 22);
        CHECK(token_is_url_safe(token));
        seen.insert(token);
    }
    CHECK(seen.size() == 50);
}

TEST_CASE("the pairing URL becomes a QR code with its three finder patterns, drawn in half blocks")
{
    const QrMatrix qr = make_qr("http://192.168.1.20:8080/?t=AbCdEfGhIjKlMnOpQrStUv");
    REQUIRE(qr.size >= 21);
    CHECK((qr.size - 17) % 4 == 0); // versions are 21, 25, 29… modules wide
    // Each finder: a 7×7 dark ring with a dark 3×3 centre at three corners.
    for (const auto& [ox, oy] : {std::pair{0, 0}, std::pair{qr.size - 7, 0}, std::pair{0, qr.size - 7}}) {
        CHECK(qr.at(ox, oy));
        CHECK(qr.at(ox + 6, oy + 6));
        CHECK_FALSE(qr.at(ox + 1, oy + 1));
        CHECK(qr.at(ox + 3, oy + 3));
    }
    const std::string text = qr_terminal_text(qr);
    std::istringstream lines(text);
    std::string line;
    int rows = 0;
    while (std::getline(lines, line)) {
        ++rows;
    }
    CHECK(rows == (qr.size + 4 + 1) / 2); // two modules a line, quiet zone of two all round
}

TEST_CASE("the phone page shows the time against the plan in the prompter's verdict colours")
{
    // src/display/frame_style.hpp: on_plan {120,200,120}, amber {255,176,32}, red {240,72,56}.
    const PageAsset* css = find_page_asset("/remote.css");
    REQUIRE(css != nullptr);
    const std::string text(css->bytes);
    CHECK(text.find("--on-plan: rgb(120, 200, 120)") != std::string::npos);
    CHECK(text.find("--amber: rgb(255, 176, 32)") != std::string::npos);
    CHECK(text.find("--red: rgb(240, 72, 56)") != std::string::npos);
}

TEST_CASE("commands that waited more than a second for the frame loop are dropped, not applied in a burst")
{
    CommandInbox inbox(8, std::chrono::seconds(1));
    const auto start = CommandInbox::Clock::now();
    (void)inbox.push(Command{CommandKind::NextSection}, start);
    (void)inbox.push(Command{CommandKind::NextSection}, start + std::chrono::milliseconds(100));
    (void)inbox.push(Command{CommandKind::ToggleBlank}, start + std::chrono::milliseconds(1500));
    std::vector<Command> taken;
    // The frame loop was stalled until 1.6 s: the two section jumps are stale, the blank is not.
    CHECK(inbox.take(taken, start + std::chrono::milliseconds(1600)) == 3u);
    REQUIRE(taken.size() == 1);
    CHECK(taken[0].kind == CommandKind::ToggleBlank);
    CHECK(inbox.dropped() == 2u);
}
