// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coach/delivery.hpp"

#include "core/coach/track_statistics.hpp"
#include "core/coach/voice_measures.hpp"

#include <algorithm>

namespace podium {

namespace {

constexpr double kShortSilence = 0.08; // a silence this long before a stable stretch sets it apart
constexpr double kLeadIn = 1.0;        // an "um" this close before the first sentence is part of the speech
constexpr double kNoSpeech = 0.1;      // seconds of speech that are (next to) none: no words of the sentence
constexpr double kMinGap = 0.2;        // a pause, as the coach counts them (CoachThresholds::min_pause)
constexpr double kEdgeSound = 0.3;     // a sound this short beyond a pause at a span's edge is not its words

double per_second(double amount, double seconds) { return seconds > 0.0 ? amount / seconds : 0.0; }

// From the span's first to its last frame of speech, leaving out a short sound (under
// kEdgeSound) set apart from the rest by a pause at either end: the next sentence's first
// sound, or the last of the one before, that the span's edge caught.
std::optional<Silence> voice_extent(const VoiceFrames& frames, double threshold, const SentenceSpan& span)
{
    std::vector<Silence> runs; // runs of speech, a gap under kMinGap bridged
    for (std::size_t i = frames.frame_at(span.start); i < frames.frame_count() && frames.frame_time(i) < span.end; ++i) {
        if (frames.level[i] < threshold) {
            continue;
        }
        const double t = frames.frame_time(i);
        if (!runs.empty() && t - runs.back().end < kMinGap) {
            runs.back().end = t + frames.hop;
        } else {
            runs.push_back(Silence{t, t + frames.hop});
        }
    }
    while (runs.size() > 1 && runs.back().seconds() < kEdgeSound) {
        runs.pop_back();
    }
    std::size_t first = 0;
    while (first + 1 < runs.size() && runs[first].seconds() < kEdgeSound) {
        ++first;
    }
    if (runs.empty()) {
        return std::nullopt;
    }
    return Silence{runs[first].start, runs.back().end};
}

SentenceDelivery measure_sentence(const CoachPlan& plan, const VoiceFrames& frames, const SentenceSpan& span,
    double threshold, const CoachThresholds& thresholds)
{
    const SentencePlan& planned = plan.sentences[span.sentence];
    SentenceDelivery out;
    out.sentence = span.sentence;
    out.start = span.start;
    out.end = span.end;
    std::size_t speech = 0;
    for (std::size_t i = frames.frame_at(span.start); i < frames.frame_count() && frames.frame_time(i) < span.end; ++i) {
        speech += frames.level[i] >= threshold ? 1 : 0;
    }
    out.voiced_seconds = static_cast<double>(speech) * frames.hop;
    const auto syllables = static_cast<double>(planned.syllables);
    out.syllables_per_second = per_second(syllables, span.end - span.start);
    out.articulation_rate = per_second(syllables, out.voiced_seconds);
    out.planned_articulation_rate = per_second(syllables, planned.planned_speaking);
    if (const std::optional<PitchMeasure> pitch = measure_pitch(frames, span.start, span.end, thresholds.min_voiced_for_pitch)) {
        out.median_f0 = pitch->median_hz;
        out.pitch_range = pitch->range_semitones;
    }
    out.loudness = measure_loudness(frames, span.start, span.end);
    // Trailing off is a voice going on more quietly, not one that has stopped: the sentence's
    // thirds are taken over its voice (voice_extent), so a span that ran on past the words into
    // a pause (the alignment giving a sentence some of the pause after it, or an unread heading
    // a stretch of the pause) is not a speaker fading.
    const std::optional<Silence> voice = voice_extent(frames, threshold, span);
    const double first_voice = voice ? voice->start : span.start;
    const double last_voice = voice ? voice->end : span.start;
    if (voice) {
        out.trailing_drop = trailing_drop(frames, first_voice, last_voice);
    }
    // And the voice's last third is voice for at least a third of it: not a pause with a breath
    // or the next sentence's first sound at its end (a span that straddles a pause).
    const double last_third = last_voice - (last_voice - first_voice) / 3.0;
    std::size_t tail_frames = 0;
    std::size_t tail_speech = 0;
    for (std::size_t i = frames.frame_at(last_third); i < frames.frame_count() && frames.frame_time(i) < last_voice; ++i) {
        ++tail_frames;
        tail_speech += frames.level[i] >= threshold ? 1 : 0;
    }
    const bool still_speaking = 3 * tail_speech >= tail_frames; // a third: word gaps and a comma's pause allowed
    out.trailing_off = out.trailing_drop && *out.trailing_drop >= thresholds.trailing_drop && still_speaking;
    return out;
}

// Seconds of speech between `from` and `to`.
double speech_between(const VoiceFrames& frames, double threshold, double from, double to)
{
    std::size_t count = 0;
    for (std::size_t i = frames.frame_at(from); i < frames.frame_count() && frames.frame_time(i) < to; ++i) {
        count += frames.level[i] >= threshold ? 1 : 0;
    }
    return static_cast<double>(count) * frames.hop;
}

// The span without a filled pause at its end or its start: one with (next to) no speech of the
// span after it, or before it.
SentenceSpan trim_fillers(SentenceSpan span, const std::vector<Silence>& fillers, const VoiceFrames& frames, double threshold)
{
    for (const Silence& filler : fillers) {
        if (filler.start <= span.start || filler.start >= span.end) {
            continue;
        }
        if (speech_between(frames, threshold, filler.end, span.end) < kNoSpeech) {
            span.end = filler.start;
        } else if (speech_between(frames, threshold, span.start, filler.start) < kNoSpeech) {
            span.start = filler.end;
        }
    }
    // (The silence left between the words and the cut weighs nothing: the loudness gates it out.)
    return span;
}

// The sentence whose span holds `t`, or the last one that started before it.
std::size_t sentence_at(const std::vector<SentenceDelivery>& sentences, double t)
{
    std::size_t found = 0;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        if (sentences[i].start <= t) {
            found = i;
        }
    }
    return found;
}

SectionDelivery summarise_section(std::size_t section, const std::vector<const SentenceDelivery*>& sentences,
    const CoachPlan& plan, const VoiceFrames& frames, const CoachThresholds& thresholds)
{
    SectionDelivery out;
    out.section = section;
    out.sentences = sentences.size();
    double syllables = 0.0;
    double voiced = 0.0;
    double planned = 0.0;
    std::vector<double> ranges;
    std::size_t mandarin = 0;
    for (const SentenceDelivery* sentence : sentences) {
        const SentencePlan& sentence_plan = plan.sentences[sentence->sentence];
        syllables += static_cast<double>(sentence_plan.syllables);
        voiced += sentence->voiced_seconds;
        planned += sentence_plan.planned_speaking;
        mandarin += sentence_plan.mandarin ? 1 : 0;
        out.hesitations += sentence->hesitations;
        out.filled_pauses += sentence->filled_pauses;
        out.trailing_off += sentence->trailing_off ? 1 : 0;
        if (sentence->pitch_range) {
            ranges.push_back(*sentence->pitch_range);
        }
    }
    out.seconds = sentences.back()->end - sentences.front()->start;
    out.articulation_rate = per_second(syllables, voiced);
    out.planned_articulation_rate = per_second(syllables, planned);
    out.filled_per_minute = per_second(60.0 * static_cast<double>(out.filled_pauses), out.seconds);
    if (!ranges.empty()) {
        out.pitch_range = median(ranges);
        const double limit = 2 * mandarin > sentences.size() ? thresholds.monotone_mandarin : thresholds.monotone_english;
        out.monotone = *out.pitch_range < limit;
    }
    out.loudness = measure_loudness(frames, sentences.front()->start, sentences.back()->end);
    return out;
}

} // namespace

DeliveryReport analyse_delivery(const CoachPlan& plan, const VoiceFrames& frames, const std::vector<SentenceSpan>& given,
    const CoachThresholds& thresholds)
{
    DeliveryReport report;
    std::vector<SentenceSpan> spans;
    for (const SentenceSpan& span : given) {
        if (span.sentence < plan.sentences.size() && span.end > span.start) {
            spans.push_back(span);
        }
    }
    std::sort(spans.begin(), spans.end(), [](const SentenceSpan& a, const SentenceSpan& b) { return a.start < b.start; });
    if (spans.empty() || frames.frame_count() == 0) {
        return report;
    }
    // Pauses and filled pauses depend on each other: a stable stretch that runs into a planned
    // pause is a held final syllable, not an "um"; and an "um" is no speech of the sentence, so
    // it cannot make a pause look as if it were inside one. The pauses are placed once to find
    // the filled pauses, then again without them.
    const std::vector<Silence> silences = find_silences(frames, thresholds.min_pause);
    const std::vector<Pause> first_pauses = classify_pauses(silences, spans, plan, frames, thresholds);
    const std::vector<Silence> short_silences = find_silences(frames, kShortSilence);
    std::vector<Silence> fillers;
    for (const FilledPause& filled : find_filled_pauses(frames, short_silences, first_pauses, thresholds)) {
        if (filled.start >= spans.front().start - kLeadIn && filled.start <= spans.back().end) {
            report.filled_pauses.push_back(filled);
            fillers.push_back(Silence{filled.start, filled.start + filled.seconds});
        }
    }
    report.pauses = classify_pauses(silences, spans, plan, frames, thresholds, fillers);
    // A sentence is measured on its own words: an "um" is no part of its intonation or its
    // speaking time, and one the alignment gave to a sentence's end (or start) is cut off it, so
    // that it cannot pass for the sentence trailing off.
    const double threshold = speech_threshold(frames);
    VoiceFrames words = frames;
    for (const Silence& filler : fillers) {
        for (std::size_t i = words.frame_at(filler.start); i < words.frame_count() && words.frame_time(i) < filler.end; ++i) {
            words.f0[i] = 0.0F;
            words.level[i] = -120.0F; // nor is it speaking time of the sentence
        }
    }
    for (const SentenceSpan& span : spans) {
        report.sentences.push_back(measure_sentence(plan, words, trim_fillers(span, fillers, frames, threshold), threshold, thresholds));
        report.sentences.back().start = span.start; // the report keeps the alignment's span
        report.sentences.back().end = span.end;
    }
    for (FilledPause& filled : report.filled_pauses) {
        // An "um" in the pause between two sentences leads into the next one, also when the
        // alignment gave it to the end of the first (none of that sentence's speech follows it).
        std::size_t holder = sentence_at(report.sentences, filled.start);
        const SentenceDelivery& held = report.sentences[holder];
        const bool after_words = filled.start >= held.end
            || speech_between(frames, threshold, filled.start + filled.seconds, held.end) < kNoSpeech;
        if (after_words && holder + 1 < report.sentences.size() && filled.start >= held.start) {
            ++holder;
        }
        ++report.sentences[holder].filled_pauses;
        filled.sentence = report.sentences[holder].sentence;
    }
    std::size_t hesitations = 0;
    for (const Pause& pause : report.pauses) {
        if (pause.kind == PauseKind::Hesitation) {
            ++hesitations;
            ++report.sentences[sentence_at(report.sentences, pause.start)].hesitations;
        }
    }
    std::vector<std::vector<const SentenceDelivery*>> by_section(plan.section_count + 1);
    for (const SentenceDelivery& sentence : report.sentences) {
        const std::size_t section = std::min(plan.sentences[sentence.sentence].section, plan.section_count);
        by_section[section].push_back(&sentence);
    }
    for (std::size_t section = 0; section < by_section.size(); ++section) {
        if (!by_section[section].empty()) {
            report.sections.push_back(summarise_section(section, by_section[section], plan, frames, thresholds));
        }
    }
    report.seconds = spans.back().end - spans.front().start;
    report.loudness = measure_loudness(frames, spans.front().start, spans.back().end);
    report.too_quiet = !report.loudness || *report.loudness < thresholds.quiet_lufs;
    report.filled_per_minute = per_second(60.0 * static_cast<double>(report.filled_pauses.size()), report.seconds);
    report.hesitations_per_minute = per_second(60.0 * static_cast<double>(hesitations), report.seconds);
    return report;
}

} // namespace podium
