// SPDX-License-Identifier: GPL-3.0-or-later
// Voice-follow benchmark (issues 11 and 21): eSpeak NG made to read like people, not like eSpeak
// (human_like_reading.hpp: clause by clause with rate and pitch varying inside the speech, clause
// pauses 0.15–0.6 s and sentence-end pauses 0.25–1.2 s from overlapping distributions, breaths,
// room noise), followed by ScriptFollower as `--listen` follows a microphone: 16 kHz in 512-sample
// (32 ms) chunks, with the script's reference sound in both registers. For each speech — the
// bundled English and Chinese samples and ../shared/speeches/* when present (skipped when absent),
// or the files given — and each condition (speaker rate, voice, room noise) it prints:
//   - the error in sentences (|tracked − true|) every 250 ms from the first word on: median, p95,
//     max and the share exact; in a pause after a sentence either neighbour counts as right;
//   - advance: from a sentence's first voice until the line reaches it (median / p95; "missed":
//     never reached before the next sentence began);
//   - pause: from a sentence's last voice until the position stops changing for the rest of the
//     pause (median / p95);
//   - the register the follower chose and its CPU cost at 16 kHz (% of one core).
// Short by default (4 conditions; a speech over 40 sentences cut to its first 15); --long: the whole
// speeches under 12 conditions.
#include "human_like_reading.hpp"

#include "core/follow/script_follower.hpp"
#include "core/io/xdg_paths.hpp"
#include "core/script/script.hpp"
#include "core/text/load.hpp"
#include "speech/script_reference_render.hpp"
#include "speech/speech_engine.hpp"
#include "speech/speech_plan.hpp"
#include "speech/voice_preset.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

using namespace podium;
using podium::bench::HumanLikeReading;
using podium::bench::SentenceTruth;
using podium::bench::Speaker;
namespace fs = std::filesystem;

namespace {

constexpr double kRate = 16000.0;
constexpr std::size_t kChunk = 512;
constexpr std::size_t kLongSpeech = 40;     // sentences: a speech longer than this is cut by default…
constexpr std::size_t kShortSentences = 15; // … to its first sentences

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0.0;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size()))) - 1;
    return values[std::min(values.size() - 1, index)];
}

struct Figures {
    double median = 0.0, p95 = 0.0, max = 0.0, exact = 0.0;
    double advance_median = 0.0, advance_p95 = 0.0;
    std::size_t advances = 0, missed = 0;
    double pause_median = 0.0, pause_p95 = 0.0;
    std::size_t pauses = 0;
    std::size_t register_choice = 0;
    double match_at_choice = 0.0; // the kept register's mean match after 10 s of voice (lower: closer)
    std::vector<std::pair<std::size_t, double>> late; // sentences reached over 600 ms late (-1: missed)
    double cpu = 0.0;
};

Figures follow(const Script& script, const HumanLikeReading& reading, const ReferenceSet& references)
{
    Figures figures;
    ScriptFollower follower(script, kRate);
    follower.set_references(references.renderings);
    std::vector<double> times;
    std::vector<FollowPosition> positions;
    const std::vector<float>& audio = reading.audio;
    const auto started = std::chrono::steady_clock::now();
    for (std::size_t at = 0; at < audio.size(); at += kChunk) {
        const std::size_t n = std::min(kChunk, audio.size() - at);
        follower.feed(std::span<const float>(audio).subspan(at, n));
        if (const AcousticFollower* leader = follower.acoustic(); leader != nullptr && figures.match_at_choice == 0.0
            && leader->tracker().observed() >= 1000) {
            figures.match_at_choice = leader->tracker().mean_match();
        }
        times.push_back(static_cast<double>(at + n) / kRate);
        positions.push_back(follower.position());
    }
    figures.cpu = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() / reading.seconds();
    figures.register_choice = follower.reference_choice();

    const std::vector<SentenceTruth>& truth = reading.sentences;
    const auto index_at = [&](double t) {
        return static_cast<std::size_t>(std::lower_bound(times.begin(), times.end(), t) - times.begin());
    };
    // Errors every 250 ms from the first word on.
    std::vector<double> errors;
    for (double t = truth.front().start; t < times.back(); t += 0.25) {
        std::size_t k = 0;
        while (k + 1 < truth.size() && truth[k + 1].start <= t) {
            ++k;
        }
        const double line = static_cast<double>(positions[std::min(index_at(t), positions.size() - 1)].sentence);
        double error = std::abs(line - static_cast<double>(truth[k].sentence));
        if (t > truth[k].end && k + 1 < truth.size()) {
            error = std::min(error, std::abs(line - static_cast<double>(truth[k + 1].sentence)));
        }
        errors.push_back(error);
    }
    figures.median = percentile(errors, 0.5);
    figures.p95 = percentile(errors, 0.95);
    figures.max = errors.empty() ? 0.0 : *std::max_element(errors.begin(), errors.end());
    figures.exact = static_cast<double>(std::count(errors.begin(), errors.end(), 0.0)) / static_cast<double>(std::max<std::size_t>(1, errors.size()));

    std::vector<double> advance;
    std::vector<double> pause;
    for (std::size_t k = 0; k + 1 < truth.size(); ++k) {
        const SentenceTruth& next = truth[k + 1];
        // Advance: the line reaches the next sentence (or beyond) after its first voice.
        std::size_t i = index_at(next.start);
        const std::size_t limit = k + 2 < truth.size() ? index_at(truth[k + 2].start) : times.size();
        while (i < limit && positions[i].sentence < next.sentence) {
            ++i;
        }
        ++figures.advances;
        if (i < limit) {
            advance.push_back(std::max(0.0, times[i] - next.start));
            if (advance.back() > 0.6) {
                figures.late.emplace_back(next.sentence, advance.back());
            }
        } else {
            ++figures.missed;
            figures.late.emplace_back(next.sentence, -1.0);
        }
        // Pause: the position stops changing after the last voice of this sentence.
        const std::size_t from = index_at(truth[k].end);
        const std::size_t to = index_at(next.start);
        if (from + 1 >= to || to >= times.size()) {
            continue;
        }
        std::size_t stop = to - 1;
        while (stop > from && positions[stop - 1] == positions[to - 1]) {
            --stop;
        }
        pause.push_back(std::max(0.0, times[stop] - truth[k].end));
    }
    figures.advance_median = percentile(advance, 0.5);
    figures.advance_p95 = percentile(advance, 0.95);
    figures.pause_median = percentile(pause, 0.5);
    figures.pause_p95 = percentile(pause, 0.95);
    figures.pauses = pause.size();
    return figures;
}

struct Condition {
    const char* name;
    Speaker speaker;
};

std::vector<Condition> conditions(bool full)
{
    std::vector<Condition> out;
    if (!full) {
        out.push_back({"slow 0.8x, 20 dB", Speaker{0.8, 0.1, 12, "", 20.0, 11}});
        out.push_back({"fast 1.25x female, 20 dB", Speaker{1.25, 0.1, 12, "+f2", 20.0, 12}});
        out.push_back({"1.0x female, 10 dB", Speaker{1.0, 0.1, 12, "+f2", 10.0, 13}});
        out.push_back({"slowest 0.7x, 10 dB", Speaker{0.7, 0.1, 12, "", 10.0, 14}});
        return out;
    }
    static const char* const names[] = {"0.7x, 20 dB", "0.7x female, 20 dB", "0.7x, 10 dB", "0.7x female, 10 dB",
        "1.0x, 20 dB", "1.0x female, 20 dB", "1.0x, 10 dB", "1.0x female, 10 dB", "1.4x, 20 dB", "1.4x female, 20 dB",
        "1.4x, 10 dB", "1.4x female, 10 dB"};
    std::size_t n = 0;
    for (const double rate : {0.7, 1.0, 1.4}) {
        for (const double snr : {20.0, 10.0}) {
            for (const char* variant : {"", "+f2"}) {
                out.push_back({names[n], Speaker{rate, 0.1, 12, variant, snr, static_cast<std::uint32_t>(100 + n)}});
                ++n;
            }
        }
    }
    return out;
}

// The first 60 bytes of a sentence, cut at a character boundary.
std::string preview(std::string_view text)
{
    std::size_t end = std::min<std::size_t>(text.size(), 60);
    while (end > 0 && end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
        --end;
    }
    return std::string(text.substr(0, end));
}

// The script of a speech file; by default a long speech is cut to its first sentences (the text,
// so that the reference is the script's own: the follower sees a shorter speech, not a stopped
// reader). Empty (and a line printed) when the file cannot be read.
std::optional<Script> script_for(const fs::path& file, bool full)
{
    const LoadResult loaded = load_text_file(file);
    if (!loaded.ok()) {
        std::printf("%s: %s\n", file.c_str(), loaded.error.c_str());
        return std::nullopt;
    }
    Script script = build_script(loaded.text, format_for_path(file));
    if (!full && script.sentences.size() > kLongSpeech) {
        const std::size_t end = script.sentences[kShortSentences - 1].span.end;
        script = build_script(loaded.text.substr(0, end), format_for_path(file));
    }
    return script;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<fs::path> files;
    bool full = false;
    std::optional<std::size_t> only_register; // --register low|high: follow with that reference alone
    bool verbose = false;                     // -v: the sentences reached late, under each row
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--long") {
            full = true;
        } else if (std::string(argv[i]) == "-v") {
            verbose = true;
        } else if (std::string(argv[i]) == "--register" && i + 1 < argc) {
            only_register = std::string(argv[++i]) == "high" ? 1 : 0;
        } else {
            files.emplace_back(argv[i]);
        }
    }
    if (files.empty()) {
        files.push_back(fs::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-en.md");
        files.push_back(fs::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-zh.txt");
        const fs::path shared = fs::path(PODIUM_SHARED_DIR) / "speeches";
        if (fs::is_directory(shared)) {
            std::vector<fs::path> speeches;
            for (const auto& entry : fs::directory_iterator(shared)) {
                speeches.push_back(entry.path());
            }
            std::sort(speeches.begin(), speeches.end());
            files.insert(files.end(), speeches.begin(), speeches.end());
        } else {
            std::printf("(%s absent: the bundled samples only)\n", shared.c_str());
        }
    }
    const VoiceCatalog catalog = load_voice_catalog({fs::path(PODIUM_SOURCE_DIR) / "voices"});
    const fs::path cache = reference_cache_directory(process_environment());
    std::printf("%-22s %-25s %5s | %6s %4s %4s %6s | %-24s | %-16s | %-4s %5s %6s\n", "speech", "condition", "min", "median",
        "p95", "max", "exact", "advance ms med/p95 (miss)", "pause ms med/p95", "reg", "cpu%", "match");
    const auto voices_for = [&](const Script& script) {
        return SpeechVoices{*catalog.find("zh-mandarin"), *catalog.find("en-us"), dominant_language(script), {}};
    };
    // eSpeak NG carries state from one rendering to the next (the C library's rand() and its
    // own), so the readings came out differently when the references had just been rendered in
    // this process than when they came from the cache, and so did the figures. The references are
    // made and cached in a child process first (this one has no thread yet), so the readings do
    // not depend on the cache.
    std::fflush(stdout); // or the child prints the header again
    const pid_t child = fork();
    if (child == 0) {
        for (const fs::path& file : files) {
            if (const std::optional<Script> script = script_for(file, full)) {
                (void)script_references(*script, voices_for(*script), cache);
            }
        }
        std::fflush(stdout);
        _exit(0);
    }
    int status = 0;
    if (child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "the references could not be made in a child process\n");
        return 1;
    }
    for (const fs::path& file : files) {
        const std::optional<Script> made = script_for(file, full);
        if (!made) {
            continue;
        }
        const Script& script = *made;
        const SpeechVoices voices = voices_for(script);
        ReferenceSet references = script_references(script, voices, cache);
        if (only_register) {
            references.renderings = {references.renderings.at(*only_register)};
        }
        SpeechEngine engine; // after the references: one engine at a time in a process
        for (const Condition& condition : conditions(full)) {
            const HumanLikeReading reading = bench::read_like_a_person(engine, script, voices, condition.speaker);
            if (reading.sentences.size() < 2) {
                continue;
            }
            Figures f = follow(script, reading, references);
            f.register_choice = only_register.value_or(f.register_choice);
            char advance[48];
            char pause[32];
            std::snprintf(advance, sizeof advance, "%4.0f / %4.0f (%zu/%zu)", 1000 * f.advance_median, 1000 * f.advance_p95,
                f.missed, f.advances);
            std::snprintf(pause, sizeof pause, "%4.0f / %4.0f", 1000 * f.pause_median, 1000 * f.pause_p95);
            std::printf("%-22s %-25s %5.1f | %6.1f %4.0f %4.0f %5.0f%% | %-24s | %-16s | %-4s %5.2f %6.2f\n",
                file.filename().c_str(), condition.name, reading.seconds() / 60.0, f.median, f.p95, f.max, 100 * f.exact,
                advance, pause, f.register_choice == 0 ? "low" : "high", 100 * f.cpu, f.match_at_choice);
            if (verbose) {
                for (const auto& [sentence, lag] : f.late) {
                    std::printf("    sentence %zu %s: %s\n", sentence,
                        lag < 0 ? "missed" : (std::to_string(static_cast<int>(1000 * lag)) + " ms").c_str(),
                        preview(script.sentence_text(sentence)).c_str());
                }
            }
            std::fflush(stdout);
        }
    }
    std::printf("\nerror in sentences every 250 ms (targets: median <= 0.5, p95 <= 1.5, max <= 2); advance: first voice of a\n"
                "sentence -> the line reaches it (target p95 <= 600 ms); pause: last voice -> the position holds (<= 400 ms);\n"
                "reg: the reference register chosen (--register low|high: that one alone); cpu: the follower's share of one\n"
                "core at 16 kHz (target <= 5%%); match: the kept register's mean (distance - hubness) after 10 s of voice.\n");
    return 0;
}
