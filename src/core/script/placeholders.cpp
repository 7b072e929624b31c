// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/script/placeholders.hpp"

#include "core/import/markdown.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

namespace podium {

namespace {

// 8 bytes a character: a line of a million characters stays a few megabytes (and in cache).
struct Char {
    char32_t c;
    std::uint32_t offset; // byte offset from the line's start (texts are at most 256 MiB)
};

// Brackets and how far (in characters) a bracketed note may reach.
constexpr std::size_t kMaxBracketedNote = 24;
constexpr std::size_t kMaxTemplateField = 40;

bool is_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }
bool is_star(char32_t c) { return c == U'*' || c == U'＊'; }
bool is_space(char32_t c) { return utf8::is_white_space(c); }
// Hiragana and katakana (with the half-width forms): only Japanese writes them, and Japanese
// uses a lone ＊ as a note mark (＊注, 売上高＊), not as a blank to fill.
bool is_kana(char32_t c) { return (c >= U'\u3041' && c <= U'\u30FF') || (c >= U'\uFF66' && c <= U'\uFF9D'); }

bool has_kana(std::string_view text)
{
    std::size_t offset = 0;
    while (offset < text.size()) {
        if (is_kana(utf8::next(text, offset))) {
            return true;
        }
    }
    return false;
}

class LineScanner {
public:
    // One scanner for all lines, so that its buffers are allocated once.
    LineScanner(std::string_view text, bool japanese, std::vector<Placeholder>& out)
        : m_text(text), m_japanese(japanese), m_out(out)
    {
    }

    void scan(std::size_t line_begin, std::size_t line_end, std::size_t line_number)
    {
        m_line_begin = line_begin;
        m_line_end = line_end;
        m_line_number = line_number;
        m_chars.clear();
        // At most one character a byte; reserving (untouched pages cost nothing) spares the
        // copies of growing a million-character line.
        m_chars.reserve(line_end - line_begin);
        std::size_t offset = line_begin;
        while (offset < line_end) {
            const auto at = static_cast<std::uint32_t>(offset - line_begin);
            m_chars.push_back({utf8::next(m_text, offset), at});
        }
        m_skip.assign(m_chars.size(), false);
        scan_line();
    }

private:
    void scan_line()
    {
        if (is_separator_line()) {
            return;
        }
        mark_bullet();
        measure_runs();
        std::size_t i = 0;
        while (i < m_chars.size()) {
            if (m_skip[i]) {
                ++i;
                continue;
            }
            std::size_t length = bracketed_note(i);
            if (length == 0) {
                length = template_field(i);
            }
            if (length == 0) {
                length = mark_run(i);
            }
            if (length > 0) {
                report(i, length);
                i += length;
            } else {
                ++i;
            }
        }
    }

    [[nodiscard]] std::size_t offset_of(std::size_t i) const { return m_line_begin + m_chars[i].offset; }
    [[nodiscard]] char32_t at(std::size_t i) const { return i < m_chars.size() ? m_chars[i].c : U'\0'; }
    [[nodiscard]] char32_t before(std::size_t i) const { return i > 0 ? m_chars[i - 1].c : U'\0'; }
    [[nodiscard]] std::size_t end_offset(std::size_t i) const { return i < m_chars.size() ? offset_of(i) : m_line_end; }

    // Where the run of one repeated character starting at each position ends, measured once
    // from the right, so that a line of 10^6 identical characters costs 10^6 steps, not 10^12.
    // A run ends at the first character that is skipped (a bullet).
    void measure_runs()
    {
        m_run_end.assign(m_chars.size(), 0);
        for (std::size_t i = m_chars.size(); i-- > 0;) {
            const bool continues = i + 1 < m_chars.size() && m_chars[i + 1].c == m_chars[i].c && !m_skip[i + 1];
            m_run_end[i] = continues ? m_run_end[i + 1] : static_cast<std::uint32_t>(i + 1);
        }
    }

    void report(std::size_t i, std::size_t length)
    {
        const Span span{offset_of(i), end_offset(i + length)};
        m_out.push_back({span, m_line_number, i + 1, std::string(span.of(m_text))});
    }

    // ***, * * *, ---, ___: a thematic break or scene separator.
    [[nodiscard]] bool is_separator_line() const
    {
        std::size_t marks = 0;
        char32_t mark = U'\0';
        for (const Char& ch : m_chars) {
            if (is_space(ch.c)) {
                continue;
            }
            if ((!is_star(ch.c) && ch.c != U'-' && ch.c != U'_') || (mark != U'\0' && ch.c != mark)) {
                return false;
            }
            mark = ch.c;
            ++marks;
        }
        return marks >= 3;
    }

    // "* item": a bullet, not a placeholder.
    void mark_bullet()
    {
        std::size_t first = 0;
        while (first < m_chars.size() && is_space(m_chars[first].c)) {
            ++first;
        }
        if (first >= m_chars.size() || !is_space(at(first + 1))) {
            return;
        }
        if (is_star(at(first))) {
            m_skip[first] = true;
        }
    }

    // [TBD], 【待定】, [TODO: add the figure] …: returns its length in characters, or 0.
    [[nodiscard]] std::size_t bracketed_note(std::size_t i) const
    {
        static constexpr std::u32string_view opening = U"[【［〔〖";
        static constexpr std::u32string_view closing = U"]】］〕〗";
        if (opening.find(m_chars[i].c) == std::u32string_view::npos) {
            return 0;
        }
        std::size_t close = i + 1;
        while (close < m_chars.size() && close - i <= kMaxBracketedNote && closing.find(m_chars[close].c) == std::u32string_view::npos) {
            ++close;
        }
        if (close >= m_chars.size() || close - i > kMaxBracketedNote) {
            return 0;
        }
        std::size_t first = i + 1;
        while (first < close && is_space(m_chars[first].c)) {
            ++first;
        }
        if (first == close) {
            return 0;
        }
        const std::string_view content(m_text.data() + offset_of(first), offset_of(close) - offset_of(first));
        return is_note_keyword(content) ? close - i + 1 : 0;
    }

    [[nodiscard]] static bool is_note_keyword(std::string_view content)
    {
        for (const std::string_view prefix : {"待", "此处", "填写", "补充", "插入", "某某"}) {
            if (content.starts_with(prefix)) {
                return true;
            }
        }
        std::string upper(content.substr(0, std::min<std::size_t>(content.size(), 16)));
        std::transform(upper.begin(), upper.end(), upper.begin(),
            [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        for (const std::string_view keyword : {"TBD", "TBC", "TODO", "TK", "FIXME", "INSERT", "PLACEHOLDER", "XX", "NAME"}) {
            if (upper.starts_with(keyword)
                && (upper.size() == keyword.size() || !std::isalpha(static_cast<unsigned char>(upper[keyword.size()])))) {
                return true;
            }
        }
        // [**], [××]: a bracketed run of marks is one placeholder.
        return std::all_of(content.begin(), content.end(), [](char c) { return c == '*'; })
            || content.find_first_not_of("\xC3\x97") == std::string_view::npos;
    }

    // {{name}}: a template field.
    [[nodiscard]] std::size_t template_field(std::size_t i) const
    {
        if (at(i) != U'{' || at(i + 1) != U'{') {
            return 0;
        }
        for (std::size_t close = i + 2; close + 1 < m_chars.size() && close - i <= kMaxTemplateField; ++close) {
            if (m_chars[close].c == U'}' && m_chars[close + 1].c == U'}') {
                return close > i + 2 ? close - i + 2 : 0;
            }
        }
        return 0;
    }

    // Runs of redaction marks: returns the run's length, or 0 when it is not a placeholder.
    [[nodiscard]] std::size_t mark_run(std::size_t i) const
    {
        const char32_t c = m_chars[i].c;
        const std::size_t length = m_run_end[i] - i;
        if (is_star(c)) {
            if (m_japanese && length == 1) {
                return 0; // a note mark: ＊注, 売上高＊
            }
            return before(i) == U'\\' ? 0 : length;
        }
        if (c == U'×') {
            // 1920×1080, 3 × 4: arithmetic, not a placeholder.
            std::size_t left = i;
            while (left > 0 && is_space(m_chars[left - 1].c)) {
                --left;
            }
            std::size_t right = i + length;
            while (right < m_chars.size() && is_space(m_chars[right].c)) {
                ++right;
            }
            if (left > 0 && is_digit(before(left)) && is_digit(at(right))) {
                return 0;
            }
            // 約9万部×４回, ×2: one × before a number multiplies it.
            return length == 1 && is_digit(at(right)) ? 0 : length;
        }
        if (c == U'X' || c == U'x') {
            const bool standalone = !utf8::is_ascii_alnum(before(i)) && !utf8::is_ascii_alnum(at(i + length));
            return length >= 2 && standalone ? length : 0;
        }
        if (c == U'Ｘ' || c == U'○') {
            return length >= 2 ? length : 0;
        }
        if (c == U'□') {
            return length;
        }
        return 0;
    }

    std::string_view m_text;
    bool m_japanese;
    std::vector<Placeholder>& m_out;
    std::size_t m_line_begin = 0;
    std::size_t m_line_end = 0;
    std::size_t m_line_number = 0;
    std::vector<Char> m_chars;
    std::vector<bool> m_skip; // characters that cannot be placeholders (a bullet)
    std::vector<std::uint32_t> m_run_end;
};

} // namespace

std::vector<Placeholder> find_placeholders(std::string_view text, ScriptFormat format)
{
    if (format == ScriptFormat::Markdown) {
        const ScriptSource source = parse_markdown(std::string(text));
        return find_placeholders(text, source.markup, source.styles);
    }
    std::vector<Placeholder> placeholders;
    LineScanner scanner(text, has_kana(text), placeholders);
    std::size_t line_begin = 0;
    std::size_t line_number = 1;
    while (line_begin <= text.size()) {
        std::size_t line_end = text.find('\n', line_begin);
        if (line_end == std::string_view::npos) {
            line_end = text.size();
        }
        scanner.scan(line_begin, line_end, line_number);
        line_begin = line_end + 1;
        ++line_number;
    }
    return placeholders;
}

namespace {

Span span_of(const Span& span) { return span; }
Span span_of(const StyleRun& run) { return run.span; }

// Whether any of the sorted, non-overlapping `spans` overlapping `span` passes `test`.
template <typename Spans, typename Test>
bool any_overlap(const Spans& spans, Span span, Test test)
{
    auto it = std::partition_point(spans.begin(), spans.end(), [&](const auto& s) { return span_of(s).end <= span.begin; });
    for (; it != spans.end() && span_of(*it).begin < span.end; ++it) {
        if (test(*it)) {
            return true;
        }
    }
    return false;
}

} // namespace

std::vector<Placeholder> find_placeholders(std::string_view text, const std::vector<Span>& markup,
    const std::vector<StyleRun>& styles)
{
    std::vector<Placeholder> placeholders = find_placeholders(text, ScriptFormat::PlainText);
    std::erase_if(placeholders, [&](const Placeholder& placeholder) {
        return any_overlap(markup, placeholder.span, [](const Span&) { return true; })
            || any_overlap(styles, placeholder.span, [](const StyleRun& run) { return (run.style & kStyleCode) != 0; });
    });
    return placeholders;
}

} // namespace podium
