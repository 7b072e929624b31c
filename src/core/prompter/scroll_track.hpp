// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/layout/layout.hpp"
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"

#include <vector>

namespace podium {

// The paced timeline as a path through the laid-out document: a monotonic, piecewise-linear map
// between timeline seconds and the document y at the reading line. Each line gets a knot at the
// moment the plan reaches its first character (a sentence's speaking time is spread over its runs
// by width), placed half a line advance above the line's middle: while the plan reads a line,
// its middle crosses the reading line halfway through, so a speaker at the planned pace is never
// more than half a line off the marker. Between knots the path is a monotone cubic (Fritsch–Carlson),
// so not only the position but also the speed is continuous: lines that take longer to read (a
// pause at their end) slow the scroll gently instead of with a visible jolt.
// One track per layout: two windows with different layouts each build their own from the same
// model position.
class ScrollTrack {
public:
    ScrollTrack() = default;
    ScrollTrack(const Script& script, const Timing& timing, const Layout& layout);

    // Document y at the reading line at timeline time t (clamped).
    [[nodiscard]] double y_at(double t) const;
    // The inverse: the timeline time at which the scroll reaches document y (clamped).
    [[nodiscard]] double time_at(double y) const;
    [[nodiscard]] double end_time() const;
    [[nodiscard]] double end_y() const;
    [[nodiscard]] bool empty() const { return m_knots.empty(); }

private:
    struct Knot {
        double t = 0.0;
        double y = 0.0;
        double slope = 0.0; // dy/dt at the knot
    };
    void compute_slopes();
    [[nodiscard]] static double hermite(const Knot& a, const Knot& b, double t);
    std::vector<Knot> m_knots; // t non-decreasing, y strictly increasing
};

} // namespace podium
