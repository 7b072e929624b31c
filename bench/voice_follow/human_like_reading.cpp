// SPDX-License-Identifier: GPL-3.0-or-later
#include "human_like_reading.hpp"

#include "speech/resampler.hpp"
#include "speech/speech_render.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <string_view>

namespace podium::bench {

namespace {

constexpr float kVoiceThreshold = 300.0f / 32768.0f; // eSpeak's silences are digital zero

// The clauses of a run's text: cut after a clause mark (，、；：, ; :), the mark kept with the
// clause it ends.
std::vector<std::string> clauses_of(const std::string& text)
{
    static const std::vector<std::string_view> marks = {"，", "、", "；", "：", ", ", "; ", ": "};
    std::vector<std::string> out;
    std::size_t begin = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t cut = 0;
        for (const std::string_view mark : marks) {
            if (text.compare(i, mark.size(), mark) == 0) {
                cut = mark.size();
                break;
            }
        }
        if (cut > 0) {
            out.push_back(text.substr(begin, i + cut - begin));
            i += cut;
            begin = i;
        } else {
            ++i;
        }
    }
    if (begin < text.size()) {
        out.push_back(text.substr(begin));
    }
    return out;
}

// A breath: noise shaped like one (most of its energy below 2 kHz), rising and falling.
void breathe(std::vector<float>& audio, std::size_t at, std::size_t length, double rms, std::mt19937& random)
{
    std::normal_distribution<double> white(0.0, 1.0);
    double low = 0.0;
    for (std::size_t i = 0; i < length && at + i < audio.size(); ++i) {
        low = 0.85 * low + 0.15 * white(random);
        const double envelope = std::sin(3.14159265358979 * static_cast<double>(i) / static_cast<double>(length));
        audio[at + i] += static_cast<float>(rms * 2.5 * low * envelope * envelope);
    }
}

} // namespace

HumanLikeReading read_like_a_person(SpeechEngine& engine, const Script& script, const SpeechVoices& voices,
    const Speaker& speaker, std::size_t sentence_limit)
{
    std::mt19937 random(speaker.seed);
    std::normal_distribution<double> rate_step(0.0, speaker.rate_spread);
    std::uniform_int_distribution<int> pitch_step(-speaker.pitch_spread, speaker.pitch_spread);
    std::uniform_real_distribution<double> clause_pause(0.15, 0.6);
    std::uniform_real_distribution<double> sentence_pause(0.25, 1.2);
    std::bernoulli_distribution breath(0.5);
    std::uniform_real_distribution<double> breath_length(0.15, 0.3);

    const std::size_t count = sentence_limit == 0 ? script.sentences.size() : std::min(sentence_limit, script.sentences.size());
    const SpeechPlan plan = plan_speech(script, voices, {0, count});
    std::vector<float> audio; // 22.05 kHz
    std::vector<std::pair<std::size_t, std::size_t>> breaths;
    HumanLikeReading out;
    const auto silence = [&](double seconds) {
        const auto length = static_cast<std::size_t>(seconds * kSpeechSampleRate);
        if (seconds >= 0.3 && breath(random)) {
            breaths.emplace_back(audio.size() + length / 4, static_cast<std::size_t>(breath_length(random) * kSpeechSampleRate));
        }
        audio.insert(audio.end(), length, 0.0f);
    };
    for (const PlannedSentence& planned : plan.sentences) {
        std::vector<std::pair<const PlannedRun*, std::string>> pieces;
        for (const PlannedRun& run : planned.runs) {
            if (run.kind == RunKind::Silence) {
                pieces.emplace_back(&run, std::string());
                continue;
            }
            for (std::string& clause : clauses_of(run.text)) {
                pieces.emplace_back(&run, std::move(clause));
            }
        }
        SentenceTruth truth{planned.sentence, -1.0, -1.0};
        for (std::size_t p = 0; p < pieces.size(); ++p) {
            const PlannedRun& run = *pieces[p].first;
            if (run.kind == RunKind::Silence) {
                silence(run.silence_seconds);
                continue;
            }
            SpeechVoices clause_voices = voices;
            const double rate = std::clamp(speaker.rate * std::exp(rate_step(random)), 0.7, 1.4);
            const int pitch = std::clamp(voices.preset(run.language).pitch + pitch_step(random), 0, 100);
            for (VoicePreset* preset : {&clause_voices.chinese, &clause_voices.english}) {
                preset->rate = static_cast<int>(std::lround(preset->rate * rate));
                preset->pitch = pitch;
                preset->espeak_voice += speaker.variant;
            }
            PlannedRun clause = run;
            clause.text = pieces[p].second;
            clause.pieces.clear();
            SpeechPlan one{clause_voices, {PlannedSentence{planned.sentence, planned.span, {clause}, 0.0}}};
            const std::size_t from = audio.size();
            (void)render_speech(engine, std::move(one), [&](std::span<const std::int16_t> samples) {
                for (const std::int16_t s : samples) {
                    audio.push_back(static_cast<float>(s) / 32768.0f);
                }
            });
            // eSpeak's own silence around the clause is trimmed: the pauses are drawn here.
            std::size_t first = from;
            while (first < audio.size() && std::abs(audio[first]) < kVoiceThreshold) {
                ++first;
            }
            std::size_t last = audio.size();
            while (last > first && std::abs(audio[last - 1]) < kVoiceThreshold) {
                --last;
            }
            audio.erase(audio.begin() + static_cast<std::ptrdiff_t>(last), audio.end());
            audio.erase(audio.begin() + static_cast<std::ptrdiff_t>(from), audio.begin() + static_cast<std::ptrdiff_t>(first));
            if (audio.size() > from) {
                if (truth.start < 0.0) {
                    truth.start = static_cast<double>(from) / kSpeechSampleRate;
                }
                truth.end = static_cast<double>(audio.size()) / kSpeechSampleRate;
            }
            if (p + 1 < pieces.size()) {
                silence(clause_pause(random));
            }
        }
        if (truth.start >= 0.0) {
            out.sentences.push_back(truth);
        }
        silence(sentence_pause(random));
    }

    // The voice's power (where it speaks), then breaths and room noise against it.
    double power = 0.0;
    std::size_t voiced = 0;
    for (const float s : audio) {
        if (std::abs(s) >= kVoiceThreshold) {
            power += static_cast<double>(s) * s;
            ++voiced;
        }
    }
    const double rms = std::sqrt(power / static_cast<double>(std::max<std::size_t>(1, voiced)));
    for (const auto& [at, length] : breaths) {
        breathe(audio, at, length, rms * std::pow(10.0, -22.0 / 20.0), random);
    }
    std::normal_distribution<double> white(0.0, 1.0);
    std::vector<double> pink(audio.size());
    double b0 = 0.0, b1 = 0.0, b2 = 0.0, pink_power = 0.0;
    for (double& value : pink) { // Paul Kellet's economy filter
        const double w = white(random);
        b0 = 0.99765 * b0 + w * 0.0990460;
        b1 = 0.96300 * b1 + w * 0.2965164;
        b2 = 0.57000 * b2 + w * 1.0526913;
        value = b0 + b1 + b2 + w * 0.1848;
        pink_power += value * value;
    }
    pink_power /= static_cast<double>(std::max<std::size_t>(1, pink.size()));
    const double gain = rms / std::sqrt(pink_power) * std::pow(10.0, -speaker.snr_db / 20.0);
    for (std::size_t i = 0; i < audio.size(); ++i) {
        audio[i] += static_cast<float>(gain * pink[i]);
    }
    Resampler resampler(kSpeechSampleRate, 16000.0);
    resampler.process(audio, out.audio, true);
    return out;
}

} // namespace podium::bench
