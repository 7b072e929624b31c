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
    const Knot& b = *after;
    const Knot& a = *(after - 1);
    const double span = b.t - a.t;
    return span > 0.0 ? a.y + (b.y - a.y) * (t - a.t) / span : b.y;
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
    return a.t + (b.t - a.t) * (y - a.y) / (b.y - a.y);
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
