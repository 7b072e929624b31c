// SPDX-License-Identifier: GPL-3.0-or-later
// The summary screen at the end of a run (issue 6): the same table as `podium report`, for
// the run just finished, drawn over the prompter.
#include "display_fixture.hpp"

#include "core/rehearsal/rehearsal_recorder.hpp"
#include "core/rehearsal/rehearsal_report.hpp"
#include "core/rehearsal/rehearsal_simulator.hpp"
#include "display/status_text.hpp"
#include "display/summary_layout.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace podium;
using namespace podium::test;

namespace {

// A run of `script` read by the simulator at `pace`, as the recorder turns it into a report.
RehearsalReport simulated_summary(const Script& script, const Timing& planned, const PaceProfile& pace,
    std::optional<std::size_t> skip)
{
    SimulationOptions options;
    options.skip_section = skip;
    options.noise = 0.02;
    RehearsalRecorder recorder(script, "test", "");
    for (const PrompterEvent& event : simulate_rehearsal(script, pace, options)) {
        recorder.on_event(event);
    }
    return summarize_run(script, planned, recorder.run());
}

bool is_colour(const FrameImage& image, int x0, int y0, int x1, int y1, SDL_Color colour)
{
    for (int y = std::max(0, y0); y < std::min(image.height, y1); ++y) {
        for (int x = std::max(0, x0); x < std::min(image.width, x1); ++x) {
            const std::uint8_t* p = image.pixel(x, y);
            // Anti-aliased glyph edges are darker: look for the full colour in the glyph cores.
            if (std::abs(p[0] - colour.r) < 8 && std::abs(p[1] - colour.g) < 8 && std::abs(p[2] - colour.b) < 8) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

TEST_CASE("summary rows: every section, then the total, with the verdict of each")
{
    const Script script = load_sample("welcome-en.md");
    const Timing planned = estimate_timing(script, PaceProfile{});
    PaceProfile slow;
    slow.words_per_minute = PaceProfile{}.words_per_minute / 1.4; // 40% longer than planned
    const RehearsalReport report = simulated_summary(script, planned, slow, 2);
    const std::vector<SummaryRow> rows = summary_rows(report, 40);
    REQUIRE(rows.size() == script.sections.size() + 1);
    CHECK(rows.back().total);
    CHECK(rows.back().title == "Total");
    CHECK(rows[2].verdict == SummaryVerdict::Skipped);
    CHECK(rows[2].actual == "skipped");
    CHECK(rows[1].verdict == SummaryVerdict::FarOver);
    // 40% slower words, the same pauses: about a third over, well past the red mark.
    const ReportRow& second = report.sections[1];
    const double ratio = (second.runs.front().seconds - second.planned) / second.planned;
    CHECK(ratio > 0.25);
    CHECK(rows[1].difference == "+" + format_clock(second.runs.front().seconds - second.planned) + " (+"
            + std::to_string(std::lround(ratio * 100.0)) + "%)");
    CHECK(rows[1].planned == format_clock(planned.sections[1].duration));
}

TEST_CASE("summary rows: a run on plan is on plan; too many sections keep the top level and the total")
{
    const Script script = load_sample("welcome-en.md");
    const Timing planned = estimate_timing(script, PaceProfile{});
    const RehearsalReport report = simulated_summary(script, planned, PaceProfile{}, std::nullopt);
    for (const SummaryRow& row : summary_rows(report, 40)) {
        INFO(row.title << " " << row.difference);
        // The simulator pauses once (25 s) but pauses are not speaking time.
        CHECK(row.verdict == SummaryVerdict::OnPlan);
    }
    const std::vector<SummaryRow> few = summary_rows(report, 3);
    REQUIRE(few.size() == 3);
    CHECK(few[1].title.find("more") != std::string::npos);
    CHECK(few.back().total);
}

TEST_CASE("the summary screen draws each row where the layout puts it, coloured by its verdict")
{
    SampleFrame sample("welcome-en.md", 1280, 720);
    PaceProfile slow;
    slow.words_per_minute = PaceProfile{}.words_per_minute / 1.4;
    const RehearsalReport report = simulated_summary(sample.script, sample.timing, slow, 2);

    const PrompterView view = sample.view_at_time(sample.timing.total_seconds + 1.0);
    FrameContent content = sample.scene->content(view);
    const FrameImage without = sample.frame->render(content);
    content.summary = &report;
    const FrameImage with = sample.frame->render(content);

    const FrameGeometry geometry = sample.geometry(view);
    const FrameStyle style;
    const TextFont ui(sample.font, geometry.ui_px);
    const std::vector<SummaryRow> rows = summary_rows(report, summary_layout(geometry, ui.glyph_height()).capacity);
    const SummaryLayout layout = summary_layout(geometry, ui.glyph_height(), rows.size());
    REQUIRE(rows.size() == sample.script.sections.size() + 1);

    // The figures of a row sit in its band, between the planned column and the right edge.
    auto figures = [&](std::size_t row, SDL_Color colour) {
        const int y = layout.row_y(row);
        return is_colour(with, layout.planned_right, y, layout.difference_right, y + layout.row_height, colour);
    };
    CHECK(figures(1, style.red));            // 40% over
    CHECK_FALSE(figures(1, style.on_plan));
    CHECK_FALSE(figures(2, style.red));      // skipped: grey
    CHECK(figures(2, style.strip_text));
    // Every row's figures in its verdict's colour.
    for (std::size_t row = 0; row < rows.size(); ++row) {
        INFO("row " << row << ": " << rows[row].title);
        CHECK(figures(row, verdict_colour(rows[row].verdict, style)));
    }
    // Row titles are drawn in their rows.
    for (std::size_t row = 0; row < rows.size(); ++row) {
        const int y = layout.row_y(static_cast<std::size_t>(row));
        CHECK(max_brightness(with, layout.title_x, y, layout.planned_right - geometry.ui_px * 5, y + layout.row_height) > 150);
    }
    // The panel is opaque: the prompter text under it does not show through between rows.
    const int gap_y = layout.panel_y + 2;
    CHECK(max_brightness(with, layout.panel_x + 2, gap_y, layout.panel_x + layout.panel_width - 2, gap_y + 2) < 40);
    // Outside the panel the frame is unchanged.
    CHECK(max_brightness(without, 0, geometry.text_top, layout.panel_x - 1, geometry.text_bottom)
        == max_brightness(with, 0, geometry.text_top, layout.panel_x - 1, geometry.text_bottom));
}
