// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/speech_estimate.hpp"
#include "cli/terminal_width.hpp"
#include "cli/text_table.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>

namespace podium {

namespace {

constexpr std::size_t kTitleColumns = 36;

// m:ss.s: the comparison is about a few percent, so whole seconds are too coarse.
std::string clock_tenths(double seconds)
{
    const long tenths = std::lround(std::max(seconds, 0.0) * 10.0);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld.%ld", tenths / 600, tenths / 10 % 60, tenths % 10);
    return buffer;
}

std::string signed_percent(double fraction)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%+.1f%%", fraction * 100.0);
    return buffer;
}

std::string fixed(double value, int decimals)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string verdict(const SectionComparison& section)
{
    if (!section.checked) {
        return "-";
    }
    return section.within ? "PASS" : "FAIL";
}

} // namespace

void print_speech_comparison(std::ostream& out, const SpeechComparison& comparison)
{
    const EstimateReport& model = comparison.model;
    const EstimateReport& measured = comparison.measured;
    const TimingComparison& result = comparison.comparison;
    const PaceProfile& p = model.profile;

    const bool chinese = comparison.primary == SpokenLanguage::Chinese;
    const char* unit = chinese ? "Han syllables/min" : "words/min";
    out << "Model against " << measured.method << " for " << model.source_name << '\n'
        << "Voices: " << comparison.voices << '\n'
        << "Calibration passages (not this speech): " << fixed(comparison.pace.chinese.units_per_minute, 1)
        << " Han syllables/min and " << fixed(comparison.pace.chinese.seconds_per_text, 2)
        << " s of silence per piece of text; " << fixed(comparison.pace.english.units_per_minute, 1)
        << " words/min and " << fixed(comparison.pace.english.seconds_per_text, 2) << " s\n"
        << "This speech, synthesised: " << fixed(chinese ? p.han_per_minute : p.words_per_minute, 1) << ' ' << unit
        << "; each section's model takes the rate of the rest of the speech (Rate)\n"
        << "Model profile: " << fixed(chinese ? p.words_per_minute : p.han_per_minute, 1)
        << (chinese ? " wpm" : " chars/min") << "; pauses " << fixed(p.sentence_pause, 2) << " s after a sentence, "
        << fixed(p.paragraph_pause, 2) << " s after a paragraph, " << fixed(p.section_pause, 2)
        << " s after a section, " << fixed(p.placeholder_pause, 2) << " s per placeholder; inside sentences "
        << fixed(p.comma_pause, 2) << " s at a comma, " << fixed(p.colon_pause, 2) << " s at a semicolon or colon\n"
        << "English is timed by syllables and words: " << fixed(p.words_per_minute, 1) << " wpm of average words ("
        << fixed(PaceProfile::english_syllables_per_word, 2) << " syllables), "
        << fixed(p.english_syllables_per_minute(), 1) << " syllables/min\n\n";

    const std::vector<std::string> header{"Section", "Chars", "Words", "Rate", "Model", "Measured", "Error", "Check"};
    const std::vector<Align> align{Align::Left, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right,
        Align::Right, Align::Left};
    const auto rate_text = [&](std::optional<double> rate) {
        return fixed(rate.value_or(chinese ? comparison.pace.chinese.units_per_minute
                                           : comparison.pace.english.units_per_minute),
                   1)
            + (rate ? "" : "*");
    };
    bool calibration_rate_used = false;
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < model.sections.size() && i < result.sections.size(); ++i) {
        const EstimateRow& row = model.sections[i];
        const SectionComparison& section = result.sections[i];
        calibration_rate_used |= !comparison.section_rates.at(i).has_value();
        rows.push_back({fit_to_width(std::string(row.depth * 2, ' ') + row.label, kTitleColumns),
            std::to_string(row.han_chars), std::to_string(row.words), rate_text(comparison.section_rates.at(i)),
            clock_tenths(section.model_seconds),
            clock_tenths(section.measured_seconds), signed_percent(section.error), verdict(section)});
    }
    const std::vector<std::string> total{"Total", std::to_string(model.han_chars), std::to_string(model.words),
        fixed(chinese ? p.han_per_minute : p.words_per_minute, 1),
        clock_tenths(result.total.model_seconds), clock_tenths(result.total.measured_seconds),
        signed_percent(result.total.error), "-"};

    print_text_table(out, TextTable{header, align, std::move(rows), total});

    if (calibration_rate_used) {
        out << "\n* the rest of the speech is too short to measure a rate: the calibration passage's.";
    }
    const std::string tolerance = "±" + fixed(result.rule.tolerance * 100.0, 0) + "%";
    out << "\nTotal: its rate is fitted on the whole speech, so it agrees by construction and is not a check.\n"
        << "Checked: sections of at least " << result.rule.min_han_chars << " Han syllables or "
        << result.rule.min_words << " English words (\"-\": too short to check), model within " << tolerance
        << " of the measured audio.\n";
    if (result.checked == 0) {
        out << "No section is long enough to check.\n";
        return;
    }
    // The largest error among the checked sections, to show the margin.
    std::size_t worst = result.sections.size();
    for (std::size_t i = 0; i < result.sections.size(); ++i) {
        if (result.sections[i].checked
            && (worst == result.sections.size()
                || std::abs(result.sections[i].error) > std::abs(result.sections[worst].error))) {
            worst = i;
        }
    }
    out << (result.passed() ? "PASS" : "FAIL") << ": " << result.checked - result.failed << " of " << result.checked
        << " checked sections within " << tolerance << "; largest error " << signed_percent(result.sections[worst].error)
        << " (" << model.sections[worst].label << ")\n";
}

} // namespace podium
