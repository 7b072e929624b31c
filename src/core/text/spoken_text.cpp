// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/spoken_text.hpp"

#include "core/text/english_numbers.hpp"
#include "core/text/english_syllables.hpp"
#include "core/text/number_expression.hpp"
#include "core/text/spoken_chars.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <optional>

namespace podium {

namespace {

// Words in an English reading: letter/digit sequences; apostrophes join (o'clock), spaces and
// hyphens separate (twenty-five = 2).
std::size_t count_words(std::string_view reading)
{
    std::size_t words = 0;
    bool in_word = false;
    for (const char c : reading) {
        const bool word_char = c == '\'' || (static_cast<unsigned char>(c) >= 0x80) || utf8::is_ascii_alnum(
            static_cast<unsigned char>(c));
        if (word_char && !in_word) {
            ++words;
        }
        in_word = word_char;
    }
    return words;
}

// An acronym in capitals that cannot be pronounced as a word (up to three letters, or no
// vowel: AI, USA, HTML) is spelled letter by letter: two words per three letters (AI = 1,
// USA = 2, HTML = 3), about the length of spelled letters at an average word length.
// Capitals with vowels (NASA, COVID) are read as one word.
bool is_spelled(std::string_view letters)
{
    std::size_t count = 0;
    bool all_capitals = true;
    bool has_vowel = false;
    for (const char c : letters) {
        if (c == '\'') {
            continue;
        }
        ++count;
        all_capitals = all_capitals && c >= 'A' && c <= 'Z';
        has_vowel = has_vowel || std::string_view("AEIOU").find(c) != std::string_view::npos;
    }
    return all_capitals && count >= 2 && (count <= 3 || !has_vowel);
}

std::size_t letter_group_words(std::string_view letters)
{
    if (is_spelled(letters)) {
        const auto count = static_cast<std::size_t>(std::count_if(letters.begin(), letters.end(), [](char c) {
            return c != '\'';
        }));
        return (2 * count + 1) / 3;
    }
    return 1;
}

// A spelled acronym is its letters' names (HTML = 4, WWW = 9); a word is read by rule.
std::size_t letter_group_syllables(std::string_view letters)
{
    return is_spelled(letters) ? spelled_syllables(letters) : english_syllables(letters);
}

class Normaliser {
public:
    Normaliser(std::string_view text, Span sentence) : m_text(text), m_sentence(sentence) {}

    // Reads one token at `offset` that ends at or before `limit`; returns the offset after it.
    std::size_t token(std::size_t offset, std::size_t limit)
    {
        std::size_t next = offset;
        const char32_t c = utf8::next(m_text, next);
        next = std::min(next, limit);
        if (spoken::digit_value(c) >= 0 || (spoken::is_minus(c) && starts_negative_number(offset, next, limit))) {
            return number(offset, limit);
        }
        if (spoken::is_syllable(c)) {
            emit(SpokenLanguage::Chinese, m_text.substr(offset, next - offset), {offset, next}, 1, 1, true);
            return next;
        }
        if (spoken::is_letter(c)) {
            return word(offset, limit);
        }
        if (const auto mark = spoken::pause_mark(c); mark != spoken::PauseMark::None) {
            pause(mark, c, {offset, next});
        }
        return next;
    }

    void placeholder(Span source)
    {
        const SpokenLanguage language = m_sentence_out.runs.empty() ? default_language()
                                                                    : m_sentence_out.runs.back().language;
        SpokenRun run;
        run.language = language;
        run.source = source;
        run.is_placeholder = true;
        run.pieces.push_back({{0, 0}, source, false});
        m_sentence_out.runs.push_back(std::move(run));
    }

    SpokenSentence take() { return std::move(m_sentence_out); }

private:
    [[nodiscard]] char32_t char_at(std::size_t offset) const
    {
        if (offset >= m_sentence.end) {
            return 0;
        }
        return utf8::next(m_text, offset);
    }

    [[nodiscard]] char32_t char_before(std::size_t offset) const
    {
        if (offset <= m_sentence.begin) {
            return 0;
        }
        return utf8::previous(m_text, offset);
    }

    // The first character after `offset`, skipping ASCII spaces ("2023 年").
    [[nodiscard]] char32_t next_after_spaces(std::size_t offset) const
    {
        while (offset < m_sentence.end && m_text[offset] == ' ') {
            ++offset;
        }
        return char_at(offset);
    }

    [[nodiscard]] char32_t previous_before_spaces(std::size_t offset) const
    {
        while (offset > m_sentence.begin && m_text[offset - 1] == ' ') {
            --offset;
        }
        return char_before(offset);
    }

    [[nodiscard]] bool starts_negative_number(std::size_t offset, std::size_t next, std::size_t limit) const
    {
        if (next >= limit || spoken::digit_value(char_at(next)) < 0) {
            return false;
        }
        const char32_t before = char_before(offset);
        return spoken::digit_value(before) < 0 && !spoken::is_letter(before);
    }

    SpokenLanguage default_language()
    {
        if (!m_default_language) {
            m_default_language = SpokenLanguage::English;
            for (std::size_t offset = m_sentence.begin; offset < m_sentence.end;) {
                if (spoken::is_syllable(utf8::next(m_text, offset))) {
                    m_default_language = SpokenLanguage::Chinese;
                    break;
                }
            }
        }
        return *m_default_language;
    }

    // Digits next to Han text or CJK punctuation read in Chinese; next to Latin words in
    // English; otherwise in the sentence's language.
    SpokenLanguage number_language(Span source)
    {
        // Full-width digits or signs (２０２３, ％, ～) are written in Chinese text.
        for (std::size_t offset = source.begin; offset < source.end;) {
            const char32_t c = utf8::next(m_text, offset);
            if (c >= 0xFF00 && c <= 0xFFEF) {
                return SpokenLanguage::Chinese;
            }
        }
        const char32_t after = next_after_spaces(source.end);
        const char32_t before = previous_before_spaces(source.begin);
        if (spoken::is_syllable(after) || spoken::is_cjk_punctuation(after) || spoken::is_syllable(before)
            || spoken::is_cjk_punctuation(before)) {
            return SpokenLanguage::Chinese;
        }
        if (spoken::is_letter(after) || spoken::is_letter(before)) {
            return SpokenLanguage::English;
        }
        return default_language();
    }

    std::size_t letters_end(std::size_t offset, std::size_t limit) const
    {
        while (offset < limit) {
            std::size_t next = offset;
            if (!spoken::is_letter(utf8::next(m_text, next)) || next > limit) {
                break;
            }
            offset = next;
        }
        return offset;
    }

    std::size_t number(std::size_t offset, std::size_t limit)
    {
        const auto expression = scan_number(m_text, offset, limit);
        if (!expression) {
            return offset + 1;
        }
        const std::size_t end = expression->source.end;
        // Letters glued to the number make one English token: 5G, 3D, 2nd, 10x.
        if (spoken::is_letter(char_at(end)) && end < limit) {
            const std::size_t word_end = letters_end(end, limit);
            std::string letters;
            for (std::size_t o = end; o < word_end;) {
                utf8::append(letters, spoken::narrow(utf8::next(m_text, o)));
            }
            std::string lower = letters;
            std::transform(lower.begin(), lower.end(), lower.begin(),
                [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
            const bool ordinal = expression->shape == NumberShape::Single && expression->first.fraction.empty()
                && (lower == "st" || lower == "nd" || lower == "rd" || lower == "th");
            std::string reading = read_in_english(*expression, ordinal ? EnglishForm::Ordinal : EnglishForm::Cardinal);
            std::size_t units = count_words(reading);
            std::size_t syllables = english_syllables(reading);
            if (!ordinal) {
                reading += ' ';
                reading += letters;
                units += letter_group_words(letters);
                syllables += letter_group_syllables(letters);
            }
            emit(SpokenLanguage::English, reading, {offset, word_end}, units, syllables, false);
            return word_end;
        }
        if (number_language(expression->source) == SpokenLanguage::Chinese) {
            const std::string reading = read_in_chinese(*expression, next_after_spaces(end));
            const std::size_t syllables = utf8::count_code_points(reading);
            emit(SpokenLanguage::Chinese, reading, expression->source, syllables, syllables, false);
        } else {
            const std::string reading = read_in_english(*expression);
            emit(SpokenLanguage::English, reading, expression->source, count_words(reading),
                english_syllables(reading), false);
        }
        return end;
    }

    // A Latin word: letters and digits, with inner apostrophes (don't), hyphens (COVID-19) and
    // abbreviation dots (e.g., U.S.).
    std::size_t word(std::size_t offset, std::size_t limit)
    {
        std::string reading;
        std::size_t units = 0;
        std::size_t syllables = 0;
        std::string letters;
        std::string digits;
        auto flush = [&] {
            if (!letters.empty()) {
                if (!reading.empty() && reading.back() != '-' && reading.back() != '.') {
                    reading += ' ';
                }
                reading += letters;
                units += letter_group_words(letters);
                syllables += letter_group_syllables(letters);
                letters.clear();
            }
            if (!digits.empty()) {
                const std::string words = digits.size() <= 4 ? english::cardinal(digits) : english::digit_by_digit(digits);
                if (!reading.empty() && reading.back() != '-' && reading.back() != '.') {
                    reading += ' ';
                }
                reading += words;
                units += count_words(words);
                syllables += english_syllables(words);
                digits.clear();
            }
        };
        std::size_t position = offset;
        std::size_t group_letters = 0; // letters since the last separator, for abbreviation dots
        while (position < limit) {
            std::size_t next = position;
            const char32_t c = spoken::narrow(utf8::next(m_text, next));
            if (next > limit) {
                break;
            }
            const char32_t following = spoken::narrow(char_at(next));
            if (spoken::is_letter(c)) {
                if (!digits.empty()) {
                    flush();
                }
                utf8::append(letters, c);
                ++group_letters;
            } else if (spoken::digit_value(c) >= 0) {
                if (!letters.empty()) {
                    flush();
                }
                digits.push_back(static_cast<char>('0' + spoken::digit_value(c)));
            } else if ((c == '\'' || c == U'’') && !letters.empty() && spoken::is_letter(following) && next < limit) {
                letters.push_back('\'');
            } else if (c == '-' && (spoken::is_letter(following) || spoken::digit_value(following) >= 0) && next < limit) {
                flush();
                reading += '-';
                group_letters = 0;
            } else if (c == '.' && group_letters == 1 && spoken::is_letter(following) && next < limit) {
                flush();
                reading += '.';
                group_letters = 0;
            } else {
                break;
            }
            position = next;
        }
        flush();
        const Span source{offset, position};
        emit(SpokenLanguage::English, reading, source, units, syllables, reading == source.of(m_text));
        return position;
    }

    SpokenRun& run_for(SpokenLanguage language, std::size_t begin)
    {
        auto& runs = m_sentence_out.runs;
        if (runs.empty() || runs.back().is_placeholder || runs.back().language != language) {
            SpokenRun run;
            run.language = language;
            run.source = {begin, begin};
            runs.push_back(std::move(run));
        }
        return runs.back();
    }

    void emit(SpokenLanguage language, std::string_view reading, Span source, std::size_t units, std::size_t syllables,
        bool verbatim)
    {
        SpokenRun& run = run_for(language, source.begin);
        if (language == SpokenLanguage::English && !run.text.empty() && run.text.back() != ' ') {
            run.text += ' ';
        }
        const std::size_t start = run.text.size();
        run.text += reading;
        run.units += units;
        run.syllables += syllables;
        run.source.end = source.end;
        const Span text_span{start, run.text.size()};
        if (verbatim && !run.pieces.empty() && run.pieces.back().verbatim && run.pieces.back().text.end == start
            && run.pieces.back().source.end == source.begin) {
            run.pieces.back().text.end = text_span.end;
            run.pieces.back().source.end = source.end;
        } else {
            run.pieces.push_back({text_span, source, verbatim});
        }
        m_after_mark = false;
    }

    void pause(spoken::PauseMark mark, char32_t c, Span source)
    {
        auto& runs = m_sentence_out.runs;
        if (runs.empty() || runs.back().is_placeholder || m_after_mark) {
            return;
        }
        SpokenRun& run = runs.back();
        std::string_view text;
        if (run.language == SpokenLanguage::Chinese) {
            text = mark == spoken::PauseMark::Clause ? "，"
                : (c == U'！' || c == '!')           ? "！"
                : (c == U'？' || c == '?')           ? "？"
                                                     : "。";
        } else {
            text = mark == spoken::PauseMark::Clause ? ","
                : (c == U'！' || c == '!')           ? "!"
                : (c == U'？' || c == '?')           ? "?"
                                                     : ".";
        }
        const std::size_t start = run.text.size();
        run.text += text;
        run.source.end = source.end;
        run.pieces.push_back({{start, run.text.size()}, source, false});
        m_after_mark = true;
    }

    std::string_view m_text;
    Span m_sentence;
    SpokenSentence m_sentence_out;
    std::optional<SpokenLanguage> m_default_language;
    bool m_after_mark = false;
};

} // namespace

SpokenSentence normalise_for_speech(std::string_view text, Span sentence, std::span<const Span> placeholders,
    std::span<const Span> silent)
{
    sentence.end = std::min(sentence.end, text.size());
    Normaliser normaliser(text, sentence);
    // Both lists are sorted and disjoint, so their ends are sorted too: find the first span of
    // each that reaches into the sentence.
    const auto first_reaching = [&](std::span<const Span> spans) {
        return std::lower_bound(spans.begin(), spans.end(), sentence.begin,
            [](const Span& span, std::size_t offset) { return span.end <= offset; });
    };
    auto placeholder = first_reaching(placeholders);
    auto quiet = first_reaching(silent);
    std::size_t offset = sentence.begin;
    while (offset < sentence.end) {
        while (quiet != silent.end() && quiet->end <= offset) {
            ++quiet;
        }
        if (quiet != silent.end() && quiet->begin <= offset) {
            offset = std::min(quiet->end, sentence.end); // markup: skipped as if it were not there
            continue;
        }
        const bool placeholder_ahead = placeholder != placeholders.end() && placeholder->begin < sentence.end;
        if (placeholder_ahead && placeholder->begin <= offset) {
            const std::size_t end = std::min(placeholder->end, sentence.end);
            if (end > offset) {
                normaliser.placeholder({std::max(placeholder->begin, sentence.begin), end});
                offset = end;
            }
            ++placeholder;
            continue;
        }
        std::size_t limit = placeholder_ahead ? placeholder->begin : sentence.end;
        if (quiet != silent.end()) {
            limit = std::min(limit, std::max(quiet->begin, offset + 1));
        }
        offset = std::max(normaliser.token(offset, limit), offset + 1);
    }
    return normaliser.take();
}

} // namespace podium
