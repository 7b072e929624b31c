// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/estimate_report.hpp"
#include "cli/terminal_width.hpp"
#include "cli/text_table.hpp"
#include "core/i18n/translate.hpp"
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
    ColumnAlign align;
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

    std::vector<Column> columns{{_("Section"), ColumnAlign::Left}, {_("Start"), ColumnAlign::Right}, {_("Duration"), ColumnAlign::Right},
        {_("Share"), ColumnAlign::Right}, {_("Sentences"), ColumnAlign::Right}};
    if (show_chars) {
        columns.push_back({_("Chars"), ColumnAlign::Right});
    }
    if (show_words) {
        columns.push_back({_("Words"), ColumnAlign::Right});
    }
    if (show_budget) {
        columns.push_back({_("Budget"), ColumnAlign::Right});
    }
    columns.push_back({_("Pace"), ColumnAlign::Left});

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
        rows.push_back(cells(fit_to_width(indent + section.shown_label, kTitleColumns), format_duration(section.start_seconds),
            section.duration_seconds, section.share, section.sentences, section.han_chars, section.words,
            section.budget_seconds));
    }
    const std::vector<std::string> total = cells(_("Total"), "", report.total_seconds, 1.0, report.sentences,
        report.han_chars, report.words, report.target ? std::optional(report.target->target_seconds) : std::nullopt);

    const PaceProfile& p = report.profile;
    // Name only the rates this speech uses.
    std::string rates;
    if (show_chars) {
        rates = fill_in(_("{} chars/min"), std::llround(p.han_per_minute));
    }
    if (show_words) {
        rates += (rates.empty() ? "" : _(", "))
            + fill_in(_("{} wpm ({} syllables/min)"), std::llround(p.words_per_minute),
                std::llround(p.english_syllables_per_minute()));
    }
    /* TRANSLATORS: {0} the speech's name, {1} "model" or "speech" (how it was estimated), {2} the
       rates, {3}…{7} pauses in seconds. */
    out << fill_in(_("Estimate for {0} ({1}: {2}; pauses {3} s after a sentence, {4} s after a paragraph, {5} s after a "
                  "section, {6} s at a comma, {7} s at a semicolon or colon)"),
               report.source_name, _(report.method.c_str()), rates, seconds_text(p.sentence_pause), seconds_text(p.paragraph_pause),
               seconds_text(p.section_pause), seconds_text(p.comma_pause), seconds_text(p.colon_pause))
        << "\n\n";
    TextTable table;
    for (const auto& column : columns) {
        table.header.push_back(column.header);
        table.align.push_back(column.align);
    }
    table.rows = std::move(rows);
    table.total = total;
    print_text_table(out, table);

    if (report.target) {
        out << '\n' << fill_in(_("Target {}: {}"), format_duration(report.target->target_seconds), report.target->shown_summary)
            << '\n';
    }
    if (!report.placeholders.empty()) {
        const std::size_t count = report.placeholders.size();
        out << '\n'
            << fill_in(n_("Estimate excludes {} unfilled placeholder:", "Estimate excludes {} unfilled placeholders:", count),
                   count)
            << '\n';
        for (std::size_t i = 0; i < count && i < kPlaceholdersListed; ++i) {
            const Placeholder& placeholder = report.placeholders[i];
            out << "  " << fill_in(_("line {}, column {}: {}"), placeholder.line, placeholder.column, placeholder.text)
                << '\n';
        }
        if (count > kPlaceholdersListed) {
            out << "  " << fill_in(_("… and {} more"), count - kPlaceholdersListed) << '\n';
        }
    }
}

} // namespace podium
