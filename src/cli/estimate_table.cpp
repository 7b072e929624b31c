#include "cli/estimate_report.hpp"
#include "cli/terminal_width.hpp"
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

    std::vector<std::size_t> widths(columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c) {
        widths[c] = display_width(columns[c].header);
        for (const auto& row : rows) {
            widths[c] = std::max(widths[c], display_width(row[c]));
        }
        widths[c] = std::max(widths[c], display_width(total[c]));
    }
    auto print_row = [&](const std::vector<std::string>& row) {
        std::string line;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            line += (c == 0 ? "" : "  ") + pad_to_width(row[c], widths[c], columns[c].align);
        }
        while (!line.empty() && line.back() == ' ') {
            line.pop_back();
        }
        out << line << '\n';
    };

    const PaceProfile& p = report.profile;
    // Name only the rates this speech uses.
    std::string rates;
    if (show_chars) {
        rates = std::to_string(std::llround(p.han_per_minute)) + " chars/min";
    }
    if (show_words) {
        rates += (rates.empty() ? "" : ", ") + std::to_string(std::llround(p.words_per_minute)) + " wpm";
    }
    out << "Estimate for " << report.source_name << " (" << report.method << ": " << rates << "; pauses "
        << seconds_text(p.sentence_pause)
        << " s after a sentence, " << seconds_text(p.paragraph_pause) << " s after a paragraph, "
        << seconds_text(p.section_pause) << " s after a section)\n\n";
    std::vector<std::string> header;
    for (const auto& column : columns) {
        header.push_back(column.header);
    }
    print_row(header);
    for (const auto& row : rows) {
        print_row(row);
    }
    std::size_t rule = 0;
    for (const std::size_t width : widths) {
        rule += width + 2;
    }
    out << std::string(rule - 2, '-') << '\n';
    print_row(total);

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
