// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.hpp"
#include "cli/script_source.hpp"
#include "cli/speech_setup.hpp"
#include "core/error.hpp"
#include "core/io/atomic_file.hpp"
#include "speech/speech_engine.hpp"
#include "speech/speech_player.hpp"
#include "speech/speech_render.hpp"
#include "speech/subtitles.hpp"
#include "speech/wav_writer.hpp"

#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <ostream>
#include <thread>

namespace podium {

namespace {

struct SpeakArguments {
    ScriptArguments script;
    SpeechVoiceArguments voice;
    std::optional<std::size_t> section;  // 1-based
    std::optional<std::size_t> from;     // 1-based sentence
    std::string out;
    std::string srt;
    std::string vtt;
};

SentenceRange chosen_range(const Script& script, const SpeakArguments& arguments)
{
    SentenceRange range{0, script.sentences.size()};
    if (arguments.section) {
        if (*arguments.section < 1 || *arguments.section > script.sections.size()) {
            throw Error("there is no section " + std::to_string(*arguments.section) + ": the speech has "
                + std::to_string(script.sections.size()) + " (see podium estimate)");
        }
        const Section& section = script.sections[*arguments.section - 1];
        range = {section.first_sentence, section.end_sentence};
    }
    if (arguments.from) {
        if (*arguments.from < range.begin + 1 || *arguments.from > range.end) {
            throw Error("sentence " + std::to_string(*arguments.from) + " is outside "
                + (arguments.section ? "that section" : "the speech") + " (sentences " + std::to_string(range.begin + 1)
                + "–" + std::to_string(range.end) + ")");
        }
        range.begin = *arguments.from - 1;
    }
    if (range.begin >= range.end) {
        throw Error("nothing to speak: the chosen part of the speech has no sentences");
    }
    return range;
}

std::string clock_text(double seconds)
{
    const long total = static_cast<long>(seconds + 0.5);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld", total / 60, total % 60);
    return buffer;
}

int export_speech(CommandContext& context, const SpeakArguments& arguments, const Script& script, SpeechEngine& engine,
    SpeechPlan plan)
{
    const auto started = std::chrono::steady_clock::now();
    std::unique_ptr<WavWriter> wav;
    if (!arguments.out.empty()) {
        wav = std::make_unique<WavWriter>(arguments.out, kSpeechSampleRate);
    }
    const bool show_progress = stderr_is_terminal(context);
    const SpeechRendering rendering = render_speech(
        engine, std::move(plan),
        [&](std::span<const std::int16_t> samples) {
            if (wav) {
                wav->write(samples);
            }
        },
        [&](std::size_t done, std::size_t total) {
            if (show_progress) {
                draw_progress(context.err, done, total, "sentences");
            }
        });
    if (wav) {
        wav->commit();
        context.out << "wrote " << arguments.out << '\n';
    }
    for (const auto& [path, format] : {std::pair{arguments.srt, SubtitleFormat::Srt}, std::pair{arguments.vtt, SubtitleFormat::WebVtt}}) {
        if (path.empty()) {
            continue;
        }
        if (const std::string error = write_file_atomically(path, format_subtitles(script, rendering, format)); !error.empty()) {
            throw Error(error);
        }
        context.out << "wrote " << path << '\n';
    }
    const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    char took_text[32];
    std::snprintf(took_text, sizeof took_text, "%.1f", took);
    context.out << clock_text(rendering.seconds()) << " of speech, " << rendering.sentences.size()
                << " sentences, synthesised in " << took_text << " s\n";
    return 0;
}

int play_speech(CommandContext& context, const Script& script, SpeechEngine& engine, SpeechPlan plan)
{
    SpeechPlayer player(engine);
    context.out << "Speaking (Ctrl-C stops)\n" << std::flush;
    player.play(std::move(plan));
    std::optional<std::size_t> shown;
    while (true) {
        const PlaybackPosition position = player.position();
        if (position.sentence && position.sentence != shown) {
            shown = position.sentence;
            context.out << '[' << clock_text(position.elapsed_seconds) << "] " << script.shown_sentence_text(*shown) << '\n'
                        << std::flush;
        }
        if (position.state == PlaybackState::Finished) {
            break;
        }
        if (auto failure = engine.failure()) {
            throw Error(*failure);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return 0;
}

} // namespace

void add_speak_commands(CLI::App& app, CommandRun& run)
{
    auto arguments = std::make_shared<SpeakArguments>();
    CLI::App* speak = app.add_subcommand("speak", "read the speech aloud with eSpeak NG, or write it to WAV/subtitles");
    add_script_arguments(*speak, arguments->script);
    speak->add_option("--section", arguments->section, "speak only section N (1 = the first, as in podium estimate)")
        ->check(CLI::PositiveNumber);
    speak->add_option("--from", arguments->from, "start at sentence N (1 = the first, as in podium split)")
        ->check(CLI::PositiveNumber);
    speak->add_option("--voice", arguments->voice.voices,
        "voice preset to use (see podium voices); give one for Chinese and one for English if you like");
    speak->add_option("--rate", arguments->voice.rate,
        "speaking rate in eSpeak words per minute for every voice (80-450; 175 reads about 200 Han characters a minute)")
        ->check(CLI::Range(80, 450));
    speak->add_option("--out", arguments->out, "write the speech to this WAV file instead of playing it");
    speak->add_option("--srt", arguments->srt, "write SRT subtitles, one cue per sentence as it is spoken");
    speak->add_option("--vtt", arguments->vtt, "write WebVTT subtitles, one cue per sentence as it is spoken");
    speak->callback([&run, arguments] {
        run = [arguments](CommandContext& context) {
            const LoadedScript loaded = load_script(arguments->script);
            const Script& script = loaded.script;
            const VoiceCatalog catalog = load_presets(context.err);
            const SpeechVoices voices = choose_voices(script, catalog, arguments->voice);
            SpeechPlan plan = plan_speech(script, voices, chosen_range(script, *arguments));
            SpeechEngine engine;
            require_installed_voices(engine, plan);
            if (!arguments->out.empty() || !arguments->srt.empty() || !arguments->vtt.empty()) {
                return export_speech(context, *arguments, script, engine, std::move(plan));
            }
            return play_speech(context, script, engine, std::move(plan));
        };
    });
}

} // namespace podium
