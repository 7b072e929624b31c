// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/content_hash.hpp"

namespace podium {

std::uint64_t content_hash(std::string_view bytes)
{
    // FNV-1a, 64-bit: fixed constants, so hashes stay valid across versions of Podium.
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

std::string content_hash_hex(std::string_view bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::uint64_t hash = content_hash(bytes);
    std::string hex(16, '0');
    for (std::size_t i = 16; i-- > 0;) {
        hex[i] = digits[hash & 0xF];
        hash >>= 4;
    }
    return hex;
}

} // namespace podium
