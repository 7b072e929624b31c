// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/text/spoken_text.hpp"
#include "core/timing/estimate.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace podium {

// Which sections the model must match a measurement for, and how closely. Short sections are
// listed but not checked: a few syllables more or less, or one pause, is a large share of them.
struct ComparisonRule {
    std::size_t min_han_chars = 100; // spoken Han syllables …
    std::size_t min_words = 60;      // … or English words, for a section to be checked
    double tolerance = 0.05;         // |model − measured| / measured
};

struct SectionComparison {
    double model_seconds = 0.0;
    double measured_seconds = 0.0;
    double error = 0.0;              // (model − measured) / measured; 0 when nothing was measured
    bool checked = false;            // long enough for the rule
    bool within = true;              // |error| ≤ tolerance (true for unchecked sections too)
    friend bool operator==(const SectionComparison&, const SectionComparison&) = default;
};

struct TimingComparison {
    ComparisonRule rule;
    std::vector<SectionComparison> sections; // parallel to Script::sections
    SectionComparison total;                 // the whole speech (checked by the same rule)
    std::size_t checked = 0;                 // sections checked
    std::size_t failed = 0;                  // checked sections outside the tolerance
    [[nodiscard]] bool passed() const { return failed == 0; }
};

[[nodiscard]] SectionComparison compare_section(double model_seconds, double measured_seconds, std::size_t han_chars,
    std::size_t words, const ComparisonRule& rule);

// Compares the model's seconds for each section (parallel to measured.sections) and for the
// whole speech with a measured Timing of the same Script; the measured Timing's counts decide
// which sections are checked.
[[nodiscard]] TimingComparison compare_timings(std::span<const double> model_section_seconds, double model_total_seconds,
    const Timing& measured, ComparisonRule rule = {});

// The same, for a model Timing of the same Script.
[[nodiscard]] TimingComparison compare_timings(const Timing& model, const Timing& measured, ComparisonRule rule = {});

// What a measured speaker (or voice) spends on pieces the profile already knows, so a rate fit
// can take them out: the other language's rate is in `profile`, and so is placeholder_pause.
struct RateFitInput {
    SpokenLanguage language = SpokenLanguage::Chinese; // the rate to fit
    double silence_per_sentence = 0.0; // silence inside each measured sentence's speaking time
    std::size_t min_units = 100;       // fewer units outside the excluded range: no fit
};

// The rate (Han syllables per minute, or English average words per minute, english_units, by
// input.language) that makes the model's
// speaking time equal the measured one over every sentence outside [excluded_begin,
// excluded_end): units / (speaking − silence_per_sentence − the other language at the
// profile's rate − placeholders × placeholder_pause − the comma and colon pauses). Empty when those sentences hold fewer
// than input.min_units units or no time is left for them.
[[nodiscard]] std::optional<double> fit_rate(const Timing& measured, const RateFitInput& input,
    std::size_t excluded_begin = 0, std::size_t excluded_end = 0);

} // namespace podium
