// SPDX-License-Identifier: GPL-3.0-or-later
// `podium follow SCRIPT --audio REC.wav`: the voice follower over a recording, headless.
#include "cli/commands.hpp"
#include "cli/delivery_measure.hpp"
#include "cli/delivery_printer.hpp"
#include "cli/rehearsal_access.hpp"
#include "cli/require_text.hpp"
#include "cli/script_source.hpp"
#include "core/coach/delivery_json.hpp"
#include "core/coach/follow_spans.hpp"
#include "core/error.hpp"
#include "core/follow/follow_log.hpp"
#include "core/follow/script_follower.hpp"
#include "core/io/atomic_file.hpp"
#include "core/rehearsal/rehearsal_session.hpp"
#include "core/text/utf8.hpp"
#include "speech/audio_file_reader.hpp"
#include "speech/subtitles.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <optional>
#include <cstdio>
#include <iostream>
#include <memory>
#include <ostream>
#include <unistd.h>

namespace podium {

namespace {

constexpr double kFollowRate = 16000.0;
constexpr std::size_t kStepSamples = 4000; // 250 ms at 16 kHz: one printed sample

struct FollowOptions {
    ScriptArguments script;
    std::string audio;
    std::string srt;
    std::string spans;
    bool json = false;
    bool record = false;
    bool delivery = false;
};

// The first `limit` characters of a sentence, on one line.
std::string preview(std::string_view text, std::size_t limit)
{
    std::string out;
    std::size_t offset = 0;
    std::size_t count = 0;
    while (offset < text.size() && count < limit) {
        const std::size_t begin = offset;
        const char32_t c = utf8::next(text, offset);
        out += utf8::is_line_break(c) ? std::string(" ") : std::string(text.substr(begin, offset - begin));
        ++count;
    }
    return offset < text.size() ? out + "…" : out;
}

// Progress on stderr while a long file is followed, only when stderr is a terminal.
class Progress {
public:
    Progress(std::ostream& err, double duration)
        : m_err(err), m_duration(duration), m_enabled(&err == &std::cerr && isatty(STDERR_FILENO) != 0 && duration > 60.0)
    {
    }
    ~Progress()
    {
        if (m_shown) {
            m_err << "\r\033[K" << std::flush;
        }
    }
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    void update(double seconds)
    {
        const int percent = static_cast<int>(100.0 * seconds / m_duration);
        if (m_enabled && percent != m_percent) {
            m_percent = percent;
            m_shown = true;
            m_err << "\rfollowing the recording: " << percent << "%" << std::flush;
        }
    }

private:
    std::ostream& m_err;
    double m_duration;
    bool m_enabled;
    bool m_shown = false;
    int m_percent = -1;
};

FollowLog follow_recording(const Script& script, const std::string& audio, std::ostream& err)
{
    AudioFileReader reader(audio, kFollowRate);
    ScriptFollower follower(script, kFollowRate);
    FollowLog log;
    Progress progress(err, reader.duration_seconds());
    std::vector<float> block;
    std::vector<float> pending;
    std::size_t fed = 0;
    bool more = true;
    while (more) {
        more = reader.read(block);
        pending.insert(pending.end(), block.begin(), block.end());
        std::size_t used = 0;
        while (pending.size() - used >= kStepSamples) {
            follower.feed(std::span<const float>(pending).subspan(used, kStepSamples));
            used += kStepSamples;
            fed += kStepSamples;
            log.add(static_cast<double>(fed) / kFollowRate, follower.position());
        }
        pending.erase(pending.begin(), pending.begin() + static_cast<std::ptrdiff_t>(used));
        progress.update(static_cast<double>(fed) / kFollowRate);
    }
    return log;
}

void print_text(const Script& script, const FollowLog& log, std::ostream& out)
{
    for (const FollowSample& sample : log.samples()) {
        char head[64];
        std::snprintf(head, sizeof head, "%8.2f  %4zu  %-8s  ", sample.t, sample.sentence, sample.speaking ? "speaking" : "paused");
        out << head << preview(script.shown_sentence_text(sample.sentence), 40) << '\n';
    }
}

void print_json(const FollowLog& log, const std::optional<DeliveryReport>& delivery, std::ostream& out)
{
    nlohmann::json samples = nlohmann::json::array();
    for (const FollowSample& sample : log.samples()) {
        samples.push_back({{"t", std::round(sample.t * 1000.0) / 1000.0}, {"sentence", sample.sentence}, {"speaking", sample.speaking}});
    }
    nlohmann::json document{{"samples", samples}};
    if (delivery) {
        document["delivery"] = delivery_to_json(*delivery);
    }
    out << document.dump() << '\n';
}

std::string subtitles(const Script& script, const FollowLog& log)
{
    std::string out;
    std::size_t number = 0;
    for (const FollowCue& cue : log.cues()) {
        out += std::to_string(++number) + "\n" + format_subtitle_time(cue.start, SubtitleFormat::Srt) + " --> "
            + format_subtitle_time(cue.end, SubtitleFormat::Srt) + "\n" + preview(script.shown_sentence_text(cue.sentence), 10000)
            + "\n\n";
    }
    return out;
}

void record(const LoadedScript& loaded, const FollowLog& log, const std::optional<DeliveryReport>& delivery,
    const std::string& audio, std::ostream& err)
{
    const std::string started = utc_timestamp_now();
    const std::string id = new_run_id(started);
    const RehearsalStore store = user_rehearsal_store();
    RehearsalSession session(loaded.script, rehearsal_script_name(loaded), store, id, started);
    for (const PrompterEvent& event : log.rehearsal_events(loaded.script)) {
        session.on_event(event);
    }
    if (delivery) {
        // The audio goes beside the log like a prompter run's, so `podium play RUN --at N` can
        // replay the moments the report names even after the original file has moved.
        const std::string file = id + ".wav";
        std::error_code error;
        std::filesystem::create_directories(store.directory(), error);
        if (std::filesystem::copy_file(audio, store.directory() / file, error)) {
            session.set_recording(RunRecording{file, 0.0});
        } else {
            err << "podium: the recording was not copied beside the rehearsal log (" << error.message()
                << "): podium play cannot replay this run\n";
        }
        session.set_delivery(*delivery);
    }
    if (const std::string problem = session.finish(log.end_time()); !problem.empty()) {
        throw Error("rehearsal not saved: " + problem);
    }
    err << "podium: recorded as rehearsal run " << id << " (see podium report " << loaded.name << ")\n";
}

int run_follow(const FollowOptions& options, CommandContext& context)
{
    const LoadedScript loaded = load_script(options.script);
    require_text(loaded);
    const FollowLog log = follow_recording(loaded.script, options.audio, context.err);
    if (log.samples().empty()) {
        throw Error(options.audio + ": the recording is shorter than a quarter of a second");
    }
    std::optional<DeliveryReport> delivery;
    if (options.delivery) {
        const std::vector<SentenceSpan> spans = options.spans.empty() ? spans_from_cues(log.cues()) : read_spans(options.spans);
        delivery = measure_delivery(loaded.script, read_recording(options.audio), spans);
    }
    if (options.json) {
        print_json(log, delivery, context.out);
    } else if (delivery) {
        DeliveryLabels labels;
        for (const Section& section : loaded.script.sections) {
            labels.section_titles.push_back(section.title);
        }
        labels.script = &loaded.script;
        print_delivery(context.out, *delivery, labels);
    } else {
        print_text(loaded.script, log, context.out);
    }
    if (!options.srt.empty()) {
        if (const std::string error = write_file_atomically(options.srt, subtitles(loaded.script, log)); !error.empty()) {
            throw Error(error);
        }
    }
    if (options.record) {
        record(loaded, log, delivery, options.audio, context.err);
    }
    return 0;
}

} // namespace

void add_follow_command(CLI::App& app, CommandRun& run)
{
    auto options = std::make_shared<FollowOptions>();
    CLI::App* follow = app.add_subcommand("follow",
        "follow a recording of the speech with the voice tracker: the sentence being read every 250 ms");
    add_script_arguments(*follow, options->script);
    follow->add_option("--audio", options->audio, "the recording (WAV, FLAC, Ogg, AIFF; any rate, any channels)")
        ->required();
    follow->add_flag("--json", options->json,
        "print {\"samples\":[{\"t\":SECONDS,\"sentence\":INDEX,\"speaking\":BOOL},…]}; INDEX as in podium split --json");
    follow->add_option("--srt", options->srt, "write SRT subtitles of the recording, one cue per sentence");
    follow->add_flag("--record", options->record, "store the result as a rehearsal run (it appears in podium report)");
    follow->add_flag("--delivery", options->delivery,
        "how it sounded, sentence by sentence: pace, pauses, hesitations, pitch, loudness, filled pauses "
        "(printed instead of the samples; in --json as \"delivery\"; stored with --record)");
    follow->add_option("--spans", options->spans,
        "with --delivery: take each sentence's time span from this JSON file [{\"sentence\":I,\"start\":S,\"end\":E},…] "
        "instead of the follower")
        ->check(CLI::ExistingFile);
    follow->callback([&run, options] {
        run = [options](CommandContext& context) { return run_follow(*options, context); };
    });
}

} // namespace podium
