// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/text/span.hpp"

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace podium {

// Which heading rules apply. PlainText: headings are found in the text alone (一、, 1., 第一章…).
// Markdown: the document marks its headings (Markdown #, Word heading styles, ODT outline
// levels), numbered paragraphs are list items, and the Chinese styles (一、 （一） 第一章) still
// count. A Markdown text is parsed with md4c; an imported document brings its own structure.
enum class ScriptFormat { PlainText, Markdown };

// How a piece of text is drawn: bold and italic as the document had them, code in a fixed face
// where the display has one. Flags, so bold italic is Bold | Italic.
enum TextStyle : unsigned char { kStylePlain = 0, kStyleBold = 1, kStyleItalic = 2, kStyleCode = 4 };

struct StyleRun {
    Span span;                       // into Script::text
    unsigned char style = kStylePlain; // TextStyle flags
    friend bool operator==(const StyleRun&, const StyleRun&) = default;
};

// A heading the document itself marks (Markdown #, a Word heading style or outline level, an
// ODT text:h, a PowerPoint slide title): `offset` is a byte of its first line, `level` 1 for
// the top level (# / Heading 1), 2 for ## / Heading 2 …
struct ExplicitHeading {
    std::size_t offset = 0;
    int level = 1;
    friend bool operator==(const ExplicitHeading&, const ExplicitHeading&) = default;
};

// A line of the source, as the speaker wrote it. Speech text has one paragraph per line.
struct Paragraph {
    Span span;                       // trimmed line
    std::size_t first_sentence = 0;
    std::size_t sentence_count = 0;
    friend bool operator==(const Paragraph&, const Paragraph&) = default;
};

struct Sentence {
    Span span;                       // trimmed, into Script::text
    std::size_t paragraph = 0;       // index into Script::paragraphs
    std::size_t section = 0;         // index into Script::sections: the deepest section holding it
    bool is_heading = false;         // the sentence is a section heading
    friend bool operator==(const Sentence&, const Sentence&) = default;
};

enum class SectionKind {
    Preamble, // everything before the first heading: title line, greeting (同志们：), opening
    Heading,  // a detected heading and what follows it
    Closing,  // a short final paragraph with a closing formula (谢谢大家, Thank you)
};

[[nodiscard]] const char* to_string(SectionKind kind); // "preamble", "heading", "closing"

struct Section {
    // The heading sentence without its trailing full stop (Markdown: without the #s); for the
    // preamble the title line, or "Opening"; "Closing" for the closing; "Speech" when the
    // script has no heading at all. docs/sections.md gives the rules.
    std::string title;
    // Depth in the section tree: 1 for top-level sections. Headings nest by their style's rank
    // (一、/第一章/# rank 1; （一）/## rank 2; 1./(1)/### rank 3), so in a speech whose
    // highest headings are （一） those are level 1.
    int level = 1;
    SectionKind kind = SectionKind::Heading;
    std::optional<std::size_t> parent; // enclosing section, for sub-sections
    // Sentences [first_sentence, end_sentence) — the whole subtree, sub-sections included,
    // so a section's time is simply the time of that range.
    std::size_t first_sentence = 0;
    std::size_t end_sentence = 0;
    friend bool operator==(const Section&, const Section&) = default;
};

std::ostream& operator<<(std::ostream& out, SectionKind kind);
std::ostream& operator<<(std::ostream& out, const Section& section);

// An unfilled draft placeholder (**, ××, XX, [TBD], 【待定】…) the speaker must fill in.
struct Placeholder {
    Span span;
    std::size_t line = 1;            // 1-based
    std::size_t column = 1;          // 1-based, in Unicode characters
    std::string text;
    friend bool operator==(const Placeholder&, const Placeholder&) = default;
};

std::ostream& operator<<(std::ostream& out, const Placeholder& placeholder);

// The speech as Podium understands it. Owns the text; everything else is spans into it.
struct Script {
    std::string text;
    ScriptFormat format = ScriptFormat::PlainText;
    std::vector<Paragraph> paragraphs;
    std::vector<Sentence> sentences;
    std::vector<Section> sections;
    std::vector<Placeholder> placeholders;
    // Markdown syntax that is neither read nor shown: heading #s, emphasis and code delimiters,
    // list bullets. Sorted by position, not overlapping; empty for plain text.
    std::vector<Span> markup;
    // Bold, italic and code runs (sorted, not overlapping); text outside them is plain.
    std::vector<StyleRun> styles;

    [[nodiscard]] std::string_view view(Span span) const { return span.of(text); }
    // The sentence as written, markup and all (what `podium split` and the JSON print).
    [[nodiscard]] std::string_view sentence_text(std::size_t index) const { return view(sentences.at(index).span); }
    // The sentence as the prompter shows it, without Markdown markup ("Read our guide", not
    // "Read [our guide](https://…)"): for subtitles, the phone and console lines.
    [[nodiscard]] std::string shown_sentence_text(std::size_t index) const { return visible_text(sentences.at(index).span); }
    // The placeholders' spans, in text order: what the speech normaliser must not read aloud.
    [[nodiscard]] std::vector<Span> placeholder_spans() const;
    // The deepest section holding the byte at `offset` (the section of the last sentence that
    // starts at or before it); 0 when no sentence does.
    [[nodiscard]] std::size_t section_at(std::size_t offset) const;
    // The text of `span` as the prompter shows it: without the markup inside it.
    [[nodiscard]] std::string visible_text(Span span) const;
};

// What a loader hands to build_script: the text, the heading rules, and what the document
// format itself says about the text (all spans into `text`, sorted).
struct ScriptSource {
    std::string text;
    ScriptFormat format = ScriptFormat::PlainText;
    std::vector<Span> markup;
    std::vector<StyleRun> styles;
    std::vector<ExplicitHeading> headings;
};

// Builds the Script from decoded UTF-8 text (LF line ends): paragraphs, sentences, sections
// and placeholders. There is always at least one section, even for empty text.
// Markdown text is parsed with md4c for its headings, emphasis and markup.
[[nodiscard]] Script build_script(std::string text, ScriptFormat format);
// A text whose structure is already known (an imported document, parsed Markdown).
[[nodiscard]] Script build_script(ScriptSource source);

// Markdown for .md/.markdown, plain text otherwise.
[[nodiscard]] ScriptFormat format_for_path(const std::filesystem::path& path);

} // namespace podium
