// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/spoken_text.hpp"

#include "core/text/english_function_words.hpp"

#include <algorithm>
#include <ostream>

namespace podium {

std::size_t SpokenSentence::han_syllables() const
{
    std::size_t total = 0;
    for (const auto& run : runs) {
        total += (!run.is_placeholder && run.language == SpokenLanguage::Chinese) ? run.units : 0;
    }
    return total;
}

std::size_t SpokenSentence::english_words() const
{
    std::size_t total = 0;
    for (const auto& run : runs) {
        total += (!run.is_placeholder && run.language == SpokenLanguage::English) ? run.units : 0;
    }
    return total;
}

std::size_t SpokenSentence::syllables() const
{
    std::size_t total = 0;
    for (const auto& run : runs) {
        total += run.is_placeholder ? 0 : run.syllables;
    }
    return total;
}

std::size_t SpokenSentence::english_syllables() const
{
    std::size_t total = 0;
    for (const auto& run : runs) {
        total += (!run.is_placeholder && run.language == SpokenLanguage::English) ? run.syllables : 0;
    }
    return total;
}

std::size_t SpokenSentence::english_letters() const
{
    std::size_t total = 0;
    for (const auto& run : runs) {
        if (run.is_placeholder || run.language != SpokenLanguage::English) {
            continue;
        }
        for (const char c : run.text) {
            const auto byte = static_cast<unsigned char>(c);
            // ASCII letters, and the first byte of each other UTF-8 character (é, ß).
            total += ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z') || byte >= 0xC0 ? 1 : 0;
        }
    }
    return total;
}

HanSyllableCounts SpokenSentence::han_syllable_kinds() const
{
    HanSyllableCounts total;
    for (const auto& run : runs) {
        if (!run.is_placeholder && run.language == SpokenLanguage::Chinese) {
            const HanSyllableCounts counts = count_han_syllable_kinds(run.text);
            total.neutral_tone += counts.neutral_tone;
            total.nasal += counts.nasal;
        }
    }
    return total;
}

std::size_t SpokenSentence::english_function_words() const
{
    std::size_t total = 0;
    for (const auto& run : runs) {
        total += (!run.is_placeholder && run.language == SpokenLanguage::English) ? count_english_function_words(run.text)
                                                                                 : 0;
    }
    return total;
}

std::size_t SpokenSentence::placeholder_count() const
{
    return static_cast<std::size_t>(std::count_if(runs.begin(), runs.end(), [](const SpokenRun& run) {
        return run.is_placeholder;
    }));
}

std::string SpokenSentence::reading() const
{
    std::string out;
    for (const auto& run : runs) {
        if (!out.empty()) {
            out += " | ";
        }
        out += run.is_placeholder ? std::string("[…]") : run.text;
    }
    return out;
}

std::ostream& operator<<(std::ostream& out, const SpokenRun& run)
{
    out << (run.is_placeholder ? "placeholder" : run.language == SpokenLanguage::Chinese ? "zh" : "en") << " \""
        << run.text << "\" " << run.units << (run.language == SpokenLanguage::Chinese ? " syllables " : " words ")
        << run.source;
    return out;
}

std::ostream& operator<<(std::ostream& out, const SpokenSentence& sentence)
{
    out << '{';
    for (const auto& run : sentence.runs) {
        out << ' ' << run << ';';
    }
    return out << " }";
}

} // namespace podium
