// SPDX-License-Identifier: GPL-3.0-or-later
// The live coach on real human readings (../shared/human-speech, LJSpeech): how many cues a
// natural reading gets, and whether the cues come when the reading is made fast (sox tempo),
// quiet (sox vol) or breathless (every pause cut out, sox silence). Each recording is fed to
// the live follower in 10 ms blocks as the microphone would; the coach sees, 100 times a second,
// what RunTracker gives it (the reading line's plan position from the follower's sentence and
// fraction, the section's time against its plan, the listener's cumulative totals and speech
// energy). The plan is the default pace profile scaled so the clean reading takes its planned
// time (what a calibrated plan is after one rehearsal). Prints cues per kind; never fails.
//
// Also printed: the follower's syllable nuclei per second of speech, against the plan's
// syllables per second of speaking ("plan syl/s"): how the live coach's bound on a speaker who is
// fast from the first word was set.
//
// usage: coach_live_cue_bench [SHARED_DIR [VARIANT]]   (needs sox; skips what is missing;
//        VARIANT: only the variants whose name contains it)
#include "app/voice_setup.hpp"
#include "core/coach/live_coach.hpp"
#include "core/follow/script_follower.hpp"
#include "core/io/xdg_paths.hpp"
#include "core/text/load.hpp"
#include "core/timing/estimate.hpp"
#include "speech/audio_file_reader.hpp"
#include "speech/script_reference_render.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace podium;

constexpr double kRate = 16000.0;
constexpr std::size_t kBlock = 160; // 10 ms

struct Outcome {
    double seconds = 0.0;
    double level_db = 0.0;   // the speech's level over the whole reading, dB full scale
    double plan_ratio = 0.0; // plan seconds covered per second
    double nuclei_rate = 0.0; // the follower's syllable nuclei per second of speech
    std::array<int, cue_kinds> cues{};
};

double planned_at(const Timing& timing, const FollowPosition& at)
{
    if (at.sentence >= timing.sentences.size()) {
        return timing.total_seconds;
    }
    const SentenceTiming& sentence = timing.sentences[at.sentence];
    return sentence.start + at.fraction * sentence.speaking;
}

std::size_t section_of(const Script& script, std::size_t sentence)
{
    std::size_t found = 0;
    for (std::size_t i = 0; i < script.sections.size(); ++i) {
        if (script.sections[i].first_sentence <= sentence && sentence < script.sections[i].end_sentence) {
            found = i; // the deepest section holding it comes last
        }
    }
    return found;
}

Outcome coach_reading(const Script& script, const Timing& timing, const ReferenceSet& references,
    const std::filesystem::path& audio)
{
    AudioFileReader reader(audio, kRate);
    ScriptFollower follower(script, kRate);
    follower.set_references(references.renderings);
    LiveCoach coach(CoachMode::On);
    Outcome outcome;
    std::vector<float> block;
    std::vector<float> pending;
    double energy = 0.0;
    double fed = 0.0;
    std::size_t section = 0;
    double section_started = 0.0;
    std::optional<Cue> shown;
    bool more = true;
    while (more) {
        more = reader.read(block);
        pending.insert(pending.end(), block.begin(), block.end());
        std::size_t used = 0;
        for (; pending.size() - used >= kBlock; used += kBlock) {
            const std::span<const float> hop = std::span<const float>(pending).subspan(used, kBlock);
            follower.feed(hop);
            fed += static_cast<double>(kBlock) / kRate;
            const VoiceActivity activity = follower.activity();
            if (activity.speaking) {
                double squares = 0.0;
                for (const float s : hop) {
                    squares += static_cast<double>(s) * s;
                }
                energy += squares / kRate;
            }
            const FollowPosition at = follower.position();
            const std::size_t now_section = section_of(script, at.sentence);
            if (now_section != section) {
                section = now_section;
                section_started = fed;
            }
            LiveSample sample;
            sample.now = fed;
            sample.running = true;
            sample.elapsed = fed;
            sample.position = planned_at(timing, at);
            sample.section = section;
            sample.section_actual = fed - section_started;
            sample.section_planned = section < timing.sections.size() ? timing.sections[section].duration : 0.0;
            sample.listening = true;
            sample.speaking = at.speaking;
            sample.voice = VoiceTotals{activity.time, activity.speech_seconds, activity.syllables, energy};
            coach.observe(sample);
            const std::optional<Cue> cue = coach.cue(fed);
            if (cue && !(shown && *shown == *cue)) {
                ++outcome.cues[static_cast<std::size_t>(cue->kind)];
            }
            shown = cue;
        }
        pending.erase(pending.begin(), pending.begin() + static_cast<std::ptrdiff_t>(used));
    }
    outcome.seconds = fed;
    const VoiceActivity activity = follower.activity();
    outcome.level_db = 10.0 * std::log10(std::max(1e-12, energy) / std::max(1e-9, activity.speech_seconds));
    outcome.plan_ratio = planned_at(timing, follower.position()) / fed;
    outcome.nuclei_rate = activity.syllables / std::max(1e-9, activity.speech_seconds);
    return outcome;
}

} // namespace

int main(int argc, char** argv)
{
    const std::filesystem::path shared = argc > 1 ? argv[1] : PODIUM_SHARED_DIR;
    const std::string only = argc > 2 ? argv[2] : "";
    if (std::system("sox --version > /dev/null 2>&1") != 0) {
        std::printf("live cue bench: sox is not installed; skipped\n");
        return 0;
    }
    const std::filesystem::path scratch = std::filesystem::temp_directory_path() / "podium-live-cue-bench";
    std::filesystem::create_directories(scratch);
    const std::vector<std::pair<std::string, std::string>> variants{
        {"clean", ""},
        {"tempo 1.15", "tempo 1.15"},
        {"tempo 1.4", "tempo 1.4"},
        {"tempo 1.6", "tempo 1.6"},
        {"6 dB quieter", "vol -6dB"},
        {"20 dB quieter", "vol -20dB"},
        {"pauses cut out", "silence -l 1 0.05 -55d -1 0.05 -55d"},
        // The speaker speeds up (or drops their voice) after the first 90 s.
        {"1.4x after 90 s", "split:tempo 1.4"},
        {"-14 dB after 90 s", "split:vol -14dB"},
    };
    std::printf("%-18s %-16s %7s %6s %5s %8s %7s %7s %8s %9s %10s\n", "case", "variant", "seconds", "dBFS", "plan×", "section",
        "louder", "slower", "breathe", "nuclei/s", "plan syl/s");
    for (const char* name : {"en-ljspeech-prose", "en-ljspeech-lines"}) {
        const std::filesystem::path folder = shared / "human-speech" / name;
        if (!std::filesystem::exists(folder / "speech.wav")) {
            std::printf("%-18s missing (../shared/human-speech): skipped\n", name);
            continue;
        }
        LoadResult loaded = load_text_file(folder / "script.txt");
        const Script script = build_script(std::move(loaded.text), ScriptFormat::PlainText);
        std::ostringstream warnings;
        const SpeechVoices voices = choose_voices(script, load_presets(warnings), {});
        const ReferenceSet references = script_references(script, voices, reference_cache_directory(process_environment()));
        // The plan scaled so that the clean reading takes exactly its planned time.
        const double clean_seconds = AudioFileReader(folder / "speech.wav", kRate).duration_seconds();
        PaceProfile calibrated;
        Timing timing = estimate_timing(script, calibrated);
        for (int step = 0; step < 6; ++step) { // the pauses do not scale with the rate: converge
            calibrated.words_per_minute *= timing.total_seconds / clean_seconds;
            timing = estimate_timing(script, calibrated);
        }
        double planned_syllables = 0.0;
        double planned_speaking = 0.0;
        for (const SentenceTiming& sentence : timing.sentences) {
            planned_syllables += static_cast<double>(sentence.han_chars + sentence.english_syllables);
            planned_speaking += sentence.speaking;
        }
        for (const auto& [label, effect] : variants) {
            if (label.find(only) == std::string::npos) {
                continue;
            }
            std::filesystem::path audio = folder / "speech.wav";
            if (!effect.empty()) {
                audio = scratch / (std::string(name) + "-" + std::to_string(&effect - &variants.front().second) + ".wav");
                const std::string in = "'" + (folder / "speech.wav").string() + "'";
                std::string command = "sox " + in + " '" + audio.string() + "' " + effect;
                if (effect.starts_with("split:")) {
                    const std::string head = "'" + (scratch / "head.wav").string() + "'";
                    const std::string tail = "'" + (scratch / "tail.wav").string() + "'";
                    command = "sox " + in + " " + head + " trim 0 90 && sox " + in + " " + tail + " trim 90 " + effect.substr(6)
                        + " && sox " + head + " " + tail + " '" + audio.string() + "'";
                }
                if (std::system(command.c_str()) != 0) {
                    std::printf("%-18s %-16s sox failed\n", name, label.c_str());
                    continue;
                }
            }
            const Outcome outcome = coach_reading(script, timing, references, audio);
            std::printf("%-18s %-16s %7.0f %6.1f %5.2f %8d %7d %7d %8d %9.2f %10.2f\n", name, label.c_str(), outcome.seconds,
                outcome.level_db, outcome.plan_ratio,
                outcome.cues[static_cast<std::size_t>(CueKind::SectionOver)], outcome.cues[static_cast<std::size_t>(CueKind::Louder)],
                outcome.cues[static_cast<std::size_t>(CueKind::Slower)], outcome.cues[static_cast<std::size_t>(CueKind::Breathe)],
                outcome.nuclei_rate, planned_syllables / std::max(1e-9, planned_speaking));
        }
    }
    std::filesystem::remove_all(scratch);
    return 0;
}
