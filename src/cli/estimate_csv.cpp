// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/estimate_report.hpp"
#include "core/timing/duration.hpp"

#include <cmath>
#include <ostream>
#include <sstream>

namespace podium {

namespace {

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
std::string field(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        return std::string(text);
    }
    std::string out = "\"";
    for (const char c : text) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

std::string number(double value)
{
    std::ostringstream out;
    out << std::round(value * 100.0) / 100.0;
    return out.str();
}

} // namespace

void print_estimate_csv(std::ostream& out, const EstimateReport& report)
{
    const bool budgets = report.target.has_value();
    constexpr std::string_view kEnd = "\r\n";
    out << "section,level,start,duration,start_seconds,duration_seconds,share_percent,sentences,han_chars,words,"
           "placeholders"
        << (budgets ? ",budget_seconds" : "") << kEnd;
    auto line = [&](std::string_view title, int level, double start, double duration, double share,
                    std::size_t sentences, std::size_t han, std::size_t words, std::size_t placeholders,
                    std::optional<double> budget) {
        out << field(title) << ',' << level << ',' << format_duration(start) << ',' << format_duration(duration) << ','
            << number(start) << ',' << number(duration) << ',' << number(share * 100.0) << ',' << sentences << ','
            << han << ',' << words << ',' << placeholders;
        if (budgets) {
            out << ',' << (budget ? number(*budget) : "");
        }
        out << kEnd;
    };
    for (const auto& section : report.sections) {
        line(section.title.empty() ? section.label : section.title, section.level, section.start_seconds,
            section.duration_seconds, section.share, section.sentences, section.han_chars, section.words,
            section.placeholders, section.budget_seconds);
    }
    line("Total", 0, 0.0, report.total_seconds, 1.0, report.sentences, report.han_chars, report.words,
        report.placeholders.size(), budgets ? std::optional(report.target->target_seconds) : std::nullopt);
}

} // namespace podium
