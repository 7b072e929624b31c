#include "core/rehearsal/script_key.hpp"

#include <cstdint>

namespace podium {

std::string content_hash(std::string_view text)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    static constexpr char digits[] = "0123456789abcdef";
    std::string key(16, '0');
    for (std::size_t i = 0; i < 16; ++i) {
        key[15 - i] = digits[hash & 0xF];
        hash >>= 4;
    }
    return key;
}

} // namespace podium
