// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/speech_estimate.hpp"
#include "cli/terminal_width.hpp"
#include "cli/text_table.hpp"
#include "core/i18n/translate.hpp"

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

std::string verdict(const SectionComparison& section)
{
    if (!section.checked) {
        return "-";
    }
    return section.within ? _("PASS") : _("FAIL");
}

} // namespace

void print_speech_comparison(std::ostream& out, const SpeechComparison& comparison)
{
    const EstimateReport& model = comparison.model;
    const EstimateReport& measured = comparison.measured;
    const TimingComparison& result = comparison.comparison;
    const PaceProfile& p = model.profile;

    const bool chinese = comparison.primary == SpokenLanguage::Chinese;
    out << fill_in(_("Model against {0} for {1}"), _(measured.method.c_str()), model.source_name) << '\n'
        << fill_in(_("Voices: {}"), comparison.voices) << '\n'
        << fill_in(_("Calibration passages (not this speech): {0} Han syllables/min and {1} s of silence per piece of "
                  "text; {2} words/min and {3} s"),
               fixed_decimals(comparison.pace.chinese.units_per_minute, 1), fixed_decimals(comparison.pace.chinese.seconds_per_text, 2),
               fixed_decimals(comparison.pace.english.units_per_minute, 1), fixed_decimals(comparison.pace.english.seconds_per_text, 2))
        << '\n'
        << fill_in(chinese ? _("This speech, synthesised: {} Han syllables/min; each section's model takes the rate of "
                            "the rest of the speech (Rate)")
                        : _("This speech, synthesised: {} words/min; each section's model takes the rate of the rest "
                            "of the speech (Rate)"),
               fixed_decimals(chinese ? p.han_per_minute : p.words_per_minute, 1))
        << '\n'
        << fill_in(_("Model profile: {0}; pauses {1} s after a sentence, {2} s after a paragraph, {3} s after a section, "
                  "{4} s per placeholder; inside sentences {5} s at a comma, {6} s at a semicolon or colon"),
               fill_in(chinese ? _("{} wpm") : _("{} chars/min"), fixed_decimals(chinese ? p.words_per_minute : p.han_per_minute, 1)),
               fixed_decimals(p.sentence_pause, 2), fixed_decimals(p.paragraph_pause, 2), fixed_decimals(p.section_pause, 2),
               fixed_decimals(p.placeholder_pause, 2), fixed_decimals(p.comma_pause, 2), fixed_decimals(p.colon_pause, 2))
        << '\n'
        << fill_in(_("English is timed by syllables and words: {0} wpm of average words ({1} syllables), {2} "
                  "syllables/min"),
               fixed_decimals(p.words_per_minute, 1), fixed_decimals(PaceProfile::english_syllables_per_word, 2),
               fixed_decimals(p.english_syllables_per_minute(), 1))
        << "\n\n";

    const std::vector<std::string> header{_("Section"), _("Chars"), _("Words"), _("Rate"), _("Model"), _("Measured"),
        _("Error"), _("Check")};
    const std::vector<ColumnAlign> align{ColumnAlign::Left, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right,
        ColumnAlign::Right, ColumnAlign::Left};
    const auto rate_text = [&](std::optional<double> rate) {
        return fixed_decimals(rate.value_or(chinese ? comparison.pace.chinese.units_per_minute
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
        rows.push_back({fit_to_width(std::string(row.depth * 2, ' ') + row.shown_label, kTitleColumns),
            std::to_string(row.han_chars), std::to_string(row.words), rate_text(comparison.section_rates.at(i)),
            clock_tenths(section.model_seconds),
            clock_tenths(section.measured_seconds), signed_percent(section.error), verdict(section)});
    }
    const std::vector<std::string> total{_("Total"), std::to_string(model.han_chars), std::to_string(model.words),
        fixed_decimals(chinese ? p.han_per_minute : p.words_per_minute, 1),
        clock_tenths(result.total.model_seconds), clock_tenths(result.total.measured_seconds),
        signed_percent(result.total.error), "-"};

    print_text_table(out, TextTable{header, align, std::move(rows), total});

    if (calibration_rate_used) {
        out << '\n' << _("* the rest of the speech is too short to measure a rate: the calibration passage's.");
    }
    const std::string tolerance = "±" + fixed_decimals(result.rule.tolerance * 100.0, 0) + "%";
    out << '\n' << _("Total: its rate is fitted on the whole speech, so it agrees by construction and is not a check.")
        << '\n'
        << fill_in(_("Checked: sections of at least {0} Han syllables or {1} English words (\"-\": too short to check), "
                  "model within {2} of the measured audio."),
               result.rule.min_han_chars, result.rule.min_words, tolerance)
        << '\n';
    if (result.checked == 0) {
        out << _("No section is long enough to check.") << '\n';
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
    out << fill_in(_("{0}: {1} of {2} checked sections within {3}; largest error {4} ({5})"),
               result.passed() ? _("PASS") : _("FAIL"), result.checked - result.failed, result.checked, tolerance,
               signed_percent(result.sections[worst].error), model.sections[worst].shown_label)
        << '\n';
}

} // namespace podium
