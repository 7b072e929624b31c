// Leave-one-speech-out cross-validation of the timing model against eSpeak NG synthesis.
//
// Every speech of the project (docs/samples, ../shared/speeches when present,
// bench/timing_accuracy/speeches) is synthesised once, sentence by sentence. For each speech,
// the pace parameters (Han and English rates, the comma / colon / sentence / paragraph /
// section pauses) are fitted with fit_pace — the fit `--calibrated` uses on rehearsals — on the
// sentences of all the *other* speeches of the same main language, then the held-out speech's sections are predicted and
// compared with its synthesis. Sections of at least 100 Han syllables or 60 English words are
// checked against ±5%. A baseline row set uses the calibration passages alone.
//
// Usage: podium_timing_accuracy_bench [--dump-sentences FILE.csv] [SPEECH…]
//        (default: every speech of the project; the dump holds one row per sentence — measured
//        seconds, the model's features, the text — for residual analysis of new features)
#include "cli/script_source.hpp"
#include "cli/speech_estimate.hpp"
#include "core/rehearsal/pace_calibration.hpp"
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

namespace {

struct Speech {
    std::string name;
    LoadedScript loaded;
    SpeechSynthesis synthesis;
    std::vector<SentenceFeatures> features;
};

std::vector<fs::path> project_speeches()
{
    std::vector<fs::path> paths{fs::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-en.md",
        fs::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-zh.txt"};
    for (const fs::path& directory :
        {fs::path(PODIUM_SHARED_DIR) / "speeches", fs::path(PODIUM_SOURCE_DIR) / "bench/timing_accuracy/speeches"}) {
        std::error_code error;
        std::vector<fs::path> found;
        for (const auto& entry : fs::directory_iterator(directory, error)) {
            const auto extension = entry.path().extension();
            if (entry.is_regular_file() && (extension == ".txt" || extension == ".md")) {
                found.push_back(entry.path());
            }
        }
        std::sort(found.begin(), found.end());
        paths.insert(paths.end(), found.begin(), found.end());
    }
    return paths;
}

std::vector<PaceObservation> observations_of(const Speech& speech)
{
    std::vector<PaceObservation> out;
    const auto& sentences = speech.synthesis.measured.sentences;
    for (std::size_t i = 0; i < sentences.size() && i < speech.features.size(); ++i) {
        out.push_back({speech.features[i], sentences[i].speaking + sentences[i].pause_after});
    }
    return out;
}

struct Tally {
    std::vector<double> errors; // checked sections, |error|
    std::size_t within = 0;
    void add(double error, double tolerance)
    {
        errors.push_back(std::abs(error));
        within += std::abs(error) <= tolerance ? 1 : 0;
    }
    [[nodiscard]] double median() const
    {
        if (errors.empty()) {
            return 0.0;
        }
        std::vector<double> sorted = errors;
        std::sort(sorted.begin(), sorted.end());
        const std::size_t n = sorted.size();
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
    [[nodiscard]] double worst() const { return errors.empty() ? 0.0 : *std::max_element(errors.begin(), errors.end()); }
};

// Predicted seconds per section of `speech` under `profile`.
std::vector<double> predict_sections(const Speech& speech, const PaceProfile& profile)
{
    const PaceParameters parameters = parameters_of(profile);
    std::vector<double> out;
    for (const Section& section : speech.loaded.script.sections) {
        double seconds = 0.0;
        for (std::size_t i = section.first_sentence; i < section.end_sentence && i < speech.features.size(); ++i) {
            seconds += predicted_seconds(speech.features[i], parameters);
        }
        out.push_back(seconds);
    }
    return out;
}

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
        const Timing& measured = speech.synthesis.measured;
        for (std::size_t i = 0; i < measured.sections.size(); ++i) {
            const SectionTiming& section = measured.sections[i];
            const SectionComparison c
                = compare_section(predictions[s][i], section.duration, section.han_chars, section.words, rule);
            if (c.checked) {
                tally.add(c.error, rule.tolerance);
            }
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
           "placeholders,neutral_tone,nasal,function_words";
    for (std::size_t k = 0; k < pace_parameter_count; ++k) {
        out << ",f" << k;
    }
    out << ",text\n";
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
                << t.nasal_syllables << ',' << t.function_words;
            for (const double f : speech.features[i]) {
                out << ',' << f;
            }
            out << ",\"" << text << "\"\n";
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
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "--dump-sentences" && i + 1 < argc) {
            dump_path = argv[++i];
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
        baseline.push_back(predict_sections(speech, speech.synthesis.measured.profile));
    }
    report("Calibration passages only", speeches, baseline, false);

    // Leave one speech out. Each language is read by its own eSpeak voice, with its own pauses
    // (the calibration passages: 0.20 s at a Chinese comma, 0.31 s at an English one), so a
    // speech is predicted from the other speeches of its main language.
    std::vector<std::vector<double>> held_out;
    for (std::size_t s = 0; s < speeches.size(); ++s) {
        std::vector<PaceObservation> training;
        for (std::size_t t = 0; t < speeches.size(); ++t) {
            if (t != s && speeches[t].synthesis.primary == speeches[s].synthesis.primary) {
                const auto observations = observations_of(speeches[t]);
                training.insert(training.end(), observations.begin(), observations.end());
            }
        }
        // Where the data cannot tell, the voice's calibration-passage profile stands.
        const PaceCalibration fit = fit_pace(training, speeches[s].synthesis.measured.profile);
        print_profile(("without " + speeches[s].name).c_str(), fit);
        held_out.push_back(predict_sections(speeches[s], fit.profile));
    }
    report("Leave one speech out", speeches, held_out, true);

    std::printf("\n");
    for (const SpokenLanguage language : {SpokenLanguage::Chinese, SpokenLanguage::English}) {
        std::vector<PaceObservation> all;
        PaceProfile base = speeches.front().synthesis.measured.profile;
        for (const Speech& speech : speeches) {
            if (speech.synthesis.primary == language) {
                base = speech.synthesis.measured.profile;
                const auto observations = observations_of(speech);
                all.insert(all.end(), observations.begin(), observations.end());
            }
        }
        print_profile(language == SpokenLanguage::Chinese ? "Fitted on every Chinese speech" : "Fitted on every English speech",
            fit_pace(all, base));
    }
    return 0;
}
