// SPDX-License-Identifier: GPL-3.0-or-later
// The phone page in headless Chromium when the network or the server misbehaves: a prompter that
// stops answering (its process stopped with SIGSTOP, as a frozen laptop or a dead Wi-Fi looks to
// the phone), and the page over IPv6 and over HTTPS.
#include "remote/chromium.hpp"

#include "support/skip.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace podium::testing;

TEST_CASE("in headless Chromium the page says Not connected within 3 s of a tap the stopped prompter does not answer, and is connected again once it answers")
{
    std::string why;
    if (!can_drive_chromium(why)) {
        PODIUM_SKIP(why);
    }
    PodiumProcess podium({"--sample", "en", "--remote", "--remote-bind", "127.0.0.1", "--remote-port", "0",
        "--no-record", "--no-settings", "--quit-after", "120"});
    const std::optional<std::string> url = podium.remote_url(std::chrono::seconds(60));
    REQUIRE(url);
    const std::vector<std::string> lines = run_driver("--unanswered " + std::to_string(podium.pid()) + " --url '" + *url + "'");
    INFO("driver said:\n" << transcript_of(lines));
    // The tap went unanswered: the page said so within 3 s (its own clock, tap to words).
    const std::optional<std::string> lost = reported(lines, "lost");
    REQUIRE(lost);
    const double lost_ms = std::stod(*lost);
    WARN("tap to \"Not connected\": " << lost_ms << " ms");
    CHECK(lost_ms > 0.0);
    CHECK(lost_ms <= 3000.0);
    // The process resumed: the page is connected again (live stream or polling) by itself...
    const std::optional<std::string> back = reported(lines, "back");
    REQUIRE(back);
    WARN("resumed to connected (ms, how): " << *back);
    CHECK((back->find(" live") != std::string::npos || back->find(" polling") != std::string::npos));
    // ...and really is: a tap moves the prompter, and the page shows where it went.
    const std::optional<std::string> moved = reported(lines, "moved");
    REQUIRE(moved);
    CHECK(*moved != "0");
}
