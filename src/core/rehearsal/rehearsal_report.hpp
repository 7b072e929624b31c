// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/rehearsal/rehearsal_log.hpp"
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"

#include <cstddef>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <vector>

namespace podium {

// The table `podium report` prints, the chart draws and the prompter's post-run summary shows:
// one row per section, planned time, the recent runs, and how the latest run compares.
enum class CellState { Completed, Partial, Skipped, Missing }; // Missing: the run predates the section

struct ReportCell {
    CellState state = CellState::Missing;
    double seconds = 0.0;
    friend bool operator==(const ReportCell&, const ReportCell&) = default;
};

struct ReportRun {
    std::string id;
    std::string started_at;
    bool earlier_version = false; // recorded on an earlier edit of the script (matched by title)
    bool finished = true;
    std::optional<RunRecording> recording; // the run's audio, beside its log
    std::optional<DeliveryReport> delivery; // how it sounded; only for runs of this version of the script
    friend bool operator==(const ReportRun&, const ReportRun&) = default;
};

struct ReportRow {
    std::string title;
    int level = 1;
    bool top_level = true;
    double planned = 0.0;
    std::size_t han_chars = 0;
    std::size_t words = 0;
    std::vector<ReportCell> runs;     // parallel to RehearsalReport::runs
    // What the microphone measured in each run (--listen), parallel to `runs`; none: not heard.
    std::vector<std::optional<SectionVoiceMeasure>> voice;
    std::optional<double> latest;     // the most recent complete reading
    std::optional<double> delta;      // latest − planned
    std::optional<double> delta_ratio; // delta / planned
    friend bool operator==(const ReportRow&, const ReportRow&) = default;
};

struct RehearsalReport {
    std::vector<ReportRun> runs;      // oldest first, at most ReportOptions::max_runs
    std::vector<ReportRow> sections;  // parallel to Script::sections
    ReportRow total;
    friend bool operator==(const RehearsalReport&, const RehearsalReport&) = default;
};

std::ostream& operator<<(std::ostream& out, const RehearsalReport& report);

struct ReportOptions {
    std::size_t max_runs = 5;
};

// Logs of this script: its own (same content hash) and earlier versions (same name, or at
// least half of the section titles in common), whose runs are matched to sections by title.
[[nodiscard]] RehearsalReport build_report(const Script& script, const Timing& planned, const std::string& script_name,
    std::span<const RehearsalLog> logs, const ReportOptions& options = {});

// The summary after one run (the prompter's end screen): the same table with that run only.
[[nodiscard]] RehearsalReport summarize_run(const Script& script, const Timing& planned, const RehearsalRun& run);

// Does this log belong to the script (same hash, or an earlier version of it)?
[[nodiscard]] bool is_related_log(const RehearsalLog& log, const Script& script, const std::string& script_hash,
    const std::string& script_name);

} // namespace podium
