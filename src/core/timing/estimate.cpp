// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timing/estimate.hpp"

#include "core/text/spoken_text.hpp"
#include "core/timing/speech_units.hpp"
#include "core/timing/pauses.hpp"

namespace podium {

double SentenceTiming::han_units() const
{
    return podium::han_units(han_chars, neutral_tone_syllables, nasal_syllables);
}

double SentenceTiming::english_units() const
{
    return podium::english_units(words, english_syllables, english_letters, function_words);
}

SentenceTiming count_spoken(const SpokenSentence& reading, std::string_view text)
{
    SentenceTiming counts;
    counts.han_chars = reading.han_syllables();
    counts.words = reading.english_words();
    counts.english_syllables = reading.english_syllables();
    counts.english_letters = reading.english_letters();
    const HanSyllableCounts kinds = reading.han_syllable_kinds();
    counts.neutral_tone_syllables = kinds.neutral_tone;
    counts.nasal_syllables = kinds.nasal;
    counts.function_words = reading.english_function_words();
    const ClauseMarks marks = clause_marks(reading, text);
    counts.commas = marks.commas;
    counts.colons = marks.colons;
    counts.placeholders = reading.placeholder_count();
    return counts;
}

namespace {

// Counts what each sentence says aloud (the shared normaliser) into fresh SentenceTimings.
std::vector<SentenceTiming> count_sentences(const Script& script)
{
    const std::vector<Span> placeholders = script.placeholder_spans();
    std::vector<SentenceTiming> sentences(script.sentences.size());
    for (std::size_t i = 0; i < script.sentences.size(); ++i) {
        sentences[i] = count_spoken(
            normalise_for_speech(script.text, script.sentences[i].span, placeholders, script.markup), script.text);
    }
    return sentences;
}

double model_pause_after(const Script& script, std::size_t i, const PaceProfile& profile)
{
    switch (break_after(script, i)) {
    case SentenceBreak::None: return 0.0; // the speech ends when the last word is spoken
    case SentenceBreak::Sentence: return profile.sentence_pause;
    case SentenceBreak::Paragraph: return profile.paragraph_pause;
    case SentenceBreak::Section: return profile.section_pause;
    }
    return 0.0;
}

// Places sentences one after another and rolls them up into sections; a section covers its
// subtree [first_sentence, end_sentence), so sub-sections are inside their parent's time.
Timing roll_up(const Script& script, std::vector<SentenceTiming> sentences, const PaceProfile& profile)
{
    Timing timing;
    timing.profile = profile;
    double clock = 0.0;
    for (auto& sentence : sentences) {
        sentence.start = clock;
        clock = sentence.end();
    }
    timing.total_seconds = clock;
    timing.sentences = std::move(sentences);
    timing.sections.reserve(script.sections.size());
    for (const auto& section : script.sections) {
        SectionTiming s;
        const std::size_t end = std::min(section.end_sentence, timing.sentences.size());
        if (section.first_sentence < end) {
            s.start = timing.sentences[section.first_sentence].start;
            s.duration = timing.sentences[end - 1].end() - s.start;
            s.sentences = end - section.first_sentence;
        } else if (section.first_sentence < timing.sentences.size()) {
            s.start = timing.sentences[section.first_sentence].start;
        } else {
            s.start = clock;
        }
        for (std::size_t i = section.first_sentence; i < end; ++i) {
            s.han_chars += timing.sentences[i].han_chars;
            s.words += timing.sentences[i].words;
            s.english_syllables += timing.sentences[i].english_syllables;
            s.placeholders += timing.sentences[i].placeholders;
        }
        timing.sections.push_back(s);
    }
    timing.placeholders = script.placeholders.size();
    return timing;
}

} // namespace

Timing estimate_timing(const Script& script, const PaceProfile& profile)
{
    std::vector<SentenceTiming> sentences = count_sentences(script);
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        SentenceTiming& t = sentences[i];
        t.speaking = t.han_units() * 60.0 / profile.han_per_minute + t.english_units() * 60.0 / profile.words_per_minute
            + static_cast<double>(t.commas) * profile.comma_pause + static_cast<double>(t.colons) * profile.colon_pause
            + static_cast<double>(t.placeholders) * profile.placeholder_pause;
        t.pause_after = model_pause_after(script, i, profile);
    }
    return roll_up(script, std::move(sentences), profile);
}

Timing timing_from_measurements(const Script& script, std::span<const MeasuredSentence> measured,
    const PaceProfile& profile)
{
    std::vector<SentenceTiming> sentences = count_sentences(script);
    for (std::size_t i = 0; i < sentences.size() && i < measured.size(); ++i) {
        sentences[i].speaking = measured[i].speaking;
        sentences[i].pause_after = measured[i].pause_after;
    }
    return roll_up(script, std::move(sentences), profile);
}

double voiced_seconds(const Timing& timing)
{
    double total = 0.0;
    for (const auto& sentence : timing.sentences) {
        total += sentence.han_units() * 60.0 / timing.profile.han_per_minute
            + sentence.english_units() * 60.0 / timing.profile.words_per_minute;
    }
    return total;
}

} // namespace podium
