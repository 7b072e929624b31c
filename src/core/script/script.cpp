#include "core/script/script.hpp"

#include "core/script/paragraphs.hpp"
#include "core/script/placeholders.hpp"
#include "core/script/section_detector.hpp"
#include "core/text/sentence_splitter.hpp"

#include <algorithm>
#include <cctype>
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
        return "preamble";
    case SectionKind::Heading:
        return "heading";
    case SectionKind::Closing:
        return "closing";
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

namespace {

// Adds the "## " opening each Markdown heading sentence to the inline markup, keeping it sorted.
std::vector<Span> with_heading_markers(const Script& script, std::vector<Span> markup)
{
    if (script.format != ScriptFormat::Markdown) {
        return markup;
    }
    const std::size_t inline_count = markup.size();
    for (const Sentence& sentence : script.sentences) {
        const std::string_view text = script.view(sentence.span);
        if (!sentence.is_heading || !text.starts_with('#')) {
            continue;
        }
        const std::size_t marker_end = text.find_first_not_of("# \t");
        markup.push_back(Span{sentence.span.begin, sentence.span.begin + std::min(marker_end, text.size())});
    }
    std::inplace_merge(markup.begin(), markup.begin() + static_cast<std::ptrdiff_t>(inline_count), markup.end(),
        [](const Span& a, const Span& b) { return a.begin < b.begin; });
    return markup;
}

} // namespace

Script build_script(std::string text, ScriptFormat format)
{
    Script script;
    script.text = std::move(text);
    script.format = format;
    for (const Span& span : split_sentences(script.text)) {
        script.sentences.push_back({span, 0, 0, false});
    }
    script.paragraphs = assign_paragraphs(find_paragraphs(script.text), script.sentences);
    script.sections = detect_sections(script.text, format, script.paragraphs, script.sentences);
    DraftMarks marks = find_draft_marks(script.text, format);
    script.placeholders = std::move(marks.placeholders);
    script.markup = with_heading_markers(script, std::move(marks.markup));
    return script;
}

} // namespace podium
