// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"
#include "core/text/span.hpp"

#include <cstddef>
#include <ostream>
#include <string_view>
#include <vector>

namespace podium {

// The port through which layout measures text, so it is tested with a fake measurer and the
// display supplies SDL_ttf. Widths and heights are in pixels. Layout only ever passes short
// pieces (one break-opportunity segment, usually a word or one Han character with its
// punctuation), because TTF_MeasureUTF8 walks the whole string it is given.
class TextMeasurer {
public:
    virtual ~TextMeasurer() = default;
    [[nodiscard]] virtual int width(std::string_view utf8) const = 0;
    // The width in a style (TextStyle flags: bold, italic, code); a measurer with one face
    // measures every style alike.
    [[nodiscard]] virtual int width(std::string_view utf8, unsigned char style) const
    {
        (void)style;
        return width(utf8);
    }
    [[nodiscard]] virtual int line_height() const = 0;
};

struct LayoutOptions {
    int width = 1920;              // pixels of the view
    double margin_fraction = 0.12; // each side
    double line_spacing = 1.4;     // line advance as a multiple of the measurer's line height
    double paragraph_gap = 0.6;    // extra space between paragraphs, in line heights
    friend bool operator==(const LayoutOptions&, const LayoutOptions&) = default;
};

// A piece of one sentence on one line. A line holds pieces of one or more sentences of the same
// paragraph, so the display can colour the current sentence differently from the rest.
// Text between sentences (the space after "Hello.") belongs to no run; it only moves x.
struct LineRun {
    Span span;                 // into Script::text, never starting or ending inside a character
    std::size_t sentence = 0;  // index into Script::sentences
    int x = 0;                 // from the left edge of the text column
    int width = 0;
    unsigned char style = kStylePlain; // TextStyle flags: a run never mixes styles
    friend bool operator==(const LineRun&, const LineRun&) = default;
};

struct LayoutLine {
    std::vector<LineRun> runs;
    Span span;                 // from the first run's begin to the last run's end (no trailing space)
    double y = 0.0;            // top of the line, pixels from the top of the document
    int width = 0;             // of the drawn text, trailing spaces excluded
    std::size_t paragraph = 0;
    bool heading = false;      // the line belongs to a heading sentence (the display may style it)
    friend bool operator==(const LayoutLine&, const LayoutLine&) = default;
};

// Lines broken by UAX #14 (ICU) with the CJK rules: no ，。、；：？！”）》」』 at a line start,
// no “（《「『 at a line end, Latin words never split (except a word wider than the column).
// Each paragraph starts a new line.
struct Layout {
    LayoutOptions options;
    int line_height = 0;             // the measurer's
    double line_advance = 0.0;       // line_height * line_spacing
    int column_x = 0;                // left edge of the text column, pixels from the view's left
    int column_width = 0;
    std::vector<LayoutLine> lines;
    std::vector<std::size_t> first_line_of_sentence; // parallel to Script::sentences
    std::vector<std::size_t> last_line_of_sentence;  // parallel to Script::sentences
    double height = 0.0;             // of the whole document

    // The y of the top of the line where `sentence` starts (0 for an unknown sentence).
    [[nodiscard]] double sentence_y(std::size_t sentence) const;
    // The index of the line at document height y (clamped to the first/last line; 0 if none).
    [[nodiscard]] std::size_t line_at(double y) const;
    // The sentence whose run is first on the line at document height y, if there is a line.
    [[nodiscard]] std::size_t sentence_at(double y) const;
    // The lines [first, end) that overlap the document band [top, bottom): what a frame draws.
    struct LineRange {
        std::size_t first = 0;
        std::size_t end = 0;
        friend bool operator==(const LineRange&, const LineRange&) = default;
    };
    [[nodiscard]] LineRange lines_between(double top, double bottom) const;
};

[[nodiscard]] Layout layout_script(const Script& script, const TextMeasurer& measurer, const LayoutOptions& options);

std::ostream& operator<<(std::ostream& out, const LineRun& run);
std::ostream& operator<<(std::ostream& out, const LayoutLine& line);

} // namespace podium
