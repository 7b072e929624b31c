#pragma once
#include "core/layout/layout.hpp"
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"

#include <string>

namespace podium {

// "m:ss" (or "h:mm:ss"); negative values get a leading minus.
[[nodiscard]] std::string format_clock(double seconds);

// How far over its plan a section runs, as the strip colours it.
enum class PlanStatus { OnPlan, Over10, Over25 };
[[nodiscard]] PlanStatus plan_status(double actual, double planned);

// The pace as a speaker thinks of it: Han characters a minute for Chinese speeches, words a
// minute otherwise, scaled by the current speed factor.
[[nodiscard]] std::string pace_text(const Timing& timing, double pace_factor);

// The point of the planned timeline (seconds) that the reading line shows: the current
// sentence's start plus how far the scroll has moved through it.
[[nodiscard]] double timeline_position(const Timing& timing, const Layout& layout, std::size_t sentence,
    double scroll_y);

} // namespace podium
