// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/sentence_marks.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace podium::sentence {

namespace {

// How far down the stack a closing mark looks for its opening mark. Real text nests a few
// levels; the bound keeps adversarial input (thousands of unmatched brackets) linear.
constexpr std::size_t kSearchDepth = 16;

// Words that start with an apostrophe: 's 're 'll (tokenised text), 'Tis, 'twas, 'em, '80s.
bool starts_clitic(const LineTokens& line, std::size_t i)
{
    static constexpr std::array<std::string_view, 12> kClitics = {
        "s", "re", "ll", "ve", "d", "m", "t", "em", "tis", "twas", "til", "cause"};
    const Token* t = line.tokens;
    std::size_t j = i;
    if (is_digit(t[i].c)) {
        while (is_digit(t[j].c)) {
            ++j;
        }
        return j - i == 2 && t[j].c == 's' && !is_letter(t[j + 1].c);
    }
    while (j < i + 6 && is_latin_letter(t[j].c)) {
        ++j;
    }
    if (j == i || is_letter(t[j].c)) {
        return false;
    }
    std::string_view word = line.bytes.substr(t[i].pos, t[j].pos - t[i].pos);
    word = word.substr(0, word.find(' ')); // a run of lower-case words is one token: its first word
    for (const std::string_view clitic : kClitics) {
        if (clitic.size() == word.size()
            && std::equal(word.begin(), word.end(), clitic.begin(),
                [](char a, char b) { return (a >= 'A' && a <= 'Z' ? a + 32 : a) == b; })) {
            return true;
        }
    }
    return false;
}

class Pairer {
public:
    Pairer(const LineTokens& line, MarkTable& table)
        : m_line(line), m_t(line.tokens), m_table(table), m_n(line.count)
    {
        m_table.roles.assign(m_n, Role::Plain);
        m_table.partner.resize(m_n);
        m_table.stack.clear();
    }

    void run()
    {
        for (std::size_t s = 0; s < m_line.stop_count; ++s) { // every quote and bracket is a stop
            const std::size_t i = m_line.stops[s];
            const char32_t c = m_t[i].c;
            if (const PairKind open = opening_kind(c); open != PairKind::None) {
                m_table.stack.push_back({static_cast<std::uint32_t>(i), open, false});
            } else if (const PairKind close = closing_kind(c); close != PairKind::None) {
                if (c == 0x2019 && i > 0 && is_letter(m_t[i - 1].c) && is_letter(m_t[i + 1].c)) {
                    m_table.roles[i] = Role::Apostrophe; // wasn’t, one’s
                } else {
                    close_at(i, close);
                }
            } else if (const PairKind straight = straight_quote_kind(c); straight != PairKind::None) {
                straight_quote(i, straight);
            }
        }
        discard_above(0);
    }

private:
    [[nodiscard]] char32_t at(std::size_t i) const { return i < m_n ? m_t[i].c : kEnd; }
    [[nodiscard]] char32_t before(std::size_t i) const { return i > 0 ? m_t[i - 1].c : kEnd; }

    [[nodiscard]] std::size_t find_open(PairKind kind) const
    {
        const auto& stack = m_table.stack;
        for (std::size_t k = stack.size(); k > 0 && stack.size() - k < kSearchDepth; --k) {
            if (stack[k - 1].kind == kind) {
                return k - 1;
            }
        }
        return stack.size();
    }

    void close_at(std::size_t i, PairKind kind)
    {
        auto& stack = m_table.stack;
        const std::size_t found = find_open(kind);
        if (found == stack.size()) {
            m_table.roles[i] = Role::CloseLike;
            return;
        }
        const std::uint32_t opener = stack[found].index;
        m_table.roles[opener] = Role::Open;
        m_table.partner[opener] = static_cast<std::uint32_t>(i);
        m_table.roles[i] = Role::Close;
        discard_above(found + 1); // marks opened inside and never closed stay plain text
        stack.pop_back();
    }

    // Drops unpaired opening marks from the stack. A provisional one was a closing quote.
    void discard_above(std::size_t size)
    {
        auto& stack = m_table.stack;
        for (std::size_t k = size; k < stack.size(); ++k) {
            if (stack[k].provisional) {
                m_table.roles[stack[k].index] = Role::CloseLike;
            }
        }
        stack.resize(size);
    }

    // ' " ` '' `` look the same opening and closing: decide from the neighbours.
    void straight_quote(std::size_t i, PairKind kind)
    {
        const char32_t prev = before(i);
        const char32_t next = at(i + 1);
        const bool single = kind == PairKind::StraightSingle;
        if (single) {
            if (is_letter(prev) && is_letter(next)) {
                m_table.roles[i] = Role::Apostrophe; // it's, L'Hôpital, it`s
                return;
            }
            if (is_period(prev) && (next == 's' || next == 'S') && !is_letter(at(i + 2))) {
                m_table.roles[i] = Role::Apostrophe; // Jr.'s
                return;
            }
        }
        const bool left_open = prev == kEnd || is_space(prev) || opening_kind(prev) != PairKind::None
            || prev == 0x2014 || prev == 0x2013;
        const bool right_open = next == kEnd || is_space(next);
        if (single && left_open && !right_open && starts_clitic(m_line, i + 1)) {
            m_table.roles[i] = Role::Apostrophe;
            return;
        }
        bool& seen = single ? m_seen_single : m_seen_double;
        const bool first_of_kind = !seen;
        seen = true;
        if (left_open && !right_open) {
            open_at(i, kind);
        } else if (!left_open && right_open) {
            close_at(i, kind);
        } else if (!left_open && !right_open) {
            if (closes_before(next) || find_open(kind) != m_table.stack.size()) {
                close_at(i, kind);
            } else {
                open_at(i, kind);
            }
        } else {
            floating_quote(i, kind, first_of_kind);
        }
    }

    [[nodiscard]] static bool closes_before(char32_t next)
    {
        return is_non_terminal(next) || is_bang(next) || is_period(next) || next == ')' || next == ']'
            || next == '}' || closing_kind(next) != PairKind::None;
    }

    // A quote with space on both sides, as in tokenised text (`said , '' Stanley was`).
    void floating_quote(std::size_t i, PairKind kind, bool first_of_kind)
    {
        std::size_t j = i + 1;
        while (j < m_n && is_space(m_t[j].c)) {
            ++j;
        }
        const char32_t next = at(j);
        const bool lone_period = is_period(next) && !is_period(at(j + 1))
            && !(is_space(at(j + 1)) && is_period(at(j + 2)));
        if (is_lower(next) || (closes_before(next) && (!is_period(next) || lone_period))) {
            close_at(i, kind);
            return;
        }
        std::size_t k = i;
        while (k > 0 && is_space(m_t[k - 1].c)) {
            --k;
        }
        const char32_t prev = before(k);
        if (first_of_kind && (is_period(prev) || is_bang(prev) || is_hard_terminator(prev))) {
            // Either the text began inside a quotation and this closes it, or it opens one
            // that a later mark closes: decided when the pair is (not) found.
            m_table.stack.push_back({static_cast<std::uint32_t>(i), kind, true});
            return;
        }
        const std::size_t open = find_open(kind);
        if (open != m_table.stack.size() && !m_table.stack[open].provisional) {
            close_at(i, kind);
        } else {
            open_at(i, kind);
        }
    }

    void open_at(std::size_t i, PairKind kind) { m_table.stack.push_back({static_cast<std::uint32_t>(i), kind, false}); }

    const LineTokens& m_line;
    const Token* m_t;
    MarkTable& m_table;
    std::size_t m_n;
    bool m_seen_single = false;
    bool m_seen_double = false;
};

} // namespace

void pair_marks(const LineTokens& line, MarkTable& table)
{
    Pairer(line, table).run();
}

} // namespace podium::sentence
