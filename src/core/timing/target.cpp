// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timing/target.hpp"

#include "core/i18n/spoken_duration.hpp"
#include "core/i18n/translate.hpp"
#include "core/script/section_detector.hpp"
#include "core/text/utf8.hpp"
#include "core/timing/duration.hpp"

#include <cmath>

namespace podium {

namespace {

constexpr double kOnTargetSeconds = 0.5;

std::string whole(double value) { return std::to_string(std::llround(value)); }

// The summary is made twice: in English for --json (machine-readable output never changes with
// the language) and in the user's language for the table. `tr` is either the identity or _().
using Words = const char* (*)(const char*);
const char* english(const char* text) { return text; }

// "236 chars/min", "165 wpm" or both, by what the speech contains.
std::string pace_text(Words tr, double han_rate, double word_rate, std::size_t han, std::size_t words)
{
    std::string out;
    if (han > 0) {
        out += fill_in(tr("{} chars/min"), whole(han_rate));
    }
    if (words > 0) {
        out += (out.empty() ? std::string() : std::string(tr(" and "))) + fill_in(tr("{} wpm"), whole(word_rate));
    }
    return out.empty() ? fill_in(tr("{} chars/min"), whole(han_rate)) : out;
}

// "317 characters" or "74 words": how much text the difference is at the current pace.
std::string text_amount(Words tr, double seconds, const PaceProfile& profile, std::size_t han, std::size_t words)
{
    if (han >= words) {
        return fill_in(tr("{} characters"), whole(seconds * profile.han_per_minute / 60.0));
    }
    return fill_in(tr("{} words"), whole(seconds * profile.words_per_minute / 60.0));
}

} // namespace

std::string short_section_title(const Section& section, std::size_t max_characters, const char* (*tr)(const char*))
{
    if (section.title.empty()) {
        switch (section.kind) {
        case SectionKind::Preamble: return tr(N_("opening"));
        case SectionKind::Closing: return tr(N_("closing"));
        case SectionKind::Heading: return tr(N_("untitled"));
        }
    }
    // Podium's own labels for untitled parts, in the reader's language (the speech's titles as written).
    if ((section.title == kOpeningTitle && section.kind == SectionKind::Preamble)
        || (section.title == kClosingTitle && section.kind == SectionKind::Closing) || section.title == kWholeSpeechTitle) {
        return tr(section.title == kOpeningTitle ? N_("Opening") : section.title == kClosingTitle ? N_("Closing") : N_("Speech"));
    }
    std::string out;
    std::size_t characters = 0;
    std::size_t offset = 0;
    while (offset < section.title.size()) {
        const std::size_t start = offset;
        const char32_t c = utf8::next(section.title, offset);
        const bool clause_end = c == U'，' || c == U'。' || c == U'：' || c == U'；' || c == U'！' || c == U'？';
        if (clause_end && characters >= 2) {
            break;
        }
        if (characters == max_characters) {
            out += "…";
            break;
        }
        out.append(section.title, start, offset - start);
        ++characters;
    }
    return out;
}

TargetPlan plan_for_target(const Script& script, const Timing& timing, double target_seconds)
{
    TargetPlan plan;
    plan.target_seconds = target_seconds;
    plan.estimated_seconds = timing.total_seconds;
    plan.difference_seconds = timing.total_seconds - target_seconds;
    const double voiced = voiced_seconds(timing);
    plan.pause_seconds = std::max(0.0, timing.total_seconds - voiced);
    plan.reachable = target_seconds > plan.pause_seconds && voiced > 0.0;
    plan.pace_scale = plan.reachable ? voiced / (target_seconds - plan.pause_seconds) : 0.0;
    plan.required_han_per_minute = timing.profile.han_per_minute * plan.pace_scale;
    plan.required_words_per_minute = timing.profile.words_per_minute * plan.pace_scale;

    const double share_scale = timing.total_seconds > 0.0 ? target_seconds / timing.total_seconds : 0.0;
    for (std::size_t i = 0; i < timing.sections.size(); ++i) {
        plan.section_budgets.push_back(timing.sections[i].duration * share_scale);
    }
    std::size_t top_level = 0;
    for (std::size_t i = 0; i < script.sections.size() && i < timing.sections.size(); ++i) {
        if (script.sections[i].parent) {
            continue;
        }
        ++top_level;
        const double share = timing.total_seconds > 0.0 ? timing.sections[i].duration / timing.total_seconds : 0.0;
        if (!plan.largest_section || share > plan.largest_share) {
            plan.largest_section = i;
            plan.largest_share = share;
        }
    }
    if (top_level < 2) {
        plan.largest_section.reset();
    }

    std::size_t han = 0;
    std::size_t words = 0;
    for (const auto& sentence : timing.sentences) {
        han += sentence.han_chars;
        words += sentence.words;
    }
    auto summary = [&](Words tr, std::string (*duration)(double)) {
        const std::string current
            = pace_text(tr, timing.profile.han_per_minute, timing.profile.words_per_minute, han, words);
        const std::string required
            = pace_text(tr, plan.required_han_per_minute, plan.required_words_per_minute, han, words);
        const double difference = plan.difference_seconds;
        std::string text;
        if (!plan.reachable) {
            text = fill_in(tr("over by {0}: the pauses alone take {1}, so {2} cannot be reached by speaking faster; "
                           "cut about {3}"),
                duration(difference), duration(plan.pause_seconds), duration(target_seconds),
                text_amount(tr, difference, timing.profile, han, words));
        } else if (std::fabs(difference) < kOnTargetSeconds) {
            text = fill_in(tr("on target at {}"), current);
        } else if (difference > 0.0) {
            text = fill_in(tr("over by {0} at {1}; to finish in {2} speak at {3} or cut about {4}"), duration(difference),
                current, duration(target_seconds), required, text_amount(tr, difference, timing.profile, han, words));
        } else {
            text = fill_in(tr("under by {0} at {1}; you can slow to {2} or add about {3}"), duration(-difference), current,
                required, text_amount(tr, -difference, timing.profile, han, words));
        }
        if (plan.largest_section) {
            // xgettext:no-c-format
            text += fill_in(tr("; section {0} is {1}% of the speech"),
                short_section_title(script.sections[*plan.largest_section], 24, tr), whole(plan.largest_share * 100.0));
        }
        return text;
    };
    plan.summary = summary(english, format_duration);
    plan.shown_summary = summary(_, spoken_duration);
    return plan;
}

} // namespace podium
