// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/remote_token.hpp"

#include "core/error.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <sys/random.h>

namespace podium {

std::string random_token()
{
    std::array<unsigned char, 16> bytes{};
    std::size_t filled = 0;
    while (filled < bytes.size()) {
        const ssize_t got = ::getrandom(bytes.data() + filled, bytes.size() - filled, 0);
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw Error(std::string("cannot make a remote token: getrandom failed (") + std::strerror(errno)
                + "); pass a fixed one with --remote-token");
        }
        filled += static_cast<std::size_t>(got);
    }
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string token;
    unsigned bits = 0;
    int count = 0;
    for (unsigned char byte : bytes) {
        bits = (bits << 8) | byte;
        count += 8;
        while (count >= 6) {
            count -= 6;
            token += alphabet[(bits >> count) & 0x3f];
        }
    }
    if (count > 0) {
        token += alphabet[(bits << (6 - count)) & 0x3f];
    }
    return token;
}

} // namespace podium
