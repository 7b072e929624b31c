// SPDX-License-Identifier: GPL-3.0-or-later
// `podium mics` (the capture devices --mic chooses from) and `podium play RUN` (a rehearsal's
// recorded audio, from a section's start).
#include "audio/sdl_capture.hpp"
#include "audio/wav_playback.hpp"
#include "cli/commands.hpp"
#include "cli/duration_text.hpp"
#include "app/rehearsal_access.hpp"
#include "cli/report_printer.hpp"
#include "core/error.hpp"
#include "core/i18n/translate.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <ostream>

namespace podium {

namespace {

int run_mics(CommandContext& context)
{
    const std::vector<std::string> names = list_capture_devices();
    if (names.empty()) {
        context.out << _("No microphone found. Plug one in (or check the sound settings); podium --listen needs one.")
                    << '\n';
        return 0;
    }
    for (std::size_t i = 0; i < names.size(); ++i) {
        context.out << i << "  " << names[i] << '\n';
    }
    context.out << '\n' << _("Listen with one: podium FILE --listen --mic N (default: the system's microphone)") << '\n';
    return 0;
}

struct PlayArguments {
    std::string run;       // a run id, a unique prefix of one, or "latest"
    int section = 0;       // 1-based, as podium report lists them; 0: from the start
    int at = -1;           // a sentence, numbered as podium report's delivery moments name it
    double seconds = 0.0;  // 0: to the end
};

struct FoundRun {
    const RehearsalLog* log = nullptr;
    const RehearsalRun* run = nullptr;
};

FoundRun find_recorded_run(const std::vector<RehearsalLog>& logs, const std::string& wanted)
{
    std::vector<FoundRun> matches;
    FoundRun latest;
    for (const RehearsalLog& log : logs) {
        for (const RehearsalRun& run : log.runs) {
            if (!run.recording) {
                continue;
            }
            if (!latest.run || run.started_at > latest.run->started_at) {
                latest = {&log, &run};
            }
            if (run.id == wanted) {
                return {&log, &run};
            }
            if (run.id.starts_with(wanted)) {
                matches.push_back({&log, &run});
            }
        }
    }
    if (wanted == "latest" && latest.run) {
        return latest;
    }
    if (matches.size() == 1) {
        return matches.front();
    }
    if (matches.size() > 1) {
        throw Error(fill_in(_("run {} is ambiguous ({} recorded runs start so): give more of its id (podium report lists them)"), wanted, std::to_string(matches.size())));
    }
    throw Error(fill_in(_("no recorded run {}: podium report lists the recordings (runs are recorded with podium FILE --listen)"), wanted));
}

struct SentenceWindow {
    double start = 0.0; // seconds into the recording
    double end = 0.0;
};

// Where a sentence is in a run's recording: its span in the delivery measures, or else the
// prompter's visit of it (reached, and the time it stayed on the reading line).
std::optional<SentenceWindow> sentence_window(const RehearsalRun& run, std::size_t sentence)
{
    if (run.delivery) {
        for (const SentenceDelivery& measured : run.delivery->sentences) {
            if (measured.sentence == sentence) {
                return SentenceWindow{measured.start, measured.end};
            }
        }
    }
    for (const SentenceVisit& visit : run.visits) {
        if (visit.sentence == sentence) {
            const double start = visit.reached_at - run.recording->offset;
            return SentenceWindow{start, start + visit.seconds};
        }
    }
    return std::nullopt;
}

int run_play(const PlayArguments& arguments, CommandContext& context)
{
    const RehearsalStore store = user_rehearsal_store();
    const std::vector<RehearsalLog> logs = load_rehearsal_logs(store, context.err);
    const FoundRun found = find_recorded_run(logs, arguments.run);
    const RehearsalRun& run = *found.run;
    const auto file = store.directory() / run.recording->file;
    double from = 0.0;
    std::string where = _("the start");
    if (arguments.section > 0) {
        const auto index = static_cast<std::size_t>(arguments.section - 1);
        if (index >= run.sections.size()) {
            throw Error(fill_in(_("that run has {} sections: --section 1 to {}"), std::to_string(run.sections.size()), std::to_string(run.sections.size())));
        }
        const SectionResult& section = run.sections[index];
        if (!section.first_reached_at) {
            throw Error(fill_in(_("section {} ({}) was not reached in that run: nothing of it was recorded"), std::to_string(arguments.section), section.title));
        }
        from = std::max(0.0, *section.first_reached_at - run.recording->offset);
        where = section.title.empty() ? fill_in(_("section {}"), arguments.section)
                                      : fill_in(_("section {0} ({1})"), arguments.section, section.title);
    }
    std::optional<double> until;
    if (arguments.at >= 0) {
        const std::optional<SentenceWindow> window = sentence_window(run, static_cast<std::size_t>(arguments.at));
        if (!window) {
            throw Error(fill_in(_("sentence {} was not heard in that run: podium report names the moments worth a listen by their sentence"),
                arguments.at));
        }
        // A second before it, to hear how the speaker came into it, and half a second after.
        from = std::max(0.0, window->start - 1.0);
        until = window->end + 0.5;
        where = fill_in(_("sentence {}"), arguments.at);
    }
    context.err << "podium: "
                << fill_in(_("playing {0} ({1}) from {2}, {3} in"), file.string(), short_run_label(run.started_at), where,
                       format_duration(from))
                << '\n';
    PlaybackRange range;
    range.from_seconds = from;
    if (arguments.seconds > 0.0) {
        range.seconds = arguments.seconds;
    } else if (until) {
        range.seconds = *until - from;
    }
    const double played = play_recording(file, range);
    context.err << "podium: " << fill_in(_("played {}"), format_duration(played)) << '\n';
    return 0;
}

} // namespace

void add_listen_commands(CLI::App& app, CommandRun& run)
{
    CLI::App* mics = app.add_subcommand("mics", _("list the microphones podium --listen --mic N can use"));
    mics->callback([&run] { run = [](CommandContext& context) { return run_mics(context); }; });

    auto arguments = std::make_shared<PlayArguments>();
    CLI::App* play = app.add_subcommand("play", _("play a rehearsal's recorded audio (podium report lists the recordings)"));
    play->add_option("RUN", arguments->run, _("the run's id (or the start of it), or latest"))->required();
    play->add_option("--section", arguments->section, _("start at this section (1 = the first, as in podium report)"))
        ->check(CLI::PositiveNumber);
    play->add_option("--at", arguments->at,
           _("play one sentence, from a second before it (its number as podium report's delivery moments give it)"))
        ->check(CLI::NonNegativeNumber)
        ->excludes("--section");
    play->add_option("--seconds", arguments->seconds, _("play at most this many seconds"))->check(CLI::PositiveNumber);
    play->callback([&run, arguments] {
        run = [arguments](CommandContext& context) { return run_play(*arguments, context); };
    });
}

} // namespace podium
