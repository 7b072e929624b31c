// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/estimate_command.hpp"

#include "cli/estimate_report.hpp"
#include "cli/rehearsal_access.hpp"
#include "cli/speech_estimate.hpp"
#include "core/error.hpp"
#include "core/timing/duration.hpp"
#include "core/timing/pace_config.hpp"

#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>

namespace podium {

PaceProfile resolve_pace_profile(const EstimateOptions& options, const EnvironmentLookup& environment)
{
    const auto config_file = podium_directories(environment).config / "config.json";
    PaceProfileResult result = load_pace_config(config_file, PaceProfile{});
    if (!result.ok()) {
        throw Error(result.error);
    }
    PaceProfile profile = result.profile;
    const std::pair<const std::optional<double>*, std::pair<PaceSetting, const char*>> overrides[] = {
        {&options.rate, {PaceSetting::HanPerMinute, "--rate"}},
        {&options.wpm, {PaceSetting::WordsPerMinute, "--wpm"}},
        {&options.pause_sentence, {PaceSetting::SentencePause, "--pause-sentence"}},
        {&options.pause_paragraph, {PaceSetting::ParagraphPause, "--pause-paragraph"}},
        {&options.pause_section, {PaceSetting::SectionPause, "--pause-section"}},
        {&options.pause_comma, {PaceSetting::CommaPause, "--pause-comma"}},
        {&options.pause_colon, {PaceSetting::ColonPause, "--pause-colon"}},
    };
    for (const auto& [value, setting] : overrides) {
        if (!*value) {
            continue;
        }
        for (const auto& info : pace_settings()) {
            if (info.setting != setting.first) {
                continue;
            }
            if (std::string error = validate_setting(info, **value, setting.second); !error.empty()) {
                throw Error(error);
            }
            setting_of(profile, info.setting) = **value;
        }
    }
    return profile;
}

TimingSource model_timing_source()
{
    return {"model", [](const LoadedScript& loaded, const PaceProfile& profile, CommandContext&) {
                return estimate_timing(loaded.script, profile);
            }};
}

int run_estimate(CommandContext& context, const EstimateOptions& options, const TimingSource& source)
{
    std::optional<double> target;
    if (!options.target.empty()) {
        target = parse_duration(options.target);
        if (!target) {
            throw Error("--target " + options.target + " is not a length of time; write it as 12m, 12:00, 720s or 1h5m");
        }
    }
    PaceProfile profile = resolve_pace_profile(options, process_environment());
    if (options.calibrated) {
        // Fitted parameters replace the configured ones; the rest keep them (see docs/rehearsal.md).
        const PaceCalibration calibration = calibrated_pace(profile, context.err);
        profile = calibration.profile;
        context.err << "podium: calibrated pace: " << describe(calibration) << '\n';
    }
    const LoadedScript loaded = load_script(options.script);
    const Timing timing = source.measure(loaded, profile, context);
    const EstimateReport report = make_estimate_report(loaded.script, timing, loaded.name, source.method, target);
    switch (options.format) {
    case EstimateFormat::Table: print_estimate_table(context.out, report); break;
    case EstimateFormat::Json: print_estimate_json(context.out, report); break;
    case EstimateFormat::Csv: print_estimate_csv(context.out, report); break;
    }
    return 0;
}

void add_estimate_commands(CLI::App& app, CommandRun& run)
{
    auto options = std::make_shared<EstimateOptions>();
    CLI::App* estimate = app.add_subcommand("estimate",
        "estimate how long each section takes to speak, and the pace a target length needs");
    add_script_arguments(*estimate, options->script);
    estimate->add_option("--rate", options->rate, "Chinese pace in Han characters per minute (default 200)");
    estimate->add_option("--wpm", options->wpm, "English pace in words per minute (default 140)");
    estimate->add_option("--pause-sentence", options->pause_sentence, "seconds of pause after a sentence (default 0.5)");
    estimate->add_option("--pause-paragraph", options->pause_paragraph,
        "seconds of pause after a paragraph (default 0.9)");
    estimate->add_option("--pause-section", options->pause_section, "seconds of pause after a section (default 1.5)");
    estimate->add_option("--pause-comma", options->pause_comma,
        "seconds of pause at a comma, 顿号 or dash inside a sentence (default 0.2)");
    estimate->add_option("--pause-colon", options->pause_colon,
        "seconds of pause at a semicolon or colon inside a sentence (default 0.3)");
    estimate->add_option("--target", options->target,
        "target length (12m, 12:00, 720s, 1h5m): the pace it needs and a time budget per section");
    estimate->add_flag("--calibrated", options->calibrated,
        "use your own pace, learnt from your rehearsals on the prompter (see podium report)");
    auto formats = std::make_shared<std::pair<bool, bool>>(false, false); // --json, --csv
    CLI::Option* json = estimate->add_flag("--json", formats->first, "print JSON instead of a table");
    CLI::Option* csv = estimate->add_flag("--csv", formats->second, "print CSV (RFC 4180) for spreadsheets");
    json->excludes(csv);
    // Measuring: the synthesis stands for the speaker, so the pace settings do not apply.
    auto by_name = std::make_shared<std::string>("model");
    CLI::Option* by = estimate->add_option("--by", *by_name,
        "model: estimate from the pace profile (default); speech: measure a synthesis with eSpeak NG")
        ->check(CLI::IsMember({"model", "speech"}));
    CLI::Option* compare = estimate->add_flag("--compare-speech", options->compare_speech,
        "compare the model, its profile matched to the eSpeak NG voices, with their synthesis, section by section");
    estimate->add_option("--voice", options->voice.voices,
        "with --by speech/--compare-speech: voice preset (see podium voices), one per language at most");
    estimate->add_option("--voice-rate", options->voice.rate,
        "with --by speech/--compare-speech: eSpeak rate in words per minute for every voice (80-450)")
        ->check(CLI::Range(80, 450));
    compare->excludes(by)->excludes(json)->excludes(csv);
    for (const char* name : {"--rate", "--wpm", "--pause-sentence", "--pause-paragraph", "--pause-section",
             "--pause-comma", "--pause-colon", "--calibrated"}) {
        compare->excludes(name);
    }
    estimate->footer("Pace settings can also live in $XDG_CONFIG_HOME/podium/config.json under \"pace\"; "
                     "see docs/timing.md.");
    estimate->callback([&run, options, formats, estimate, by_name] {
        options->format = formats->first ? EstimateFormat::Json
            : formats->second            ? EstimateFormat::Csv
                                         : EstimateFormat::Table;
        options->method = *by_name == "speech" ? EstimateMethod::Speech : EstimateMethod::Model;
        // With --by speech the voices set the pace: name the first setting that would be ignored.
        std::string ignored;
        for (const char* name : {"--rate", "--wpm", "--pause-sentence", "--pause-paragraph", "--pause-section",
                 "--pause-comma", "--pause-colon", "--calibrated"}) {
            if (ignored.empty() && options->method == EstimateMethod::Speech && estimate->count(name) > 0) {
                ignored = name;
            }
        }
        if (!ignored.empty()) {
            run = [ignored](CommandContext&) -> int {
                throw Error(ignored + " does not apply to --by speech, which measures the voices: choose them with "
                    "--voice and --voice-rate");
            };
            return;
        }
        run = [options](CommandContext& context) {
            if (options->compare_speech) {
                return run_speech_comparison(context, *options);
            }
            return run_estimate(context, *options,
                options->method == EstimateMethod::Speech ? speech_timing_source(options->voice) : model_timing_source());
        };
    });
}

} // namespace podium
