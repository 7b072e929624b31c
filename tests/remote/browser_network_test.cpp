// SPDX-License-Identifier: GPL-3.0-or-later
// The phone page in headless Chromium when the network or the server misbehaves: a prompter that
// stops answering (its process stopped with SIGSTOP, as a frozen laptop or a dead Wi-Fi looks to
// the phone), and the page over IPv6 and over HTTPS.
#include "remote/chromium.hpp"
#include "remote/remote_fixture.hpp"

#include "support/skip.hpp"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>

using namespace podium;
using namespace podium::testing;

namespace {

// Whether this machine has IPv6 loopback (containers often have none).
bool ipv6_loopback()
{
    const int fd = ::socket(AF_INET6, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return false;
    }
    sockaddr_in6 address{};
    address.sin6_family = AF_INET6;
    address.sin6_addr = in6addr_loopback;
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return bound;
}

std::string output_of(const std::string& command)
{
    std::string out;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[512];
        while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) {
            out += buffer;
        }
        ::pclose(pipe);
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) {
        out.pop_back();
    }
    return out;
}

} // namespace

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

TEST_CASE("in headless Chromium the page loads from --remote-bind ::1 (http://[::1]:PORT/) and a tap moves the prompter")
{
    std::string why;
    if (!can_drive_chromium(why)) {
        PODIUM_SKIP(why);
    }
    if (!ipv6_loopback()) {
        PODIUM_SKIP("no IPv6 loopback (::1) on this machine");
    }
    RemoteOptions options = RemoteFixture::loopback();
    options.bind = "::1";
    RemoteFixture f(options);
    const std::string url = f.server().url();
    REQUIRE(url == "http://[::1]:" + std::to_string(f.server().port()) + "/?t=" + test_token);
    // The fixture's own client asks over IPv4: the server must be on ::1 only, so its state is
    // read through the page instead; commands_applied() counts what the model received.
    const std::vector<std::string> lines = run_driver("--tap --url '" + url + "'");
    INFO("driver said:\n" << transcript_of(lines));
    const std::optional<std::string> clicked = reported(lines, "clicked");
    REQUIRE(clicked);
    CHECK(std::stoi(*clicked) >= 1); // the model runs on its own meanwhile: the tap moves it on from where it is
    CHECK(f.commands_applied() == 1);
}

TEST_CASE("in headless Chromium the page loads over --remote-tls, trusting exactly its certificate (SPKI pin), and a tap moves the prompter")
{
    std::string why;
    if (!can_drive_chromium(why)) {
        PODIUM_SKIP(why);
    }
    if (std::system("command -v openssl >/dev/null 2>&1") != 0) {
        PODIUM_SKIP("no openssl command to compute the certificate's SPKI hash");
    }
    const std::filesystem::path folder = std::filesystem::temp_directory_path() / ("podium-browser-tls-" + std::to_string(::getpid()));
    std::filesystem::remove_all(folder);
    RemoteOptions options = RemoteFixture::loopback();
    options.tls = true;
    options.tls_folder = folder;
    {
        RemoteFixture f(options);
        // What a careful operator pins: the SHA-256 of the certificate's public key, base64.
        const std::string spki = output_of("openssl x509 -in '" + (folder / "remote-tls.crt").string()
            + "' -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64");
        REQUIRE(spki.size() == 44);
        const std::string url = f.server().url();
        REQUIRE(url.rfind("https://", 0) == 0);
        const std::string local = "https://127.0.0.1:" + std::to_string(f.server().port()) + "/?t=" + test_token;
        // Without the pin Chromium refuses the self-signed certificate: the page never goes live.
        const std::vector<std::string> refused = run_driver("--tap --live-within 5 --url '" + local + "'");
        INFO("without the pin the driver said:\n" << transcript_of(refused));
        CHECK_FALSE(reported(refused, "clicked"));
        CHECK(reported(refused, "error"));
        CHECK(f.commands_applied() == 0);
        const std::vector<std::string> lines = run_driver("--tap --spki '" + spki + "' --url '" + local + "'");
        INFO("driver said:\n" << transcript_of(lines));
        const std::optional<std::string> clicked = reported(lines, "clicked");
        REQUIRE(clicked);
        CHECK(std::stoi(*clicked) >= 1); // the model runs on its own meanwhile: the tap moves it on from where it is
        CHECK(f.commands_applied() == 1);
    }
    std::filesystem::remove_all(folder);
}

TEST_CASE("in headless Chromium the page shows the server's refusal in the phone's language, Chinese or English")
{
    std::string why;
    if (!can_drive_chromium(why)) {
        PODIUM_SKIP(why);
    }
    RemoteOptions options = RemoteFixture::loopback();
    options.max_commands = 0; // every command is refused: 429 "too-many-commands"
    RemoteFixture f(options);
    const std::string url = "http://127.0.0.1:" + std::to_string(f.server().port()) + "/?t=" + test_token;
    const auto message_for = [&](const std::string& accept_language) {
        const std::vector<std::string> lines = run_driver("--tap-message --accept-language '" + accept_language + "' --url '" + url + "'");
        INFO("driver said:\n" << transcript_of(lines));
        const std::optional<std::string> message = reported(lines, "message");
        CHECK(message);
        return message.value_or("");
    };
    CHECK(message_for("zh-CN,zh;q=0.9") == "命令来得比提词器执行得快：请重试");
    CHECK(message_for("en-US,en;q=0.9") == "commands are arriving faster than the prompter applies them: try again");
    CHECK(f.commands_applied() == 0);
}
