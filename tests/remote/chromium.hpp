// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the browser tests share: whether headless Chromium can be driven here (Debian's chromium
// and python3-websocket), running cdp_driver.py and collecting its report lines, and a real
// `podium` process serving the remote (for tests that stop the server's process).
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <poll.h>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace podium::testing {

inline bool can_drive_chromium(std::string& why)
{
    if (!std::filesystem::exists("/usr/bin/chromium")) {
        why = "no /usr/bin/chromium (apt-get install chromium)";
        return false;
    }
    if (std::system("/usr/bin/python3 -c 'import websocket' >/dev/null 2>&1") != 0) {
        why = "no python3-websocket for /usr/bin/python3";
        return false;
    }
    return true;
}

// The driver's report, one line each (its stderr too, for the test's log).
inline std::vector<std::string> run_driver(const std::string& arguments)
{
    std::vector<std::string> lines;
    const std::string command = "/usr/bin/python3 '" PODIUM_SOURCE_DIR "/tests/remote/cdp_driver.py' --chromium /usr/bin/chromium "
        + arguments + " 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) {
        return lines;
    }
    char buffer[4096];
    while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) {
        std::string line(buffer);
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) {
            line.pop_back();
        }
        lines.push_back(line);
    }
    ::pclose(pipe);
    return lines;
}

inline std::string transcript_of(const std::vector<std::string>& lines)
{
    std::string text;
    for (const std::string& line : lines) {
        text += line + "\n";
    }
    return text;
}

// The words after `word` on the first line starting with it.
inline std::optional<std::string> reported(const std::vector<std::string>& lines, const std::string& word)
{
    for (const std::string& line : lines) {
        if (line.rfind(word + " ", 0) == 0) {
            return line.substr(word.size() + 1);
        }
    }
    return std::nullopt;
}

// `podium ARGS…` in its own process, its standard output read until the remote's link is
// printed. Ended (resumed first, should a test have stopped it) when destroyed.
class PodiumProcess {
public:
    explicit PodiumProcess(std::vector<std::string> arguments)
    {
        int out[2];
        if (::pipe(out) != 0) {
            return;
        }
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, out[0]);
        arguments.insert(arguments.begin(), PODIUM_EXECUTABLE);
        std::vector<char*> argv;
        for (std::string& argument : arguments) {
            argv.push_back(argument.data());
        }
        argv.push_back(nullptr);
        if (::posix_spawn(&m_pid, PODIUM_EXECUTABLE, &actions, nullptr, argv.data(), environ) != 0) {
            m_pid = -1;
        }
        posix_spawn_file_actions_destroy(&actions);
        ::close(out[1]);
        m_out = out[0];
    }
    ~PodiumProcess()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGCONT);
            ::kill(m_pid, SIGTERM);
            int status = 0;
            ::waitpid(m_pid, &status, 0);
        }
        if (m_out >= 0) {
            ::close(m_out);
        }
    }
    PodiumProcess(const PodiumProcess&) = delete;
    PodiumProcess& operator=(const PodiumProcess&) = delete;

    [[nodiscard]] pid_t pid() const { return m_pid; }
    // The link podium printed ("podium: remote control on URL"), or nothing if it did not
    // within `limit` (a generous deadline: only a hang ends it).
    [[nodiscard]] std::optional<std::string> remote_url(std::chrono::seconds limit)
    {
        const std::string prefix = "podium: remote control on ";
        const auto until = std::chrono::steady_clock::now() + limit;
        std::string text;
        while (m_out >= 0 && std::chrono::steady_clock::now() < until) {
            const std::size_t end = text.find('\n');
            if (end != std::string::npos) {
                const std::string line = text.substr(0, end);
                text.erase(0, end + 1);
                if (line.rfind(prefix, 0) == 0) {
                    return line.substr(prefix.size());
                }
                continue;
            }
            pollfd ready{m_out, POLLIN, 0};
            if (::poll(&ready, 1, 100) <= 0) {
                continue;
            }
            char buffer[4096];
            const ssize_t count = ::read(m_out, buffer, sizeof buffer);
            if (count <= 0) {
                return std::nullopt;
            }
            text.append(buffer, static_cast<std::size_t>(count));
        }
        return std::nullopt;
    }

private:
    pid_t m_pid = -1;
    int m_out = -1;
};

} // namespace podium::testing
