// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timing/target.hpp"

#include "core/text/utf8.hpp"
#include "core/timing/duration.hpp"

#include <cmath>

namespace podium {

namespace {

constexpr double kOnTargetSeconds = 0.5;

std::string whole(double value) { return std::to_string(std::llround(value)); }

// "236 chars/min", "165 wpm" or both, by what the speech contains.
std::string pace_text(double han_rate, double word_rate, std::size_t han, std::size_t words)
{
    std::string out;
    if (han > 0) {
        out += whole(han_rate) + " chars/min";
    }
    if (words > 0) {
        out += (out.empty() ? "" : " and ") + whole(word_rate) + " wpm";
    }
    return out.empty() ? whole(han_rate) + " chars/min" : out;
}

// "317 characters" or "74 words": how much text the difference is at the current pace.
std::string text_amount(double seconds, const PaceProfile& profile, std::size_t han, std::size_t words)
{
    if (han >= words) {
        return whole(seconds * profile.han_per_minute / 60.0) + " characters";
    }
    return whole(seconds * profile.words_per_minute / 60.0) + " words";
}

} // namespace

std::string short_section_title(const Section& section, std::size_t max_characters)
{
    if (section.title.empty()) {
        switch (section.kind) {
        case SectionKind::Preamble: return "opening";
        case SectionKind::Closing: return "closing";
        case SectionKind::Heading: return "untitled";
        }
    }
    std::string out;
    std::size_t characters = 0;
    std::size_t offset = 0;
    while (offset < section.title.size()) {
        const std::size_t start = offset;
        const char32_t c = utf8::next(section.title, offset);
        const bool clause_end = c == U'，' || c == U'。' || c == U'：' || c == U'；' || c == U'！' || c == U'？';
        if (clause_end && characters >= 2) {
            break;
        }
        if (characters == max_characters) {
            out += "…";
            break;
        }
        out.append(section.title, start, offset - start);
        ++characters;
    }
    return out;
}

TargetPlan plan_for_target(const Script& script, const Timing& timing, double target_seconds)
{
    TargetPlan plan;
    plan.target_seconds = target_seconds;
    plan.estimated_seconds = timing.total_seconds;
    plan.difference_seconds = timing.total_seconds - target_seconds;
    const double voiced = voiced_seconds(timing);
    plan.pause_seconds = std::max(0.0, timing.total_seconds - voiced);
    plan.reachable = target_seconds > plan.pause_seconds && voiced > 0.0;
    plan.pace_scale = plan.reachable ? voiced / (target_seconds - plan.pause_seconds) : 0.0;
    plan.required_han_per_minute = timing.profile.han_per_minute * plan.pace_scale;
    plan.required_words_per_minute = timing.profile.words_per_minute * plan.pace_scale;

    const double share_scale = timing.total_seconds > 0.0 ? target_seconds / timing.total_seconds : 0.0;
    for (std::size_t i = 0; i < timing.sections.size(); ++i) {
        plan.section_budgets.push_back(timing.sections[i].duration * share_scale);
    }
    std::size_t top_level = 0;
    for (std::size_t i = 0; i < script.sections.size() && i < timing.sections.size(); ++i) {
        if (script.sections[i].parent) {
            continue;
        }
        ++top_level;
        const double share = timing.total_seconds > 0.0 ? timing.sections[i].duration / timing.total_seconds : 0.0;
        if (!plan.largest_section || share > plan.largest_share) {
            plan.largest_section = i;
            plan.largest_share = share;
        }
    }
    if (top_level < 2) {
        plan.largest_section.reset();
    }

    std::size_t han = 0;
    std::size_t words = 0;
    for (const auto& sentence : timing.sentences) {
        han += sentence.han_chars;
        words += sentence.words;
    }
    const std::string current = pace_text(timing.profile.han_per_minute, timing.profile.words_per_minute, han, words);
    const std::string required = pace_text(plan.required_han_per_minute, plan.required_words_per_minute, han, words);
    const double difference = plan.difference_seconds;
    if (!plan.reachable) {
        plan.summary = "over by " + format_duration(difference) + ": the pauses alone take "
            + format_duration(plan.pause_seconds) + ", so " + format_duration(target_seconds)
            + " cannot be reached by speaking faster; cut about "
            + text_amount(difference, timing.profile, han, words);
    } else if (std::fabs(difference) < kOnTargetSeconds) {
        plan.summary = "on target at " + current;
    } else if (difference > 0.0) {
        plan.summary = "over by " + format_duration(difference) + " at " + current + "; to finish in "
            + format_duration(target_seconds) + " speak at " + required + " or cut about "
            + text_amount(difference, timing.profile, han, words);
    } else {
        plan.summary = "under by " + format_duration(-difference) + " at " + current + "; you can slow to "
            + required + " or add about " + text_amount(-difference, timing.profile, han, words);
    }
    if (plan.largest_section) {
        plan.summary += "; section " + short_section_title(script.sections[*plan.largest_section]) + " is "
            + whole(plan.largest_share * 100.0) + "% of the speech";
    }
    return plan;
}

} // namespace podium
