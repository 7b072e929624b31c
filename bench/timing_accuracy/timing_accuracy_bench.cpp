// SPDX-License-Identifier: GPL-3.0-or-later
// Leave-one-speech-out cross-validation of the timing model against eSpeak NG synthesis.
//
// Every speech of the project (docs/samples, ../shared/speeches when present,
// bench/timing_accuracy/speeches) is synthesised once, sentence by sentence. For each speech,
// the pace parameters (Han and English rates, the comma / colon / sentence / paragraph /
// section pauses) are fitted with fit_pace — the fit `--calibrated` uses on rehearsals — on the
// sentences of all the *other* speeches of the same main language, then the held-out speech's sections are predicted and
// compared with its synthesis. Sections of at least 100 Han syllables or 60 English words are
// checked against ±5%. A baseline row set uses the calibration passages alone. Then the speech
// weights (core/timing/speech_units.hpp) are searched on a grid the same way (weight_search.hpp):
// once over every speech (how the model's weights were found), and nested — for each speech,
// the weights chosen by leave-one-out over the others, then the speech predicted — so neither
// the weights nor the pace saw what they predict.
//
// Usage: podium_timing_accuracy_bench [--dump-sentences FILE.csv] [SPEECH…]
//        (default: every speech of the project; the dump holds one row per sentence — measured
//        seconds, the counts, the model's features, the text and its reading — for residual
//        analysis of new features)
#include "speech_corpus.hpp"
#include "weight_search.hpp"

#include "core/text/spoken_text.hpp"
#include "core/timing/comparison.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

using namespace podium;
namespace fs = std::filesystem;

using namespace podium::bench;

namespace {

void report(const char* title, const std::vector<Speech>& speeches,
    const std::vector<std::vector<double>>& predictions, bool detail)
{
    const ComparisonRule rule;
    Tally tally;
    std::printf("\n== %s ==\n", title);
    if (detail) {
        std::printf("%-28s %-34s %7s %9s %9s %7s  %s\n", "Speech", "Section", "Units", "Model", "Measured", "Error",
            "Check");
    }
    for (std::size_t s = 0; s < speeches.size(); ++s) {
        const Speech& speech = speeches[s];
        if (predictions[s].empty()) {
            continue; // not predicted in this scheme (too few speeches of its language)
        }
        tally.add_sections(speech, predictions[s]);
        const Timing& measured = speech.synthesis.measured;
        for (std::size_t i = 0; i < measured.sections.size(); ++i) {
            const SectionTiming& section = measured.sections[i];
            const SectionComparison c
                = compare_section(predictions[s][i], section.duration, section.han_chars, section.words, rule);
            if (detail) {
                // At most 30 characters, cut on a character boundary.
                std::string title_text;
                std::size_t characters = 0;
                for (const char byte : speech.loaded.script.sections[i].title) {
                    const bool starts_character = (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
                    if (starts_character && ++characters > 30) {
                        break;
                    }
                    title_text += byte;
                }
                char units[32];
                std::snprintf(units, sizeof units, "%zu%s", section.han_chars > 0 ? section.han_chars : section.words,
                    section.han_chars > 0 ? "zh" : "w");
                std::printf("%-28s %-34s %7s %9.1f %9.1f %+6.1f%%  %s\n", speech.name.c_str(), title_text.c_str(), units,
                    c.model_seconds, c.measured_seconds, c.error * 100.0, c.checked ? (c.within ? "PASS" : "FAIL") : "-");
            }
        }
    }
    std::printf("%s: %zu of %zu checked sections within ±5%%; median |error| %.2f%%, largest %.2f%%\n", title,
        tally.within, tally.errors.size(), tally.median() * 100.0, tally.worst() * 100.0);
}

void print_profile(const char* label, const PaceCalibration& fit)
{
    const PaceProfile& p = fit.profile;
    std::printf("%s: %.1f Han syllables/min, %.1f wpm = %.1f English syllables/min; pauses %.3f s comma, %.3f s "
                "colon, %.3f s sentence, %.3f s paragraph, %.3f s section, %.3f s placeholder (%zu sentences)\n",
        label, p.han_per_minute, p.words_per_minute, p.english_syllables_per_minute(), p.comma_pause, p.colon_pause,
        p.sentence_pause, p.paragraph_pause, p.section_pause, p.placeholder_pause, fit.sentences_used);
}

// One CSV row per sentence: what a candidate feature is tested against (docs/timing.md).
void dump_sentences(const fs::path& path, const std::vector<Speech>& speeches)
{
    std::ofstream out(path);
    out << "speech,language,section,heading,speaking,pause_after,han,words,english_syllables,commas,colons,"
           "placeholders,neutral_tone,nasal,function_words,english_letters";
    for (std::size_t k = 0; k < pace_parameter_count; ++k) {
        out << ",f" << k;
    }
    out << ",text,reading\n";
    for (const Speech& speech : speeches) {
        const Script& script = speech.loaded.script;
        const auto& measured = speech.synthesis.measured.sentences;
        for (std::size_t i = 0; i < measured.size() && i < script.sentences.size(); ++i) {
            const SentenceTiming& t = measured[i];
            std::string text(script.sentences[i].span.of(script.text));
            std::replace(text.begin(), text.end(), '"', '\'');
            std::replace(text.begin(), text.end(), '\n', ' ');
            out << speech.name << ',' << (speech.synthesis.primary == SpokenLanguage::Chinese ? "zh" : "en") << ','
                << script.sentences[i].section << ',' << (script.sentences[i].is_heading ? 1 : 0) << ',' << t.speaking
                << ',' << t.pause_after << ',' << t.han_chars << ',' << t.words << ',' << t.english_syllables << ','
                << t.commas << ',' << t.colons << ',' << t.placeholders << ',' << t.neutral_tone_syllables << ','
                << t.nasal_syllables << ',' << t.function_words << ',' << t.english_letters;
            for (const double f : speech.features[i]) {
                out << ',' << f;
            }
            std::string reading = normalise_for_speech(script.text, script.sentences[i].span).reading();
            std::replace(reading.begin(), reading.end(), '"', '\'');
            std::replace(reading.begin(), reading.end(), '\n', ' ');
            out << ",\"" << text << "\",\"" << reading << "\"\n";
        }
    }
    // The sections beside it: which sentences each holds (its subtree) and its measured time.
    fs::path sections_path = path;
    sections_path += ".sections.csv";
    std::ofstream sections_out(sections_path);
    sections_out << "speech,section,first_sentence,end_sentence,han,words,measured\n";
    for (const Speech& speech : speeches) {
        const Timing& measured = speech.synthesis.measured;
        for (std::size_t i = 0; i < measured.sections.size(); ++i) {
            const Section& section = speech.loaded.script.sections[i];
            sections_out << speech.name << ',' << i << ',' << section.first_sentence << ',' << section.end_sentence
                         << ',' << measured.sections[i].han_chars << ',' << measured.sections[i].words << ','
                         << measured.sections[i].duration << '\n';
        }
    }
    std::printf("sentences written to %s, sections to %s\n", path.string().c_str(), sections_path.string().c_str());
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<fs::path> paths;
    fs::path dump_path;
    constexpr const char* usage = "usage: podium_timing_accuracy_bench [--dump-sentences FILE.csv] [SPEECH...]\n"
                                  "  with no speech: every speech of the project (docs/timing.md)\n";
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "-h" || argument == "--help") {
            std::fputs(usage, stdout);
            return 0;
        }
        if (argument == "--dump-sentences") {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "podium_timing_accuracy_bench: --dump-sentences needs a file name\n%s", usage);
                return 2;
            }
            dump_path = argv[++i];
        } else if (argument.starts_with("-")) {
            std::fprintf(stderr, "podium_timing_accuracy_bench: unknown option %s\n%s", argument.c_str(), usage);
            return 2;
        } else {
            paths.emplace_back(argument);
        }
    }
    if (paths.empty()) {
        paths = project_speeches();
    }
    std::vector<Speech> speeches;
    try {
        for (const auto& path : paths) {
            Speech speech{path.filename().string(), load_script(ScriptArguments{path.string(), {}}), {}, {}};
            speech.synthesis = synthesise_speech(speech.loaded, {}, std::cerr);
            speech.features = sentence_features(speech.loaded.script);
            std::size_t syllables = 0;
            std::size_t words = 0;
            for (const auto& sentence : speech.synthesis.measured.sentences) {
                syllables += sentence.english_syllables;
                words += sentence.words;
            }
            std::printf("%-28s %3zu sections, %4zu sentences, %6.1f s of audio%s\n", speech.name.c_str(),
                speech.loaded.script.sections.size(), speech.loaded.script.sentences.size(),
                speech.synthesis.measured.total_seconds,
                words > 0 ? (", " + std::to_string(words) + " English words, "
                                + std::to_string(static_cast<double>(syllables) / static_cast<double>(words)).substr(0, 4)
                                + " syllables/word")
                                .c_str()
                          : "");
            speeches.push_back(std::move(speech));
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "podium_timing_accuracy_bench: %s\n", e.what());
        return 1;
    }
    if (speeches.size() < 2) {
        std::fprintf(stderr, "podium_timing_accuracy_bench: need at least two speeches\n");
        return 1;
    }
    if (!dump_path.empty()) {
        dump_sentences(dump_path, speeches);
    }
    // Baseline: the calibration passages' profile (no speech seen).
    std::vector<std::vector<double>> baseline;
    for (const Speech& speech : speeches) {
        baseline.push_back(predict_sections(speech, speech.features, speech.synthesis.measured.profile));
    }
    report("Calibration passages only", speeches, baseline, false);

    // Leave one speech out. Each language is read by its own eSpeak voice, with its own pauses
    // (the calibration passages: 0.20 s at a Chinese comma, 0.31 s at an English one), so a
    // speech is predicted from the other speeches of its main language.
    std::vector<std::vector<SentenceFeatures>> model_features;
    for (const Speech& speech : speeches) {
        model_features.push_back(speech.features);
    }
    std::vector<std::vector<double>> held_out;
    for (std::size_t s = 0; s < speeches.size(); ++s) {
        std::vector<std::size_t> others = speeches_of(speeches, speeches[s].synthesis.primary);
        std::erase(others, s);
        const PaceCalibration fit = fit_on(speeches, model_features, others, speeches[s].synthesis.measured.profile);
        print_profile(("without " + speeches[s].name).c_str(), fit);
        held_out.push_back(predict_sections(speeches[s], speeches[s].features, fit.profile));
    }
    report("Leave one speech out", speeches, held_out, true);

    std::printf("\n");
    for (const SpokenLanguage language : {SpokenLanguage::Chinese, SpokenLanguage::English}) {
        const std::vector<std::size_t> all = speeches_of(speeches, language);
        const PaceProfile base = (all.empty() ? speeches.front() : speeches[all.back()]).synthesis.measured.profile;
        print_profile(language == SpokenLanguage::Chinese ? "Fitted on every Chinese speech" : "Fitted on every English speech",
            fit_on(speeches, model_features, all, base));
    }

    // The weights: searched on every speech (what the model's values came from), then nested.
    std::printf("\n== Speech weights (core/timing/speech_units.hpp), searched by leave one speech out ==\n");
    std::vector<std::vector<double>> nested(speeches.size());
    for (const SpokenLanguage language : {SpokenLanguage::Chinese, SpokenLanguage::English}) {
        const bool chinese = language == SpokenLanguage::Chinese;
        const std::vector<std::size_t> pool = speeches_of(speeches, language);
        if (pool.size() < 3) {
            std::printf("%s: %zu speeches, too few to search the weights\n", chinese ? "Chinese" : "English", pool.size());
            continue;
        }
        const std::vector<SpeechWeights> grid = weight_grid(language);
        const SpeechWeights best = best_weights(speeches, pool, grid);
        const Tally model = leave_one_out(speeches, pool, SpeechWeights{});
        const Tally searched = leave_one_out(speeches, pool, best);
        const auto describe = [&](const SpeechWeights& w) {
            char text[96];
            if (chinese) {
                std::snprintf(text, sizeof text, "neutral %.2f, nasal %.2f", w.neutral_tone, w.nasal_syllable);
            } else {
                std::snprintf(text, sizeof text, "word share %.2f, letter share %.2f, function-word saving %.2f",
                    w.english_word_share, w.english_letter_share, w.function_word_saving);
            }
            return std::string(text);
        };
        std::printf("%s, %zu candidates: best on every speech %s (%zu of %zu, median %.2f%%); the model's %s "
                    "(%zu of %zu, median %.2f%%)\n",
            chinese ? "Chinese" : "English", grid.size(), describe(best).c_str(), searched.within, searched.errors.size(),
            searched.median() * 100.0, describe(SpeechWeights{}).c_str(), model.within, model.errors.size(),
            model.median() * 100.0);
        for (NestedFold& fold : nested_cross_validation(speeches, language)) {
            std::printf("  without %-28s chose %s\n", speeches[fold.held_out].name.c_str(), describe(fold.chosen).c_str());
            nested[fold.held_out] = std::move(fold.predicted);
        }
    }
    report("Nested: weights and pace both chosen without the held-out speech", speeches, nested, true);
    return 0;
}
