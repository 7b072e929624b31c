// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/layout.hpp"

#include "core/layout/break_opportunities.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <unordered_map>

namespace podium {

namespace {

constexpr std::size_t no_line = std::numeric_limits<std::size_t>::max();

// Measures short pieces through the port, remembering each distinct piece: a Chinese speech
// repeats a few thousand characters, an English one a few thousand words, so most measurements
// are lookups.
class WidthCache {
public:
    explicit WidthCache(const TextMeasurer& measurer) : m_measurer(measurer) {}

    int width(std::string_view piece, unsigned char style = kStylePlain)
    {
        if (piece.empty()) {
            return 0;
        }
        m_key.assign(piece);
        m_key.push_back(static_cast<char>('\x01' + style)); // never in UTF-8 text: the style's own key
        const auto found = m_widths.find(m_key);
        if (found != m_widths.end()) {
            return found->second;
        }
        const int measured = std::max(0, style == kStylePlain ? m_measurer.width(piece) : m_measurer.width(piece, style));
        m_widths.emplace(m_key, measured);
        return measured;
    }

private:
    const TextMeasurer& m_measurer;
    std::unordered_map<std::string, int> m_widths;
    std::string m_key;
};

// Fills lines of one paragraph greedily, one unbreakable segment at a time.
class ParagraphFiller {
public:
    ParagraphFiller(const Script& script, Layout& layout, WidthCache& widths, std::size_t paragraph)
        : m_script(script), m_layout(layout), m_widths(widths), m_paragraph(paragraph)
    {
        const Paragraph& p = script.paragraphs[paragraph];
        m_sentence = p.first_sentence;
        m_sentence_end = p.first_sentence + p.sentence_count;
        const auto& markup = script.markup;
        m_markup = static_cast<std::size_t>(std::partition_point(markup.begin(), markup.end(),
            [&](const Span& span) { return span.end <= p.span.begin; }) - markup.begin());
        const auto& styles = script.styles;
        m_style = static_cast<std::size_t>(std::partition_point(styles.begin(), styles.end(),
            [&](const StyleRun& run) { return run.span.end <= p.span.begin; }) - styles.begin());
    }

    // Places the segment [begin, end): a word or a Han character with the marks glued to it,
    // plus trailing white space, which is not drawn and does not count at a line end.
    void add_segment(std::size_t begin, std::size_t end)
    {
        const std::string_view text = m_script.text;
        std::size_t ink_end = end;
        while (ink_end > begin) {
            std::size_t at = ink_end;
            if (!utf8::is_white_space(utf8::previous(text, at))) {
                break;
            }
            ink_end = at;
        }
        const int ink_width = measure(begin, ink_end);
        if (!m_line.runs.empty() && m_x + ink_width > m_layout.column_width) {
            finish_line();
        }
        if (m_line.runs.empty() && ink_width > m_layout.column_width) {
            place_overwide(begin, ink_end);
        } else {
            place(begin, ink_end);
        }
        // A segment of markup alone ("- ", "## ") at a line start leaves no indent behind it.
        if (!(m_line.runs.empty() && ink_width == 0)) {
            m_x += measure(ink_end, end);
        }
        // A line break inside a paragraph (a builder that keeps several source lines in one
        // paragraph) is still a mandatory break.
        std::size_t at = ink_end;
        while (at < end) {
            if (utf8::is_line_break(utf8::next(text, at))) {
                finish_line();
                break;
            }
        }
    }

    void finish_line()
    {
        if (m_line.runs.empty()) {
            m_x = 0;
            return;
        }
        m_line.span = Span{m_line.runs.front().span.begin, m_line.runs.back().span.end};
        m_line.width = m_ink_x;
        m_line.paragraph = m_paragraph;
        m_line.y = m_layout.height;
        const std::size_t index = m_layout.lines.size();
        for (const LineRun& run : m_line.runs) {
            auto& first = m_layout.first_line_of_sentence[run.sentence];
            if (first == no_line) {
                first = index;
            }
            m_layout.last_line_of_sentence[run.sentence] = index;
            if (m_script.sentences[run.sentence].is_heading) {
                m_line.heading = true;
            }
        }
        m_layout.lines.push_back(std::move(m_line));
        m_layout.height += m_layout.line_advance;
        m_line = LayoutLine{};
        m_x = 0;
        m_ink_x = 0;
    }

private:
    // Width of [begin, end) as the sum of its pieces split at sentence boundaries, measured
    // exactly as place() will draw them.
    int measure(std::size_t begin, std::size_t end)
    {
        // Measuring looks ahead: place() must see the same markup afterwards.
        const std::size_t markup_cursor = m_markup;
        const std::size_t style_cursor = m_style;
        const bool split_run = m_split_run;
        int total = 0;
        for_each_piece(begin, end, [&](std::size_t b, std::size_t e, std::size_t, unsigned char style) {
            total += m_widths.width(std::string_view(m_script.text).substr(b, e - b), style);
        });
        m_markup = markup_cursor;
        m_style = style_cursor;
        m_split_run = split_run;
        return total;
    }

    // Visits [begin, end) in pieces that each lie in one sentence (or between sentences, with
    // `no_line`), leaving out Markdown markup, which is neither drawn nor measured.
    template <typename Visit>
    void for_each_piece(std::size_t begin, std::size_t end, Visit visit)
    {
        const std::vector<Span>& markup = m_script.markup;
        std::size_t at = begin;
        while (at < end) {
            while (m_markup < markup.size() && markup[m_markup].end <= at) {
                ++m_markup;
            }
            if (m_markup < markup.size() && markup[m_markup].begin <= at) {
                at = std::min(end, markup[m_markup].end);
                m_split_run = true;
                continue;
            }
            const std::size_t visible_end = m_markup < markup.size() ? std::min(end, markup[m_markup].begin) : end;
            for_each_style_piece(at, visible_end, visit);
            at = visible_end;
        }
    }

    // Splits [begin, end) where the style changes (bold, italic): each piece is drawn in one face.
    template <typename Visit>
    void for_each_style_piece(std::size_t begin, std::size_t end, Visit visit)
    {
        const std::vector<StyleRun>& styles = m_script.styles;
        std::size_t at = begin;
        while (at < end) {
            while (m_style < styles.size() && styles[m_style].span.end <= at) {
                ++m_style;
            }
            if (m_style < styles.size() && styles[m_style].span.begin <= at) {
                const std::size_t styled_end = std::min(end, styles[m_style].span.end);
                const unsigned char style = styles[m_style].style;
                for_each_sentence_piece(at, styled_end,
                    [&](std::size_t b, std::size_t e, std::size_t sentence) { visit(b, e, sentence, style); });
                at = styled_end;
                continue;
            }
            const std::size_t plain_end = m_style < styles.size() ? std::min(end, styles[m_style].span.begin) : end;
            for_each_sentence_piece(at, plain_end,
                [&](std::size_t b, std::size_t e, std::size_t sentence) { visit(b, e, sentence, kStylePlain); });
            at = plain_end;
        }
    }

    template <typename Visit>
    void for_each_sentence_piece(std::size_t begin, std::size_t end, Visit visit)
    {
        std::size_t at = begin;
        std::size_t s = m_sentence;
        while (at < end) {
            while (s < m_sentence_end && m_script.sentences[s].span.end <= at) {
                ++s;
            }
            if (s >= m_sentence_end) {
                visit(at, end, no_line);
                return;
            }
            const Span sentence = m_script.sentences[s].span;
            if (at < sentence.begin) {
                const std::size_t gap_end = std::min(end, sentence.begin);
                visit(at, gap_end, no_line);
                at = gap_end;
                continue;
            }
            const std::size_t piece_end = std::min(end, sentence.end);
            visit(at, piece_end, s);
            at = piece_end;
        }
    }

    void place(std::size_t begin, std::size_t end)
    {
        const std::string_view text = m_script.text;
        for_each_piece(begin, end, [&](std::size_t b, std::size_t e, std::size_t sentence, unsigned char style) {
            const int w = m_widths.width(text.substr(b, e - b), style);
            if (sentence != no_line) {
                m_sentence = sentence;
                if (!m_split_run && !m_line.runs.empty() && m_line.runs.back().sentence == sentence
                    && m_line.runs.back().style == style) {
                    LineRun& run = m_line.runs.back();
                    run.span.end = e;
                    run.width = m_x + w - run.x;
                } else {
                    m_line.runs.push_back(LineRun{Span{b, e}, sentence, m_x, w, style});
                }
                m_split_run = false;
            }
            m_x += w;
            m_ink_x = m_x;
        });
    }

    // A piece with no break opportunity wider than the column (a long URL, a line of dashes,
    // a very narrow column): cut it between characters, as much per line as fits.
    void place_overwide(std::size_t begin, std::size_t end)
    {
        const std::string_view text = m_script.text;
        std::size_t chunk_begin = begin;
        std::size_t at = begin;
        int chunk_width = 0;
        while (at < end) {
            std::size_t next = at;
            (void)utf8::next(text, next);
            const int w = m_widths.width(text.substr(at, next - at));
            if (chunk_width + w > m_layout.column_width && at > chunk_begin) {
                // Even here keep the CJK rules: cut a character or two earlier if that avoids a
                // closing mark at the start or an opening one at the end; failing that, let the
                // closing marks hang past the column's edge, as CJK typesetting does.
                const std::size_t cut = kinsoku_cut(chunk_begin, at, end);
                place(chunk_begin, cut);
                finish_line();
                chunk_begin = cut;
                if (cut >= at) {
                    at = cut;
                    chunk_width = 0;
                    continue;
                }
                chunk_width = measure_chars(cut, at);
            }
            chunk_width += w;
            at = next;
        }
        place(chunk_begin, end);
    }

    [[nodiscard]] bool allowed_cut(std::size_t cut) const
    {
        const std::string_view text = m_script.text;
        std::size_t after = cut;
        std::size_t before = cut;
        const char32_t next = utf8::next(text, after);
        const char32_t previous = utf8::previous(text, before);
        return !is_forbidden_line_start(next) && !is_forbidden_line_end(previous);
    }

    // A cut near `at` (inside (chunk_begin, end]) that leaves no forbidden mark at the line start
    // or end: up to three characters back, else up to three forward; `at` when neither works.
    [[nodiscard]] std::size_t kinsoku_cut(std::size_t chunk_begin, std::size_t at, std::size_t end) const
    {
        const std::string_view text = m_script.text;
        std::size_t cut = at;
        for (int tries = 0; tries < 3 && cut > chunk_begin; ++tries) {
            if (allowed_cut(cut)) {
                return cut;
            }
            (void)utf8::previous(text, cut);
        }
        cut = at;
        for (int tries = 0; tries < 3 && cut < end; ++tries) {
            (void)utf8::next(text, cut);
            if (cut >= end || allowed_cut(cut)) {
                return cut;
            }
        }
        return at;
    }

    int measure_chars(std::size_t begin, std::size_t end)
    {
        const std::string_view text = m_script.text;
        int total = 0;
        while (begin < end) {
            const std::size_t at = begin;
            (void)utf8::next(text, begin);
            total += m_widths.width(text.substr(at, begin - at));
        }
        return total;
    }

    const Script& m_script;
    Layout& m_layout;
    WidthCache& m_widths;
    std::size_t m_paragraph;
    std::size_t m_sentence = 0;     // a cursor: pieces come in order
    std::size_t m_sentence_end = 0;
    std::size_t m_markup = 0;       // a cursor into Script::markup
    std::size_t m_style = 0;        // a cursor into Script::styles
    bool m_split_run = false;       // markup was left out: the next piece starts a new run
    LayoutLine m_line;
    int m_x = 0;                    // pen position, trailing spaces included
    int m_ink_x = 0;                // end of the last drawn piece
};

} // namespace

Layout layout_script(const Script& script, const TextMeasurer& measurer, const LayoutOptions& options)
{
    Layout layout;
    layout.options = options;
    layout.line_height = std::max(1, measurer.line_height());
    layout.line_advance = layout.line_height * std::max(1.0, options.line_spacing);
    layout.column_x = static_cast<int>(std::lround(options.width * std::clamp(options.margin_fraction, 0.0, 0.45)));
    layout.column_width = std::max(1, options.width - 2 * layout.column_x);
    layout.first_line_of_sentence.assign(script.sentences.size(), no_line);
    layout.last_line_of_sentence.assign(script.sentences.size(), no_line);

    WidthCache widths(measurer);
    BreakFinder breaks;
    const double gap = std::max(0.0, options.paragraph_gap) * layout.line_height;
    for (std::size_t p = 0; p < script.paragraphs.size(); ++p) {
        const Paragraph& paragraph = script.paragraphs[p];
        if (paragraph.sentence_count == 0) {
            continue;
        }
        // Lay out from the first sentence to the last: text outside every sentence at the
        // paragraph's ends is not spoken and not shown.
        const Span range{script.sentences[paragraph.first_sentence].span.begin,
            script.sentences[paragraph.first_sentence + paragraph.sentence_count - 1].span.end};
        if (range.empty()) {
            continue;
        }
        if (!layout.lines.empty()) {
            layout.height += gap;
        }
        ParagraphFiller filler(script, layout, widths, p);
        std::size_t segment_begin = range.begin;
        for (const std::size_t at : breaks.find(script.text, range)) {
            filler.add_segment(segment_begin, at);
            segment_begin = at;
        }
        filler.finish_line();
    }

    // A sentence with no drawn text (empty span) points at the next line that exists, so
    // jumps and sentence_y stay defined for every sentence.
    std::size_t next_line = layout.lines.empty() ? 0 : layout.lines.size() - 1;
    for (std::size_t s = script.sentences.size(); s-- > 0;) {
        if (layout.first_line_of_sentence[s] == no_line) {
            layout.first_line_of_sentence[s] = next_line;
            layout.last_line_of_sentence[s] = next_line;
        } else {
            next_line = layout.first_line_of_sentence[s];
        }
    }
    return layout;
}

double Layout::sentence_y(std::size_t sentence) const
{
    if (sentence >= first_line_of_sentence.size() || lines.empty()) {
        return 0.0;
    }
    return lines[std::min(first_line_of_sentence[sentence], lines.size() - 1)].y;
}

std::size_t Layout::line_at(double y) const
{
    if (lines.empty()) {
        return 0;
    }
    // The last line whose top is at or above y.
    const auto after = std::upper_bound(lines.begin(), lines.end(), y,
        [](double value, const LayoutLine& line) { return value < line.y; });
    if (after == lines.begin()) {
        return 0;
    }
    return static_cast<std::size_t>(after - lines.begin()) - 1;
}

std::size_t Layout::sentence_at(double y) const
{
    if (lines.empty() || lines[line_at(y)].runs.empty()) {
        return 0;
    }
    return lines[line_at(y)].runs.front().sentence;
}

Layout::LineRange Layout::lines_between(double top, double bottom) const
{
    if (lines.empty() || bottom <= top) {
        return {};
    }
    // First line whose bottom (top + line_height) is below `top`; lines are sorted by y.
    const auto first = std::upper_bound(lines.begin(), lines.end(), top,
        [&](double value, const LayoutLine& line) { return value < line.y + line_height; });
    const auto end = std::lower_bound(first, lines.end(), bottom,
        [](const LayoutLine& line, double value) { return line.y < value; });
    return {static_cast<std::size_t>(first - lines.begin()), static_cast<std::size_t>(end - lines.begin())};
}

std::ostream& operator<<(std::ostream& out, const LineRun& run)
{
    out << "{run " << run.span << " s" << run.sentence << " x" << run.x << " w" << run.width;
    if (run.style != kStylePlain) {
        out << " style" << static_cast<int>(run.style);
    }
    return out << '}';
}

std::ostream& operator<<(std::ostream& out, const LayoutLine& line)
{
    out << "{line y" << line.y << ' ' << line.span << " p" << line.paragraph << " w" << line.width;
    for (const LineRun& run : line.runs) {
        out << ' ' << run;
    }
    return out << '}';
}

} // namespace podium
