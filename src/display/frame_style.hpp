// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/prompter/verdict.hpp"

#include <SDL.h>

namespace podium {

[[nodiscard]] constexpr SDL_Color colour_of(TimeStatus status)
{
    const Rgb rgb = verdict_colour(status);
    return SDL_Color{rgb.r, rgb.g, rgb.b, 255};
}

// Colours and proportions of the prompter (DESIGN.md "What the prompter looks like").
struct FrameStyle {
    SDL_Color background{0, 0, 0, 255};
    SDL_Color text{242, 238, 228, 255};      // off-white: pure white glares on a dark stage
    SDL_Color heading{255, 208, 128, 255};   // section headings stand out as signposts
    double read_brightness = 0.36;           // sentences already read
    double upcoming_brightness = 0.74;       // sentences still to come
    double countdown_brightness = 0.45;      // everything behind the countdown numerals
    SDL_Color pointer{255, 176, 32, 255};    // reading-line pointers
    SDL_Color strip_background{18, 18, 20, 255};
    SDL_Color strip_text{170, 170, 170, 255};
    SDL_Color strip_value{230, 230, 230, 255};
    // The verdict colours are core/prompter/verdict.hpp's, shared with the phone page.
    SDL_Color on_plan = colour_of(TimeStatus::OnTime);
    SDL_Color amber = colour_of(TimeStatus::Amber); // section over its plan by 10%
    SDL_Color red = colour_of(TimeStatus::Red);     // over by 25%
    SDL_Color progress_track{48, 48, 52, 255};
    SDL_Color progress_done{150, 150, 150, 255};
    SDL_Color progress_tick{120, 120, 128, 255};
    SDL_Color planned_marker{90, 170, 255, 255};
    // The live coach's cue: a blue unlike every verdict colour, so it never reads as "late".
    SDL_Color cue_background{22, 52, 92, 255};
    SDL_Color cue_text{214, 234, 255, 255};
    bool show_status = true;
};

} // namespace podium
