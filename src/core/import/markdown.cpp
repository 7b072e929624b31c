// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/markdown.hpp"

#include "core/text/utf8.hpp"

#include <md4c.h>

#include <algorithm>
#include <vector>

namespace podium {

namespace {

// Chinese clause punctuation: an emphasis pair never spans a clause in a speech draft.
bool has_clause_punctuation(std::string_view text)
{
    for (const std::string_view mark : {"，", "。", "；", "！", "？", "、"}) {
        if (text.find(mark) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

struct Piece {
    Span span;
    unsigned char style = kStylePlain;
};

// Collects md4c's callbacks: every text it reports points into the source buffer, so the
// visible pieces are byte spans and everything else on a line is markup.
class MarkdownReader {
public:
    explicit MarkdownReader(std::string_view text) : m_text(text) {}

    static int enter_block(MD_BLOCKTYPE type, void* detail, void* self)
    {
        auto& reader = *static_cast<MarkdownReader*>(self);
        if (type == MD_BLOCK_H) {
            reader.m_heading_level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
            reader.m_heading_pending = true;
        } else if (type == MD_BLOCK_OL || type == MD_BLOCK_UL) {
            reader.m_lists.push_back(type == MD_BLOCK_OL);
        } else if (type == MD_BLOCK_LI) {
            reader.m_number_pending = !reader.m_lists.empty() && reader.m_lists.back();
        } else if (type == MD_BLOCK_CODE) {
            ++reader.m_code;
        }
        return 0;
    }

    static int leave_block(MD_BLOCKTYPE type, void*, void* self)
    {
        auto& reader = *static_cast<MarkdownReader*>(self);
        if (type == MD_BLOCK_H) {
            reader.m_heading_level = 0;
            reader.m_heading_pending = false;
        } else if ((type == MD_BLOCK_OL || type == MD_BLOCK_UL) && !reader.m_lists.empty()) {
            reader.m_lists.pop_back();
        } else if (type == MD_BLOCK_CODE) {
            --reader.m_code;
        }
        return 0;
    }

    static int enter_span(MD_SPANTYPE type, void*, void* self)
    {
        auto& reader = *static_cast<MarkdownReader*>(self);
        if (type == MD_SPAN_STRONG || type == MD_SPAN_EM) {
            reader.m_emphasis.push_back({reader.m_pieces.size(), type == MD_SPAN_STRONG ? kStyleBold : kStyleItalic});
        } else if (type == MD_SPAN_CODE) {
            ++reader.m_code;
        }
        return 0;
    }

    static int leave_span(MD_SPANTYPE type, void*, void* self)
    {
        auto& reader = *static_cast<MarkdownReader*>(self);
        if ((type == MD_SPAN_STRONG || type == MD_SPAN_EM) && !reader.m_emphasis.empty()) {
            reader.close_emphasis();
        } else if (type == MD_SPAN_CODE) {
            --reader.m_code;
        }
        return 0;
    }

    static int text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self)
    {
        auto& reader = *static_cast<MarkdownReader*>(self);
        if (type == MD_TEXT_BR || type == MD_TEXT_SOFTBR || type == MD_TEXT_NULLCHAR || type == MD_TEXT_HTML) {
            return 0; // line ends are the text's own; raw HTML is not speech
        }
        const char* base = reader.m_text.data();
        if (text < base || text + size > base + reader.m_text.size() || size == 0) {
            return 0;
        }
        reader.add_piece(Span{static_cast<std::size_t>(text - base), static_cast<std::size_t>(text - base) + size});
        return 0;
    }

    [[nodiscard]] ScriptSource finish(std::string text) &&
    {
        ScriptSource source;
        source.format = ScriptFormat::Markdown;
        std::sort(m_pieces.begin(), m_pieces.end(), [](const Piece& a, const Piece& b) { return a.span.begin < b.span.begin; });
        source.markup = markup_between_pieces();
        for (const Piece& piece : m_pieces) {
            if (piece.style == kStylePlain) {
                continue;
            }
            if (!source.styles.empty() && source.styles.back().style == piece.style
                && source.styles.back().span.end >= piece.span.begin) {
                source.styles.back().span.end = std::max(source.styles.back().span.end, piece.span.end);
            } else if (source.styles.empty() || source.styles.back().span.end <= piece.span.begin) {
                source.styles.push_back({piece.span, piece.style});
            }
        }
        source.headings = std::move(m_headings);
        source.text = std::move(text);
        return source;
    }

private:
    struct Emphasis {
        std::size_t first_piece;
        unsigned char style;
    };

    void add_piece(Span span)
    {
        if (m_heading_pending) {
            m_heading_pending = false;
            m_headings.push_back({span.begin, m_heading_level});
        }
        if (m_number_pending) {
            m_number_pending = false;
            keep_list_number(span.begin);
        }
        unsigned char style = kStylePlain;
        for (const Emphasis& emphasis : m_emphasis) {
            style |= emphasis.style;
        }
        if (m_code > 0) {
            style |= kStyleCode;
        }
        m_pieces.push_back({span, style});
    }

    // "1. item": md4c hands back "item"; the number before it is what the speaker reads.
    void keep_list_number(std::size_t text_begin)
    {
        std::size_t at = text_begin;
        while (at > 0 && (m_text[at - 1] == ' ' || m_text[at - 1] == '\t')) {
            --at;
        }
        if (at == 0 || (m_text[at - 1] != '.' && m_text[at - 1] != ')')) {
            return;
        }
        std::size_t begin = at - 1;
        while (begin > 0 && m_text[begin - 1] >= '0' && m_text[begin - 1] <= '9') {
            --begin;
        }
        if (begin + 1 < at) {
            m_pieces.push_back({Span{begin, text_begin}, kStylePlain});
        }
    }

    // A pair whose content holds clause punctuation is two placeholders: show its delimiters
    // and take back the style.
    void close_emphasis()
    {
        const Emphasis emphasis = m_emphasis.back();
        m_emphasis.pop_back();
        if (emphasis.first_piece >= m_pieces.size()) {
            return;
        }
        const std::size_t begin = m_pieces[emphasis.first_piece].span.begin;
        const std::size_t end = m_pieces.back().span.end;
        if (begin == 0 || m_text[begin - 1] != '*' || !has_clause_punctuation(m_text.substr(begin, end - begin))) {
            return;
        }
        for (std::size_t i = emphasis.first_piece; i < m_pieces.size(); ++i) {
            m_pieces[i].style &= static_cast<unsigned char>(~emphasis.style);
        }
        const std::size_t length = emphasis.style == kStyleBold ? 2 : 1;
        const std::size_t open = begin >= length ? begin - length : 0;
        m_pieces.push_back({Span{open, begin}, kStylePlain});
        m_pieces.push_back({Span{end, std::min(m_text.size(), end + length)}, kStylePlain});
    }

    // Per line: bytes before the first piece and after the last are markup ("## ", "> ", "- ",
    // a closing " ##"), and so is every non-blank run between pieces (**, `, ](url)); blank
    // runs between pieces stay, so table cells and words keep their spaces.
    [[nodiscard]] std::vector<Span> markup_between_pieces() const
    {
        std::vector<Span> markup;
        std::size_t piece = 0;
        std::size_t line_begin = 0;
        while (line_begin < m_text.size()) {
            std::size_t line_end = m_text.find('\n', line_begin);
            if (line_end == std::string_view::npos) {
                line_end = m_text.size();
            }
            const auto content = utf8::trim_white_space(m_text, line_begin, line_end);
            std::size_t at = content.begin;
            bool before_first = true;
            while (piece < m_pieces.size() && m_pieces[piece].span.begin < line_end) {
                const Span span = m_pieces[piece].span;
                if (span.begin > at) {
                    add_gap(markup, at, span.begin, before_first);
                }
                at = std::max(at, std::min(span.end, line_end));
                before_first = false;
                if (span.end > line_end) {
                    break; // a piece running past the line end (never from md4c): go on next line
                }
                ++piece;
            }
            if (at < content.end) {
                add_gap(markup, at, content.end, true);
            }
            line_begin = line_end + 1;
        }
        return markup;
    }

    void add_gap(std::vector<Span>& markup, std::size_t begin, std::size_t end, bool whole) const
    {
        const auto blank = [&](std::size_t at) { return m_text[at] == ' ' || m_text[at] == '\t'; };
        // A space beside the gap already separates the words: [text](url "title") next.
        if (whole || (begin > 0 && blank(begin - 1)) || (end < m_text.size() && blank(end))) {
            markup.push_back({begin, end});
            return;
        }
        std::size_t at = begin;
        while (at < end) {
            while (at < end && (m_text[at] == ' ' || m_text[at] == '\t')) {
                ++at;
            }
            std::size_t run_end = at;
            while (run_end < end && m_text[run_end] != ' ' && m_text[run_end] != '\t') {
                ++run_end;
            }
            if (run_end > at) {
                markup.push_back({at, run_end});
            }
            at = run_end;
        }
    }

    std::string_view m_text;
    std::vector<Piece> m_pieces;
    std::vector<Emphasis> m_emphasis;
    std::vector<bool> m_lists;     // open lists, true for ordered
    std::vector<ExplicitHeading> m_headings;
    bool m_heading_pending = false;
    int m_heading_level = 0;
    int m_code = 0;
    bool m_number_pending = false;
};

} // namespace

ScriptSource parse_markdown(std::string text)
{
    MarkdownReader reader(text);
    MD_PARSER parser{};
    parser.abi_version = 0;
    // Indented code blocks are off: a speech indents paragraphs, it does not quote code.
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOINDENTEDCODEBLOCKS;
    parser.enter_block = &MarkdownReader::enter_block;
    parser.leave_block = &MarkdownReader::leave_block;
    parser.enter_span = &MarkdownReader::enter_span;
    parser.leave_span = &MarkdownReader::leave_span;
    parser.text = &MarkdownReader::text;
    // md4c takes a 32-bit size; Podium's scripts are at most 256 MiB.
    if (md_parse(text.data(), static_cast<MD_SIZE>(text.size()), &parser, &reader) != 0) {
        ScriptSource source;
        source.text = std::move(text);
        source.format = ScriptFormat::Markdown;
        return source;
    }
    return std::move(reader).finish(std::move(text));
}

} // namespace podium
