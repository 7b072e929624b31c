// SPDX-License-Identifier: GPL-3.0-or-later
// The remote's request rules and its failed-token throttle, as pure functions (docs/remote.md).
#include "core/remote/auth_throttle.hpp"
#include "core/remote/request_policy.hpp"

#include <catch2/catch.hpp>

using namespace podium;

TEST_CASE("a fixed token under 16 characters is refused with the reason, a long URL-safe one is taken")
{
    const auto short_token = fixed_token_problem("my-studio-token"); // 15: the old docs' example
    REQUIRE(short_token);
    CHECK(short_token->find("at least 16 characters") != std::string::npos);
    CHECK(short_token->find("guessed") != std::string::npos);
    CHECK(fixed_token_problem("a"));
    CHECK(fixed_token_problem("has space in it, long enough"));
    CHECK_FALSE(fixed_token_problem("my-studio-token-2026"));
}

TEST_CASE("IPv6 addresses go into URLs in brackets, other hosts unchanged")
{
    CHECK(url_host("::1") == "[::1]");
    CHECK(url_host("fe80::1") == "[fe80::1]");
    CHECK(url_host("[::1]") == "[::1]");
    CHECK(url_host("192.168.1.20") == "192.168.1.20");
    CHECK(url_host("prompter.lan") == "prompter.lan");
}

TEST_CASE("the Host header must name this server and its port: DNS rebinding gets nowhere")
{
    const std::vector<std::string> names{"localhost", "127.0.0.1", "::1", "192.168.1.20", "Prompter.lan"};
    CHECK(host_allowed("192.168.1.20:8080", names, 8080, 80));
    CHECK(host_allowed("LOCALHOST:8080", names, 8080, 80));
    CHECK(host_allowed("[::1]:8080", names, 8080, 80));
    CHECK(host_allowed("prompter.lan:8080", names, 8080, 80));
    CHECK(host_allowed("127.0.0.1", names, 80, 80));
    CHECK_FALSE(host_allowed("127.0.0.1", names, 8080, 80));      // no port, not the default one
    CHECK_FALSE(host_allowed("evil.example:8080", names, 8080, 80));
    CHECK_FALSE(host_allowed("192.168.1.20:8081", names, 8080, 80));
    CHECK_FALSE(host_allowed("::1:8080", names, 8080, 80));        // IPv6 without brackets
    CHECK_FALSE(host_allowed("", names, 8080, 80));
    CHECK_FALSE(host_allowed("127.0.0.1:80x", names, 8080, 80));
}

TEST_CASE("an Origin is allowed only when absent or the server's own")
{
    CHECK(origin_allowed(std::nullopt, "127.0.0.1:8080", "http"));
    CHECK(origin_allowed(std::string("http://127.0.0.1:8080"), "127.0.0.1:8080", "http"));
    CHECK_FALSE(origin_allowed(std::string("https://127.0.0.1:8080"), "127.0.0.1:8080", "http"));
    CHECK_FALSE(origin_allowed(std::string("http://evil.example"), "127.0.0.1:8080", "http"));
    CHECK_FALSE(origin_allowed(std::string("null"), "127.0.0.1:8080", "http"));
}

TEST_CASE("only application/json bodies and Bearer tokens are understood")
{
    CHECK(is_json_content_type("application/json"));
    CHECK(is_json_content_type("Application/JSON; charset=utf-8"));
    CHECK_FALSE(is_json_content_type("text/plain"));
    CHECK_FALSE(is_json_content_type("application/x-www-form-urlencoded"));
    CHECK_FALSE(is_json_content_type(""));
    CHECK(bearer_token("Bearer abc") == std::optional<std::string_view>("abc"));
    CHECK(bearer_token("bearer abc") == std::optional<std::string_view>("abc"));
    CHECK_FALSE(bearer_token("Basic abc"));
    CHECK_FALSE(bearer_token("Bearer "));
}

TEST_CASE("ambiguous or compressed framing is refused, plain framing passes")
{
    CHECK_FALSE(framing_problem({{"Content-Length", "12"}, {"Content-Type", "application/json"}}));
    CHECK_FALSE(framing_problem({{"Transfer-Encoding", "chunked"}}));
    CHECK(framing_problem({{"Content-Length", "2"}, {"content-length", "30"}})->status == 400);
    CHECK(framing_problem({{"Content-Length", "2"}, {"Transfer-Encoding", "chunked"}})->status == 400);
    CHECK(framing_problem({{"Transfer-Encoding", "gzip, chunked"}})->status == 501);
    CHECK(framing_problem({{"Content-Encoding", "gzip"}})->status == 415);
    CHECK(framing_problem({{"X-A", std::string("a\0b", 3)}})->status == 400);
    CHECK(framing_problem({{"X-A", "a\rb"}})->status == 400);
}

TEST_CASE("after 20 failures a guessing peer is allowed at most 10 attempts a second; a person's few typos cost nothing")
{
    AuthThrottle throttle;
    double now = 0.0;
    int failures = 0;
    // A program guessing every millisecond for 10 minutes, trying whenever it is allowed.
    int allowed_after_20 = 0;
    double twentieth_at = -1.0;
    for (; now < 600.0; now += 0.001) {
        if (throttle.wait_before_attempt("10.0.0.9", now) > 0.0) {
            continue;
        }
        throttle.failed("10.0.0.9", now);
        ++failures;
        if (failures == 20) {
            twentieth_at = now;
        } else if (failures > 20) {
            ++allowed_after_20;
        }
    }
    REQUIRE(twentieth_at > 0.0);
    INFO("20 failures after " << twentieth_at << " s; then " << allowed_after_20 << " in " << 600.0 - twentieth_at << " s");
    CHECK(allowed_after_20 / (600.0 - twentieth_at) <= 10.0);
    CHECK(allowed_after_20 / (600.0 - twentieth_at) <= 1.0 / 29.0); // one per 30 s lock-out
    // Another address is not held back, and five typos are free.
    for (int i = 0; i < 6; ++i) {
        CHECK(throttle.wait_before_attempt("10.0.0.7", now) == 0.0);
        throttle.failed("10.0.0.7", now);
    }
    CHECK(throttle.wait_before_attempt("10.0.0.7", now) == Approx(0.5)); // the sixth locks it out
    throttle.succeeded("10.0.0.7");
    CHECK(throttle.failures("10.0.0.7") == 0);
}

TEST_CASE("the throttle remembers a bounded number of peers")
{
    AuthThrottlePolicy policy;
    policy.max_peers = 100;
    AuthThrottle throttle(policy);
    for (int i = 0; i < 1000; ++i) {
        throttle.failed("peer-" + std::to_string(i), static_cast<double>(i));
    }
    CHECK(throttle.peers() <= 100);
    CHECK(throttle.failures("peer-999") == 1);
}
