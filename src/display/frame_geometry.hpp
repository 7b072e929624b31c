// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/layout/layout.hpp"

#include <cstddef>

namespace podium {

// Where things go on a frame of a given size: pure arithmetic, shared by the painter and the
// tests that check text lands where the layout says.
struct FrameGeometry {
    int width = 0;
    int height = 0;
    int reading_y = 0;         // the reading line, pixels from the top
    int ui_px = 0;             // status-strip and overlay text size
    int strip_height = 0;      // status strip at the top (0 when hidden)
    int progress_y = 0;        // top of the progress bar
    int progress_height = 0;
    int progress_margin = 0;   // left/right inset of the bar
    int text_top = 0;          // text shows in rows [text_top, text_bottom): below the strip,
    int text_bottom = 0;       // above the progress bar's band
};

[[nodiscard]] FrameGeometry frame_geometry(int width, int height, double reading_line, bool show_status);

// The screen y of the top of a line's em box when document y `scroll_y` is on the reading line
// (the model puts the middle of the line being read there).
[[nodiscard]] double line_screen_top(const Layout& layout, std::size_t line, double scroll_y, const FrameGeometry& geometry);

// Lines [first, end) that overlap the frame.
struct LineRange {
    std::size_t first = 0;
    std::size_t end = 0;
};
[[nodiscard]] LineRange visible_lines(const Layout& layout, double scroll_y, const FrameGeometry& geometry);

// The rows the reading line's text occupies (its line, with a margin of a quarter line above
// and below for accents and descenders): nothing but the text may be drawn there.
struct RowBand {
    int top = 0;
    int bottom = 0; // exclusive
    friend bool operator==(const RowBand&, const RowBand&) = default;
};
[[nodiscard]] RowBand reading_band(const FrameGeometry& geometry, double line_advance);

// Where the live coach's cue (a band `cue_height` px tall) goes: under the status strip when the
// reading line leaves room above it (the text there has been read), else just below the reading
// line's band. Never meets reading_band().
[[nodiscard]] RowBand cue_band(const FrameGeometry& geometry, double line_advance, int cue_height);

// The default text size for a view height: about 64 px at 1080p (readable from 3 m).
[[nodiscard]] int default_text_px(int height);

} // namespace podium
