// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/estimate_report.hpp"
#include "cli/terminal_width.hpp"
#include "cli/text_table.hpp"
#include "core/timing/duration.hpp"

#include <algorithm>
#include <cmath>
#include <ostream>
#include <sstream>

namespace podium {

namespace {

constexpr std::size_t kTitleColumns = 36;
constexpr std::size_t kPlaceholdersListed = 10;

struct Column {
    std::string header;
    Align align;
};

std::string percent(double share) { return std::to_string(std::llround(share * 100.0)) + "%"; }

// Pauses to a hundredth of a second, without trailing zeros: 0.5, 1.54.
std::string seconds_text(double value)
{
    std::ostringstream out;
    out << static_cast<double>(std::llround(value * 100.0)) / 100.0;
    return out.str();
}

} // namespace

void print_estimate_table(std::ostream& out, const EstimateReport& report)
{
    const bool show_chars = report.han_chars > 0 || report.words == 0;
    const bool show_words = report.words > 0;
    const bool show_budget = report.target.has_value();

    std::vector<Column> columns{{"Section", Align::Left}, {"Start", Align::Right}, {"Duration", Align::Right},
        {"Share", Align::Right}, {"Sentences", Align::Right}};
    if (show_chars) {
        columns.push_back({"Chars", Align::Right});
    }
    if (show_words) {
        columns.push_back({"Words", Align::Right});
    }
    if (show_budget) {
        columns.push_back({"Budget", Align::Right});
    }
    columns.push_back({"Pace", Align::Left});

    // One row of cells; the total row has no start time.
    auto cells = [&](std::string label, std::string start, double duration, double share, std::size_t sentences,
                     std::size_t han, std::size_t words, std::optional<double> budget) {
        std::vector<std::string> row{std::move(label), std::move(start), format_duration(duration), percent(share),
            std::to_string(sentences)};
        if (show_chars) {
            row.push_back(std::to_string(han));
        }
        if (show_words) {
            row.push_back(std::to_string(words));
        }
        if (show_budget) {
            row.push_back(budget ? format_duration(*budget) : "");
        }
        row.push_back(pace_label(han, words, duration));
        return row;
    };

    std::vector<std::vector<std::string>> rows;
    for (const auto& section : report.sections) {
        const std::string indent(section.depth * 2, ' ');
        rows.push_back(cells(fit_to_width(indent + section.label, kTitleColumns), format_duration(section.start_seconds),
            section.duration_seconds, section.share, section.sentences, section.han_chars, section.words,
            section.budget_seconds));
    }
    const std::vector<std::string> total = cells("Total", "", report.total_seconds, 1.0, report.sentences,
        report.han_chars, report.words, report.target ? std::optional(report.target->target_seconds) : std::nullopt);

    const PaceProfile& p = report.profile;
    // Name only the rates this speech uses.
    std::string rates;
    if (show_chars) {
        rates = std::to_string(std::llround(p.han_per_minute)) + " chars/min";
    }
    if (show_words) {
        rates += (rates.empty() ? "" : ", ") + std::to_string(std::llround(p.words_per_minute)) + " wpm ("
            + std::to_string(std::llround(p.english_syllables_per_minute())) + " syllables/min)";
    }
    out << "Estimate for " << report.source_name << " (" << report.method << ": " << rates << "; pauses "
        << seconds_text(p.sentence_pause)
        << " s after a sentence, " << seconds_text(p.paragraph_pause) << " s after a paragraph, "
        << seconds_text(p.section_pause) << " s after a section, " << seconds_text(p.comma_pause) << " s at a comma, "
        << seconds_text(p.colon_pause) << " s at a semicolon or colon)\n\n";
    TextTable table;
    for (const auto& column : columns) {
        table.header.push_back(column.header);
        table.align.push_back(column.align);
    }
    table.rows = std::move(rows);
    table.total = total;
    print_text_table(out, table);

    if (report.target) {
        out << "\nTarget " << format_duration(report.target->target_seconds) << ": " << report.target->summary << '\n';
    }
    if (!report.placeholders.empty()) {
        const std::size_t count = report.placeholders.size();
        out << "\nEstimate excludes " << count << " unfilled placeholder" << (count == 1 ? "" : "s") << ":\n";
        for (std::size_t i = 0; i < count && i < kPlaceholdersListed; ++i) {
            const Placeholder& placeholder = report.placeholders[i];
            out << "  line " << placeholder.line << ", column " << placeholder.column << ": " << placeholder.text << '\n';
        }
        if (count > kPlaceholdersListed) {
            out << "  … and " << count - kPlaceholdersListed << " more\n";
        }
    }
}

} // namespace podium
