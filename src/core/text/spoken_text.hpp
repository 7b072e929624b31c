#pragma once
#include "core/text/span.hpp"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace podium {

enum class SpokenLanguage { Chinese, English };

// A stretch of a sentence as it is read aloud: Han text with numbers written out as they are
// spoken (2023年 → 二〇二三年), or a Latin run read by an English voice. The one normaliser,
// shared by the timing model (counts) and the speech engine (text), so they always agree.
struct SpokenRun {
    SpokenLanguage language = SpokenLanguage::Chinese;
    std::string text;        // what the voice reads
    Span source;             // where it came from in the original text
    std::size_t units = 0;   // Han syllables (Chinese) or words (English)
    bool is_placeholder = false; // an unfilled placeholder: not read aloud, costs a short pause
};

struct SpokenSentence {
    std::vector<SpokenRun> runs;

    [[nodiscard]] std::size_t han_syllables() const;
    [[nodiscard]] std::size_t english_words() const;
    [[nodiscard]] std::size_t placeholder_count() const;
};

// Normalises `sentence` (a span of `text`) for reading aloud. `placeholders` are spans (from
// the Script) that must not be read; they become placeholder runs.
[[nodiscard]] SpokenSentence normalise_for_speech(std::string_view text, Span sentence,
    std::span<const Span> placeholders = {});

} // namespace podium
