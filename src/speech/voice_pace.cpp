// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/voice_pace.hpp"

#include "core/error.hpp"
#include "core/script/script.hpp"
#include "core/text/spoken_text.hpp"
#include "core/timing/estimate.hpp"
#include "speech/speech_engine.hpp"
#include "speech/speech_render.hpp"

#include <algorithm>
#include <cmath>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace podium {

namespace {

// Calibration passages, written for this purpose: everyday sentences from 2 to 60 syllables
// (or 2 to 28 words) so the fit separates the rate from the silence around each sentence.
// No numbers, no Latin in the Chinese one, no placeholders: nothing but plain reading.
constexpr std::string_view kChineseCalibration = "春天来了。\n"
                                                 "我们今天聚在一起，谈一谈怎样把一件事情做好。\n"
                                                 "做好一件事，先要想清楚为什么做，再想清楚怎么做。\n"
                                                 "方向对了，路再远也不怕。\n"
                                                 "很多时候，我们缺的不是能力，而是坚持下去的耐心和面对困难的勇气。\n"
                                                 "大家都知道，一个团队能走多远，取决于每个人是否愿意把自己的那一份工作认认真真地完成，"
                                                 "并且在别人需要帮助的时候伸出手来。\n"
                                                 "谢谢。\n"
                                                 "请允许我讲一个小故事。\n"
                                                 "有一位老师傅在工厂里干了一辈子，他常说，活儿要干细，话要说实，人要做正。\n"
                                                 "这句话朴素，却道出了做事做人的根本道理。\n"
                                                 "让我们从身边的小事做起，从今天做起，把每一天都过得踏实而有意义。\n"
                                                 "未来属于每一个认真努力的人。\n";

constexpr std::string_view kEnglishCalibration
    = "Good morning.\n"
      "Thank you all for coming today.\n"
      "I want to talk about how small habits shape the work we do together.\n"
      "When we began this project, nobody knew whether it would succeed.\n"
      "We had a plan, a little money, and a great deal of hope, but very little experience in building "
      "something of this size.\n"
      "Over time, we learned to listen to each other, to test our ideas early, and to admit quickly when we "
      "were wrong.\n"
      "That changed everything.\n"
      "Teams that share what they learn move faster than teams that keep it to themselves.\n"
      "So here is my request for the coming year: write things down, ask for help early, and celebrate the "
      "people around you when they do good work.\n"
      "Most of the time, the difference between a good day and a bad one is simply how clearly we explained "
      "what we needed.\n"
      "Thank you.\n"
      "If we keep asking honest questions and keep our promises small, the results will take care of themselves.\n"
      "Let us begin.\n";

struct Sample {
    double units = 0.0;
    double seconds = 0.0;
    std::size_t clause_marks = 0; // pauses inside the sentence (commas, colons…)
};

// The passage with every pause mark inside its sentences taken out, so the difference to the
// full passage is what the voice spends at them.
std::string without_clause_marks(std::string_view passage)
{
    std::string out;
    for (std::size_t i = 0; i < passage.size();) {
        bool dropped = false;
        for (const std::string_view mark : {"，", "、", "；", "：", ",", ";", ":"}) {
            if (passage.substr(i).starts_with(mark)) {
                i += mark.size();
                dropped = true;
                break;
            }
        }
        if (!dropped) {
            out += passage[i++];
        }
    }
    return out;
}

// Synthesises every sentence of `passage` with the voice of `language` alone and returns its
// units (as the shared normaliser counts them) against its audio without pauses.
std::vector<Sample> read_passage(SpeechEngine& engine, SpeechVoices voices, SpokenLanguage language,
    std::string_view passage)
{
    const Script script = build_script(std::string(passage), ScriptFormat::PlainText);
    voices.primary = language;
    SpeechPlan plan = plan_speech(script, voices, {0, script.sentences.size()});
    const SpeechRendering rendering = render_speech(engine, std::move(plan), [](std::span<const std::int16_t>) {});
    std::vector<Sample> samples;
    for (const RenderedSentence& sentence : rendering.sentences) {
        // Counted as the timing model counts, in the units the rates price (speech_units.hpp).
        const SentenceTiming counts = count_spoken(
            normalise_for_speech(script.text, script.sentences.at(sentence.sentence).span), script.text);
        const double units = language == SpokenLanguage::Chinese ? counts.han_units() : counts.english_units();
        samples.push_back({units, static_cast<double>(sentence.speech_samples) / static_cast<double>(kSpeechSampleRate),
            counts.commas + counts.colons});
    }
    return samples;
}

// Least squares: seconds = units × slope + intercept.
VoiceRate fit(const std::vector<Sample>& samples)
{
    VoiceRate rate;
    rate.sentences = samples.size();
    double n = 0.0;
    double sum_u = 0.0;
    double sum_t = 0.0;
    for (const Sample& sample : samples) {
        n += 1.0;
        sum_u += sample.units;
        sum_t += sample.seconds;
    }
    rate.units = static_cast<std::size_t>(std::lround(sum_u));
    rate.seconds = sum_t;
    if (n < 2.0) {
        throw Error("could not measure the voice's rate: its calibration passage gave no sentences");
    }
    const double mean_u = sum_u / n;
    const double mean_t = sum_t / n;
    double covariance = 0.0;
    double variance = 0.0;
    for (const Sample& sample : samples) {
        covariance += (sample.units - mean_u) * (sample.seconds - mean_t);
        variance += (sample.units - mean_u) * (sample.units - mean_u);
    }
    const double slope = variance > 0.0 ? covariance / variance : 0.0;
    if (slope <= 0.0) {
        throw Error("could not measure the voice's rate: its audio does not grow with the text (is the voice installed?)");
    }
    rate.units_per_minute = 60.0 / slope;
    rate.seconds_per_text = mean_t - slope * mean_u;
    return rate;
}

} // namespace

std::ostream& operator<<(std::ostream& out, const VoiceRate& rate)
{
    return out << "VoiceRate{" << rate.units_per_minute << "/min, " << rate.seconds_per_text << " s per text, "
               << rate.sentences << " sentences, " << rate.units << " units, " << rate.seconds << " s}";
}

VoicePace measure_voice_pace(SpeechEngine& engine, const SpeechVoices& voices)
{
    // The rate on the passage without its commas (articulation alone), the clause pause from
    // the difference with the passage as written.
    const auto measure = [&](SpokenLanguage language, std::string_view passage) {
        const std::vector<Sample> written = read_passage(engine, voices, language, passage);
        const std::vector<Sample> plain = read_passage(engine, voices, language, without_clause_marks(passage));
        VoiceRate rate = fit(plain);
        double difference = 0.0;
        for (const Sample& sample : written) {
            difference += sample.seconds;
            rate.clause_marks += sample.clause_marks;
        }
        for (const Sample& sample : plain) {
            difference -= sample.seconds;
        }
        rate.clause_pause = rate.clause_marks > 0 ? std::max(0.0, difference / static_cast<double>(rate.clause_marks)) : 0.0;
        return rate;
    };
    return {measure(SpokenLanguage::Chinese, kChineseCalibration), measure(SpokenLanguage::English, kEnglishCalibration)};
}

PaceProfile matched_profile(const VoicePace& pace, const SpeechVoices& voices)
{
    const VoicePauses& pauses = voices.pauses();
    const VoiceRate& main = voices.primary == SpokenLanguage::Chinese ? pace.chinese : pace.english;
    const double per_text = main.seconds_per_text;
    PaceProfile profile;
    profile.han_per_minute = pace.chinese.units_per_minute;
    profile.words_per_minute = pace.english.units_per_minute;
    profile.sentence_pause = pauses.sentence + per_text;
    profile.paragraph_pause = pauses.paragraph + per_text;
    profile.section_pause = pauses.section + per_text;
    profile.placeholder_pause = pauses.placeholder + per_text;
    // The normaliser hands eSpeak every pause mark inside a sentence as a comma, so the voice
    // pauses alike at both classes.
    profile.comma_pause = main.clause_pause;
    profile.colon_pause = main.clause_pause;
    return profile;
}

} // namespace podium
