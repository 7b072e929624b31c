// SPDX-License-Identifier: GPL-3.0-or-later
// podium follow over a recording synthesised in the test by `podium speak --out`.
#include "cli/cli_runner.hpp"
#include "cli/config_home.hpp"
#include "cli/data_home.hpp"
#include "core/i18n/catalogue.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <regex>
#include <string>
#include <unistd.h>

using podium::testing::DataHome;
using podium::testing::run;

namespace {

const char* const kSpeech = "同志们，大家好。今天我们讨论一个重要的问题，请大家认真听。\n"
                            "过去一年，我们克服了很多困难。新的一年，任务依然艰巨。\n";

struct SrtCue {
    double start = 0.0;
    double end = 0.0;
};

// The cues of an SRT file, in order.
std::vector<SrtCue> read_srt(const std::string& text)
{
    std::vector<SrtCue> cues;
    const std::regex line(R"((\d+):(\d+):(\d+),(\d+) --> (\d+):(\d+):(\d+),(\d+))");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), line); it != std::sregex_iterator(); ++it) {
        const auto seconds = [&](int first) {
            return std::stod((*it)[first]) * 3600 + std::stod((*it)[first + 1]) * 60 + std::stod((*it)[first + 2])
                + std::stod((*it)[first + 3]) / 1000.0;
        };
        cues.push_back({seconds(1), seconds(5)});
    }
    return cues;
}

std::string read_text(const std::filesystem::path& path)
{
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("follow --json tracks a synthesised reading sentence by sentence")
{
    const podium::testing::ConfigHome home;
    const std::string script = home.write_speech("speech.txt", kSpeech);
    const std::string wav = home.write_speech("speech.wav", "");
    const std::string voice_srt = home.write_speech("voice.srt", "");
    REQUIRE(run({"speak", script.c_str(), "--out", wav.c_str(), "--srt", voice_srt.c_str()}).status == 0);
    const std::vector<SrtCue> truth = read_srt(read_text(voice_srt));
    REQUIRE(truth.size() == 4);

    const auto follow = run({"follow", script.c_str(), "--audio", wav.c_str(), "--json"});
    REQUIRE(follow.status == 0);
    const auto json = nlohmann::json::parse(follow.out);
    REQUIRE(json.size() == 3);
    CHECK(json.at("reference_voice").is_string());
    // The offline alignment: each sentence once, in order, inside its voice in the recording.
    const auto& alignment = json.at("alignment");
    REQUIRE(alignment.size() == truth.size());
    for (std::size_t s = 0; s < truth.size(); ++s) {
        CAPTURE(s);
        CHECK(alignment[s].at("sentence").get<std::size_t>() == s);
        CHECK(alignment[s].at("start").get<double>() == Approx(truth[s].start).margin(0.3));
        CHECK(alignment[s].at("end").get<double>() == Approx(truth[s].end).margin(0.3));
    }
    const auto& samples = json.at("samples");
    REQUIRE(samples.size() >= 50);
    std::size_t previous = 0;
    std::size_t speaking = 0;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const auto& sample = samples[i];
        CHECK(sample.size() == 3);
        CHECK(sample.at("t").get<double>() == Approx(0.25 * static_cast<double>(i + 1)));
        const auto sentence = sample.at("sentence").get<std::size_t>();
        CHECK(sentence >= previous); // never backwards
        CHECK(sentence < 4);
        previous = sentence;
        speaking += sample.at("speaking").get<bool>() ? 1 : 0;
    }
    CHECK(speaking > samples.size() / 2);
    CHECK(speaking < samples.size());
    CHECK(previous == 3);
    // In the middle of each sentence's voice, the follower is on that sentence.
    for (std::size_t s = 0; s < truth.size(); ++s) {
        const double middle = 0.5 * (truth[s].start + truth[s].end);
        const auto index = static_cast<std::size_t>(middle / 0.25);
        REQUIRE(index < samples.size());
        CAPTURE(s, middle);
        CHECK(samples[index].at("sentence").get<std::size_t>() == s);
    }
}

TEST_CASE("follow --srt writes one cue per sentence and --record adds a run to the report")
{
    const podium::testing::ConfigHome home;
    const std::string script = home.write_speech("speech.txt", kSpeech);
    const std::string wav = home.write_speech("speech.wav", "");
    const std::string srt = home.write_speech("follow.srt", "");
    const auto data = std::filesystem::path(script).parent_path() / "data";
    const DataHome data_home(data);
    REQUIRE(run({"speak", script.c_str(), "--out", wav.c_str()}).status == 0);

    const auto follow = run({"follow", script.c_str(), "--audio", wav.c_str(), "--srt", srt.c_str(), "--record"});
    REQUIRE(follow.status == 0);
    CHECK(follow.out.find("过去一年") != std::string::npos);
    CHECK(follow.err.find("recorded as rehearsal run") != std::string::npos);
    const std::string subtitles = read_text(srt);
    const std::vector<SrtCue> cues = read_srt(subtitles);
    REQUIRE(cues.size() == 4);
    for (std::size_t i = 0; i < cues.size(); ++i) {
        CHECK(cues[i].end > cues[i].start);
        if (i > 0) {
            CHECK(cues[i].start >= cues[i - 1].end);
        }
    }
    CHECK(subtitles.find("新的一年，任务依然艰巨。") != std::string::npos);

    const auto report = run({"report", script.c_str(), "--json"});
    REQUIRE(report.status == 0);
    const auto json = nlohmann::json::parse(report.out);
    REQUIRE(json.at("runs").size() == 1);
    CHECK(json.at("runs")[0].at("finished").get<bool>());
    CHECK(json.at("sections")[0].at("latest_seconds").get<double>() > 10.0);
}

TEST_CASE("follow explains a missing, unreadable or absent recording")
{
    const podium::testing::ConfigHome home;
    const std::string script = home.write_speech("speech.txt", kSpeech);
    const auto missing = run({"follow", script.c_str(), "--audio", "/nonexistent/take1.wav"});
    CHECK(missing.status == 1);
    CHECK(missing.err == "podium: no such recording: /nonexistent/take1.wav\n");
    const auto text = run({"follow", script.c_str(), "--audio", script.c_str()});
    CHECK(text.status == 1);
    CHECK(text.err.find("cannot read") != std::string::npos);
    CHECK(text.err.find('\n') == text.err.size() - 1);
    CHECK(run({"follow", script.c_str()}).status == 2);
}

TEST_CASE("follow --delivery measures each sentence, --record keeps it for the report and podium play --at")
{
    const podium::testing::ConfigHome home;
    const std::string script = home.write_speech("speech.txt", kSpeech);
    const std::string wav = home.write_speech("speech.wav", "");
    const auto data = std::filesystem::path(script).parent_path() / "data";
    const DataHome data_home(data);
    REQUIRE(run({"speak", script.c_str(), "--out", wav.c_str()}).status == 0);

    const auto measured = run({"follow", script.c_str(), "--audio", wav.c_str(), "--delivery", "--json", "--record"});
    REQUIRE(measured.status == 0);
    const auto delivery = nlohmann::json::parse(measured.out).at("delivery");
    CHECK(delivery.at("version").get<int>() == 1);
    REQUIRE(delivery.at("sentences").size() == 4);
    for (const auto& sentence : delivery.at("sentences")) {
        CAPTURE(sentence.dump());
        // eSpeak reads evenly: a pitch that moves, a steady loudness, no hesitation, no "um".
        CHECK(sentence.at("pitch_range").get<double>() > 2.0);
        CHECK(sentence.at("loudness").get<double>() > -30.0);
        CHECK(sentence.at("loudness").get<double>() < -10.0);
        CHECK(sentence.at("hesitations").get<int>() == 0);
        CHECK(sentence.at("articulation_rate").get<double>() > 2.0);
    }
    CHECK(delivery.at("filled_pauses").empty());
    CHECK_FALSE(delivery.at("too_quiet").get<bool>());
    for (const auto& section : delivery.at("sections")) {
        CHECK_FALSE(section.at("monotone").get<bool>());
    }

    const auto report = run({"report", script.c_str()});
    REQUIRE(report.status == 0);
    CHECK(report.out.find("How it sounded") != std::string::npos);
    const auto report_json_text = run({"report", script.c_str(), "--json"}).out;
    const auto report_json = nlohmann::json::parse(report_json_text);
    CHECK(report_json.at("runs")[0].at("delivery").at("sentences").size() == 4);

    // In Chinese: the delivery section's words and table, the same JSON byte for byte.
    const auto chinese = run({"--lang", "zh_CN", "report", script.c_str()});
    const auto chinese_json = run({"--lang", "zh_CN", "report", script.c_str(), "--json"});
    const auto chinese_follow = run({"--lang", "zh_CN", "follow", script.c_str(), "--audio", wav.c_str(), "--delivery"});
    const auto chinese_follow_json =
        run({"--lang", "zh_CN", "follow", script.c_str(), "--audio", wav.c_str(), "--delivery", "--json"});
    podium::use_language(podium::Language::English);
    const auto english_follow_json = run({"follow", script.c_str(), "--audio", wav.c_str(), "--delivery", "--json"});
    REQUIRE(chinese.status == 0);
    CHECK(chinese.out.find("表达效果（") != std::string::npos);
    for (const char* heading : {"部分", "音节/秒", "迟疑", "填充词/分", "音高范围", "响度", "句尾减弱", "整次排练"}) {
        CAPTURE(heading);
        CHECK(chinese_follow.out.find(heading) != std::string::npos);
    }
    CHECK(chinese_follow.out.find("hesitations") == std::string::npos);
    CHECK(chinese_follow.out.find("section") == std::string::npos);
    CHECK(chinese_json.out == report_json_text);
    REQUIRE(english_follow_json.status == 0);
    CHECK(chinese_follow_json.out == english_follow_json.out);

    const auto unheard = run({"play", "latest", "--at", "99"});
    CHECK(unheard.status == 1);
    CHECK(unheard.err.find("sentence 99 was not heard in that run") != std::string::npos);
}

TEST_CASE("follow --spans refuses a file that is not sentence spans in one line")
{
    const podium::testing::ConfigHome home;
    const std::string script = home.write_speech("speech.txt", kSpeech);
    const std::string wav = home.write_speech("speech.wav", "");
    const std::string spans = home.write_speech("spans.json", "{\"sentence\": 1}");
    REQUIRE(run({"speak", script.c_str(), "--out", wav.c_str()}).status == 0);
    const auto bad = run({"follow", script.c_str(), "--audio", wav.c_str(), "--delivery", "--spans", spans.c_str()});
    CHECK(bad.status == 1);
    CHECK(bad.err.find("not sentence spans") != std::string::npos);
    CHECK(bad.err.find('\n') == bad.err.size() - 1);
}
