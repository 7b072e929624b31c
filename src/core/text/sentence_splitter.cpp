#include "core/text/sentence_splitter.hpp"

#include "core/text/english_abbreviations.hpp"
#include "core/text/sentence_marks.hpp"

#include <algorithm>
#include <cstring>

namespace podium {

namespace {

using namespace sentence;

// Lines longer than this are split in pieces, so working storage stays bounded on
// pathological input. Speech paragraphs are a few hundred bytes.
constexpr std::size_t kMaxPieceBytes = 1u << 20;

// How far back the splitter looks for the start of a word or clause.
constexpr std::size_t kLookBack = 64;

enum class Terminator { Hard, Bang, Ellipsis, Period };

// What the word before a period says about it.
enum class PeriodKind {
    NotTerminator, // decimal point, inside a token (URL, e-mail, U.S.A), title, enumerator, name initial
    Plain,         // an ordinary word: ends the sentence
    Abbreviation,  // ends the sentence only before a capitalised word
    SpelledOut,    // last letter of U. A. E.: like Abbreviation
    Dotted,        // U.S. a.m. B.C. Ph.D.
};

enum class ListStyle { None, DigitDotParen, DigitParen, DigitDot, BulletDigitDot, LetterDot };

struct Enumerator {
    ListStyle style = ListStyle::None;
    long value = 0;
};

class LineSplitter {
public:
    // `marks` is null when the line holds no quote or bracket: every token is then Plain.
    LineSplitter(std::string_view text, std::size_t base, const LineTokens& line, const MarkTable* marks,
        std::vector<Span>& out)
        : m_text(text), m_base(base), m_t(line.tokens), m_roles(marks != nullptr ? marks->roles.data() : nullptr),
          m_partner(marks != nullptr ? marks->partner.data() : nullptr), m_out(out), m_n(line.count)
    {
    }

    void run()
    {
        const std::size_t first = skip_spaces(0);
        const Enumerator list = parse_enumerator(first);
        m_list = list.style;
        m_list_next = list.value + 1;
        std::size_t i = 0;
        while (i < m_n) {
            const char32_t c = m_t[i].c;
            if (c < 0x80 && c != '.' && c != '!' && c != '?' && m_roles == nullptr) {
                if (m_list != ListStyle::None && m_depth == 0 && i > 0 && is_space(m_t[i - 1].c)) {
                    list_item(i);
                }
                ++i;
                continue;
            }
            const Role mark = role(i);
            if (mark == Role::Open) {
                ++m_depth;
                ++i;
            } else if (mark == Role::Close) {
                m_depth -= m_depth > 0 ? 1 : 0;
                ++i;
            } else if (is_hard_terminator(c) || is_bang(c) || is_period(c) || is_ellipsis_char(c)) {
                i = terminator(i);
            } else {
                if (m_list != ListStyle::None && m_depth == 0 && i > 0 && is_space(m_t[i - 1].c)) {
                    list_item(i);
                }
                ++i;
            }
        }
        emit(m_start, m_n);
    }

private:
    [[nodiscard]] char32_t at(std::size_t i) const { return i < m_n ? m_t[i].c : kEnd; }
    [[nodiscard]] char32_t before(std::size_t i) const { return i > 0 && i <= m_n ? m_t[i - 1].c : kEnd; }
    [[nodiscard]] Role role(std::size_t i) const { return m_roles != nullptr && i < m_n ? m_roles[i] : Role::Plain; }

    // One letter, not a run of them: "E" in "Jonas E. Smith", "p" in "p. 55".
    [[nodiscard]] bool is_single_letter(std::size_t from, std::size_t to) const
    {
        return to - from == 1 && is_latin_letter(m_t[from].c) && m_t[from].c != kLowerRun;
    }

    [[nodiscard]] std::size_t skip_spaces(std::size_t i) const
    {
        while (i < m_n && is_space(m_t[i].c)) {
            ++i;
        }
        return i;
    }

    [[nodiscard]] std::string_view bytes(std::size_t from, std::size_t to) const
    {
        return m_text.substr(m_base + m_t[from].pos, m_t[to].pos - m_t[from].pos);
    }

    void emit(std::size_t from, std::size_t to)
    {
        from = skip_spaces(from);
        while (to > from && is_space(m_t[to - 1].c)) {
            --to;
        }
        if (from < to) {
            m_out.push_back({m_base + m_t[from].pos, m_base + m_t[to].pos});
        }
    }

    // ---- lists: "1. The first item 2. The second item" ----------------------------------

    [[nodiscard]] Enumerator parse_enumerator(std::size_t i) const
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

    void list_item(std::size_t i)
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

    // ---- words around a period ------------------------------------------------------------

    // The Latin word ending right before token `end`: letters, inner periods and °.
    [[nodiscard]] std::size_t word_start(std::size_t end) const
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
    [[nodiscard]] bool capitalised_word_at(std::size_t i) const
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
    [[nodiscard]] std::size_t next_word(std::size_t k) const
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

    [[nodiscard]] std::string_view word_at(std::size_t i) const
    {
        std::size_t j = i;
        while (j < m_n && j - i < kLookBack && is_latin_letter(m_t[j].c)) {
            ++j;
        }
        return bytes(i, j);
    }

    // Does the token holding the period at `i` contain '@' or "://" (e-mail, URL)?
    [[nodiscard]] bool inside_address(std::size_t i) const
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
    [[nodiscard]] bool is_enumerator(std::size_t period) const
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
    [[nodiscard]] bool is_name_initial(std::size_t letter) const
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

    [[nodiscard]] PeriodKind classify_word(std::size_t from, std::size_t to) const
    {
        if (from == to) {
            return PeriodKind::Plain;
        }
        const std::string_view word = bytes(from, to);
        if (word.find('.') != std::string_view::npos) {
            return PeriodKind::Dotted;
        }
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

    [[nodiscard]] bool next_is_initial(std::size_t k) const
    {
        k = skip_spaces(k);
        return is_upper(at(k)) && at(k + 1) == '.' && !is_latin_letter(at(k + 2));
    }

    [[nodiscard]] PeriodKind classify_period(std::size_t i) const
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

    // ---- the run of marks that ends a sentence --------------------------------------------

    struct Run {
        std::size_t end = 0;
        Terminator last = Terminator::Hard;
        bool closer = false;     // a closing quote or bracket was absorbed
        bool title_mark = false; // 》 or 〉 closed: book titles never end a sentence (R4)
    };

    [[nodiscard]] bool is_spaced_ellipsis(std::size_t k) const
    {
        return is_period(at(k)) && at(k + 1) == ' ' && is_period(at(k + 2)) && at(k + 3) == ' ' && is_period(at(k + 4));
    }

    // (1) （一） 【1】: a bracketed enumerator starts the next sentence (R11 exception).
    [[nodiscard]] bool is_bracketed_enumerator(std::size_t open) const
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
    [[nodiscard]] bool is_citation(std::size_t open) const
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

    [[nodiscard]] Run scan_run(std::size_t i, Terminator first, bool chinese)
    {
        Run run;
        run.last = first;
        std::size_t j = i + 1;
        if (first == Terminator::Ellipsis && is_spaced_ellipsis(i)) {
            j = i + 5;
        }
        for (;;) {
            const char32_t c = at(j);
            if (c == kEnd) {
                break;
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

    // ---- the decision -----------------------------------------------------------------------

    [[nodiscard]] bool clause_starts_with_time_preposition(std::size_t i) const
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

    [[nodiscard]] bool ends_sentence(Terminator first, PeriodKind kind, const Run& run, std::size_t i, std::size_t k) const
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

    std::size_t terminator(std::size_t i)
    {
        const char32_t c = m_t[i].c;
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

    std::string_view m_text;
    std::size_t m_base;
    const Token* m_t;
    const Role* m_roles;
    const std::uint32_t* m_partner;
    std::vector<Span>& m_out;
    std::size_t m_n;
    std::size_t m_start = 0;
    int m_depth = 0;
    ListStyle m_list = ListStyle::None;
    long m_list_next = 0;
};

struct DecodedLine {
    std::size_t count = 0;        // tokens; tokens[count] is the sentinel
    std::size_t end = 0;          // where the line (or piece) ends in the text
    std::size_t break_length = 0; // length of the line break at `end` (0 at the end of the text or of a piece)
    bool marks = false;           // any quote or bracket: if not, pairing is skipped
};

// Decodes the line starting at `from` into `tokens`, up to its line break (LF, CR, CRLF,
// U+0085, U+2028, U+2029) or `limit`, in one pass over the bytes. '' and `` become one
// token; so does each run of lower-case ASCII letters or of Han ideographs.
DecodedLine decode_line(std::string_view text, std::size_t from, std::size_t limit, std::vector<Token>& tokens)
{
    // A line has at most one token per byte up to its LF (found fast by memchr); a CR or
    // U+2028 may end it sooner.
    const void* newline = std::memchr(text.data() + from, '\n', limit - from);
    const std::size_t bound = newline != nullptr ? static_cast<std::size_t>(static_cast<const char*>(newline) - text.data()) : limit;
    if (tokens.size() < bound - from + 1) {
        tokens.resize(bound - from + 1);
    }
    DecodedLine line;
    Token* out = tokens.data();
    const auto* const base = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const begin = base + from;
    const auto* const end = base + limit;
    const auto is_han3 = [end](const unsigned char* q) {
        return end - q >= 3 && q[0] >= 0xE4 && q[0] <= 0xE9 && (q[1] & 0xC0u) == 0x80u && (q[2] & 0xC0u) == 0x80u;
    };
    const unsigned char* p = begin;
    while (p < end) {
        const auto pos = static_cast<std::uint32_t>(p - begin);
        const unsigned char b = *p;
        if (b >= 'a' && b <= 'z') {
            const unsigned char* q = p + 1;
            while (q < end && *q >= 'a' && *q <= 'z') {
                ++q;
            }
            *out++ = {q - p >= 2 ? kLowerRun : char32_t{b}, pos};
            p = q;
        } else if (b < 0x80) {
            if (b == '\n' || b == '\r') {
                line.break_length = (b == '\r' && p + 1 < base + text.size() && p[1] == '\n') ? 2 : 1;
                break;
            }
            ++p;
            char32_t c = b;
            if (b == '\'' || b == '`' || b == '"' || b == '(' || b == ')' || b == '[' || b == ']' || b == '{' || b == '}') {
                line.marks = true;
                if ((b == '\'' || b == '`') && p < end && *p == b) {
                    c = b == '\'' ? kDoubleApostrophe : kDoubleBacktick;
                    ++p;
                }
            }
            *out++ = {c, pos};
        } else if (is_han3(p)) {
            const unsigned char* q = p + 3;
            while (is_han3(q)) {
                q += 3;
            }
            const char32_t single = (char32_t{p[0]} & 0x0Fu) << 12 | (char32_t{p[1]} & 0x3Fu) << 6 | (char32_t{p[2]} & 0x3Fu);
            *out++ = {q - p > 3 ? kHanRun : single, pos};
            p = q;
        } else {
            std::size_t offset = from + pos;
            const char32_t c = utf8::next(text.substr(0, limit), offset);
            if (c == 0x85 || c == 0x2028 || c == 0x2029) {
                line.break_length = offset - (from + pos);
                break;
            }
            line.marks = line.marks || is_quote_or_bracket(c);
            *out++ = {c, pos};
            p = base + offset;
        }
    }
    line.end = static_cast<std::size_t>(p - base);
    line.count = static_cast<std::size_t>(out - tokens.data());
    *out = {kEnd, static_cast<std::uint32_t>(line.end - from)};
    return line;
}

// Where to stop decoding a line that starts at `from`: the end of the text, or for a line
// longer than kMaxPieceBytes the character boundary there, so working storage stays bounded
// (the rest of the line is split as a line of its own).
std::size_t piece_limit(std::string_view text, std::size_t from)
{
    if (text.size() - from <= kMaxPieceBytes) {
        return text.size();
    }
    std::size_t cut = from + kMaxPieceBytes;
    for (int back = 0; back < 3 && (static_cast<unsigned char>(text[cut]) & 0xC0u) == 0x80u; ++back) {
        --cut;
    }
    return cut;
}

} // namespace

std::vector<Span> split_sentences(std::string_view text)
{
    std::vector<Span> sentences;
    sentences.reserve(text.size() / 32 + 4); // speech sentences are longer than 32 bytes on average
    std::vector<Token> tokens;
    MarkTable marks;
    std::size_t from = 0;
    while (from < text.size()) {
        const DecodedLine decoded = decode_line(text, from, piece_limit(text, from), tokens);
        const LineTokens line{tokens.data(), decoded.count, text.substr(from, decoded.end - from)};
        if (decoded.marks) {
            sentence::pair_marks(line, marks);
        }
        LineSplitter(text, from, line, decoded.marks ? &marks : nullptr, sentences).run();
        from = decoded.end + decoded.break_length;
    }
    return sentences;
}

} // namespace podium
