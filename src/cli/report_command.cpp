// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.hpp"
#include "cli/duration_text.hpp"
#include "app/rehearsal_access.hpp"
#include "cli/report_printer.hpp"
#include "app/loaded_script.hpp"
#include "core/error.hpp"
#include "core/i18n/translate.hpp"
#include "core/script/section_detector.hpp"
#include "core/rehearsal/rehearsal_recorder.hpp"
#include "core/rehearsal/rehearsal_simulator.hpp"
#include "core/text/content_hash.hpp"
#include "core/timing/estimate.hpp"
#include "report/chart_writer.hpp"
#include "report/delivery_chart.hpp"

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <memory>
#include <ostream>

namespace podium {

namespace {

struct ReportArguments {
    ScriptArguments script;
    std::size_t runs = 4;
    bool json = false;
    bool calibrated = false;
    std::string target;
    std::string chart;
    bool delivery = false;
};

// The delivery timeline of the latest measured run (report --delivery --chart).
void write_delivery_chart(const ReportDocument& document, const std::string& label, const std::string& path)
{
    const ReportRun* latest = nullptr;
    for (const ReportRun& run : document.report.runs) {
        if (run.delivery) {
            latest = &run;
        }
    }
    if (latest == nullptr) {
        throw Error(fill_in(
            _("no recent run of {0} has delivery measures: measure one with podium follow {0} --audio REC.wav --delivery --record"),
            label));
    }
    DeliveryChartOptions options;
    options.title = fill_in(_("How it sounded: {0}, {1}"), label, short_run_label(latest->started_at));
    for (const ReportRow& row : document.report.sections) {
        options.section_titles.push_back(shown_section_title(row.title));
    }
    write_chart(layout_delivery_chart(*latest->delivery, options), path);
}

int run_report(const ReportArguments& arguments, CommandContext& context)
{
    std::optional<double> target;
    if (!arguments.target.empty()) {
        target = parse_duration(arguments.target);
        if (!target) {
            throw Error(fill_in(_("--target {}: not a length; write it as 10:00, 10m or 600s"), arguments.target));
        }
    }
    const LoadedScript loaded = load_script(arguments.script);
    const RehearsalStore store = user_rehearsal_store();
    const std::vector<RehearsalLog> logs = load_rehearsal_logs(store, context.err);

    ReportDocument document;
    document.script_label = loaded.name;
    document.recordings = store.directory();
    document.script = &loaded.script;
    document.pace = calibrate_pace(logs, PaceProfile{}, recorded_voice_observations(logs));
    const std::string hash = content_hash_hex(loaded.script.text);
    for (std::size_t i = 0; i < logs.size(); ++i) {
        if (logs[i].script_hash == hash) {
            document.held_out = held_out_check(logs, i, PaceProfile{});
        }
    }
    // The plan is what the prompter paces by: the default pace, or the speaker's own with
    // --calibrated (then the runs are compared with what they would be expected to take).
    const PaceProfile planned_pace = arguments.calibrated ? document.pace.profile : PaceProfile{};
    const Timing planned = estimate_timing(loaded.script, planned_pace);
    document.report = build_report(loaded.script, planned, rehearsal_script_name(loaded), logs,
        ReportOptions{std::max<std::size_t>(arguments.runs, 1)});
    if (target) {
        document.coaching = coach_to_target(document.report, *target, document.pace.profile);
    }
    if (arguments.delivery && arguments.chart.empty()) {
        throw Error(_("--delivery draws the delivery timeline: give it --chart timeline.png (or .svg)"));
    }
    if (!arguments.chart.empty()) {
        if (arguments.delivery) {
            write_delivery_chart(document, loaded.name, arguments.chart);
        } else {
            ChartOptions options;
            options.title = fill_in(_("Rehearsals: {}"), loaded.name);
            write_report_chart(document.report, options, arguments.chart);
        }
        if (!arguments.json) {
            context.err << "podium: " << fill_in(_("chart written to {}"), arguments.chart) << '\n';
        }
    }
    if (arguments.json) {
        print_report_json(context.out, document);
    } else {
        print_report(context.out, document);
    }
    return 0;
}

struct SimulateArguments {
    ScriptArguments script;
    std::size_t runs = 3;
    double han_per_minute = 185.0;
    double words_per_minute = 150.0;
    double noise = 0.08;
    std::uint64_t seed = 1;
    int skip_section = -1;
    std::string first_day = "2026-11-20";
};

// Run i starts at 09:00 UTC on the i-th day after `first_day` (YYYY-MM-DD).
std::string simulated_start(const std::string& first_day, std::size_t i)
{
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
    if (std::sscanf(first_day.c_str(), "%d-%u-%u", &year, &month, &day) != 3) {
        throw Error(fill_in(_("--first-day {}: write the date as YYYY-MM-DD"), first_day));
    }
    const std::chrono::year_month_day start{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
    if (!start.ok()) {
        throw Error(fill_in(_("--first-day {}: not a date; write it as YYYY-MM-DD"), first_day));
    }
    const std::chrono::year_month_day date{std::chrono::sys_days{start} + std::chrono::days{static_cast<int>(i)}};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT09:00:00Z", static_cast<int>(date.year()),
        static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

int run_simulate(const SimulateArguments& arguments, CommandContext& context)
{
    const LoadedScript loaded = load_script(arguments.script);
    const RehearsalStore store = user_rehearsal_store();
    const std::string name = rehearsal_script_name(loaded);
    RehearsalLog log = new_rehearsal_log(loaded.script, name);
    if (StoreLoadResult existing = store.load(log.script_hash); existing.log) {
        log.runs = existing.log->runs;
    } else if (!existing.warning.empty()) {
        throw Error(existing.warning);
    }
    PaceProfile pace;
    pace.han_per_minute = arguments.han_per_minute;
    pace.words_per_minute = arguments.words_per_minute;
    for (std::size_t i = 0; i < arguments.runs; ++i) {
        SimulationOptions options;
        options.seed = arguments.seed * 1000 + i;
        options.noise = arguments.noise;
        if (arguments.skip_section >= 0 && i == 1) {
            options.skip_section = static_cast<std::size_t>(arguments.skip_section);
        }
        // Each rehearsal a little faster than the one before, as speakers tend to get.
        PaceProfile run_pace = pace;
        const double warmup = 1.0 + 0.04 * static_cast<double>(arguments.runs - 1 - i);
        run_pace.han_per_minute /= warmup;
        run_pace.words_per_minute /= warmup;
        const std::string day = simulated_start(arguments.first_day, i);
        RehearsalRecorder recorder(loaded.script, "sim-" + std::to_string(options.seed), day);
        for (const auto& event : simulate_rehearsal(loaded.script, run_pace, options)) {
            recorder.on_event(event);
        }
        upsert_run(log, recorder.run());
    }
    if (const std::string message = store.save(log); !message.empty()) {
        throw Error(message);
    }
    context.out << fill_in(_("recorded {0} simulated runs of {1} in {2}"), arguments.runs, loaded.name,
                       store.path_for(log.script_hash).string())
                << '\n';
    return 0;
}

} // namespace

void add_report_commands(CLI::App& app, CommandRun& run)
{
    auto arguments = std::make_shared<ReportArguments>();
    CLI::App* report = app.add_subcommand("report",
        _("compare your rehearsals with the plan, section by section (every prompter run is recorded)"));
    add_script_arguments(*report, arguments->script);
    report->add_option("--runs", arguments->runs, _("how many recent runs to show (default 4)"))->check(CLI::Range(1, 20));
    report->add_flag("--json", arguments->json, _("print the report as JSON"));
    report->add_flag("--calibrated", arguments->calibrated, _("plan with your own pace, learnt from your runs"));
    report->add_option("--target", arguments->target,
        _("the length you must fit (10:00, 10m, 600s; a bare number is minutes): says which sections to cut and by how much"));
    report->add_option("--chart", arguments->chart,
        _("also draw a bar chart of planned vs the recent runs: chart.png or chart.svg"));
    report->add_flag("--delivery", arguments->delivery,
        _("with --chart: draw the latest measured run's delivery instead, as a timeline (pitch, loudness, pauses, fillers)"));
    report->callback([&run, arguments] {
        run = [arguments](CommandContext& context) { return run_report(*arguments, context); };
    });

    // For demonstrations and the README chart: records simulated rehearsals as if read on the
    // prompter. Hidden from --help (it writes made-up runs into the user's rehearsal log).
    auto simulate = std::make_shared<SimulateArguments>();
    CLI::App* sim = app.add_subcommand("rehearse-simulate", _("record simulated rehearsal runs (demo)"));
    sim->group("");
    add_script_arguments(*sim, simulate->script);
    sim->add_option("--runs", simulate->runs, _("number of runs"))->check(CLI::Range(1, 50));
    sim->add_option("--han-per-minute", simulate->han_per_minute, _("the simulated speaker's Chinese pace"));
    sim->add_option("--wpm", simulate->words_per_minute, _("the simulated speaker's English pace"));
    sim->add_option("--noise", simulate->noise, _("relative spread of sentence times"));
    sim->add_option("--seed", simulate->seed, _("random seed"));
    sim->add_option("--skip-section", simulate->skip_section, _("section index the second run jumps over"));
    sim->add_option("--first-day", simulate->first_day, _("date of the runs (YYYY-MM-DD)"));
    sim->callback([&run, simulate] {
        run = [simulate](CommandContext& context) { return run_simulate(*simulate, context); };
    });
}

} // namespace podium
