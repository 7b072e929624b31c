// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"

#include <string>
#include <string_view>

namespace podium {

// Builds the Script text of an imported document: one line per paragraph (Podium's model:
// every line is a paragraph, so a soft line break starts a new one), with the style runs and
// the headings the document marked.
class DocumentBuilder {
public:
    // Appends text in `style`. Line breaks and tabs inside it become spaces; other control
    // characters are dropped.
    void text(std::string_view utf8, unsigned char style = kStylePlain);
    // A soft line break (Word's w:br, ODF's text:line-break, PowerPoint's a:br).
    void line_break();
    // Ends the current paragraph; `heading_level` > 0 marks it as a heading of that level.
    void end_paragraph(int heading_level = 0);
    // Whether the current paragraph has any text yet.
    [[nodiscard]] bool paragraph_empty() const { return m_text.size() == m_paragraph_begin; }
    [[nodiscard]] std::size_t size() const { return m_text.size(); }

    [[nodiscard]] ScriptSource finish() &&;

private:
    std::string m_text;
    std::vector<StyleRun> m_styles;
    std::vector<ExplicitHeading> m_headings;
    std::size_t m_paragraph_begin = 0;
};

} // namespace podium
