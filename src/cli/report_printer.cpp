// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/report_printer.hpp"

#include "cli/duration_text.hpp"
#include "cli/terminal_width.hpp"
#include "core/coach/delivery_json.hpp"
#include "core/i18n/spoken_duration.hpp"
#include "core/i18n/translate.hpp"
#include "core/script/section_detector.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <vector>

namespace podium {

std::string short_run_label(const std::string& started_at)
{
    // YYYY-MM-DDTHH:MM… → MM-DD HH:MM
    if (started_at.size() >= 16 && started_at[10] == 'T') {
        return started_at.substr(5, 5) + " " + started_at.substr(11, 5);
    }
    return started_at;
}

namespace {

std::string cell_text(const ReportCell& cell)
{
    switch (cell.state) {
    case CellState::Completed: return format_duration(cell.seconds);
    case CellState::Partial: return "~" + format_duration(cell.seconds);
    case CellState::Skipped: return _("skipped");
    case CellState::Missing: return "-";
    }
    return "-";
}

std::string section_label(const RehearsalReport& report, std::size_t i)
{
    const std::string& title = report.sections[i].title;
    return title.empty() ? fill_in(_("(section {})"), i + 1) : shown_section_title(title);
}

std::string trend_text(const ReportRow& row)
{
    return row.delta ? format_delta(*row.delta, row.delta_ratio) : std::string("-");
}

const char* cell_state_name(CellState state)
{
    switch (state) {
    case CellState::Completed: return "completed";
    case CellState::Partial: return "partial";
    case CellState::Skipped: return "skipped";
    case CellState::Missing: return "missing";
    }
    return "missing";
}

nlohmann::json optional_json(const std::optional<double>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

// The most recent run the microphone measured, if any (index into report.runs).
std::optional<std::size_t> latest_measured_run(const RehearsalReport& report)
{
    for (std::size_t r = report.runs.size(); r-- > 0;) {
        if (r < report.total.voice.size() && report.total.voice[r]) {
            return r;
        }
    }
    return std::nullopt;
}

void print_table(std::ostream& out, const std::vector<std::vector<std::string>>& rows)
{
    std::vector<std::size_t> widths(rows.front().size(), 0);
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            widths[c] = std::max(widths[c], display_width(row[c]));
        }
    }
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) {
            line += pad_to_width(row[c], widths[c], c == 0 ? ColumnAlign::Left : ColumnAlign::Right);
            if (c + 1 < row.size()) {
                line += "  ";
            }
        }
        while (!line.empty() && line.back() == ' ') {
            line.pop_back();
        }
        out << line << '\n';
    }
}

std::vector<std::string> voice_cells(const std::string& title, const std::optional<SectionVoiceMeasure>& voice)
{
    if (!voice) {
        return {title, "-", "-", "-"};
    }
    const double heard = voice->speaking_seconds + voice->pause_seconds;
    const long share = heard > 0.0 ? std::lround(100.0 * voice->pause_seconds / heard) : 0;
    return {title, format_duration(voice->speaking_seconds),
        format_duration(voice->pause_seconds) + " (" + std::to_string(share) + "%)",
        voice->speaking_seconds > 0.0 ? std::to_string(std::lround(voice->syllables_per_minute())) : "-"};
}

// Measured pace: what the microphone heard in the latest listened run, then the recordings.
void print_voice(std::ostream& out, const ReportDocument& document)
{
    const RehearsalReport& report = document.report;
    if (const auto r = latest_measured_run(report)) {
        out << '\n' << fill_in(_("Measured from your voice ({}):"), short_run_label(report.runs[*r].started_at)) << '\n';
        std::vector<std::vector<std::string>> rows = {{_("Section"), _("Speaking"), _("Pauses"), _("Syllables/min")}};
        for (std::size_t i = 0; i < report.sections.size(); ++i) {
            const ReportRow& row = report.sections[i];
            std::string title = std::to_string(i + 1) + ". " + section_label(report, i);
            title = std::string(static_cast<std::size_t>(std::max(row.level - 1, 0)) * 2, ' ') + title;
            rows.push_back(voice_cells(title, *r < row.voice.size() ? row.voice[*r] : std::nullopt));
        }
        rows.push_back(voice_cells(_("Total"), report.total.voice[*r]));
        print_table(out, rows);
    }
    bool any = false;
    for (const ReportRun& run : report.runs) {
        if (!run.recording) {
            continue;
        }
        if (!any) {
            out << '\n' << _("Recordings (podium play RUN [--section N]):") << '\n';
            any = true;
        }
        out << "  " << short_run_label(run.started_at) << "  " << run.id << "  "
            << (document.recordings / run.recording->file).string() << '\n';
    }
}

nlohmann::json voice_json(const std::optional<SectionVoiceMeasure>& voice)
{
    if (!voice) {
        return nullptr;
    }
    return {{"speaking_seconds", voice->speaking_seconds}, {"pause_seconds", voice->pause_seconds},
        {"syllables", voice->syllables}, {"syllables_per_minute", voice->syllables_per_minute()}};
}

} // namespace

void print_report(std::ostream& out, const ReportDocument& document)
{
    const RehearsalReport& report = document.report;
    if (report.runs.empty()) {
        out << fill_in(_("Rehearsals of {0}: none recorded yet. Every run of the prompter (podium {0}) is recorded."),
                   document.script_label)
            << '\n';
    } else {
        out << fill_in(n_("Rehearsals of {0}: {1} run (times exclude pauses)",
                        "Rehearsals of {0}: {1} recent runs (times exclude pauses)", report.runs.size()),
                   document.script_label, report.runs.size())
            << '\n';
    }
    out << '\n';

    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> header = {_("Section"), _("Planned")};
    bool any_earlier = false;
    for (const auto& run : report.runs) {
        header.push_back(short_run_label(run.started_at) + (run.earlier_version ? "*" : ""));
        any_earlier = any_earlier || run.earlier_version;
    }
    header.push_back(_("Latest vs plan"));
    rows.push_back(header);
    auto add_row = [&](const ReportRow& row, const std::string& title) {
        std::vector<std::string> cells = {title, format_duration(row.planned)};
        for (const auto& cell : row.runs) {
            cells.push_back(cell_text(cell));
        }
        cells.push_back(trend_text(row));
        rows.push_back(std::move(cells));
    };
    for (std::size_t i = 0; i < report.sections.size(); ++i) {
        const auto& row = report.sections[i];
        std::string title = section_label(report, i);
        title = std::string(static_cast<std::size_t>(std::max(row.level - 1, 0)) * 2, ' ') + title;
        add_row(row, title);
    }
    add_row(report.total, _("Total"));

    std::vector<std::size_t> widths(header.size(), 0);
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            widths[c] = std::max(widths[c], display_width(row[c]));
        }
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (r + 1 == rows.size()) {
            std::size_t line = 0;
            for (const auto w : widths) {
                line += w + 2;
            }
            out << std::string(line - 2, '-') << '\n';
        }
        std::string line;
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const bool last = c + 1 == rows[r].size();
            line += pad_to_width(rows[r][c], last ? 0 : widths[c], c == 0 || last ? ColumnAlign::Left : ColumnAlign::Right);
            if (!last) {
                line += "  ";
            }
        }
        out << line << '\n';
    }
    out << '\n';
    if (any_earlier) {
        out << _("* recorded on an earlier version of the script; sections matched by title") << '\n';
    }
    if (!report.runs.empty()) {
        out << _("~ partial (jumped out of, or the run stopped inside); skipped: jumped over or never reached") << '\n';
    }
    out << fill_in(_("Pace: {}"), describe(document.pace)) << '\n';
    if (document.held_out) {
        // How well the calibration generalises: the latest run, predicted without it.
        const HeldOutCheck& check = *document.held_out;
        std::size_t title_width = 0;
        for (const auto& section : check.sections) {
            title_width = std::max(title_width, display_width(shown_section_title(section.title)));
        }
        out << fill_in(_("Held-out check: the latest run predicted from the earlier ones ({})"), describe(check.calibration))
            << '\n';
        for (const auto& section : check.sections) {
            char error[32];
            std::snprintf(error, sizeof error, "%+.1f%%", section.error * 100.0);
            out << "  " << pad_to_width(shown_section_title(section.title), title_width, ColumnAlign::Left) << "  "
                << fill_in(_("predicted {0}, took {1}"), format_duration(section.predicted), format_duration(section.actual))
                << "  " << error << '\n';
        }
        char summary[96];
        std::snprintf(summary, sizeof summary, "%.1f", check.median_abs_error * 100.0);
        char largest[32];
        std::snprintf(largest, sizeof largest, "%.1f", check.max_abs_error * 100.0);
        out << "  " << fill_in(_("median error {0}%, largest {1}%"), summary, largest) << '\n';
    }
    print_voice(out, document);
    print_delivery_section(out, document);

    if (document.coaching) {
        const Coaching& coaching = *document.coaching;
        const double over = coaching.expected - coaching.target;
        out << '\n'
            << fill_in(over > 0.0 ? _("Target {0}: the latest runs add up to {1} ({2} over).")
                               : _("Target {0}: the latest runs add up to {1} ({2} to spare)."),
                   spoken_duration(coaching.target), spoken_duration(coaching.expected), spoken_duration(std::fabs(over)))
            << '\n';
        if (coaching.cuts.empty()) {
            out << _("Every section fits its share of the target.") << '\n';
        } else {
            out << _("Cut first (each section's share of the target follows the plan):") << '\n';
            std::size_t title_width = 0;
            for (const auto& cut : coaching.cuts) {
                title_width = std::max(title_width, display_width(section_label(report, cut.section)));
            }
            for (const auto& cut : coaching.cuts) {
                const auto& p = document.pace.profile;
                out << "  " << pad_to_width(section_label(report, cut.section), title_width, ColumnAlign::Left) << "  "
                    << fill_in(cut.rehearsed ? _("{0} vs {1}: {2} over = about ") : _("{0} (planned) vs {1}: {2} over = about "),
                           format_duration(cut.actual), format_duration(cut.budget), format_duration(cut.over));
                if (cut.han_to_cut > 0) {
                    out << fill_in(_("{0} characters at {1} chars/min"), cut.han_to_cut, std::lround(p.han_per_minute));
                } else {
                    out << fill_in(_("{0} words at {1} wpm"), cut.words_to_cut, std::lround(p.words_per_minute));
                }
                out << '\n';
            }
        }
    }
}

void print_report_json(std::ostream& out, const ReportDocument& document)
{
    using nlohmann::json;
    const RehearsalReport& report = document.report;
    json runs = json::array();
    for (const auto& run : report.runs) {
        runs.push_back({{"id", run.id}, {"started_at", run.started_at}, {"earlier_version", run.earlier_version},
            {"finished", run.finished},
            {"recording", run.recording ? json((document.recordings / run.recording->file).string()) : json(nullptr)},
            {"delivery", run.delivery ? delivery_to_json(*run.delivery) : json(nullptr)}});
    }
    auto row_json = [](const ReportRow& row) {
        json cells = json::array();
        for (std::size_t r = 0; r < row.runs.size(); ++r) {
            const ReportCell& cell = row.runs[r];
            cells.push_back({{"state", cell_state_name(cell.state)},
                {"seconds", cell.state == CellState::Completed || cell.state == CellState::Partial
                        ? json(cell.seconds)
                        : json(nullptr)},
                {"voice", voice_json(r < row.voice.size() ? row.voice[r] : std::nullopt)}});
        }
        return json{{"title", row.title}, {"level", row.level}, {"planned_seconds", row.planned},
            {"runs", cells}, {"latest_seconds", optional_json(row.latest)},
            {"delta_seconds", optional_json(row.delta)}, {"delta_ratio", optional_json(row.delta_ratio)}};
    };
    json sections = json::array();
    for (const auto& row : report.sections) {
        sections.push_back(row_json(row));
    }
    const auto& p = document.pace.profile;
    json document_json = {{"script", document.script_label}, {"runs", runs}, {"sections", sections},
        {"total", row_json(report.total)},
        {"pace",
            {{"calibrated", document.pace.calibrated()}, {"han_per_minute", p.han_per_minute},
                {"words_per_minute", p.words_per_minute}, {"sentence_pause", p.sentence_pause},
                {"paragraph_pause", p.paragraph_pause}, {"section_pause", p.section_pause},
                {"runs_used", document.pace.runs_used}, {"sentences_used", document.pace.sentences_used}}}};
    if (document.coaching) {
        json cuts = json::array();
        for (const auto& cut : document.coaching->cuts) {
            cuts.push_back({{"section", cut.section}, {"title", report.sections[cut.section].title},
                {"actual_seconds", cut.actual}, {"rehearsed", cut.rehearsed}, {"budget_seconds", cut.budget},
                {"over_seconds", cut.over}, {"han_to_cut", cut.han_to_cut}, {"words_to_cut", cut.words_to_cut}});
        }
        document_json["coaching"] = {{"target_seconds", document.coaching->target},
            {"expected_seconds", document.coaching->expected}, {"cuts", cuts}};
    }
    // The script label and recording paths are file names, which are bytes: invalid UTF-8 is
    // shown as U+FFFD rather than throwing (a GBK name from a Windows share is ordinary input).
    out << document_json.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

} // namespace podium
