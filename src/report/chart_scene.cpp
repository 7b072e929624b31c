// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/chart_scene.hpp"

#include "core/i18n/translate.hpp"
#include "core/script/section_detector.hpp"
#include "core/text/utf8.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace podium {

namespace {

constexpr ChartColor ink{32, 33, 36};
constexpr ChartColor muted{95, 99, 104};
constexpr ChartColor grid{218, 220, 224};
constexpr ChartColor planned_color{154, 160, 166};
constexpr ChartColor over_color{197, 34, 31};
constexpr ChartColor under_color{24, 128, 56};
// Older runs lighter, the latest darkest.
constexpr ChartColor run_colors[] = {{161, 194, 250}, {92, 141, 239}, {26, 86, 219}, {23, 52, 140}};

ChartColor lighter(ChartColor c)
{
    auto mix = [](std::uint8_t v) { return static_cast<std::uint8_t>(v + (255 - v) * 6 / 10); };
    return {mix(c.r), mix(c.g), mix(c.b)};
}

std::string clock(double seconds)
{
    const long total = std::lround(std::abs(seconds));
    char buffer[32];
    if (total >= 3600) {
        std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    } else {
        std::snprintf(buffer, sizeof buffer, "%ld:%02ld", total / 60, total % 60);
    }
    return buffer;
}

std::string run_label(const ReportRun& run)
{
    const std::string& s = run.started_at;
    std::string label = s.size() >= 16 && s[10] == 'T' ? s.substr(5, 5) + " " + s.substr(11, 5) : s;
    return run.earlier_version ? fill_in(_("{} (earlier text)"), label) : label;
}

} // namespace

std::string fit_text_width(const std::string& text, double size, double width)
{
    if (approximate_text_width(text, size) <= width) {
        return text;
    }
    std::string out;
    std::size_t offset = 0;
    while (offset < text.size()) {
        std::size_t next = offset;
        (void)utf8::next(text, next);
        if (approximate_text_width(out + text.substr(offset, next - offset) + "…", size) > width) {
            break;
        }
        out += text.substr(offset, next - offset);
        offset = next;
    }
    return out + "…";
}

namespace {

double nice_step(double maximum)
{
    for (const double step : {5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 900.0, 1800.0, 3600.0}) {
        if (maximum / step <= 7.0) {
            return step;
        }
    }
    return 7200.0;
}

} // namespace

double approximate_text_width(const std::string& text, double size)
{
    double width = 0.0;
    std::size_t offset = 0;
    while (offset < text.size()) {
        const auto c = static_cast<UChar32>(utf8::next(text, offset));
        const auto east_asian = static_cast<UEastAsianWidth>(u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH));
        // The CJK font draws ambiguous-width marks (“ ” … ·) full width, like Han.
        const bool wide = east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH || east_asian == U_EA_AMBIGUOUS;
        width += wide ? size : size * 0.56;
    }
    return width;
}

ChartScene layout_chart(const RehearsalReport& report, const ChartOptions& options)
{
    ChartScene scene;
    const double width = options.width;
    const double margin = 48.0;
    const double title_size = 44.0;
    const double label_size = 32.0;
    const double value_size = 26.0;
    const double small_size = 24.0;
    const double bar_height = 34.0;
    const double bar_gap = 6.0;
    const double group_gap = 36.0;

    // Many sections: only the top level, so the chart stays legible.
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < report.sections.size(); ++i) {
        if (report.sections.size() <= 10 || report.sections[i].top_level) {
            rows.push_back(i);
        }
    }
    const std::size_t first_run = report.runs.size() > options.max_runs ? report.runs.size() - options.max_runs : 0;
    const std::size_t run_count = report.runs.size() - first_run;
    const std::size_t color_offset = run_count < std::size(run_colors) ? std::size(run_colors) - run_count - 1 : 0;
    auto run_color = [&](std::size_t k) { return run_colors[std::min(k + color_offset, std::size(run_colors) - 1)]; };

    double y = margin + title_size;
    scene.texts.push_back({margin, y, title_size, ink, TextAnchor::Start, true, options.title});

    // Legend.
    y += 56.0;
    double x = margin;
    auto legend = [&](ChartColor color, const std::string& label) {
        scene.rects.push_back({x, y - small_size * 0.8, small_size, small_size, color});
        scene.texts.push_back({x + small_size + 10.0, y, small_size, ink, TextAnchor::Start, false, label});
        x += small_size + 10.0 + approximate_text_width(label, small_size) + 36.0;
    };
    legend(planned_color, _("Planned"));
    for (std::size_t k = 0; k < run_count; ++k) {
        legend(run_color(k), run_label(report.runs[first_run + k]));
    }

    // Columns: section titles, then bars, then room for value labels.
    double label_width = 0.0;
    std::vector<std::string> titles;
    for (const std::size_t i : rows) {
        const auto& row = report.sections[i];
        std::string title = row.title.empty() ? fill_in(_("Section {}"), i + 1) : shown_section_title(row.title);
        title = fit_text_width(title, label_size, width * 0.34);
        label_width = std::max(label_width, approximate_text_width(title, label_size));
        titles.push_back(std::move(title));
    }
    const double plot_left = margin + label_width + 28.0;
    const double plot_right = width - margin - 210.0;

    double maximum = 1.0;
    for (const std::size_t i : rows) {
        const auto& row = report.sections[i];
        maximum = std::max(maximum, row.planned);
        for (std::size_t k = first_run; k < row.runs.size(); ++k) {
            maximum = std::max(maximum, row.runs[k].seconds);
        }
    }
    const double step = nice_step(maximum);
    const double axis_max = std::ceil(maximum / step) * step;
    auto scale = [&](double seconds) { return plot_left + (plot_right - plot_left) * seconds / axis_max; };

    // Axis labels on top.
    y += 60.0;
    const double axis_y = y;
    const double bars_top = axis_y + 18.0;
    const std::size_t bars_per_group = 1 + run_count;
    const double group_height = static_cast<double>(bars_per_group) * bar_height
        + static_cast<double>(bars_per_group - 1) * bar_gap;
    const double bars_bottom = bars_top + static_cast<double>(rows.size()) * (group_height + group_gap);
    for (double t = 0.0; t <= axis_max + 0.5; t += step) {
        scene.lines.push_back({scale(t), bars_top - 6.0, scale(t), bars_bottom - group_gap + 6.0, grid, 2.0});
        scene.texts.push_back({scale(t), axis_y, small_size, muted, TextAnchor::Middle, false, clock(t)});
    }

    double group_top = bars_top;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto& row = report.sections[rows[r]];
        scene.texts.push_back({plot_left - 20.0, group_top + group_height / 2.0 + label_size * 0.35, label_size, ink,
            TextAnchor::End, false, titles[r]});
        double bar_top = group_top;
        auto bar = [&](double seconds, ChartColor color, const std::string& value, ChartColor value_color) {
            const double end = scale(std::max(seconds, 0.0));
            scene.rects.push_back({plot_left, bar_top, std::max(end - plot_left, 2.0), bar_height, color});
            scene.texts.push_back({end + 10.0, bar_top + bar_height / 2.0 + value_size * 0.36, value_size, value_color,
                TextAnchor::Start, false, value});
            bar_top += bar_height + bar_gap;
        };
        bar(row.planned, planned_color, clock(row.planned), muted);
        for (std::size_t k = 0; k < run_count; ++k) {
            const ReportCell& cell = row.runs[first_run + k];
            const bool latest = k + 1 == run_count;
            switch (cell.state) {
            case CellState::Completed: {
                std::string value = clock(cell.seconds);
                ChartColor value_color = ink;
                if (latest && row.planned > 0.0) {
                    const long percent = std::lround((cell.seconds / row.planned - 1.0) * 100.0);
                    value += "  " + std::string(percent >= 0 ? "+" : "") + std::to_string(percent) + "%";
                    value_color = percent > 5 ? over_color : percent < -5 ? under_color : ink;
                }
                bar(cell.seconds, run_color(k), value, value_color);
                break;
            }
            case CellState::Partial:
                bar(cell.seconds, lighter(run_color(k)), fill_in(_("~{} partial"), clock(cell.seconds)), muted);
                break;
            case CellState::Skipped:
            case CellState::Missing:
                scene.texts.push_back({plot_left + 10.0, bar_top + bar_height / 2.0 + value_size * 0.36, value_size,
                    muted, TextAnchor::Start, false, cell.state == CellState::Skipped ? _("skipped") : _("not in this run")});
                bar_top += bar_height + bar_gap;
                break;
            }
        }
        group_top += group_height + group_gap;
    }
    scene.lines.push_back({plot_left, bars_top - 6.0, plot_left, bars_bottom - group_gap + 6.0, muted, 2.0});

    // Totals and a note.
    double footer = bars_bottom + 20.0;
    std::string totals = fill_in(_("Total planned {}"), clock(report.total.planned));
    if (report.total.latest) {
        const long percent = report.total.planned > 0.0
            ? std::lround((*report.total.latest / report.total.planned - 1.0) * 100.0)
            : 0;
        totals += "   "
            + fill_in(_("latest complete run {0} ({1}%)"), clock(*report.total.latest),
                (percent >= 0 ? "+" : "") + std::to_string(percent));
    }
    scene.texts.push_back({margin, footer, label_size, ink, TextAnchor::Start, true, totals});
    footer += 44.0;
    scene.texts.push_back({margin, footer, small_size, muted, TextAnchor::Start, false,
        _("Times exclude pauses. Latest run vs plan: red over by more than 5%, green under.")});
    scene.width = options.width;
    scene.height = static_cast<int>(std::ceil(footer + margin));
    return scene;
}

} // namespace podium
