// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/script/script.hpp"

#include "core/i18n/translate.hpp"
#include "core/script/paragraphs.hpp"
#include "core/script/placeholders.hpp"
#include "core/script/section_detector.hpp"
#include "core/import/markdown.hpp"
#include "core/text/utf8.hpp"
#include "core/text/sentence_splitter.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <ostream>

namespace podium {

ScriptFormat format_for_path(const std::filesystem::path& path)
{
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return (extension == ".md" || extension == ".markdown") ? ScriptFormat::Markdown : ScriptFormat::PlainText;
}

const char* to_string(SectionKind kind)
{
    switch (kind) {
    case SectionKind::Preamble:
        return N_("preamble");
    case SectionKind::Heading:
        return N_("heading");
    case SectionKind::Closing:
        return N_("closing");
    }
    return "heading";
}

std::ostream& operator<<(std::ostream& out, SectionKind kind) { return out << to_string(kind); }

std::ostream& operator<<(std::ostream& out, const Section& section)
{
    out << "Section{\"" << section.title << "\", level " << section.level << ", " << section.kind << ", parent ";
    if (section.parent) {
        out << *section.parent;
    } else {
        out << "none";
    }
    return out << ", sentences [" << section.first_sentence << ',' << section.end_sentence << ")}";
}

std::ostream& operator<<(std::ostream& out, const Placeholder& placeholder)
{
    return out << "Placeholder{\"" << placeholder.text << "\" at " << placeholder.line << ':' << placeholder.column
               << ", bytes " << placeholder.span << '}';
}

std::vector<Span> Script::placeholder_spans() const
{
    std::vector<Span> spans;
    spans.reserve(placeholders.size());
    for (const Placeholder& placeholder : placeholders) {
        spans.push_back(placeholder.span);
    }
    return spans;
}

std::size_t Script::section_at(std::size_t offset) const
{
    const auto after = std::upper_bound(sentences.begin(), sentences.end(), offset,
        [](std::size_t value, const Sentence& sentence) { return value < sentence.span.begin; });
    return after == sentences.begin() ? 0 : std::prev(after)->section;
}

std::string Script::visible_text(Span span) const { return without_markup(text, span, markup); }

namespace {

// Sentences with nothing to show (a Markdown rule ---, a fence, a table's |---| row) are
// neither spoken nor drawn.
void drop_markup_only_sentences(const ScriptSource& source, std::vector<Sentence>& sentences)
{
    if (source.markup.empty()) {
        return;
    }
    std::erase_if(sentences, [&](const Sentence& sentence) {
        const std::string visible = without_markup(source.text, sentence.span, source.markup);
        std::size_t at = 0;
        while (at < visible.size()) {
            if (!utf8::is_white_space(utf8::next(visible, at))) {
                return false;
            }
        }
        return true;
    });
}

// A marked heading line is one sentence, as a # line is for the splitter: "Why rehearse? It
// pays" in a Word heading style names one section.
void merge_heading_lines(const ScriptSource& source, std::vector<Sentence>& sentences)
{
    for (const ExplicitHeading& heading : source.headings) {
        const std::string_view text = source.text;
        const std::size_t offset = std::min(heading.offset, text.size());
        const std::size_t line_begin = offset == 0 ? 0 : text.rfind('\n', offset - 1) + 1; // npos + 1 == 0
        const std::size_t line_end = std::min(text.find('\n', offset), text.size());
        auto first = std::partition_point(sentences.begin(), sentences.end(),
            [&](const Sentence& sentence) { return sentence.span.begin < line_begin; });
        auto last = std::partition_point(first, sentences.end(),
            [&](const Sentence& sentence) { return sentence.span.begin < line_end; });
        if (last - first > 1) {
            first->span.end = std::prev(last)->span.end;
            sentences.erase(std::next(first), last);
        }
    }
}

} // namespace

Script build_script(std::string text, ScriptFormat format)
{
    if (format == ScriptFormat::Markdown) {
        return build_script(parse_markdown(std::move(text)));
    }
    ScriptSource source;
    source.text = std::move(text);
    source.format = format;
    return build_script(std::move(source));
}

Script build_script(ScriptSource source)
{
    Script script;
    {
        // Scoped: the spans are freed before the paragraphs and sections are built.
        const std::vector<Span> spans = split_sentences(source.text);
        script.sentences.reserve(spans.size()); // no doubling: a million sentences are 40 MB
        for (const Span& span : spans) {
            script.sentences.push_back({span, 0, 0, false});
        }
    }
    drop_markup_only_sentences(source, script.sentences);
    merge_heading_lines(source, script.sentences);
    script.paragraphs = assign_paragraphs(find_paragraphs(source.text), script.sentences);
    script.sections = detect_sections(
        source.text, source.format, script.paragraphs, script.sentences, source.headings, source.markup);
    script.placeholders = find_placeholders(source.text, source.markup, source.styles);
    script.text = std::move(source.text);
    script.format = source.format;
    script.markup = std::move(source.markup);
    script.styles = std::move(source.styles);
    return script;
}

} // namespace podium
