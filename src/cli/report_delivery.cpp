// SPDX-License-Identifier: GPL-3.0-or-later
// The delivery part of `podium report`: the latest measured run in full, then the trend.
#include "cli/delivery_printer.hpp"
#include "cli/report_printer.hpp"
#include "cli/text_table.hpp"
#include "core/i18n/translate.hpp"
#include "core/script/section_detector.hpp"

#include <cstdio>
#include <ostream>

namespace podium {

namespace {

DeliveryLabels labels_of(const ReportDocument& document, const std::string& run_id)
{
    DeliveryLabels labels;
    for (const ReportRow& row : document.report.sections) {
        labels.section_titles.push_back(shown_section_title(row.title));
    }
    labels.script = document.script;
    labels.play_hint = "podium play " + run_id + " --at"; // a command: the same in every language
    return labels;
}

// Per section, one line per measured run: how the delivery moved from run to run.
void print_trend(std::ostream& out, const ReportDocument& document)
{
    const RehearsalReport& report = document.report;
    TextTable table;
    table.header = {_("section"), _("run"), _("syl/s"), _("hesitations"), _("fillers/min"), _("pitch range"), "LUFS",
        _("trailing off")};
    table.align = {ColumnAlign::Left, ColumnAlign::Left, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right};
    for (std::size_t section = 0; section < report.sections.size(); ++section) {
        bool first = true;
        for (const ReportRun& run : report.runs) {
            if (!run.delivery) {
                continue;
            }
            for (const SectionDelivery& measured : run.delivery->sections) {
                if (measured.section != section) {
                    continue;
                }
                table.rows.push_back({first ? shown_section_title(report.sections[section].title) : "", short_run_label(run.started_at),
                    fixed_decimals(measured.articulation_rate, 1), std::to_string(measured.hesitations),
                    fixed_decimals(measured.filled_per_minute, 1),
                    optional_decimals(measured.pitch_range, 1) + (measured.monotone ? _(" flat") : ""),
                    optional_decimals(measured.loudness, 1), std::to_string(measured.trailing_off)});
                first = false;
            }
        }
    }
    out << '\n' << _("Delivery over the runs (syllables per second of voice; pitch range in semitones):") << '\n';
    print_text_table(out, table);
}

} // namespace

void print_delivery_section(std::ostream& out, const ReportDocument& document)
{
    const RehearsalReport& report = document.report;
    const ReportRun* latest = nullptr;
    std::size_t measured = 0;
    for (const ReportRun& run : report.runs) {
        if (run.delivery) {
            latest = &run;
            ++measured;
        }
    }
    if (latest == nullptr) {
        return;
    }
    out << '\n' << fill_in(_("How it sounded ({0}, run {1}):"), short_run_label(latest->started_at), latest->id) << '\n';
    print_delivery(out, *latest->delivery, labels_of(document, latest->id));
    if (measured >= 2) {
        print_trend(out, document);
    }
}

} // namespace podium
