// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/estimate_report.hpp"

#include <cmath>

namespace podium {

EstimateReport make_estimate_report(const Script& script, const Timing& timing, std::string source_name,
    std::string method, std::optional<double> target_seconds)
{
    EstimateReport report;
    report.source_name = std::move(source_name);
    report.method = std::move(method);
    report.profile = timing.profile;
    report.total_seconds = timing.total_seconds;
    report.placeholders = script.placeholders;
    if (target_seconds) {
        report.target = plan_for_target(script, timing, *target_seconds);
    }
    for (std::size_t i = 0; i < script.sections.size() && i < timing.sections.size(); ++i) {
        const Section& section = script.sections[i];
        const SectionTiming& t = timing.sections[i];
        EstimateRow row;
        row.title = section.title;
        row.label = short_section_title(section, 40);
        row.level = section.level;
        for (auto parent = section.parent; parent && *parent < script.sections.size() && row.depth < script.sections.size();
             parent = script.sections[*parent].parent) {
            ++row.depth;
        }
        row.start_seconds = t.start;
        row.duration_seconds = t.duration;
        row.share = timing.total_seconds > 0.0 ? t.duration / timing.total_seconds : 0.0;
        row.sentences = t.sentences;
        row.han_chars = t.han_chars;
        row.words = t.words;
        row.placeholders = t.placeholders;
        if (report.target) {
            row.budget_seconds = report.target->section_budgets[i];
        }
        report.sections.push_back(std::move(row));
    }
    for (const auto& sentence : timing.sentences) {
        report.han_chars += sentence.han_chars;
        report.words += sentence.words;
    }
    report.sentences = timing.sentences.size();
    return report;
}

std::string pace_label(std::size_t han_chars, std::size_t words, double seconds)
{
    if (seconds <= 0.0 || (han_chars == 0 && words == 0)) {
        return "–";
    }
    const double minutes = seconds / 60.0;
    if (han_chars >= words) {
        return std::to_string(std::llround(static_cast<double>(han_chars) / minutes)) + " chars/min";
    }
    return std::to_string(std::llround(static_cast<double>(words) / minutes)) + " wpm";
}

} // namespace podium
