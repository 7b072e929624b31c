// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <string>

namespace podium::testing {

// `count` Han characters and a full stop: a sentence of `count` syllables.
inline std::string han(std::size_t count)
{
    std::string text;
    for (std::size_t i = 0; i < count; ++i) {
        text += "字";
    }
    return text + "。";
}

} // namespace podium::testing
