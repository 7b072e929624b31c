// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/utf8.hpp"
#include "speech/speech_plan.hpp"
#include "speech_test_support.hpp"

#include <catch2/catch.hpp>

using namespace podium;

namespace {

std::string_view source_of(const Script& script, Span span)
{
    return script.view(span);
}

} // namespace

TEST_CASE("Latin words inside Chinese are planned for the English voice, Han for the Chinese voice")
{
    const Script script = test::script_from("我们用AI技术，谢谢大家。");
    const SpeechPlan plan = plan_speech(script, test::bundled_voices(), test::all_sentences(script));
    REQUIRE(plan.sentences.size() == 1);
    const auto& runs = plan.sentences[0].runs;
    REQUIRE(runs.size() == 3);
    CHECK(runs[0].language == SpokenLanguage::Chinese);
    CHECK(source_of(script, runs[0].source) == "我们用");
    CHECK(runs[1].language == SpokenLanguage::English);
    CHECK(runs[1].text.rfind("AI", 0) == 0);
    CHECK(runs[2].language == SpokenLanguage::Chinese);
    // The comma between the Han words and the full stop are kept so eSpeak phrases naturally.
    CHECK(runs[2].text.find("，") != std::string::npos);
    CHECK(runs[2].text.ends_with("。"));
    CHECK(plan.voices.settings(SpokenLanguage::Chinese).voice == "cmn-latn-pinyin");
    CHECK(plan.voices.settings(SpokenLanguage::English).voice == "en-us");
}

TEST_CASE("an English sentence is planned as one run, not word by word")
{
    const Script script = test::script_from("Thank you all for coming.");
    const SpeechPlan plan = plan_speech(script, test::bundled_voices(SpokenLanguage::English), test::all_sentences(script));
    REQUIRE(plan.sentences.size() == 1);
    REQUIRE(plan.sentences[0].runs.size() == 1);
    CHECK(plan.sentences[0].runs[0].text == "Thank you all for coming.");
}

TEST_CASE("a placeholder becomes a silence of the preset's placeholder pause")
{
    Script script = test::script_from("新增门店**家。");
    const std::size_t star = script.text.find("**");
    script.placeholders = {{{star, star + 2}, 1, 5, "**"}};
    const SpeechVoices voices = test::bundled_voices();
    const SpeechPlan plan = plan_speech(script, voices, test::all_sentences(script));
    REQUIRE(plan.sentences.size() == 1);
    const auto& runs = plan.sentences[0].runs;
    REQUIRE(runs.size() == 3);
    CHECK(runs[1].kind == RunKind::Silence);
    CHECK(runs[1].silence_seconds == voices.pauses().placeholder);
    for (const auto& run : runs) {
        CHECK(run.text.find('*') == std::string::npos);
    }
}

TEST_CASE("the pause after a sentence grows at a paragraph end and a section end, and the last has none")
{
    Script script = test::script_of({"一。", "二。", "三。", "四。"});
    REQUIRE(script.sentences.size() == 4);
    script.sentences[0].paragraph = 0;
    script.sentences[1].paragraph = 0;
    script.sentences[2].paragraph = 1;
    script.sentences[3].paragraph = 2;
    script.sentences[3].section = 1;
    const SpeechVoices voices = test::bundled_voices();
    const SpeechPlan plan = plan_speech(script, voices, test::all_sentences(script));
    REQUIRE(plan.sentences.size() == 4);
    CHECK(plan.sentences[0].pause_after == voices.pauses().sentence);
    CHECK(plan.sentences[1].pause_after == voices.pauses().paragraph);
    CHECK(plan.sentences[2].pause_after == voices.pauses().section);
    CHECK(plan.sentences[3].pause_after == 0.0);
}

TEST_CASE("a plan covers only the requested sentences")
{
    const Script script = test::script_of({"一。", "二。", "三。", "四。"});
    const SpeechPlan plan = plan_speech(script, test::bundled_voices(), {1, 3});
    REQUIRE(plan.sentences.size() == 2);
    CHECK(plan.sentences[0].sentence == 1);
    CHECK(plan.sentences[1].sentence == 2);
    CHECK(plan.sentences[1].pause_after == 0.0);
}

TEST_CASE("a word eSpeak reports is mapped back to its bytes in the source")
{
    const Script script = test::script_from("我们用AI技术，谢谢大家。");
    const SpeechPlan plan = plan_speech(script, test::bundled_voices(), test::all_sentences(script));
    const PlannedRun& run = plan.sentences[0].runs.at(2); // "技术，谢谢大家。"
    const auto position_of = [&](std::string_view word) {
        return static_cast<int>(utf8::count_code_points(std::string_view(run.text).substr(0, run.text.find(word)))) + 1;
    };
    CHECK(source_of(script, map_to_source(run, 1, 1)) == "技");
    CHECK(source_of(script, map_to_source(run, position_of("谢谢"), 2)) == "谢谢");
    CHECK(source_of(script, map_to_source(run, position_of("大家"), 2)) == "大家");
}

TEST_CASE("a word in a reading the normaliser wrote maps to that reading's whole source")
{
    const std::string text = "2023年";
    PlannedRun run;
    run.text = "二〇二三年";
    run.source = {0, text.size()};
    run.pieces = {{0, "二〇二三", {0, 4}, "2023", false}, {4, "年", {4, text.size()}, "年", true}};
    CHECK(map_to_source(run, 2, 1).of(text) == "2023");
    CHECK(map_to_source(run, 5, 1).of(text) == "年");
}
