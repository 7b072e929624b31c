// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/token.hpp"

#include <cstddef>

namespace podium {

bool tokens_equal(std::string_view expected, std::string_view given)
{
    // Every byte of `given` is looked at whatever matched before; the length difference is
    // folded in rather than returned early. Only the expected length can leak, and a token's
    // length is not a secret (docs/remote.md).
    unsigned difference = expected.size() == given.size() ? 0u : 1u;
    for (std::size_t i = 0; i < given.size(); ++i) {
        const unsigned char want = expected.empty() ? 0 : static_cast<unsigned char>(expected[i % expected.size()]);
        difference |= want ^ static_cast<unsigned char>(given[i]);
    }
    // A volatile read keeps the compiler from turning the loop into an early-exit memcmp.
    const volatile unsigned result = difference;
    return result == 0u && !expected.empty();
}

bool token_is_url_safe(std::string_view token)
{
    if (token.empty()) {
        return false;
    }
    for (char c : token) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
            || c == '.' || c == '~';
        if (!ok) {
            return false;
        }
    }
    return true;
}

} // namespace podium
