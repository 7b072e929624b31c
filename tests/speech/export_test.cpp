// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.hpp"
#include "speech/speech_engine.hpp"
#include "speech/speech_render.hpp"
#include "speech/subtitles.hpp"
#include "speech/wav_writer.hpp"
#include "speech_test_support.hpp"

#include <catch2/catch.hpp>
#include <sndfile.h>

#include <fstream>
#include <memory>
#include <regex>
#include <sstream>

using namespace podium;

namespace {

struct SoundFile {
    SF_INFO info{};
    std::vector<short> samples;
};

SoundFile read_sound_file(const std::filesystem::path& path)
{
    SoundFile file;
    std::unique_ptr<SNDFILE, int (*)(SNDFILE*)> handle(sf_open(path.c_str(), SFM_READ, &file.info), sf_close);
    REQUIRE(handle);
    file.samples.resize(static_cast<std::size_t>(file.info.frames * file.info.channels));
    CHECK(sf_read_short(handle.get(), file.samples.data(), static_cast<sf_count_t>(file.samples.size()))
        == static_cast<sf_count_t>(file.samples.size()));
    return file;
}

struct Cue {
    double start = 0;
    double end = 0;
    std::string text;
};

double seconds_of(const std::smatch& match, std::size_t first)
{
    return std::stod(match[first].str()) * 3600 + std::stod(match[first + 1].str()) * 60 + std::stod(match[first + 2].str())
        + std::stod(match[first + 3].str()) / 1000;
}

std::vector<Cue> parse_cues(const std::string& text, char separator)
{
    const std::string number = std::string("(\\d\\d):(\\d\\d):(\\d\\d)") + (separator == '.' ? "\\." : ",") + "(\\d\\d\\d)";
    const std::regex timing(number + " --> " + number);
    std::vector<Cue> cues;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        std::smatch match;
        if (std::regex_match(line, match, timing)) {
            Cue cue{seconds_of(match, 1), seconds_of(match, 5), {}};
            std::getline(lines, cue.text);
            cues.push_back(cue);
        }
    }
    return cues;
}

} // namespace

TEST_CASE("the bundled Chinese sample exports to a WAV whose header and length match the engine")
{
    test::TempDirectory directory;
    const Script script = test::sample_script("welcome-zh.txt");
    SpeechEngine engine;
    const auto target = directory.path() / "speech.wav";
    WavWriter writer(target, kSpeechSampleRate);
    std::vector<short> synthesised;
    const SpeechRendering rendering = render_speech(engine,
        plan_speech(script, test::bundled_voices(), test::all_sentences(script)), [&](std::span<const std::int16_t> samples) {
            writer.write(samples);
            synthesised.insert(synthesised.end(), samples.begin(), samples.end());
        });
    writer.commit();

    const SoundFile file = read_sound_file(target);
    CHECK(file.info.samplerate == kSpeechSampleRate);
    CHECK(file.info.channels == 1);
    CHECK((file.info.format & SF_FORMAT_TYPEMASK) == SF_FORMAT_WAV);
    CHECK((file.info.format & SF_FORMAT_SUBMASK) == SF_FORMAT_PCM_16);
    CHECK(static_cast<std::size_t>(file.info.frames) == rendering.total_samples);
    CHECK(file.samples == synthesised);
    // About 500 characters at about 200 a minute, with pauses: minutes, not seconds.
    CHECK(rendering.seconds() > 60);
    CHECK(rendering.seconds() < 400);
    CHECK(rendering.sentences.size() == script.sentences.size());
    // Nothing is left beside it.
    CHECK(std::distance(std::filesystem::directory_iterator(directory.path()), {}) == 1);
}

TEST_CASE("the bundled presets do not clip")
{
    const Script script = test::sample_script("welcome-zh.txt");
    SpeechEngine engine;
    int peak = 0;
    static_cast<void>(render_speech(engine, plan_speech(script, test::bundled_voices(), {0, 8}),
        [&](std::span<const std::int16_t> samples) {
            for (const std::int16_t sample : samples) {
                peak = std::max(peak, std::abs(static_cast<int>(sample)));
            }
        }));
    CHECK(peak > 1000);   // audible
    CHECK(peak < 32767);  // not clipped
}

TEST_CASE("subtitles have one cue per sentence, in order, inside the audio")
{
    const Script script = test::sample_script("welcome-zh.txt");
    SpeechEngine engine;
    const SpeechRendering rendering
        = render_speech(engine, plan_speech(script, test::bundled_voices(), test::all_sentences(script)), [](auto) {});
    for (const SubtitleFormat format : {SubtitleFormat::Srt, SubtitleFormat::WebVtt}) {
        const std::string text = format_subtitles(script, rendering, format);
        if (format == SubtitleFormat::WebVtt) {
            CHECK(text.rfind("WEBVTT\n\n", 0) == 0);
        } else {
            CHECK(text.rfind("1\n", 0) == 0);
        }
        const std::vector<Cue> cues = parse_cues(text, format == SubtitleFormat::Srt ? ',' : '.');
        REQUIRE(cues.size() == script.sentences.size());
        double previous_end = 0;
        for (std::size_t i = 0; i < cues.size(); ++i) {
            CHECK(cues[i].text == script.shown_sentence_text(i));
            CHECK(cues[i].start >= previous_end);
            CHECK(cues[i].end > cues[i].start);
            CHECK(cues[i].end <= rendering.seconds() + 0.001);
            previous_end = cues[i].end;
        }
    }
}

TEST_CASE("subtitles and speech of a Markdown speech leave its markup out: link text, not the address")
{
    const Script script = build_script("# Notes\n\nRead [our guide](https://example.com/guide) before the meeting.\n",
        ScriptFormat::Markdown);
    SpeechEngine engine;
    const SpeechPlan plan = plan_speech(script, test::bundled_voices(SpokenLanguage::English), test::all_sentences(script));
    for (const PlannedSentence& sentence : plan.sentences) {
        for (const PlannedRun& run : sentence.runs) {
            INFO(run.text);
            CHECK(run.text.find("example") == std::string::npos); // what eSpeak reads
            CHECK(run.text.find("https") == std::string::npos);
        }
    }
    const SpeechRendering rendering = render_speech(engine, plan, [](auto) {});
    const std::string srt = format_subtitles(script, rendering, SubtitleFormat::Srt);
    CHECK(srt.find("Read our guide before the meeting.") != std::string::npos);
    CHECK(srt.find("https") == std::string::npos);
    CHECK(srt.find("](") == std::string::npos);
}

TEST_CASE("subtitle times are written as hours, minutes, seconds and milliseconds")
{
    CHECK(format_subtitle_time(3723.4565, SubtitleFormat::Srt) == "01:02:03,457");
    CHECK(format_subtitle_time(0.0, SubtitleFormat::WebVtt) == "00:00:00.000");
}

TEST_CASE("an abandoned WAV leaves neither a temporary file nor a target")
{
    test::TempDirectory directory;
    {
        WavWriter writer(directory.path() / "speech.wav", kSpeechSampleRate);
        const std::vector<std::int16_t> samples(100, 5);
        writer.write(samples);
    }
    CHECK(std::filesystem::is_empty(directory.path()));
    CHECK_THROWS_AS(WavWriter(directory.path() / "missing" / "speech.wav", kSpeechSampleRate), Error);
}
