// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/script/section_detector.hpp"

#include "core/i18n/translate.hpp"
#include "core/script/headings.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <memory>
#include <optional>
#include <string>

namespace podium {

namespace {

// Numbered sub-headings (1. (1) ①) must read like a heading: at most this weight (about 30
// Chinese characters or 15 English words). Longer first sentences are numbered prose.
constexpr std::size_t kMaxNumberedHeadingWeight = 30;
// A first line longer than this is prose, not the speech's title.
constexpr std::size_t kMaxTitleLineWeight = 60;
// A closing paragraph is short: about 40 Chinese characters or 20 English words.
constexpr std::size_t kMaxClosingWeight = 40;
constexpr std::size_t kMaxClosingSentences = 2;

struct Heading {
    HeadingMarker marker;
    std::string title;
};
// One per paragraph, and most paragraphs are no heading: a pointer is 8 bytes where an
// optional<Heading> is 64 and an optional<HeadingMarker> 32 (a million paragraphs: 8 MB each,
// not 64 and 32).
using HeadingPtr = std::unique_ptr<Heading>;
using MarkerPtr = std::unique_ptr<HeadingMarker>;

bool is_numbered_style(HeadingStyle style)
{
    return style == HeadingStyle::ArabicNumber || style == HeadingStyle::ArabicParenthesised
        || style == HeadingStyle::CircledNumber;
}

std::string_view first_sentence_text(std::string_view text, const Paragraph& paragraph,
    const std::vector<Sentence>& sentences)
{
    return sentences[paragraph.first_sentence].span.of(text);
}

// A paragraph that is one sentence with no closing punctuation, like 三、坚定信心，奋力开创新局面.
bool is_heading_line(std::string_view text, const Paragraph& paragraph, const std::vector<Sentence>& sentences)
{
    return paragraph.sentence_count == 1 && !ends_with_punctuation(first_sentence_text(text, paragraph, sentences));
}

// The heading marker candidates, before the context rules.
std::vector<MarkerPtr> find_markers(std::string_view text, ScriptFormat format,
    const std::vector<Paragraph>& paragraphs, const std::vector<Sentence>& sentences)
{
    std::vector<MarkerPtr> markers(paragraphs.size());
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        if (paragraphs[i].sentence_count == 0) {
            continue;
        }
        const std::string_view first = first_sentence_text(text, paragraphs[i], sentences);
        if (const std::optional<HeadingMarker> marker = match_heading_marker(first, format)) {
            markers[i] = std::make_unique<HeadingMarker>(*marker);
        }
    }
    return markers;
}

// The paragraph holding byte `offset`, if any.
std::optional<std::size_t> paragraph_at(const std::vector<Paragraph>& paragraphs, std::size_t offset)
{
    const auto after = std::upper_bound(paragraphs.begin(), paragraphs.end(), offset,
        [](std::size_t value, const Paragraph& paragraph) { return value < paragraph.span.begin; });
    if (after == paragraphs.begin() || !std::prev(after)->span.contains(offset)) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(std::prev(after) - paragraphs.begin());
}

// Applies the context rules to the candidates: which paragraphs start a section.
std::vector<HeadingPtr> find_headings(std::string_view text, ScriptFormat format,
    const std::vector<Paragraph>& paragraphs, const std::vector<Sentence>& sentences,
    const std::vector<ExplicitHeading>& explicit_headings, const std::vector<Span>& markup)
{
    std::vector<MarkerPtr> markers = find_markers(text, format, paragraphs, sentences);
    if (format == ScriptFormat::Markdown) {
        // The document's own structure says which lines are headings, not a # in the text.
        for (MarkerPtr& marker : markers) {
            if (marker && marker->style == HeadingStyle::Markdown) {
                marker.reset();
            }
        }
    }
    // The headings the document marks come first (their markers count for the neighbours'
    // list-item test below); one vector for both, not a second per-paragraph one (a million
    // paragraphs: 64 MB each).
    std::vector<HeadingPtr> headings(paragraphs.size());
    for (const ExplicitHeading& heading : explicit_headings) {
        const std::optional<std::size_t> p = paragraph_at(paragraphs, heading.offset);
        if (!p || paragraphs[*p].sentence_count == 0 || headings[*p]) {
            continue;
        }
        const HeadingMarker marker{HeadingStyle::Markdown, kRankMarkdownStep * std::max(1, heading.level), 0, 0, false};
        std::string title = heading_title(
            without_markup(text, sentences[paragraphs[*p].first_sentence].span, markup), marker);
        if (!title.empty()) {
            headings[*p] = std::make_unique<Heading>(Heading{marker, std::move(title)});
            markers[*p] = std::make_unique<HeadingMarker>(marker);
        }
    }
    // A single-sentence numbered paragraph next to another of the same style and shape, its
    // number one apart, is an item of a list (1. 稳订单。 ⏎ 2. 降成本。), not a heading. A list
    // item of the part before (2、降成本。) does not make the heading line after it (3、加强队伍建设)
    // an item: the shapes differ.
    const auto is_list_item = [&](std::size_t i) {
        const HeadingMarker& marker = *markers[i];
        const bool line = is_heading_line(text, paragraphs[i], sentences);
        const auto single_numbered = [&](std::size_t j, int number) {
            return markers[j] && markers[j]->style == marker.style && markers[j]->number == number
                && paragraphs[j].sentence_count == 1 && is_heading_line(text, paragraphs[j], sentences) == line;
        };
        return paragraphs[i].sentence_count == 1
            && ((i > 0 && single_numbered(i - 1, marker.number - 1))
                || (i + 1 < paragraphs.size() && single_numbered(i + 1, marker.number + 1)));
    };

    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        if (headings[i] || !markers[i]) {
            continue;
        }
        const HeadingMarker& marker = *markers[i];
        const std::string_view sentence = first_sentence_text(text, paragraphs[i], sentences);
        const bool heading_line = is_heading_line(text, paragraphs[i], sentences);
        bool accepted = true;
        if (marker.style == HeadingStyle::ChineseOrdinal && marker.runs_into_text) {
            accepted = heading_line;
        } else if (is_numbered_style(marker.style)) {
            // The heading must be short and either stand on its own line or be the first
            // sentence of a paragraph that goes on (1. 稳订单。今年我们……).
            // A heading line (alone, no closing punctuation) may be as long as a title line.
            const std::size_t weight = phrase_weight(sentence.substr(marker.length));
            const bool short_enough = weight <= kMaxNumberedHeadingWeight || (heading_line && weight <= kMaxTitleLineWeight);
            accepted = short_enough && (paragraphs[i].sentence_count >= 2 || heading_line) && !is_list_item(i);
        }
        if (accepted) {
            headings[i] = std::make_unique<Heading>(Heading{marker, heading_title(sentence, marker)});
        }
    }
    return headings;
}

// The preamble's title: a Markdown "# Title" that outranks every other heading, or a first
// line that reads like a title (one short sentence without closing punctuation, followed by
// more text). Returns the title and removes it from the headings.
std::optional<std::string> take_title_line(std::string_view text, const std::vector<Paragraph>& paragraphs,
    const std::vector<Sentence>& sentences, std::vector<HeadingPtr>& headings)
{
    if (paragraphs.empty() || paragraphs.front().sentence_count == 0) {
        return std::nullopt;
    }
    if (headings.front()) {
        const Heading& first = *headings.front();
        if (first.marker.style != HeadingStyle::Markdown) {
            return std::nullopt;
        }
        const bool outranks_all = std::all_of(headings.begin() + 1, headings.end(),
            [&](const HeadingPtr& other) { return !other || other->marker.rank > first.marker.rank; });
        if (outranks_all) {
            std::string title = first.title;
            headings.front().reset();
            return title;
        }
        // A title block (标题, 作者, styled as headings) before the first numbered heading
        // (一、, 1.) is the preamble's, not sections that would hold the whole speech: the
        // leading run of unnumbered headings, when the next heading is numbered.
        const auto numbered = [&](std::size_t p) {
            return headings[p]->marker.style != HeadingStyle::Markdown
                || match_heading_marker(headings[p]->title, ScriptFormat::PlainText).has_value();
        };
        std::size_t block_end = 0;
        while (block_end < headings.size() && headings[block_end] && !numbered(block_end)) {
            ++block_end;
        }
        auto next = std::find_if(headings.begin() + static_cast<std::ptrdiff_t>(block_end), headings.end(),
            [](const HeadingPtr& heading) { return heading != nullptr; });
        if (next == headings.end() || !numbered(static_cast<std::size_t>(next - headings.begin()))) {
            return std::nullopt;
        }
        std::string title = first.title;
        for (std::size_t p = 0; p < block_end; ++p) {
            headings[p].reset();
        }
        return title;
    }
    if (paragraphs.size() < 2 || !is_heading_line(text, paragraphs.front(), sentences)) {
        return std::nullopt;
    }
    const std::string_view line = first_sentence_text(text, paragraphs.front(), sentences);
    if (phrase_weight(line) == 0 || phrase_weight(line) > kMaxTitleLineWeight) {
        return std::nullopt;
    }
    return std::string(line);
}

bool contains_word(const std::string& lower, std::string_view word)
{
    for (std::size_t at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
        const bool starts_word = at == 0 || !std::isalpha(static_cast<unsigned char>(lower[at - 1]));
        const std::size_t end = at + word.size();
        const bool ends_word = end == lower.size() || !std::isalpha(static_cast<unsigned char>(lower[end]));
        if (starts_word && ends_word) {
            return true;
        }
    }
    return false;
}

void assign(std::vector<Sentence>& sentences, std::size_t begin, std::size_t end, std::size_t section)
{
    for (std::size_t i = begin; i < end; ++i) {
        sentences[i].section = section;
    }
}

} // namespace

bool is_closing_paragraph(std::string_view paragraph_text, std::size_t sentence_count)
{
    if (sentence_count == 0 || sentence_count > kMaxClosingSentences || phrase_weight(paragraph_text) > kMaxClosingWeight) {
        return false;
    }
    for (const std::string_view formula : {"谢谢", "感谢大家", "感谢各位", "完毕", "就讲这些", "讲到这里", "到此结束"}) {
        if (paragraph_text.find(formula) != std::string_view::npos) {
            return true;
        }
    }
    std::string lower(paragraph_text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return contains_word(lower, "thank you") || contains_word(lower, "thanks");
}

std::string without_markup(std::string_view text, Span span, const std::vector<Span>& markup)
{
    std::string visible;
    auto it = std::partition_point(markup.begin(), markup.end(), [&](const Span& m) { return m.end <= span.begin; });
    std::size_t at = span.begin;
    for (; it != markup.end() && it->begin < span.end; ++it) {
        if (it->begin > at) {
            visible.append(text.substr(at, it->begin - at));
        }
        at = std::max(at, it->end);
    }
    if (at < span.end) {
        visible.append(text.substr(at, span.end - at));
    }
    return visible;
}

std::vector<Section> detect_sections(std::string_view text, ScriptFormat format, const std::vector<Paragraph>& paragraphs,
    std::vector<Sentence>& sentences, const std::vector<ExplicitHeading>& explicit_headings, const std::vector<Span>& markup)
{
    for (Sentence& sentence : sentences) {
        sentence.section = 0;
        sentence.is_heading = false;
    }
    std::vector<HeadingPtr> headings =
        find_headings(text, format, paragraphs, sentences, explicit_headings, markup);
    const std::optional<std::string> title_line = take_title_line(text, paragraphs, sentences, headings);
    if (title_line) {
        sentences[paragraphs.front().first_sentence].is_heading = true;
    }

    std::vector<Section> sections;
    const auto first_heading = std::find_if(headings.begin(), headings.end(),
        [](const HeadingPtr& heading) { return heading != nullptr; });
    if (first_heading == headings.end()) {
        // No heading: one section covering the whole speech.
        sections.push_back({title_line.value_or(std::string(kWholeSpeechTitle)), 1, SectionKind::Preamble,
            std::nullopt, 0, sentences.size()});
        return sections;
    }
    const auto first_heading_paragraph = static_cast<std::size_t>(first_heading - headings.begin());
    const std::size_t first_heading_sentence = paragraphs[first_heading_paragraph].first_sentence;
    if (first_heading_sentence > 0) {
        sections.push_back({title_line.value_or(std::string(kOpeningTitle)), 1, SectionKind::Preamble, std::nullopt,
            0, first_heading_sentence});
        assign(sentences, 0, first_heading_sentence, 0);
    }

    // The closing: the last paragraph, after the last heading's paragraph, if it is short
    // and says goodbye.
    std::size_t body_end_paragraph = paragraphs.size();
    const Paragraph& last = paragraphs.back();
    if (paragraphs.size() - 1 > first_heading_paragraph && !headings.back()
        && is_closing_paragraph(last.span.of(text), last.sentence_count)) {
        body_end_paragraph = paragraphs.size() - 1;
    }
    const std::size_t body_end_sentence =
        body_end_paragraph < paragraphs.size() ? paragraphs[body_end_paragraph].first_sentence : sentences.size();

    // Headings nest by rank: a heading closes every open section of the same or larger rank.
    struct Open {
        std::size_t section;
        int rank;
    };
    std::vector<Open> open;
    for (std::size_t p = first_heading_paragraph; p < body_end_paragraph; ++p) {
        const Paragraph& paragraph = paragraphs[p];
        if (headings[p]) {
            const Heading& heading = *headings[p];
            while (!open.empty() && open.back().rank >= heading.marker.rank) {
                sections[open.back().section].end_sentence = paragraph.first_sentence;
                open.pop_back();
            }
            Section section;
            section.title = heading.title;
            section.level = static_cast<int>(open.size()) + 1;
            section.kind = SectionKind::Heading;
            if (!open.empty()) {
                section.parent = open.back().section;
            }
            section.first_sentence = paragraph.first_sentence;
            section.end_sentence = paragraph.first_sentence;
            open.push_back({sections.size(), heading.marker.rank});
            sections.push_back(std::move(section));
            if (paragraph.sentence_count > 0) {
                sentences[paragraph.first_sentence].is_heading = true;
            }
        }
        assign(sentences, paragraph.first_sentence, paragraph.first_sentence + paragraph.sentence_count,
            open.back().section);
    }
    for (const Open& still_open : open) {
        sections[still_open.section].end_sentence = body_end_sentence;
    }
    if (body_end_paragraph < paragraphs.size()) {
        sections.push_back({std::string(kClosingTitle), 1, SectionKind::Closing, std::nullopt, body_end_sentence,
            sentences.size()});
        assign(sentences, body_end_sentence, sentences.size(), sections.size() - 1);
    }
    return sections;
}

std::string shown_section_title(const Section& section)
{
    if (section.title == kOpeningTitle && section.kind == SectionKind::Preamble) {
        return _("Opening");
    }
    if (section.title == kClosingTitle && section.kind == SectionKind::Closing) {
        return _("Closing");
    }
    if (section.title == kWholeSpeechTitle) {
        return _("Speech");
    }
    return section.title;
}

std::string shown_section_title(std::string_view stored_title)
{
    if (stored_title == kOpeningTitle) {
        return _("Opening");
    }
    if (stored_title == kClosingTitle) {
        return _("Closing");
    }
    if (stored_title == kWholeSpeechTitle) {
        return _("Speech");
    }
    return std::string(stored_title);
}

} // namespace podium
