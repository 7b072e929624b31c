// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/estimate_report.hpp"
#include "core/timing/pace_config.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <ostream>

namespace podium {

namespace {

// Seconds to the centisecond: enough for any plan, and stable in diffs.
double rounded(double seconds) { return std::round(seconds * 100.0) / 100.0; }

} // namespace

void print_estimate_json(std::ostream& out, const EstimateReport& report)
{
    nlohmann::ordered_json json;
    json["total_seconds"] = rounded(report.total_seconds);
    json["profile"] = to_json(report.profile);
    json["sections"] = nlohmann::ordered_json::array();
    for (const auto& section : report.sections) {
        nlohmann::ordered_json row;
        row["title"] = section.title;
        row["level"] = section.level;
        row["start_seconds"] = rounded(section.start_seconds);
        row["duration_seconds"] = rounded(section.duration_seconds);
        row["sentences"] = section.sentences;
        row["han_chars"] = section.han_chars;
        row["words"] = section.words;
        row["placeholders"] = section.placeholders;
        json["sections"].push_back(std::move(row));
    }
    json["placeholders"] = nlohmann::ordered_json::array();
    for (const auto& placeholder : report.placeholders) {
        json["placeholders"].push_back({{"line", placeholder.line}, {"column", placeholder.column},
            {"text", placeholder.text}});
    }
    if (report.target) {
        const TargetPlan& plan = *report.target;
        nlohmann::ordered_json target;
        target["target_seconds"] = rounded(plan.target_seconds);
        target["difference_seconds"] = rounded(plan.difference_seconds);
        target["reachable"] = plan.reachable;
        target["required_han_per_minute"] = std::round(plan.required_han_per_minute * 10.0) / 10.0;
        target["required_words_per_minute"] = std::round(plan.required_words_per_minute * 10.0) / 10.0;
        target["section_budgets_seconds"] = nlohmann::ordered_json::array();
        for (const double budget : plan.section_budgets) {
            target["section_budgets_seconds"].push_back(rounded(budget));
        }
        target["summary"] = plan.summary;
        json["target"] = std::move(target);
    }
    // Invalid UTF-8 in a title must not abort the report: replace it.
    out << json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

} // namespace podium
