// SPDX-License-Identifier: GPL-3.0-or-later
// `podium follow SCRIPT --audio REC.wav`: the voice follower over a recording, headless.
#include "cli/commands.hpp"
#include "cli/rehearsal_access.hpp"
#include "cli/require_text.hpp"
#include "cli/script_source.hpp"
#include "core/error.hpp"
#include "core/follow/follow_log.hpp"
#include "core/follow/script_follower.hpp"
#include "core/i18n/translate.hpp"
#include "core/io/atomic_file.hpp"
#include "core/rehearsal/rehearsal_session.hpp"
#include "core/text/utf8.hpp"
#include "speech/audio_file_reader.hpp"
#include "speech/subtitles.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
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
    bool json = false;
    bool record = false;
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
            m_err << '\r' << fill_in(_("following the recording: {}%"), percent) << std::flush;
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

void print_json(const FollowLog& log, std::ostream& out)
{
    nlohmann::ordered_json samples = nlohmann::ordered_json::array();
    for (const FollowSample& sample : log.samples()) {
        samples.push_back({{"t", std::round(sample.t * 1000.0) / 1000.0}, {"sentence", sample.sentence}, {"speaking", sample.speaking}});
    }
    out << nlohmann::ordered_json{{"samples", samples}}.dump() << '\n';
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

void record(const LoadedScript& loaded, const FollowLog& log, std::ostream& err)
{
    const std::string started = utc_timestamp_now();
    const std::string id = new_run_id(started);
    RehearsalSession session(loaded.script, rehearsal_script_name(loaded), user_rehearsal_store(), id, started);
    for (const PrompterEvent& event : log.rehearsal_events(loaded.script)) {
        session.on_event(event);
    }
    if (const std::string problem = session.finish(log.end_time()); !problem.empty()) {
        throw Error(fill_in(_("rehearsal not saved: {}"), problem));
    }
    err << "podium: " << fill_in(_("recorded as rehearsal run {0} (see podium report {1})"), id, loaded.name) << '\n';
}

int run_follow(const FollowOptions& options, CommandContext& context)
{
    const LoadedScript loaded = load_script(options.script);
    require_text(loaded);
    const FollowLog log = follow_recording(loaded.script, options.audio, context.err);
    if (log.samples().empty()) {
        throw Error(fill_in(_("{}: the recording is shorter than a quarter of a second"), options.audio));
    }
    if (options.json) {
        print_json(log, context.out);
    } else {
        print_text(loaded.script, log, context.out);
    }
    if (!options.srt.empty()) {
        if (const std::string error = write_file_atomically(options.srt, subtitles(loaded.script, log)); !error.empty()) {
            throw Error(error);
        }
    }
    if (options.record) {
        record(loaded, log, context.err);
    }
    return 0;
}

} // namespace

void add_follow_command(CLI::App& app, CommandRun& run)
{
    auto options = std::make_shared<FollowOptions>();
    CLI::App* follow = app.add_subcommand("follow",
        _("follow a recording of the speech with the voice tracker: the sentence being read every 250 ms"));
    add_script_arguments(*follow, options->script);
    follow->add_option("--audio", options->audio, _("the recording (WAV, FLAC, Ogg, AIFF; any rate, any channels)"))
        ->required();
    follow->add_flag("--json", options->json,
        _("print {\"samples\":[{\"t\":SECONDS,\"sentence\":INDEX,\"speaking\":BOOL},…]}; INDEX as in podium split --json"));
    follow->add_option("--srt", options->srt, _("write SRT subtitles of the recording, one cue per sentence"));
    follow->add_flag("--record", options->record, _("store the result as a rehearsal run (it appears in podium report)"));
    follow->callback([&run, options] {
        run = [options](CommandContext& context) { return run_follow(*options, context); };
    });
}

} // namespace podium
