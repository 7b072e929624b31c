// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/speech_plan.hpp"

#include "core/script/section_detector.hpp"
#include "core/text/spoken_text.hpp"
#include "core/text/utf8.hpp"
#include "core/timing/pauses.hpp"

#include <algorithm>
#include <array>

namespace podium {

namespace {

// Punctuation after a run that tells eSpeak to phrase: a clause pause inside the sentence,
// sentence intonation at its end. The normaliser gives bare words, so the mark is put back.
bool is_phrasing_mark(char32_t c)
{
    constexpr std::array<char32_t, 20> marks = {U'，', U'、', U'；', U'：', U'。', U'！', U'？', U'…', U'—',
        U',', U';', U':', U'.', U'!', U'?', U'）', U')', U'”', U'」', U'』'};
    return std::find(marks.begin(), marks.end(), c) != marks.end();
}

bool is_closing_mark(char32_t c)
{
    return c == U'）' || c == U')' || c == U'”' || c == U'」' || c == U'』' || c == U'—';
}

// The first phrasing mark in the source right after `offset` (skipping spaces and closing
// quotes), as UTF-8, or "" when the next thing is another word.
std::string phrasing_mark_after(std::string_view text, std::size_t offset, std::size_t limit)
{
    while (offset < limit) {
        const std::size_t start = offset;
        const char32_t c = utf8::next(text, offset);
        if (utf8::is_white_space(c) || is_closing_mark(c)) {
            continue;
        }
        if (is_phrasing_mark(c)) {
            return std::string(text.substr(start, offset - start));
        }
        return {};
    }
    return {};
}

std::size_t byte_offset_of_char(std::string_view text, std::size_t characters)
{
    std::size_t offset = 0;
    for (std::size_t i = 0; i < characters && offset < text.size(); ++i) {
        static_cast<void>(utf8::next(text, offset));
    }
    return offset;
}

double pause_after(const Script& script, std::size_t index, const VoicePauses& pauses)
{
    switch (break_after(script, index)) {
    case SentenceBreak::None: return 0.0;
    case SentenceBreak::Sentence: return pauses.sentence;
    case SentenceBreak::Paragraph: return pauses.paragraph;
    case SentenceBreak::Section: return pauses.section;
    }
    return 0.0;
}

} // namespace

EspeakVoiceSettings SpeechVoices::settings(SpokenLanguage language) const
{
    const VoicePreset& voice = preset(language);
    return {voice.espeak_voice, rate.value_or(voice.rate), voice.pitch, voice.volume};
}

SpokenLanguage dominant_language(const Script& script)
{
    const std::vector<Span> placeholders = script.placeholder_spans();
    std::size_t han = 0;
    std::size_t words = 0;
    for (const auto& sentence : script.sentences) {
        const SpokenSentence spoken = normalise_for_speech(script.text, sentence.span, placeholders, script.markup);
        han += spoken.han_syllables();
        words += spoken.english_words();
    }
    // A Chinese speech quotes a few English words; an English one rarely has Han at all.
    return han >= words ? SpokenLanguage::Chinese : SpokenLanguage::English;
}

namespace {

// The normaliser's pieces of `run`, placed at `first_char` of the planned run's text.
void add_pieces(std::string_view text, const SpokenRun& run, std::size_t first_char, std::vector<RunPiece>& pieces)
{
    if (run.pieces.empty()) {
        const std::string_view source = run.source.of(text);
        pieces.push_back({first_char, run.text, run.source, std::string(source), run.text == source});
        return;
    }
    for (const SpokenPiece& piece : run.pieces) {
        const std::size_t at = first_char + utf8::count_code_points(std::string_view(run.text).substr(0, piece.text.begin));
        pieces.push_back({at, std::string(piece.text.of(run.text)), piece.source, std::string(piece.source.of(text)),
            piece.verbatim});
    }
}

// Appends a normaliser run to the sentence's plan, joining it to the previous run when both
// are read by the same voice and only spaces and punctuation lie between them — Markdown markup
// between them (a link's target) is not there for this: "Read [our guide](…) before" is one phrase.
void add_run(std::string_view text, const std::vector<Span>& markup, const SpokenRun& run, std::vector<PlannedRun>& runs)
{
    if (!runs.empty() && runs.back().kind == RunKind::Speech && runs.back().language == run.language) {
        PlannedRun& previous = runs.back();
        const std::string gap = without_markup(text, {previous.source.end, run.source.begin}, markup);
        const bool joinable = std::none_of(gap.begin(), gap.end(), [&](char c) {
            return utf8::is_ascii_alnum(static_cast<unsigned char>(c));
        });
        if (joinable) {
            std::size_t last = previous.text.size();
            std::string separator = previous.text.empty() || is_phrasing_mark(utf8::previous(previous.text, last))
                ? std::string()
                : phrasing_mark_after(gap, 0, gap.size());
            if (run.language == SpokenLanguage::English || !separator.empty()) {
                separator += ' ';
            }
            previous.text += separator;
            add_pieces(text, run, utf8::count_code_points(previous.text), previous.pieces);
            previous.text += run.text;
            previous.source.end = run.source.end;
            return;
        }
    }
    PlannedRun planned{RunKind::Speech, run.language, run.text, {}, run.source, 0.0};
    add_pieces(text, run, 0, planned.pieces);
    runs.push_back(std::move(planned));
}

} // namespace

SpeechPlan plan_speech(const Script& script, const SpeechVoices& voices, SentenceRange range)
{
    SpeechPlan plan{voices, {}};
    range.end = std::min(range.end, script.sentences.size());
    const std::vector<Span> placeholders = script.placeholder_spans();
    for (std::size_t index = range.begin; index < range.end; ++index) {
        const Sentence& sentence = script.sentences[index];
        const SpokenSentence spoken = normalise_for_speech(script.text, sentence.span, placeholders, script.markup);
        PlannedSentence planned{index, sentence.span, {}, index + 1 < range.end ? pause_after(script, index, voices.pauses()) : 0.0};
        for (const SpokenRun& run : spoken.runs) {
            if (run.is_placeholder) {
                planned.runs.push_back({RunKind::Silence, run.language, {}, {}, run.source, voices.pauses().placeholder});
            } else if (!run.text.empty()) {
                add_run(script.text, script.markup, run, planned.runs);
            }
        }
        // The mark after each run (a comma, the full stop) gives eSpeak its phrasing.
        for (PlannedRun& run : planned.runs) {
            std::size_t last = run.text.size();
            if (run.kind == RunKind::Speech && !is_phrasing_mark(utf8::previous(run.text, last))) {
                run.text += phrasing_mark_after(script.text, run.source.end, sentence.span.end);
            }
        }
        plan.sentences.push_back(std::move(planned));
    }
    return plan;
}

Span map_to_source(const PlannedRun& run, int text_position, int length)
{
    if (run.pieces.empty()) {
        return run.source;
    }
    const std::size_t position = static_cast<std::size_t>(std::max(text_position, 1) - 1);
    auto piece = run.pieces.begin();
    while (std::next(piece) != run.pieces.end() && std::next(piece)->first_char <= position) {
        ++piece;
    }
    const std::string_view source = piece->source_text;
    const std::size_t spoken_chars = utf8::count_code_points(piece->spoken);
    if (spoken_chars == 0 || source.empty()) {
        return piece->source;
    }
    if (!piece->verbatim) {
        return piece->source;
    }
    std::size_t first = position >= piece->first_char ? position - piece->first_char : 0;
    first = std::min(first, spoken_chars - 1);
    std::size_t count = static_cast<std::size_t>(std::max(length, 1));
    count = std::min(count, spoken_chars - first);
    const std::size_t begin = byte_offset_of_char(source, first);
    const std::size_t end = begin + byte_offset_of_char(source.substr(begin), count);
    return {piece->source.begin + begin, piece->source.begin + end};
}

} // namespace podium
