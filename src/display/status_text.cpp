#include "display/status_text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace podium {

std::string format_clock(double seconds)
{
    const bool negative = seconds < 0;
    const long total = std::lround(std::floor(std::abs(seconds)));
    char buffer[32];
    if (total >= 3600) {
        std::snprintf(buffer, sizeof buffer, "%s%ld:%02ld:%02ld", negative ? "-" : "", total / 3600,
            (total / 60) % 60, total % 60);
    } else {
        std::snprintf(buffer, sizeof buffer, "%s%ld:%02ld", negative ? "-" : "", total / 60, total % 60);
    }
    return buffer;
}

PlanStatus plan_status(double actual, double planned)
{
    if (planned <= 0.0) {
        return PlanStatus::OnPlan;
    }
    if (actual >= planned * 1.25) {
        return PlanStatus::Over25;
    }
    if (actual >= planned * 1.10) {
        return PlanStatus::Over10;
    }
    return PlanStatus::OnPlan;
}

std::string pace_text(const Timing& timing, double pace_factor)
{
    std::size_t han = 0;
    std::size_t words = 0;
    for (const SectionTiming& section : timing.sections) {
        // Sections nest; only top-level totals matter for the proportion, and any section does.
        han += section.han_chars;
        words += section.words;
    }
    char buffer[48];
    if (han >= words) {
        std::snprintf(buffer, sizeof buffer, "%.0f 字/分", timing.profile.han_per_minute * pace_factor);
    } else {
        std::snprintf(buffer, sizeof buffer, "%.0f wpm", timing.profile.words_per_minute * pace_factor);
    }
    return buffer;
}

double timeline_position(const Timing& timing, const Layout& layout, std::size_t sentence, double scroll_y)
{
    if (timing.sentences.empty() || sentence >= timing.sentences.size()) {
        return timing.total_seconds;
    }
    const SentenceTiming& current = timing.sentences[sentence];
    double fraction = 0.0;
    if (sentence + 1 < layout.first_line_of_sentence.size()) {
        const double here = layout.sentence_y(sentence);
        const double span = layout.sentence_y(sentence + 1) - here;
        if (span > 0.0) {
            fraction = std::clamp((scroll_y - here) / span, 0.0, 1.0);
        }
    }
    return current.start + fraction * (current.end() - current.start);
}

} // namespace podium
