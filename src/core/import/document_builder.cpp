// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/document_builder.hpp"

#include "core/text/utf8.hpp"

namespace podium {

void DocumentBuilder::text(std::string_view utf8, unsigned char style)
{
    const std::size_t begin = m_text.size();
    // Ordinary characters are copied a stretch at a time (a run of a million letters is one
    // append); only control characters are looked at one by one.
    std::size_t from = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (static_cast<unsigned char>(c) >= 0x20 || c < 0) {
            continue;
        }
        m_text.append(utf8.substr(from, i - from));
        if (c == '\n' || c == '\r' || c == '\t') {
            m_text.push_back(' ');
        }
        from = i + 1;
    }
    m_text.append(utf8.substr(from));
    const std::size_t end = m_text.size();
    if (style == kStylePlain || end == begin) {
        return;
    }
    if (!m_styles.empty() && m_styles.back().style == style && m_styles.back().span.end == begin) {
        m_styles.back().span.end = end;
    } else {
        m_styles.push_back({Span{begin, end}, style});
    }
}

void DocumentBuilder::line_break() { m_text.push_back('\n'); }

void DocumentBuilder::end_paragraph(int heading_level)
{
    if (heading_level > 0) {
        // The heading names the paragraph's first line with text.
        std::size_t at = m_paragraph_begin;
        while (at < m_text.size()) {
            std::size_t next = at;
            if (!utf8::is_white_space(utf8::next(m_text, next))) {
                m_headings.push_back({at, heading_level});
                break;
            }
            at = next;
        }
    }
    m_text.push_back('\n');
    m_paragraph_begin = m_text.size();
}

ScriptSource DocumentBuilder::finish() &&
{
    ScriptSource source;
    // Documents that mark their headings get the Markdown rules (numbered paragraphs are list
    // items); without marked headings the plain-text rules find 一、 and 1. headings.
    source.format = m_headings.empty() ? ScriptFormat::PlainText : ScriptFormat::Markdown;
    source.text = std::move(m_text);
    source.styles = std::move(m_styles);
    source.headings = std::move(m_headings);
    return source;
}

} // namespace podium
