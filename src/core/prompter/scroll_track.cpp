// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prompter/scroll_track.hpp"

#include <algorithm>

namespace podium {

ScrollTrack::ScrollTrack(const Script& script, const Timing& timing, const Layout& layout)
{
    if (layout.lines.empty() || timing.sentences.size() != script.sentences.size()) {
        return;
    }
    // A sentence's speaking time is spread over its runs in proportion to their widths: width is
    // a good proxy for reading time inside one sentence (a Latin word is about as wide as the
    // two or three Han characters it takes as long to say).
    std::vector<double> sentence_width(script.sentences.size(), 0.0);
    for (const LayoutLine& line : layout.lines) {
        for (const LineRun& run : line.runs) {
            sentence_width[run.sentence] += run.width;
        }
    }
    std::vector<double> width_before(script.sentences.size(), 0.0);
    // While the plan reads a line, the line's middle passes through the reading line, crossing
    // it halfway: the line being read is never more than half a line off the marker.
    const double lead = layout.line_height / 2.0 - layout.line_advance / 2.0;
    m_knots.reserve(layout.lines.size() + 1);
    for (const LayoutLine& line : layout.lines) {
        if (line.runs.empty()) {
            continue;
        }
        const LineRun& first = line.runs.front();
        const SentenceTiming& timed = timing.sentences[first.sentence];
        const double fraction = sentence_width[first.sentence] > 0.0
            ? width_before[first.sentence] / sentence_width[first.sentence]
            : 0.0;
        double t = timed.start + timed.speaking * fraction;
        if (!m_knots.empty()) {
            t = std::max(t, m_knots.back().t);
        }
        const double y = line.y + lead;
        if (m_knots.empty() || y > m_knots.back().y) {
            m_knots.push_back(Knot{t, y});
        }
        for (const LineRun& run : line.runs) {
            width_before[run.sentence] += run.width;
        }
    }
    // After the last line is read, it keeps moving up at the same rate until the plan ends, so
    // the scroll does not stop dead on the last line.
    const double end_t = std::max(timing.total_seconds, m_knots.back().t);
    m_knots.push_back(Knot{end_t, m_knots.back().y + layout.line_advance});
    compute_slopes();
}

void ScrollTrack::compute_slopes()
{
    // Fritsch–Carlson: tangents from neighbouring secants, limited so each segment stays
    // monotonic and never overshoots a knot. A zero-length segment (a sentence planned to take
    // no time) is a step and contributes no secant.
    const std::size_t n = m_knots.size();
    std::vector<double> secant(n > 0 ? n - 1 : 0, 0.0);
    std::vector<bool> step(secant.size(), false);
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const double dt = m_knots[i + 1].t - m_knots[i].t;
        step[i] = dt <= 1e-9;
        secant[i] = step[i] ? 0.0 : (m_knots[i + 1].y - m_knots[i].y) / dt;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const bool has_left = i > 0 && !step[i - 1];
        const bool has_right = i + 1 < n && !step[i];
        if (has_left && has_right) {
            const double left = secant[i - 1];
            const double right = secant[i];
            // The harmonic mean keeps the tangent within 3× either secant (monotone) and
            // favours the slower side, so a slow line is not rushed into.
            m_knots[i].slope = left > 0.0 && right > 0.0 ? 2.0 * left * right / (left + right) : 0.0;
        } else if (has_left) {
            m_knots[i].slope = secant[i - 1];
        } else if (has_right) {
            m_knots[i].slope = secant[i];
        }
    }
}

double ScrollTrack::hermite(const Knot& a, const Knot& b, double t)
{
    const double dt = b.t - a.t;
    if (dt <= 1e-9) {
        return b.y;
    }
    const double s = (t - a.t) / dt;
    const double s2 = s * s;
    const double s3 = s2 * s;
    return (2 * s3 - 3 * s2 + 1) * a.y + (s3 - 2 * s2 + s) * dt * a.slope + (-2 * s3 + 3 * s2) * b.y
        + (s3 - s2) * dt * b.slope;
}

double ScrollTrack::y_at(double t) const
{
    if (m_knots.empty()) {
        return 0.0;
    }
    if (t <= m_knots.front().t) {
        return m_knots.front().y;
    }
    if (t >= m_knots.back().t) {
        return m_knots.back().y;
    }
    // The first knot strictly after t; its predecessor is at or before t.
    const auto after = std::upper_bound(m_knots.begin(), m_knots.end(), t,
        [](double value, const Knot& knot) { return value < knot.t; });
    return hermite(*(after - 1), *after, t);
}

double ScrollTrack::time_at(double y) const
{
    if (m_knots.empty()) {
        return 0.0;
    }
    if (y <= m_knots.front().y) {
        return m_knots.front().t;
    }
    if (y >= m_knots.back().y) {
        return m_knots.back().t;
    }
    const auto after = std::upper_bound(m_knots.begin(), m_knots.end(), y,
        [](double value, const Knot& knot) { return value < knot.y; });
    const Knot& b = *after;
    const Knot& a = *(after - 1);
    // The segment is monotonic: bisect for the time at which it reaches y.
    double low = a.t;
    double high = b.t;
    for (int i = 0; i < 60 && high - low > 1e-9; ++i) {
        const double middle = (low + high) / 2.0;
        (hermite(a, b, middle) < y ? low : high) = middle;
    }
    return (low + high) / 2.0;
}

double ScrollTrack::end_time() const
{
    return m_knots.empty() ? 0.0 : m_knots.back().t;
}

double ScrollTrack::end_y() const
{
    return m_knots.empty() ? 0.0 : m_knots.back().y;
}

} // namespace podium
