// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rehearsal/rehearsal_report.hpp"

#include "core/text/content_hash.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <map>
#include <utility>

namespace podium {

namespace {

CellState cell_state(SectionStatus status)
{
    switch (status) {
    case SectionStatus::Completed: return CellState::Completed;
    case SectionStatus::Partial: return CellState::Partial;
    case SectionStatus::Skipped: return CellState::Skipped;
    }
    return CellState::Missing;
}

// (title, n-th occurrence of that title) so repeated titles still pair up in order.
using TitleKey = std::pair<std::string, std::size_t>;

std::map<TitleKey, std::size_t> title_index(const std::vector<std::string>& titles)
{
    std::map<TitleKey, std::size_t> index;
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < titles.size(); ++i) {
        index[{titles[i], seen[titles[i]]++}] = i;
    }
    return index;
}

struct SourcedRun {
    const RehearsalRun* run = nullptr;
    bool earlier_version = false;
};

RehearsalReport build_from_runs(const Script& script, const Timing& planned, std::vector<SourcedRun> runs,
    std::size_t max_runs)
{
    std::stable_sort(runs.begin(), runs.end(),
        [](const SourcedRun& a, const SourcedRun& b) { return a.run->started_at < b.run->started_at; });
    if (runs.size() > max_runs) {
        runs.erase(runs.begin(), runs.end() - static_cast<std::ptrdiff_t>(max_runs));
    }
    RehearsalReport report;
    std::vector<std::string> titles;
    for (const auto& section : script.sections) {
        titles.push_back(section.title);
    }
    const auto current_index = title_index(titles);
    for (std::size_t i = 0; i < script.sections.size(); ++i) {
        ReportRow row;
        row.title = script.sections[i].title;
        row.level = script.sections[i].level;
        row.top_level = !script.sections[i].parent.has_value();
        if (i < planned.sections.size()) {
            row.planned = planned.sections[i].duration;
            row.han_chars = planned.sections[i].han_chars;
            row.words = planned.sections[i].words;
        }
        report.sections.push_back(std::move(row));
    }
    report.total.title = "Total";
    report.total.planned = planned.total_seconds;
    for (const auto& sourced : runs) {
        const RehearsalRun& run = *sourced.run;
        // Delivery measures name sentences and sections by index: an earlier version's do not fit.
        report.runs.push_back({run.id, run.started_at, sourced.earlier_version, run.state == RunState::Finished,
            run.recording, sourced.earlier_version ? std::nullopt : run.delivery});
        std::vector<ReportCell> cells(script.sections.size());
        std::vector<std::optional<SectionVoiceMeasure>> voices(script.sections.size());
        if (!sourced.earlier_version && run.sections.size() == script.sections.size()) {
            for (std::size_t i = 0; i < cells.size(); ++i) {
                cells[i] = {cell_state(run.sections[i].status), run.sections[i].seconds};
                voices[i] = run.sections[i].voice;
            }
        } else {
            std::vector<std::string> run_titles;
            for (const auto& s : run.sections) {
                run_titles.push_back(s.title);
            }
            for (const auto& [key, run_index] : title_index(run_titles)) {
                if (const auto found = current_index.find(key); found != current_index.end()) {
                    const auto& s = run.sections[run_index];
                    cells[found->second] = {cell_state(s.status), s.seconds};
                    voices[found->second] = s.voice;
                }
            }
        }
        bool complete = run.state == RunState::Finished;
        std::optional<SectionVoiceMeasure> voice; // the whole run: its top-level sections
        for (std::size_t i = 0; i < cells.size(); ++i) {
            complete = complete && cells[i].state == CellState::Completed;
            report.sections[i].runs.push_back(cells[i]);
            report.sections[i].voice.push_back(voices[i]);
            if (voices[i] && report.sections[i].top_level) {
                SectionVoiceMeasure& sum = voice ? *voice : voice.emplace();
                sum.speaking_seconds += voices[i]->speaking_seconds;
                sum.pause_seconds += voices[i]->pause_seconds;
                sum.syllables += voices[i]->syllables;
            }
        }
        report.total.runs.push_back({complete ? CellState::Completed : CellState::Partial, run.total_seconds});
        report.total.voice.push_back(voice);
    }
    auto finish_row = [](ReportRow& row) {
        for (auto cell = row.runs.rbegin(); cell != row.runs.rend(); ++cell) {
            if (cell->state == CellState::Completed) {
                row.latest = cell->seconds;
                break;
            }
        }
        if (row.latest) {
            row.delta = *row.latest - row.planned;
            if (row.planned > 0.0) {
                row.delta_ratio = *row.delta / row.planned;
            }
        }
    };
    for (auto& row : report.sections) {
        finish_row(row);
    }
    finish_row(report.total);
    return report;
}

} // namespace

bool is_related_log(const RehearsalLog& log, const Script& script, const std::string& script_hash,
    const std::string& script_name)
{
    if (log.script_hash == script_hash) {
        return true;
    }
    // Logs store the name with invalid bytes replaced (new_rehearsal_log); compare it that way.
    if (!script_name.empty() && log.script_name == utf8::valid_or_replaced(script_name)) {
        return true;
    }
    std::size_t common = 0;
    for (const auto& section : script.sections) {
        common += std::any_of(log.sections.begin(), log.sections.end(),
                      [&](const LoggedSection& s) { return s.title == section.title; })
            ? 1
            : 0;
    }
    return !script.sections.empty() && common * 2 >= script.sections.size() && common >= 2;
}

RehearsalReport build_report(const Script& script, const Timing& planned, const std::string& script_name,
    std::span<const RehearsalLog> logs, const ReportOptions& options)
{
    const std::string hash = content_hash_hex(script.text);
    std::vector<SourcedRun> runs;
    for (const auto& log : logs) {
        if (!is_related_log(log, script, hash, script_name)) {
            continue;
        }
        for (const auto& run : log.runs) {
            runs.push_back({&run, log.script_hash != hash});
        }
    }
    return build_from_runs(script, planned, std::move(runs), options.max_runs);
}

RehearsalReport summarize_run(const Script& script, const Timing& planned, const RehearsalRun& run)
{
    return build_from_runs(script, planned, {{&run, false}}, 1);
}

std::ostream& operator<<(std::ostream& out, const RehearsalReport& report)
{
    out << "report: " << report.runs.size() << " runs\n";
    for (const auto& row : report.sections) {
        out << "  " << row.title << " planned " << row.planned;
        for (const auto& cell : row.runs) {
            out << " | " << static_cast<int>(cell.state) << ":" << cell.seconds;
        }
        out << '\n';
    }
    return out << "  total planned " << report.total.planned << '\n';
}

} // namespace podium
