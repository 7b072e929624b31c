// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"

#include <string_view>
#include <vector>

namespace podium {

// Finds the sections of a script whose paragraphs and sentences are known: headings at
// paragraph starts, the preamble before the first heading, a closing paragraph at the end.
// Sets Sentence::section and Sentence::is_heading. Always returns at least one section.
// The rules, with examples, are in docs/sections.md.
// In Markdown the headings the document marks (`explicit_headings`, with titles taken from the
// text outside `markup`) replace the # markers read from the text.
[[nodiscard]] std::vector<Section> detect_sections(std::string_view text, ScriptFormat format,
    const std::vector<Paragraph>& paragraphs, std::vector<Sentence>& sentences,
    const std::vector<ExplicitHeading>& explicit_headings = {}, const std::vector<Span>& markup = {});

// The text of `span` without the markup spans inside it (markup sorted, not overlapping).
[[nodiscard]] std::string without_markup(std::string_view text, Span span, const std::vector<Span>& markup);

// A short paragraph (at most two sentences, weight ≤ 40) with a closing formula such as
// 谢谢大家, 发言完毕 or Thank you.
[[nodiscard]] bool is_closing_paragraph(std::string_view paragraph_text, std::size_t sentence_count);

// Untitled preambles and sections are labelled with these.
inline constexpr std::string_view kOpeningTitle = "Opening";
inline constexpr std::string_view kClosingTitle = "Closing";
inline constexpr std::string_view kWholeSpeechTitle = "Speech";

// A section's title as the user reads it: the speech's own words as written; the labels above
// (which Podium made up, and which --json keeps in English) in the interface's language.
[[nodiscard]] std::string shown_section_title(const Section& section);
// The same for a title kept without its section (a rehearsal log's, a report row's): the three
// labels by their English words alone.
[[nodiscard]] std::string shown_section_title(std::string_view stored_title);

} // namespace podium
