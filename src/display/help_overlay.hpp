// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the keys overlay (? / F1) puts its title and lines: measured, not guessed, so that the
// keys and their help fit the panel in any language and at any size. Pure arithmetic over a
// width function, so tests can lay it out with any font.
#include "display/key_map.hpp"

#include <SDL.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace podium {

struct HelpOverlayText {
    std::string text;
    int x = 0;          // left edge
    int y = 0;          // top
    int width = 0;      // measured
};

struct HelpOverlayLayout {
    SDL_Rect panel{};                    // opaque box every text lies inside
    HelpOverlayText title;               // centred at the top
    std::vector<HelpOverlayText> keys;   // right-aligned in the key column
    std::vector<HelpOverlayText> help;   // wrapped help lines, left-aligned
    bool fits = false;                   // everything inside the frame at this size
};

// Lays `lines` out in 1, 2 or 3 columns (the fewest that fit the frame's height), each column
// as wide as its widest key plus its help, help wrapped where the frame is too narrow.
// `row` is the line pitch, `em` the UI font size in pixels.
[[nodiscard]] HelpOverlayLayout help_overlay_layout(int frame_width, int frame_height, int margin,
    const std::string& title, const std::vector<HelpLine>& lines, int row, int em,
    const std::function<int(std::string_view)>& width);

} // namespace podium
