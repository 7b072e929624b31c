// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timing/comparison.hpp"

#include "core/timing/speech_units.hpp"

#include <algorithm>
#include <cmath>

namespace podium {

SectionComparison compare_section(double model_seconds, double measured_seconds, std::size_t han_chars,
    std::size_t words, const ComparisonRule& rule)
{
    SectionComparison result{model_seconds, measured_seconds, 0.0, false, true};
    if (measured_seconds > 0.0) {
        result.error = (model_seconds - measured_seconds) / measured_seconds;
    }
    result.checked = han_chars >= rule.min_han_chars || words >= rule.min_words;
    result.within = !result.checked || (measured_seconds > 0.0 && std::abs(result.error) <= rule.tolerance);
    return result;
}

TimingComparison compare_timings(std::span<const double> model_section_seconds, double model_total_seconds,
    const Timing& measured, ComparisonRule rule)
{
    TimingComparison comparison;
    comparison.rule = rule;
    const std::size_t count = std::min(model_section_seconds.size(), measured.sections.size());
    for (std::size_t i = 0; i < count; ++i) {
        const SectionTiming& section = measured.sections[i];
        comparison.sections.push_back(
            compare_section(model_section_seconds[i], section.duration, section.han_chars, section.words, rule));
        comparison.checked += comparison.sections.back().checked ? 1 : 0;
        comparison.failed += comparison.sections.back().within ? 0 : 1;
    }
    std::size_t han_chars = 0;
    std::size_t words = 0;
    for (const SentenceTiming& sentence : measured.sentences) {
        han_chars += sentence.han_chars;
        words += sentence.words;
    }
    comparison.total = compare_section(model_total_seconds, measured.total_seconds, han_chars, words, rule);
    return comparison;
}

TimingComparison compare_timings(const Timing& model, const Timing& measured, ComparisonRule rule)
{
    std::vector<double> seconds;
    seconds.reserve(model.sections.size());
    for (const SectionTiming& section : model.sections) {
        seconds.push_back(section.duration);
    }
    return compare_timings(seconds, model.total_seconds, measured, rule);
}

std::optional<double> fit_rate(const Timing& measured, const RateFitInput& input, std::size_t excluded_begin,
    std::size_t excluded_end)
{
    const PaceProfile& profile = measured.profile;
    const bool chinese = input.language == SpokenLanguage::Chinese;
    double units = 0.0;
    double seconds = 0.0;
    for (std::size_t i = 0; i < measured.sentences.size(); ++i) {
        if (i >= excluded_begin && i < excluded_end) {
            continue;
        }
        const SentenceTiming& sentence = measured.sentences[i];
        // Both in the units the rates price (speech_units.hpp).
        const double english = sentence.english_units();
        const double han = sentence.han_units();
        const double own = chinese ? han : english;
        const double other = chinese ? english : han;
        const double other_rate = chinese ? profile.words_per_minute : profile.han_per_minute;
        units += own;
        seconds += sentence.speaking - input.silence_per_sentence - other * 60.0 / other_rate
            - static_cast<double>(sentence.placeholders) * profile.placeholder_pause
            - static_cast<double>(sentence.commas) * profile.comma_pause
            - static_cast<double>(sentence.colons) * profile.colon_pause;
    }
    if (units < static_cast<double>(input.min_units) || seconds <= 0.0) {
        return std::nullopt;
    }
    return units * 60.0 / seconds;
}

} // namespace podium
