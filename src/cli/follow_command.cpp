// SPDX-License-Identifier: GPL-3.0-or-later
// `podium follow SCRIPT --audio REC.wav`: the voice follower over a recording, headless.
#include "cli/commands.hpp"
#include "app/loaded_script.hpp"
#include "app/recording_follow.hpp"
#include "app/rehearsal_access.hpp"
#include "app/delivery_measure.hpp"
#include "cli/delivery_printer.hpp"
#include "cli/require_text.hpp"
#include "core/coach/delivery_json.hpp"
#include "core/coach/follow_spans.hpp"
#include "core/error.hpp"
#include "core/follow/follow_log.hpp"
#include "core/follow/offline_aligner.hpp"
#include "core/follow/script_follower.hpp"
#include "core/i18n/translate.hpp"
#include "core/io/atomic_file.hpp"
#include "core/rehearsal/rehearsal_session.hpp"
#include "core/text/utf8.hpp"
#include "app/voice_setup.hpp"
#include "core/io/xdg_paths.hpp"
#include "speech/audio_file_reader.hpp"
#include "speech/script_reference_render.hpp"
#include "speech/speech_engine.hpp"
#include "speech/subtitles.hpp"

#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
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

struct FollowOptions {
    ScriptArguments script;
    std::string audio;
    std::string srt;
    std::string spans;
    bool json = false;
    bool record = false;
    bool timing_only = false;
    bool offline = false;
    bool delivery = false;
};

using References = ReferenceSet;

References make_references(const Script& script, std::ostream& err)
{
    const VoiceCatalog catalog = load_presets(err);
    const SpeechVoices voices = choose_voices(script, catalog, {});
    {
        SpeechEngine engine; // a missing voice is one clear line, before any synthesis
        require_installed_voices(engine, plan_speech(script, voices, {0, script.sentences.size()}));
    }
    return script_references(script, voices, reference_cache_directory(process_environment()));
}

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

struct FollowResult {
    FollowLog log;                // the live follower's answers, as the prompter would have shown them
    std::string reference_voice;  // empty when following by timing alone
    std::optional<ScriptAlignment> alignment; // the whole recording aligned after the fact
};

FollowResult follow_recording(const Script& script, const std::string& audio, const References& references, std::ostream& err)
{
    std::optional<Progress> progress;
    RecordingFollow followed = podium::follow_recording(script, audio, references.renderings,
        [&](double fed, double duration) {
            if (!progress) {
                progress.emplace(err, duration);
            }
            progress->update(fed);
        });
    FollowResult result{std::move(followed.log), {}, std::move(followed.alignment)};
    if (followed.reference) {
        result.reference_voice = references.voices.at(*followed.reference);
    }
    return result;
}

void print_text(const Script& script, const FollowLog& log, std::ostream& out)
{
    for (const FollowSample& sample : log.samples()) {
        char head[64];
        std::snprintf(head, sizeof head, "%8.2f  %4zu  %-8s  ", sample.t, sample.sentence, sample.speaking ? "speaking" : "paused");
        out << head << preview(script.shown_sentence_text(sample.sentence), 40) << '\n';
    }
}

void print_json(const FollowLog& log, const FollowResult& result, const std::optional<DeliveryReport>& delivery,
    std::ostream& out)
{
    nlohmann::json samples = nlohmann::json::array();
    for (const FollowSample& sample : log.samples()) {
        samples.push_back({{"t", std::round(sample.t * 1000.0) / 1000.0}, {"sentence", sample.sentence}, {"speaking", sample.speaking}});
    }
    nlohmann::ordered_json document{{"samples", samples}};
    document["reference_voice"] = result.reference_voice.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(result.reference_voice);
    if (result.alignment) {
        nlohmann::ordered_json spans = nlohmann::ordered_json::array();
        for (const SentenceSpan& span : result.alignment->spans) {
            spans.push_back({{"sentence", span.sentence}, {"start", std::round(span.start * 1000.0) / 1000.0},
                {"end", std::round(span.end * 1000.0) / 1000.0}});
        }
        document["alignment"] = spans;
    }
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
            err << "podium: "
                << fill_in(_("the recording was not copied beside the rehearsal log ({}): podium play cannot replay this run"),
                       error.message())
                << '\n';
        }
        session.set_delivery(*delivery);
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
    AudioFileReader probe(options.audio, kFollowRate); // a bad recording fails before synthesis
    const References references = options.timing_only ? References{} : make_references(loaded.script, context.err);
    const FollowResult result = follow_recording(loaded.script, options.audio, references, context.err);
    // Subtitles and rehearsal runs take the offline alignment (it knows the whole recording);
    // the printed samples are the live follower's unless --offline asks for the alignment's.
    const FollowLog aligned = result.alignment ? result.log.aligned_by(*result.alignment) : result.log;
    const FollowLog& log = options.offline ? aligned : result.log;
    if (log.samples().empty()) {
        throw Error(fill_in(_("{}: the recording is shorter than a quarter of a second"), options.audio));
    }
    std::optional<DeliveryReport> delivery;
    if (options.delivery) {
        // The offline alignment knows the whole recording; the live follower's cues stand in
        // when following by timing alone.
        const std::vector<SentenceSpan> spans = !options.spans.empty() ? read_spans(options.spans)
            : result.alignment                                       ? result.alignment->spans
                                                                     : spans_from_cues(log.cues());
        delivery = measure_delivery(loaded.script, read_recording(options.audio), spans);
    }
    if (options.json) {
        print_json(log, result, delivery, context.out);
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
        if (const std::string error = write_file_atomically(options.srt, subtitles(loaded.script, aligned)); !error.empty()) {
            throw Error(error);
        }
    }
    if (options.record) {
        record(loaded, aligned, delivery, options.audio, context.err);
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
    follow->add_flag("--timing-only", options->timing_only,
        _("follow by pauses and syllables alone, without the script's synthesised reference sound (for comparison)"));
    follow->add_flag("--offline", options->offline,
        _("print the offline alignment of the whole recording (which may use what comes later) instead of the live follower's answers"));
    follow->add_flag("--delivery", options->delivery,
        _("how it sounded, sentence by sentence: pace, pauses, hesitations, pitch, loudness, filled pauses "
        "(printed instead of the samples; in --json as \"delivery\"; stored with --record)"));
    follow->add_option("--spans", options->spans,
        _("with --delivery: take each sentence's time span from this JSON file [{\"sentence\":I,\"start\":S,\"end\":E},…] "
        "instead of the follower's alignment"))
        ->check(CLI::ExistingFile);
    follow->callback([&run, options] {
        run = [options](CommandContext& context) { return run_follow(*options, context); };
    });
}

} // namespace podium
