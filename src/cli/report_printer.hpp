// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/rehearsal/coaching.hpp"
#include "core/rehearsal/pace_calibration.hpp"
#include "core/rehearsal/rehearsal_report.hpp"

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

namespace podium {

struct ReportDocument {
    std::string script_label;          // the file as given, or sample:xx
    RehearsalReport report;
    PaceCalibration pace;              // the speaker's pace (or the default when uncalibrated)
    std::optional<Coaching> coaching;  // with --target
    std::optional<HeldOutCheck> held_out; // the latest run predicted from the earlier ones
    std::filesystem::path recordings;  // where runs' audio lives (the rehearsal store)
    const Script* script = nullptr;    // to quote the sentences the delivery section names
};

// The table: one row per section (sub-sections indented), planned, each recent run, latest vs
// plan; then totals, the pace, and with a target the coaching. Columns are aligned by East
// Asian Width, so Chinese titles line up in a terminal.
void print_report(std::ostream& out, const ReportDocument& document);

void print_report_json(std::ostream& out, const ReportDocument& document);

// How the runs sounded (core/coach): the latest measured run in full, then the trend per section
// over every measured run. Nothing when no run was measured.
void print_delivery_section(std::ostream& out, const ReportDocument& document);

// "11-24 09:00" from "2026-11-24T09:00:00Z".
[[nodiscard]] std::string short_run_label(const std::string& started_at);

} // namespace podium
