// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Builds a Script whose paragraphs are its non-empty lines, independent of how far the script
// builder's own paragraph detection has come, so layout and prompter tests see real paragraphs.
#include "core/script/script.hpp"

#include <string>

namespace podium::testing {

inline Script script_by_lines(std::string text, ScriptFormat format = ScriptFormat::PlainText)
{
    Script script = build_script(std::move(text), format);
    script.paragraphs.clear();
    std::size_t line_begin = 0;
    std::size_t s = 0;
    while (line_begin <= script.text.size()) {
        std::size_t line_end = script.text.find('\n', line_begin);
        if (line_end == std::string::npos) {
            line_end = script.text.size();
        }
        Paragraph paragraph{Span{line_begin, line_end}, s, 0};
        while (s < script.sentences.size() && script.sentences[s].span.begin < line_end) {
            script.sentences[s].paragraph = script.paragraphs.size();
            ++paragraph.sentence_count;
            ++s;
        }
        if (paragraph.sentence_count > 0) {
            script.paragraphs.push_back(paragraph);
        }
        line_begin = line_end + 1;
    }
    return script;
}

} // namespace podium::testing
