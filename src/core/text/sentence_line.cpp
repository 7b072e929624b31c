// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/sentence_line.hpp"

#include "core/text/english_abbreviations.hpp"

#include <algorithm>

namespace podium::sentence {

void LineSplitter::run()
{
    const std::size_t first = skip_spaces(0);
    const Enumerator list = parse_enumerator(first);
    m_list = list.style;
    m_list_next = list.value + 1;
    if (m_list == ListStyle::None) {
        // Only terminators, quotes and brackets can change anything: visit just those.
        std::size_t i = 0;
        for (std::size_t s = 0; s < m_stop_count; ++s) {
            if (m_stops[s] >= i) {
                i = step(m_stops[s]);
            }
        }
    } else {
        for (std::size_t i = 0; i < m_n;) { // any token after a space may start the next item
            i = step(i);
        }
    }
    emit(m_start, m_n);
}

std::size_t LineSplitter::step(std::size_t i)
{
    const char32_t c = m_t[i].c;
    const Role mark = role(i);
    if (mark == Role::Open) {
        ++m_depth;
    } else if (mark == Role::Close) {
        m_depth -= m_depth > 0 ? 1 : 0;
    } else if (is_hard_terminator(c) || is_bang(c) || is_period(c) || is_ellipsis_char(c)) {
        return terminator(i);
    } else if (m_list != ListStyle::None && m_depth == 0 && i > 0 && is_space(m_t[i - 1].c)) {
        list_item(i);
    }
    return i + 1;
}

void LineSplitter::emit(std::size_t from, std::size_t to)
{
    from = skip_spaces(from);
    while (to > from && is_space(m_t[to - 1].c)) {
        --to;
    }
    if (from < to) {
        m_out.push_back({m_base + m_t[from].pos, m_base + m_t[to].pos});
    }
}

Enumerator LineSplitter::parse_enumerator(std::size_t i) const
{
    Enumerator found;
    ListStyle digit_style = ListStyle::DigitDot;
    if (at(i) == 0x2022 || at(i) == 0x2043) { // • ⁃
        i = skip_spaces(i + 1);
        digit_style = ListStyle::BulletDigitDot;
    }
    if (is_digit(at(i)) && at(i) < 0x80) {
        std::size_t j = i;
        long value = 0;
        while (j < i + 3 && at(j) >= '0' && at(j) <= '9') {
            value = value * 10 + static_cast<long>(at(j) - '0');
            ++j;
        }
        if (at(j) == '.' && at(j + 1) == ')' && is_space(at(j + 2))) {
            return {ListStyle::DigitDotParen, value};
        }
        if (at(j) == ')' && is_space(at(j + 1)) && digit_style == ListStyle::DigitDot) {
            return {ListStyle::DigitParen, value};
        }
        if (at(j) == '.' && is_space(at(j + 1))) {
            return {digit_style, value};
        }
    } else if (at(i) >= 'a' && at(i) <= 'z' && at(i + 1) == '.' && is_space(at(i + 2))
        && digit_style == ListStyle::DigitDot) {
        return {ListStyle::LetterDot, static_cast<long>(at(i) - 'a')};
    }
    return found;
}

void LineSplitter::list_item(std::size_t i)
{
    const char32_t c = m_t[i].c;
    if (!is_digit(c) && c != 0x2022 && c != 0x2043 && !(c >= 'a' && c <= 'z')) {
        return;
    }
    const Enumerator item = parse_enumerator(i);
    if (item.style == m_list && item.value == m_list_next) {
        emit(m_start, i);
        m_start = i;
        ++m_list_next;
    }
}

bool LineSplitter::is_spaced_ellipsis(std::size_t k) const
{
    return is_period(at(k)) && at(k + 1) == ' ' && is_period(at(k + 2)) && at(k + 3) == ' ' && is_period(at(k + 4));
}

// (1) （一） 【1】: a bracketed enumerator starts the next sentence (R11 exception).
bool LineSplitter::is_bracketed_enumerator(std::size_t open) const
{
    const std::size_t close = m_partner[open];
    if (close - open < 2 || close - open > 5) {
        return false;
    }
    const std::string_view inside = m_text.substr(m_base + m_t[open + 1].pos, m_t[close].pos - m_t[open + 1].pos);
    if (close - open == 2 && is_single_letter(open + 1, close)) {
        return true; // (a)
    }
    for (std::size_t offset = 0; offset < inside.size();) {
        const char32_t c = utf8::next(inside, offset);
        const bool numeral = is_digit(c) || c == U'一' || c == U'二' || c == U'三' || c == U'四' || c == U'五'
            || c == U'六' || c == U'七' || c == U'八' || c == U'九' || c == U'十' || c == U'〇';
        if (!numeral) {
            return false;
        }
    }
    return true;
}

// [1] [2–11] [7][8]: a citation right after a terminator belongs to the sentence before it.
bool LineSplitter::is_citation(std::size_t open) const
{
    if (m_t[open].c != '[' || role(open) != Role::Open) {
        return false;
    }
    const std::size_t close = m_partner[open];
    if (close - open < 2 || close - open > 16) {
        return false;
    }
    for (std::size_t k = open + 1; k < close; ++k) {
        const char32_t c = m_t[k].c;
        if (!is_digit(c) && c != ',' && c != '-' && c != 0x2013 && c != ' ') {
            return false;
        }
    }
    return true;
}

LineSplitter::LineSplitter::Run LineSplitter::scan_run(std::size_t i, Terminator first, bool chinese)
{
    Run run;
    run.last = first;
    std::size_t j = i + 1;
    if (first == Terminator::Ellipsis && is_spaced_ellipsis(i)) {
        j = i + 5;
    }
    for (;;) {
        const char32_t c = at(j);
        if (c == kEnd || is_word_char(c)) {
            break; // the common case, decided before the chain of tests below
        }
        if (is_hard_terminator(c)) {
            run.last = Terminator::Hard;
            ++j;
        } else if (is_bang(c)) {
            run.last = run.last == Terminator::Hard ? Terminator::Hard : Terminator::Bang;
            ++j;
        } else if (is_ellipsis_char(c) || (is_period(c) && is_period(before(j)))) {
            run.last = Terminator::Ellipsis;
            ++j;
        } else if (is_period(c)) {
            run.last = run.last == Terminator::Ellipsis ? Terminator::Ellipsis : Terminator::Period;
            ++j;
        } else if (role(j) == Role::Close) {
            m_depth -= m_depth > 0 ? 1 : 0;
            run.closer = true;
            run.title_mark = run.title_mark || c == 0x300B || c == 0x3009;
            ++j;
        } else if (role(j) == Role::CloseLike) {
            run.closer = true;
            ++j;
        } else if ((c == '*' || c == '_') && m_depth == 0) {
            std::size_t k = j;
            while (at(k) == c) {
                ++k;
            }
            if (at(k) != kEnd && !is_space(at(k))) {
                break;
            }
            j = k; // Markdown emphasis closing after the terminator: **Thank you.**
        } else if (role(j) == Role::Open && m_depth == 0 && is_citation(j)) {
            j = m_partner[j] + 1;
        } else if (role(j) == Role::Open && m_depth == 0 && chinese
            && (c == '(' || c == 0xFF08 || c == 0x3010 || c == 0x3014) && !is_bracketed_enumerator(j)) {
            j = m_partner[j] + 1; // R11: （鼓掌） annotates the sentence just ended
        } else if (is_space(c)) {
            const std::size_t k = skip_spaces(j);
            const char32_t d = at(k);
            if (is_word_char(d)) {
                break; // "ends. Next": the usual case
            }
            const bool spaced_mark = (is_bang(d) || is_period(d))
                && (at(k + 1) == kEnd || is_space(at(k + 1)) || role(k + 1) == Role::Close || role(k + 1) == Role::CloseLike
                    || is_period(at(k + 1)));
            const bool floating_close = (role(k) == Role::Close || role(k) == Role::CloseLike)
                && straight_quote_kind(d) != PairKind::None;
            if (is_spaced_ellipsis(k)) {
                run.last = Terminator::Ellipsis;
                j = k + 5;
            } else if (spaced_mark) {
                if (is_period(d)) {
                    run.last = (run.last == Terminator::Ellipsis || is_period(before(j))) ? Terminator::Ellipsis
                                                                                        : Terminator::Period;
                } else if (run.last != Terminator::Hard) {
                    run.last = Terminator::Bang;
                }
                j = k + 1;
            } else if (floating_close || (m_depth == 0 && is_citation(k))) {
                j = k; // handled on the next turn
            } else {
                break;
            }
        } else {
            break;
        }
    }
    run.end = j;
    return run;
}

bool LineSplitter::ends_sentence(Terminator first, PeriodKind kind, const Run& run, std::size_t i, std::size_t k) const
{
    if (k >= m_n) {
        return true;
    }
    const char32_t next = m_t[k].c;
    if (is_non_terminal(next)) {
        return false; // R3
    }
    const std::size_t w = next_word(k);
    const char32_t letter = at(w);
    switch (run.last) {
    case Terminator::Hard: return true;
    case Terminator::Bang: {
        const char32_t before_run = before(i);
        if (is_cjk(before_run) || is_cjk(letter)) {
            return true;
        }
        return !is_lower(letter);
    }
    case Terminator::Ellipsis:
        if (is_cjk(letter) || is_cjk(next)) {
            return run.closer; // R9: 等/之类/a predicate go on; a closing quote and a new sentence split
        }
        if (is_lower(letter) || is_digit(letter)) {
            return false;
        }
        if (letter == 'I' && !is_letter(at(w + 1))) {
            return false; // "I thought... I would go."
        }
        return is_upper(letter) || run.closer;
    case Terminator::Period: break;
    }
    (void)first;
    if (is_cjk(letter)) {
        return kind == PeriodKind::Plain;
    }
    switch (kind) {
    case PeriodKind::NotTerminator: return false;
    case PeriodKind::Plain: return !(run.closer && is_lower(letter));
    case PeriodKind::Abbreviation:
    case PeriodKind::SpelledOut: return is_upper(letter);
    case PeriodKind::Dotted: {
        std::size_t end = i;
        while (end > 0 && is_space(m_t[end - 1].c)) {
            --end;
        }
        const std::size_t from = word_start(end);
        const DottedKind dotted = classify_dotted(bytes(from, end));
        if (is_digit(letter)) {
            return dotted == DottedKind::Time || dotted == DottedKind::Other;
        }
        if (!is_upper(letter)) {
            return false;
        }
        const std::string_view word = word_at(w);
        switch (dotted) {
        case DottedKind::Country: return is_sentence_opener(word);
        case DottedKind::Time:
        case DottedKind::Era: return is_sentence_opener(word) || !clause_starts_with_time_preposition(from);
        case DottedKind::Other: return true;
        }
        return true;
    }
    }
    return true;
}

std::size_t LineSplitter::terminator(std::size_t i)
{
    const char32_t c = m_t[i].c;
    if ((c == '.' || is_bang(c)) && m_depth == 0 && m_start < i && m_t[i - 1].c == kLowerRun) {
        // "word. Next", "word? Next" and the same at the end of the line, most sentence ends
        // of English prose: only the word before a period can keep the sentence going, and
        // the general path below would reach the same decision through every other rule.
        const bool line_end = i + 1 == m_n;
        if (line_end || (m_t[i + 1].c == ' ' && at(i + 2) >= 'A' && at(i + 2) <= 'Z')) {
            // A lower-case word standing alone and too long for an abbreviation is a plain
            // word, the most common case of all: no need to look it up.
            const std::size_t word = i - 1;
            const bool long_word = (word == m_start || is_space(m_t[word - 1].c))
                && m_t[i].pos - m_t[word].pos > kLongestAbbreviation;
            const PeriodKind kind = is_bang(c) || long_word ? PeriodKind::Plain : classify_word(word_start(i), i);
            if (kind == PeriodKind::NotTerminator) {
                return i + 1;
            }
            if (kind != PeriodKind::Dotted || line_end) {
                emit(m_start, i + 1);
                m_start = i + 1;
                return i + 1;
            }
        }
    }
    Terminator first = Terminator::Hard;
    PeriodKind kind = PeriodKind::Plain;
    if (is_period(c)) {
        // "…compounds. . . . The practice": the spaced ellipsis opens the next sentence.
        if (is_latin_letter(before(i)) && at(i + 1) == ' ' && is_spaced_ellipsis(i + 2) && m_depth == 0) {
            const std::size_t after = skip_spaces(i + 7);
            if (after > i + 7 && is_upper(at(after)) && classify_period(i) == PeriodKind::Plain) {
                emit(m_start, i + 1);
                m_start = i + 1;
                return i + 1;
            }
        }
        if (is_period(at(i + 1)) || is_spaced_ellipsis(i)) {
            first = Terminator::Ellipsis;
        } else {
            first = Terminator::Period;
            kind = classify_period(i);
            if (kind == PeriodKind::NotTerminator) {
                return i + 1;
            }
        }
    } else if (is_ellipsis_char(c)) {
        first = Terminator::Ellipsis;
    } else if (is_bang(c)) {
        first = Terminator::Bang;
    }
    if (first == Terminator::Ellipsis && (before(i) == '[' || before(i) == '(')) {
        std::size_t j = i; // "[...]" marks an omission, never a boundary
        while (is_period(at(j)) || is_ellipsis_char(at(j))) {
            ++j;
        }
        return j;
    }
    const bool chinese = is_cjk(c) || is_cjk(before(i));
    const Run run = scan_run(i, first, chinese);
    if (m_depth > 0 || run.title_mark || skip_spaces(m_start) == i) {
        return run.end; // inside a quotation or bracket (R4), or nothing before it yet
    }
    const std::size_t k = skip_spaces(run.end);
    if (ends_sentence(first, kind, run, i, k)) {
        emit(m_start, run.end);
        m_start = run.end;
    }
    return run.end;
}

} // namespace podium::sentence
