// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/text/han_syllables.hpp"
#include "core/text/span.hpp"

#include <cstddef>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace podium {

enum class SpokenLanguage { Chinese, English };

// Maps a stretch of a run's text back to the source. A verbatim piece (Han text, a word) maps
// character for character; a reading (2023年 → 二〇二三) maps as a whole.
struct SpokenPiece {
    Span text;    // byte range in SpokenRun::text
    Span source;  // byte range in the original text
    bool verbatim = false;
    friend bool operator==(const SpokenPiece&, const SpokenPiece&) = default;
};

// A stretch of a sentence as it is read aloud: Han text with numbers written out as they are
// spoken (2023年 → 二〇二三年), or a Latin run read by an English voice. The one normaliser,
// shared by the timing model (counts) and the speech engine (text), so they always agree.
// Run text holds only what is read plus pause punctuation (，。！？ or , . ! ?), never symbols.
struct SpokenRun {
    SpokenLanguage language = SpokenLanguage::Chinese;
    std::string text;        // what the voice reads
    Span source;             // where it came from in the original text
    std::size_t units = 0;   // Han syllables (Chinese) or words (English)
    // Spoken syllables: one per Han syllable (= units) for Chinese; for English the sum of
    // english_syllables() over the words read (a spelled acronym by its letters' names).
    // 0 for a placeholder.
    std::size_t syllables = 0;
    bool is_placeholder = false; // an unfilled placeholder: not read aloud, costs a short pause
    std::vector<SpokenPiece> pieces; // text ↔ source, in order
    friend bool operator==(const SpokenRun&, const SpokenRun&) = default;
};

struct SpokenSentence {
    std::vector<SpokenRun> runs;

    [[nodiscard]] std::size_t han_syllables() const;
    [[nodiscard]] std::size_t english_words() const;
    [[nodiscard]] std::size_t placeholder_count() const;
    // Every spoken syllable of the sentence, Han and English: what a listener would count and
    // what the voice tracker counts against.
    [[nodiscard]] std::size_t syllables() const;
    [[nodiscard]] std::size_t english_syllables() const;
    // Letters of the English words as read ("42" is "forty-two": 8), a stand-in for their
    // sounds; a letter with an accent counts once.
    [[nodiscard]] std::size_t english_letters() const;
    // Syllable weights the timing model prices (core/timing/speech_units.hpp): Han syllables of
    // the neutral tone and with a nasal ending (core/text/han_syllables.hpp), and English
    // function words (core/text/english_function_words.hpp), all in what the voice reads.
    [[nodiscard]] HanSyllableCounts han_syllable_kinds() const;
    [[nodiscard]] std::size_t english_function_words() const;
    // The runs' texts joined by " | " with placeholders as "[…]": for tests and debugging.
    [[nodiscard]] std::string reading() const;
    friend bool operator==(const SpokenSentence&, const SpokenSentence&) = default;
};

std::ostream& operator<<(std::ostream& out, const SpokenRun& run);
std::ostream& operator<<(std::ostream& out, const SpokenSentence& sentence);

// Normalises `sentence` (a span of `text`) for reading aloud. `placeholders` are spans (from
// the Script, sorted by position and not overlapping) that must not be read; they become
// placeholder runs. `silent` are spans (sorted, not overlapping) that are neither read nor
// counted: the Markdown markup a Script keeps in its text (Script::markup: link targets, raw
// HTML, fence info strings), which the prompter does not show either. Reading rules (tested in
// tests/core/text/spoken_text_test.cpp, documented in docs/timing.md):
//  - Han text is read as written, one syllable per character; punctuation only pauses.
//  - Latin words (AI, 5G, Thank you) form English runs counted in words and in syllables
//    (english_syllables); a spelled acronym (AI, USA, HTML) counts two words per three
//    letters and one syllable per letter name, hyphenated parts count apart.
//  - Numbers next to Han text read in Chinese (2023年 → 二〇二三年, 91% → 百分之九十一,
//    3—5个 → 三到五个, 12.5 → 十二点五, 11月25日 → 十一月二十五日); elsewhere in English
//    (2025 → twenty twenty-five, 91% → ninety-one percent, 3rd → third).
[[nodiscard]] SpokenSentence normalise_for_speech(std::string_view text, Span sentence,
    std::span<const Span> placeholders = {}, std::span<const Span> silent = {});

} // namespace podium
