// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coach/pauses.hpp"

#include "core/coach/track_statistics.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace podium {

namespace {

// Seconds of a span's speech that make a side "spoken": more than one 250 ms step of the follower,
// whose cues may start with the last syllable of the sentence before.
constexpr double kEdgeSpeech = 0.3;

PauseKind boundary_kind(FollowBoundary boundary)
{
    switch (boundary) {
    case FollowBoundary::Paragraph: return PauseKind::Paragraph;
    case FollowBoundary::Section: return PauseKind::Section;
    case FollowBoundary::Clause: return PauseKind::Clause;
    case FollowBoundary::None:
    case FollowBoundary::Sentence: break;
    }
    return PauseKind::Sentence;
}

// Seconds of speech between `from` and `to`, leaving out the stretches the script has no words for.
double speech_seconds(const VoiceFrames& frames, double threshold, double from, double to, const std::vector<Silence>& not_script)
{
    std::size_t count = 0;
    for (std::size_t i = frames.frame_at(from); i < frames.frame_count() && frames.frame_time(i) < to; ++i) {
        const double t = frames.frame_time(i);
        const bool excluded = std::any_of(
            not_script.begin(), not_script.end(), [t](const Silence& stretch) { return t >= stretch.start && t < stretch.end; });
        count += frames.level[i] >= threshold && !excluded ? 1 : 0;
    }
    return static_cast<double>(count) * frames.hop;
}

Pause sentence_end(const Silence& silence, std::size_t sentence, const CoachPlan& plan)
{
    const SentencePlan& planned = plan.sentences.at(sentence);
    return Pause{silence.start, silence.seconds(), sentence, boundary_kind(planned.end), planned.planned_pause_after};
}

} // namespace

const char* to_string(PauseKind kind)
{
    switch (kind) {
    case PauseKind::Clause: return "clause";
    case PauseKind::Sentence: return "sentence";
    case PauseKind::Paragraph: return "paragraph";
    case PauseKind::Section: return "section";
    case PauseKind::Phrase: return "phrase";
    case PauseKind::Hesitation: return "hesitation";
    }
    return "sentence";
}

std::optional<PauseKind> pause_kind_from(const char* text)
{
    for (const PauseKind kind : {PauseKind::Clause, PauseKind::Sentence, PauseKind::Paragraph, PauseKind::Section,
             PauseKind::Phrase, PauseKind::Hesitation}) {
        if (std::strcmp(text, to_string(kind)) == 0) {
            return kind;
        }
    }
    return std::nullopt;
}

double speech_threshold(const VoiceFrames& frames)
{
    const double floor = percentile(frames.level, 0.05);
    const double speech = percentile(frames.level, 0.95);
    return floor + std::max(6.0, (speech - floor) / 3.0);
}

std::vector<Silence> find_silences(const VoiceFrames& frames, double min_seconds)
{
    std::vector<Silence> silences;
    if (frames.frame_count() == 0) {
        return silences;
    }
    const double threshold = speech_threshold(frames);
    // A click of one or two frames above the threshold does not end a silence.
    constexpr std::size_t bridge = 2;
    std::size_t i = 0;
    while (i < frames.frame_count()) {
        if (frames.level[i] >= threshold) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        std::size_t end = i;
        while (end < frames.frame_count()) {
            if (frames.level[end] < threshold) {
                ++end;
                continue;
            }
            std::size_t loud = end;
            while (loud < frames.frame_count() && frames.level[loud] >= threshold && loud - end <= bridge) {
                ++loud;
            }
            if (loud - end > bridge || loud == frames.frame_count()) {
                break;
            }
            end = loud;
        }
        const Silence silence{static_cast<double>(begin) * frames.hop, static_cast<double>(end) * frames.hop};
        if (silence.seconds() + 1e-9 >= min_seconds) {
            silences.push_back(silence);
        }
        i = std::max(end, begin + 1);
    }
    return silences;
}

std::vector<Pause> classify_pauses(const std::vector<Silence>& silences, const std::vector<SentenceSpan>& spans,
    const CoachPlan& plan, const VoiceFrames& frames, const CoachThresholds& thresholds, const std::vector<Silence>& not_script)
{
    std::vector<Pause> pauses;
    if (spans.empty() || frames.frame_count() == 0) {
        return pauses;
    }
    const double threshold = speech_threshold(frames);
    for (const Silence& silence : silences) {
        if (silence.seconds() + 1e-9 < thresholds.min_pause || silence.start < spans.front().start
            || silence.end > spans.back().end) {
            continue; // before the speaker began or after they finished: not a pause in the speech
        }
        const double middle = 0.5 * (silence.start + silence.end);
        // The last span that starts before the middle of the silence holds it, or it ends the
        // sentence of that span when the silence lies after the span's last voice.
        std::size_t holder = 0;
        for (std::size_t s = 0; s < spans.size(); ++s) {
            if (spans[s].start <= middle) {
                holder = s;
            }
        }
        const SentenceSpan& span = spans[holder];
        if (span.sentence >= plan.sentences.size()) {
            continue;
        }
        if (middle >= span.end) {
            pauses.push_back(sentence_end(silence, span.sentence, plan));
            continue;
        }
        double before = speech_seconds(frames, threshold, span.start, silence.start, not_script);
        double after = speech_seconds(frames, threshold, silence.end, span.end, not_script);
        if (before < kEdgeSpeech && holder == 0 && !not_script.empty()) {
            // Only an "um" (or what looked like one) before it in the first sentence: the speaker
            // has begun, so it is a pause in the speech, placed as if that sound were words.
            before = speech_seconds(frames, threshold, span.start, silence.start, {});
            after = speech_seconds(frames, threshold, silence.end, span.end, {});
        }
        if (after < kEdgeSpeech) {
            pauses.push_back(sentence_end(silence, span.sentence, plan));
            continue;
        }
        if (before < kEdgeSpeech) {
            if (holder > 0 && spans[holder - 1].sentence < plan.sentences.size()) {
                pauses.push_back(sentence_end(silence, spans[holder - 1].sentence, plan));
            }
            continue;
        }
        const double fraction = before / (before + after);
        const SentencePlan& planned = plan.sentences[span.sentence];
        const bool at_clause = std::any_of(planned.clause_ends.begin(), planned.clause_ends.end(),
            [&](double end) { return std::abs(end - fraction) <= thresholds.clause_tolerance; });
        const PauseKind unplanned
            = silence.seconds() + 1e-9 >= thresholds.hesitation_min ? PauseKind::Hesitation : PauseKind::Phrase;
        pauses.push_back(Pause{silence.start, silence.seconds(), span.sentence, at_clause ? PauseKind::Clause : unplanned,
            at_clause ? plan.clause_pause : 0.0});
    }
    return pauses;
}

} // namespace podium
