// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/text/spoken_text.hpp"

#include <span>
#include <string_view>

namespace podium::testing {

// The whole of `text` normalised for speech, as one sentence.
inline SpokenSentence normalise(std::string_view text, std::span<const Span> placeholders = {})
{
    return normalise_for_speech(text, {0, text.size()}, placeholders);
}

} // namespace podium::testing
