// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.hpp"
#include "core/text/utf8.hpp"
#include "speech/speech_engine.hpp"
#include "speech/speech_render.hpp"
#include "speech_test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>

using namespace podium;

namespace {

SpeechRendering render(SpeechEngine& engine, const Script& script, const SpeechVoices& voices)
{
    return render_speech(engine, plan_speech(script, voices, test::all_sentences(script)), [](auto) {});
}

std::size_t sentence_containing(const SpeechRendering& rendering, std::size_t at)
{
    for (const auto& sentence : rendering.sentences) {
        if (at >= sentence.start && at < sentence.start + std::max<std::size_t>(sentence.total_samples, 1)) {
            return sentence.sentence;
        }
    }
    return rendering.sentences.back().sentence;
}

// Word events come in order, inside the sentence they belong to, pointing into its text.
void check_events(const Script& script, const SpeechRendering& rendering)
{
    std::size_t previous_at = 0;
    std::size_t previous_sentence = 0;
    std::size_t words = 0;
    for (const RenderedEvent& rendered : rendering.events) {
        CHECK(rendered.at >= previous_at);
        CHECK(rendered.event.sentence >= previous_sentence);
        previous_at = rendered.at;
        previous_sentence = rendered.event.sentence;
        if (rendered.event.type != SpeechEventType::Word) {
            continue;
        }
        ++words;
        CHECK(sentence_containing(rendering, rendered.at) == rendered.event.sentence);
        const Span sentence = script.sentences.at(rendered.event.sentence).span;
        CHECK(rendered.event.source.begin >= sentence.begin);
        CHECK(rendered.event.source.end <= sentence.end);
        CHECK_FALSE(rendered.event.source.empty());
    }
    CHECK(words > 0);
}

} // namespace

TEST_CASE("a Chinese speech is synthesised to memory with plausible durations and events per sentence")
{
    SpeechEngine engine;
    const Script script = test::script_of({"今天天气很好。", "我们一起开一个短会。"});
    REQUIRE(script.sentences.size() == 2);
    const SpeechRendering rendering = render(engine, script, test::bundled_voices());
    REQUIRE(rendering.sentences.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        const auto& sentence = rendering.sentences[i];
        CHECK(sentence.sentence == i);
        const double han = static_cast<double>(utf8::count_code_points(script.sentence_text(i))) - 1; // minus 。
        const double seconds_per_han = static_cast<double>(sentence.speech_samples) / kSpeechSampleRate / han;
        // Formal Chinese is about 0.3 s a character (200 a minute); anything from 100 to 400 a
        // minute is a plausible voice, far from silence or a spelled-out reading.
        CHECK(seconds_per_han > 0.15);
        CHECK(seconds_per_han < 0.6);
    }
    CHECK(rendering.sentences[1].start == rendering.sentences[0].start + rendering.sentences[0].total_samples);
    CHECK(rendering.total_samples == rendering.sentences[1].start + rendering.sentences[1].total_samples);
    check_events(script, rendering);
}

TEST_CASE("an English speech is synthesised to memory with plausible durations and events per sentence")
{
    SpeechEngine engine;
    const Script script = test::script_of({"Thank you all for coming today.", "We will start with a short review."});
    REQUIRE(script.sentences.size() == 2);
    const SpeechRendering rendering = render(engine, script, test::bundled_voices(SpokenLanguage::English));
    REQUIRE(rendering.sentences.size() == 2);
    const double words[] = {6, 7};
    for (std::size_t i = 0; i < 2; ++i) {
        const double seconds_per_word
            = static_cast<double>(rendering.sentences[i].speech_samples) / kSpeechSampleRate / words[i];
        CHECK(seconds_per_word > 0.2);  // 300 words a minute
        CHECK(seconds_per_word < 0.8);  // 75 words a minute
    }
    check_events(script, rendering);
    // Each English word is reported, and in the order of the text.
    std::vector<std::string_view> heard;
    for (const auto& rendered : rendering.events) {
        if (rendered.event.type == SpeechEventType::Word) {
            heard.push_back(script.view(rendered.event.source));
        }
    }
    REQUIRE(heard.size() >= 2);
    CHECK(heard[0] == "Thank");
    CHECK(heard[1] == "you");
}

TEST_CASE("a placeholder is a short pause, not the word asterisk")
{
    SpeechEngine engine;
    const SpeechVoices voices = test::bundled_voices();
    Script with = test::script_from("新增门店**家。");
    const std::size_t star = with.text.find("**");
    if (std::none_of(with.placeholders.begin(), with.placeholders.end(),
            [&](const Placeholder& p) { return p.span.contains(star); })) {
        with.placeholders.push_back({{star, star + 2}, 1, 5, "**"});
    }
    const Script without = test::script_from("新增门店家。");
    const Script asterisks = test::script_from("asterisk asterisk.");
    const double with_seconds = render(engine, with, voices).seconds();
    const double without_seconds = render(engine, without, voices).seconds();
    const double asterisk_seconds = render(engine, asterisks, test::bundled_voices(SpokenLanguage::English)).seconds();
    const double difference = with_seconds - without_seconds;
    INFO("with " << with_seconds << " s, without " << without_seconds << " s, \"asterisk asterisk\" "
                 << asterisk_seconds << " s, placeholder pause " << voices.pauses().placeholder << " s");
    // The difference is the placeholder pause plus eSpeak's edges around the split run.
    CHECK(difference > voices.pauses().placeholder * 0.5);
    CHECK(difference < voices.pauses().placeholder + 0.3);
    CHECK(difference < asterisk_seconds * 0.75);
}

TEST_CASE("speaking a new plan drops the old one at once (seek), and stop ends synthesis")
{
    SpeechEngine engine({2.0});
    const Script script = test::sample_script("welcome-zh.txt");
    REQUIRE(script.sentences.size() > 6);
    const SpeechVoices voices = test::bundled_voices();
    engine.speak(plan_speech(script, voices, test::all_sentences(script)));
    const auto first = engine.next(std::chrono::seconds(10));
    REQUIRE(first);
    CHECK(first->sentence == 0);
    engine.speak(plan_speech(script, voices, {5, script.sentences.size()}));
    const auto after_seek = engine.next(std::chrono::seconds(10));
    REQUIRE(after_seek);
    CHECK(after_seek->sentence == 5);
    CHECK(after_seek->first_sample == 0);
    engine.stop();
    CHECK(engine.finished());
    CHECK_FALSE(engine.next(std::chrono::milliseconds(50)));
}

TEST_CASE("the engine knows which eSpeak voices are installed")
{
    SpeechEngine engine;
    const auto found = engine.installed({"cmn-latn-pinyin", "en-us", "en-gb", "no-such-voice"});
    CHECK(found == std::vector<bool>{true, true, true, false});
}

TEST_CASE("a preset naming a missing eSpeak voice is a clear error")
{
    SpeechEngine engine;
    SpeechVoices voices = test::bundled_voices();
    voices.chinese.espeak_voice = "no-such-voice";
    const Script script = test::script_from("大家好。");
    CHECK_THROWS_WITH(render(engine, script, voices), Catch::Contains("no-such-voice") && Catch::Contains("not installed"));
}

TEST_CASE("missing eSpeak NG data is a clear error naming what to install")
{
    test::TempDirectory empty;
    std::filesystem::create_directory(empty.path() / "espeak-ng-data");
    const char* previous = std::getenv("ESPEAK_DATA_PATH");
    const std::string saved = previous != nullptr ? previous : "";
    setenv("ESPEAK_DATA_PATH", empty.path().c_str(), 1);
    CHECK_THROWS_WITH(SpeechEngine(), Catch::Contains("eSpeak NG data not found") && Catch::Contains("espeak-ng-data"));
    if (previous != nullptr) {
        setenv("ESPEAK_DATA_PATH", saved.c_str(), 1);
    } else {
        unsetenv("ESPEAK_DATA_PATH");
    }
}

TEST_CASE("only one engine drives eSpeak NG at a time")
{
    SpeechEngine engine;
    CHECK_THROWS_AS(SpeechEngine(), Error);
}
