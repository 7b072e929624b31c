// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/english_abbreviations.hpp"
#include "core/text/sentence_line.hpp"

#include <algorithm>

namespace podium::sentence {

// The Latin word ending right before token `end`: letters, inner periods and °.
std::size_t LineSplitter::word_start(std::size_t end) const
{
    std::size_t k = end;
    while (k > m_start && end - k < kLookBack) {
        const char32_t c = m_t[k - 1].c;
        if (is_latin_letter(c) || c == 0xB0 || (c == '.' && k >= 2 && is_latin_letter(m_t[k - 2].c) && k < end)) {
            --k;
        } else {
            break;
        }
    }
    return k;
}

// Upper-case letter followed by lower-case letters and then a non-alphanumeric: "That".
bool LineSplitter::capitalised_word_at(std::size_t i) const
{
    if (!is_upper(at(i)) || !is_lower(at(i + 1))) {
        return false;
    }
    std::size_t j = i + 1;
    while (is_lower(at(j))) {
        ++j;
    }
    return !is_letter(at(j)) && !is_digit(at(j));
}

// The first character of the next word, past opening quotes and brackets.
std::size_t LineSplitter::next_word(std::size_t k) const
{
    for (int guard = 0; guard < 6 && k < m_n; ++guard) {
        const char32_t c = m_t[k].c;
        if (is_quote_or_bracket(c) || c == '*' || c == '_' || is_space(c)) {
            ++k;
        } else {
            break;
        }
    }
    return k;
}

std::string_view LineSplitter::word_at(std::size_t i) const
{
    std::size_t j = i;
    while (j < m_n && j - i < kLookBack && is_latin_letter(m_t[j].c)) {
        ++j;
    }
    const std::string_view word = bytes(i, j);
    return word.substr(0, word.find(' ')); // a run of lower-case words is one token: its first word
}

// Does the token holding the period at `i` contain '@' or "://" (e-mail, URL)?
bool LineSplitter::inside_address(std::size_t i) const
{
    std::size_t from = i;
    while (from > 0 && i - from < kLookBack && !is_space(m_t[from - 1].c)) {
        --from;
    }
    std::size_t to = i;
    while (to < m_n && to - i < kLookBack && !is_space(m_t[to].c)) {
        ++to;
    }
    for (std::size_t k = from; k < to; ++k) {
        if (m_t[k].c == '@' || (m_t[k].c == ':' && at(k + 1) == '/' && at(k + 2) == '/')) {
            return true;
        }
    }
    return false;
}

// "3. 推进…", "a. The first item", "• 9.": an enumerator at the start of the sentence.
bool LineSplitter::is_enumerator(std::size_t period) const
{
    std::size_t k = skip_spaces(m_start);
    const char32_t first = at(k);
    if (first == 0x2022 || first == 0x2043 || first == '-' || first == '*' || first == 0x2023) {
        k = skip_spaces(k + 1);
    }
    if (is_single_letter(k, period)) {
        return true;
    }
    if (period <= k || period - k > 3) {
        return false;
    }
    for (std::size_t j = k; j < period; ++j) {
        if (!is_digit(m_t[j].c)) {
            return false;
        }
    }
    return !is_digit(at(period + 1));
}

// A chain of initials "J. R. R." or "U. A. E." ending with the letter at `letter`: is it
// a name (no boundary) or a spelled-out abbreviation after a lower-case word?
bool LineSplitter::is_name_initial(std::size_t letter) const
{
    std::size_t k = letter;
    while (k >= 3 && is_space(m_t[k - 1].c) && m_t[k - 2].c == '.' && is_upper(m_t[k - 3].c)
        && (k == 3 || !is_latin_letter(m_t[k - 4].c))) {
        k -= 3;
    }
    std::size_t p = k;
    while (p > m_start && is_space(m_t[p - 1].c)) {
        --p;
    }
    if (p <= skip_spaces(m_start)) {
        return true; // at the start of the sentence: J. R. R. Tolkien
    }
    const std::size_t w = word_start(p);
    return w < p && is_upper(m_t[w].c);
}

PeriodKind LineSplitter::classify_word(std::size_t from, std::size_t to) const
{
    if (from == to) {
        return PeriodKind::Plain;
    }
    if (std::any_of(m_t + from, m_t + to, [](const Token& t) { return t.c == '.'; })) {
        return PeriodKind::Dotted; // a period is always a token of its own
    }
    const std::string_view word = bytes(from, to);
    if (is_single_letter(from, to)) {
        const char32_t letter = m_t[from].c;
        if (letter == 'I') {
            std::size_t p = from;
            while (p > 0 && is_space(m_t[p - 1].c)) {
                --p;
            }
            const std::size_t w = word_start(p);
            return (w < p && is_upper(m_t[w].c)) ? PeriodKind::NotTerminator : PeriodKind::Plain; // Albert I. Jones
        }
        if (is_upper(letter)) {
            if (next_is_initial(to + 1)) {
                return PeriodKind::NotTerminator;
            }
            return is_name_initial(from) ? PeriodKind::NotTerminator : PeriodKind::SpelledOut;
        }
        if (letter == 'm' && from >= 3 && is_space(m_t[from - 1].c) && m_t[from - 2].c == '.'
            && (m_t[from - 3].c == 'a' || m_t[from - 3].c == 'p')) {
            return PeriodKind::Dotted; // "5 a. m."
        }
        return PeriodKind::Abbreviation; // p. 55, a. m.
    }
    switch (find_abbreviation(word)) {
    case Abbreviation::Title: return PeriodKind::NotTerminator;
    case Abbreviation::Unit:
    case Abbreviation::Other:
    case Abbreviation::Compass: return PeriodKind::Abbreviation;
    case Abbreviation::None: break;
    }
    if (word == "in" || word == "In") { // "6 in." is a unit; "Come in." is not
        std::size_t p = from;
        while (p > 0 && is_space(m_t[p - 1].c)) {
            --p;
        }
        if (p < from && p > 0 && is_digit(m_t[p - 1].c)) {
            return PeriodKind::Abbreviation;
        }
    }
    return PeriodKind::Plain;
}

bool LineSplitter::next_is_initial(std::size_t k) const
{
    k = skip_spaces(k);
    return is_upper(at(k)) && at(k + 1) == '.' && !is_latin_letter(at(k + 2));
}

PeriodKind LineSplitter::classify_period(std::size_t i) const
{
    const char32_t prev = before(i);
    const char32_t next = at(i + 1);
    if (is_digit(prev) && is_digit(next)) {
        return PeriodKind::NotTerminator; // 28.6, ３．５, 1026.253.553
    }
    if (is_enumerator(i)) {
        return PeriodKind::NotTerminator;
    }
    const Role next_role = role(i + 1);
    const bool open_after = next == kEnd || is_space(next) || next_role == Role::Close
        || next_role == Role::CloseLike || next == '[' || is_bang(next) || next == '*' || next == '_'
        || is_hard_terminator(next);
    if (!open_after) {
        if (is_lower(next) || is_digit(next) || !is_letter(next) || inside_address(i)) {
            return PeriodKind::NotTerminator; // example.com, 7.f4, a.m.—, consultation.11
        }
        const std::size_t from = word_start(i);
        const PeriodKind kind = classify_word(from, i);
        if (is_cjk(next)) {
            return kind == PeriodKind::Plain ? PeriodKind::Plain : PeriodKind::NotTerminator; // U.S.市场
        }
        const bool letter_period_follows = is_latin_letter(next) && is_period(at(i + 2));
        if (is_single_letter(from, i) || letter_period_follows || kind == PeriodKind::Dotted || kind == PeriodKind::NotTerminator
            || (is_digit(prev) && !capitalised_word_at(i + 1))) {
            return PeriodKind::NotTerminator; // U.S.A, 7.Bg5, Mr.Smith
        }
        return PeriodKind::Plain; // world.Today
    }
    std::size_t end = i;
    if (is_space(prev)) { // tokenised text: "Mr . Robinson"
        while (end > 0 && is_space(m_t[end - 1].c)) {
            --end;
        }
    }
    return classify_word(word_start(end), end);
}

bool LineSplitter::clause_starts_with_time_preposition(std::size_t i) const
{
    std::size_t k = i;
    const std::size_t stop = std::max(m_start, i > kLookBack * 4 ? i - kLookBack * 4 : 0);
    // "He noted: In 44 B.C. Caesar died." — but not the colon of 11:58.
    while (k > stop && !((m_t[k - 1].c == ':' && !is_digit(at(k))) || m_t[k - 1].c == ';' || m_t[k - 1].c == 0xFF1A)) {
        --k;
    }
    k = next_word(k);
    return is_time_preposition(word_at(k));
}

} // namespace podium::sentence
