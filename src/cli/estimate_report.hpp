// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"
#include "core/timing/target.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace podium {

// One section of the estimate, in the words the printers need.
struct EstimateRow {
    std::string title;        // the full heading
    std::string label;        // a short name for the table (short_section_title)
    int level = 1;
    std::size_t depth = 0;    // nesting under parents, for indentation
    double start_seconds = 0.0;
    double duration_seconds = 0.0;
    double share = 0.0;       // of the total, 0–1
    std::size_t sentences = 0;
    std::size_t han_chars = 0;
    std::size_t words = 0;
    std::size_t placeholders = 0;
    std::optional<double> budget_seconds; // with --target
};

// Everything `podium estimate` prints, whatever the format and however the timing was made:
// the model (estimate_timing) or a measurement (timing_from_measurements, e.g. a synthesis).
struct EstimateReport {
    std::string source_name;  // the file as given, or sample:zh
    std::string method;       // "model", or what measured it ("eSpeak NG synthesis")
    PaceProfile profile;
    std::vector<EstimateRow> sections;
    double total_seconds = 0.0;
    std::size_t sentences = 0;
    std::size_t han_chars = 0;
    std::size_t words = 0;
    std::vector<Placeholder> placeholders;
    std::optional<TargetPlan> target;
};

[[nodiscard]] EstimateReport make_estimate_report(const Script& script, const Timing& timing, std::string source_name,
    std::string method, std::optional<double> target_seconds);

// Spoken units per minute of the section's time, pauses included: "186 chars/min" for mostly
// Chinese text, "131 wpm" for mostly English, "–" when the section takes no time.
[[nodiscard]] std::string pace_label(std::size_t han_chars, std::size_t words, double seconds);

// The printers. The table aligns by display width (CJK titles take two columns a character).
void print_estimate_table(std::ostream& out, const EstimateReport& report);
void print_estimate_json(std::ostream& out, const EstimateReport& report);
void print_estimate_csv(std::ostream& out, const EstimateReport& report);

} // namespace podium
