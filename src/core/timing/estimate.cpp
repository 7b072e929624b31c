#include "core/timing/estimate.hpp"

#include "core/text/spoken_text.hpp"

namespace podium {

// Interim implementation; the timing issue refines it.
Timing estimate_timing(const Script& script, const PaceProfile& profile)
{
    Timing timing;
    timing.profile = profile;
    double clock = 0.0;
    std::vector<Span> placeholder_spans;
    for (const auto& placeholder : script.placeholders) {
        placeholder_spans.push_back(placeholder.span);
    }
    std::vector<SpokenSentence> spoken;
    for (std::size_t i = 0; i < script.sentences.size(); ++i) {
        const auto& sentence = script.sentences[i];
        const SpokenSentence reading = normalise_for_speech(script.text, sentence.span, placeholder_spans);
        SentenceTiming t;
        t.start = clock;
        t.speaking = static_cast<double>(reading.han_syllables()) * 60.0 / profile.han_per_minute
            + static_cast<double>(reading.english_words()) * 60.0 / profile.words_per_minute
            + static_cast<double>(reading.placeholder_count()) * profile.placeholder_pause;
        const bool last_in_paragraph = i + 1 == script.sentences.size()
            || script.sentences[i + 1].paragraph != sentence.paragraph;
        const bool last_in_section = i + 1 == script.sentences.size()
            || script.sentences[i + 1].section != sentence.section;
        t.pause_after = last_in_section ? profile.section_pause
            : last_in_paragraph         ? profile.paragraph_pause
                                        : profile.sentence_pause;
        clock = t.end();
        timing.sentences.push_back(t);
        spoken.push_back(reading);
    }
    timing.total_seconds = clock;
    for (const auto& section : script.sections) {
        SectionTiming s;
        if (section.first_sentence < section.end_sentence) {
            s.start = timing.sentences[section.first_sentence].start;
            s.duration = timing.sentences[section.end_sentence - 1].end() - s.start;
        }
        for (std::size_t i = section.first_sentence; i < section.end_sentence; ++i) {
            s.han_chars += spoken[i].han_syllables();
            s.words += spoken[i].english_words();
            s.placeholders += spoken[i].placeholder_count();
        }
        s.sentences = section.end_sentence - section.first_sentence;
        timing.sections.push_back(s);
    }
    timing.placeholders = script.placeholders.size();
    return timing;
}

} // namespace podium
