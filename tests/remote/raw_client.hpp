// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Raw TCP for the attack tests: a socket from a chosen loopback source address (127.0.0.2 is
// "another device on the Wi-Fi" to the server's per-address limits), bytes sent as they are, and
// the status line read back. Every wait has a deadline.
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string>
#include <string_view>
#include <sys/socket.h>
#include <unistd.h>

namespace podium::testing {

class RawSocket {
public:
    RawSocket(const char* source, int port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in local{};
        local.sin_family = AF_INET;
        ::inet_pton(AF_INET, source, &local.sin_addr);
        ::bind(m_fd, reinterpret_cast<sockaddr*>(&local), sizeof local);
        sockaddr_in remote{};
        remote.sin_family = AF_INET;
        remote.sin_port = htons(static_cast<std::uint16_t>(port));
        ::inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr);
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr*>(&remote), sizeof remote) == 0;
    }
    ~RawSocket()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    RawSocket(const RawSocket&) = delete;
    RawSocket& operator=(const RawSocket&) = delete;

    [[nodiscard]] bool connected() const { return m_connected; }
    // Whether a read found the connection closed by the peer.
    [[nodiscard]] bool closed() const { return m_closed; }
    // False once the peer closed or reset the connection.
    bool send(std::string_view bytes)
    {
        while (!bytes.empty()) {
            const ssize_t sent = ::send(m_fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
            if (sent <= 0) {
                return false;
            }
            bytes.remove_prefix(static_cast<std::size_t>(sent));
        }
        return true;
    }
    // Reads until the server closes or `limit` passes; what arrived.
    std::string read_all(std::chrono::milliseconds limit)
    {
        std::string text;
        const auto until = std::chrono::steady_clock::now() + limit;
        for (;;) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
            if (left.count() <= 0) {
                return text;
            }
            pollfd p{m_fd, POLLIN, 0};
            const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
            if (ready < 0 && errno == EINTR) {
                continue;
            }
            if (ready <= 0) {
                return text;
            }
            char buffer[4096];
            const ssize_t got = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (got <= 0) {
                m_closed = true;
                return text;
            }
            text.append(buffer, static_cast<std::size_t>(got));
        }
    }
    // Whether the server closed the connection within `limit` (reading and dropping what came).
    bool closed_within(std::chrono::milliseconds limit)
    {
        (void)read_all(limit);
        return m_closed;
    }

private:
    int m_fd = -1;
    bool m_connected = false;
    bool m_closed = false;
};

// The status code of the first response in `text` ("HTTP/1.1 401 …"), or 0.
inline int status_of(const std::string& text)
{
    if (text.size() < 12 || text.rfind("HTTP/1.", 0) != 0) {
        return 0;
    }
    return std::stoi(text.substr(9, 3));
}

// One request on a fresh connection from `source`; the status (0: no answer within 5 s).
inline int raw_request(const char* source, int port, const std::string& request)
{
    RawSocket socket(source, port);
    if (!socket.connected() || !socket.send(request)) {
        return 0;
    }
    return status_of(socket.read_all(std::chrono::milliseconds(5000)));
}

} // namespace podium::testing
