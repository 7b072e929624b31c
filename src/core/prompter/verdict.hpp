// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/prompter/prompter_view.hpp"

#include <cstdint>

namespace podium {

// The one rule for "is this section running long", used by the status strip, the end-of-run
// summary, the operator's section list and the phone: amber from 10% over its plan, red from
// 25% over. `over` is (actual − planned) / planned.
inline constexpr double kAmberOver = 0.10;
inline constexpr double kRedOver = 0.25;

[[nodiscard]] constexpr TimeStatus verdict_for_over(double over)
{
    return over >= kRedOver ? TimeStatus::Red : over >= kAmberOver ? TimeStatus::Amber : TimeStatus::OnTime;
}

// `actual` seconds spent against `planned`; a section with no plan is never late.
[[nodiscard]] constexpr TimeStatus verdict_for(double actual, double planned)
{
    return planned > 0.0 ? verdict_for_over((actual - planned) / planned) : TimeStatus::OnTime;
}

// The verdict colours, as 8-bit sRGB: the display's FrameStyle and the phone page's CSS
// (src/remote/page/remote.css, --on-plan / --amber / --red, checked by a test) use these.
struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    friend constexpr bool operator==(const Rgb&, const Rgb&) = default;
};
[[nodiscard]] constexpr Rgb verdict_colour(TimeStatus status)
{
    switch (status) {
    case TimeStatus::OnTime: return {120, 200, 120};
    case TimeStatus::Amber: return {255, 176, 32};
    case TimeStatus::Red: return {240, 72, 56};
    }
    return {120, 200, 120};
}

} // namespace podium
