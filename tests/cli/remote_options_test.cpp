// SPDX-License-Identifier: GPL-3.0-or-later
// podium --remote on the command line: the options, the printed link and QR code, and the
// one-line errors (no window is opened: without a display the prompter falls back to the table).
#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include "core/i18n/catalogue.hpp" // use_language: English again for the next test
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"
#include "remote/remote_server.hpp"

#include <cstdlib>

using namespace podium::testing;

namespace {

void without_display()
{
    ::unsetenv("DISPLAY");
    ::unsetenv("WAYLAND_DISPLAY");
    ::unsetenv("SDL_VIDEODRIVER");
}

} // namespace

TEST_CASE("podium --remote prints the link with a fresh token, where it listens, and the QR code")
{
    without_display();
    const CliRun first = run({"--sample", "en", "--remote", "--remote-bind", "127.0.0.1", "--remote-port", "0",
        "--no-record", "--no-settings"});
    CHECK(first.status == 0);
    const auto lines = lines_of(first.out);
    REQUIRE(lines.size() > 3);
    const std::string prefix = "podium: remote control on http://127.0.0.1:";
    REQUIRE(lines[0].rfind(prefix, 0) == 0);
    const std::size_t token_at = lines[0].find("/?t=");
    REQUIRE(token_at != std::string::npos);
    CHECK(lines[0].size() - (token_at + 4) == 22); // 128 random bits
    CHECK(lines[1].find("listening on 127.0.0.1:") != std::string::npos);
    CHECK(lines[2].find("█") != std::string::npos); // the QR code's quiet zone
    const CliRun second = run({"--sample", "en", "--remote", "--remote-bind", "127.0.0.1", "--remote-port", "0",
        "--no-record", "--no-settings"});
    CHECK(lines_of(second.out)[0].substr(lines_of(second.out)[0].find("/?t=")) != lines[0].substr(token_at));
}

TEST_CASE("the remote's options need --remote, and a bad token or a port in use is a one-line error")
{
    without_display();
    const CliRun alone = run({"--sample", "en", "--remote-port", "9000"});
    CHECK(alone.status == 2);
    CHECK(alone.err.find("--remote-port requires --remote") != std::string::npos);

    const CliRun spaced = run({"--sample", "en", "--remote", "--remote-token", "a b", "--no-record", "--no-settings"});
    CHECK(spaced.status == 1);
    CHECK(spaced.err == "podium: --remote-token may hold only letters, digits and - _ . ~ (it goes into the URL)\n");
    const CliRun short_token = run({"--sample", "en", "--remote", "--remote-token", "my-studio-token", "--no-record", "--no-settings"});
    CHECK(short_token.status == 1);
    CHECK(short_token.err.find("podium: --remote-token must be at least 16 characters") == 0);
    const CliRun quit_alone = run({"--sample", "en", "--remote-allow-quit"});
    CHECK(quit_alone.status == 2);

    // Another Podium already serves the port: the second must not share it (SO_REUSEPORT would
    // let it, and the kernel would split the phones between two prompters).
    const podium::Script script = podium::build_script("Hello there.", podium::ScriptFormat::PlainText);
    const podium::Timing timing = podium::estimate_timing(script, podium::PaceProfile{});
    podium::RemoteOptions options;
    options.port = 0;
    options.bind = "127.0.0.1";
    const podium::RemoteServer first(script, timing, options);
    const std::string port = std::to_string(first.port());
    const CliRun busy = run({"--sample", "en", "--remote", "--remote-bind", "127.0.0.1", "--remote-port", port.c_str(),
        "--no-record", "--no-settings"});
    CHECK(busy.status == 1);
    CHECK(busy.err.find("podium: cannot serve the remote on 127.0.0.1:" + port) == 0);
    CHECK(busy.out.empty());
}

TEST_CASE("podium keys lists Ctrl+Shift+R, which revokes every phone of the remote, in English and in Chinese")
{
    const CliRun english = run({"keys", "--no-config"});
    CHECK(english.status == 0);
    const auto lines = lines_of(english.out);
    REQUIRE(!lines.empty());
    CHECK(lines.back().find("Ctrl+Shift+R") == 2);
    CHECK(lines.back().find("revoke every phone (--remote): a new link and QR code") != std::string::npos);
    const CliRun chinese = run({"--lang", "zh_CN", "keys", "--no-config"});
    podium::use_language(podium::Language::English);
    CHECK(chinese.out.find("Ctrl+Shift+R") != std::string::npos);
    CHECK(chinese.out.find("撤销所有手机（--remote）：换新链接和二维码") != std::string::npos);
}
