// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coach/coach_plan.hpp"

#include <algorithm>

namespace podium {

CoachPlan plan_delivery(const Script& script, const Timing& timing)
{
    const ScriptSyllables grid(script);
    CoachPlan plan;
    plan.section_count = script.sections.size();
    plan.clause_pause = timing.profile.comma_pause;
    plan.sentences.resize(script.sentences.size());
    for (std::size_t i = 0; i < script.sentences.size(); ++i) {
        SentencePlan& sentence = plan.sentences[i];
        sentence.section = script.sentences[i].section;
        const std::size_t first = grid.sentence_start(i);
        sentence.syllables = grid.sentence_end(i) - first;
        if (i < timing.sentences.size()) {
            const SentenceTiming& t = timing.sentences[i];
            sentence.planned_speaking = t.speaking;
            sentence.planned_pause_after = t.pause_after;
            sentence.mandarin = t.han_chars > t.english_syllables;
        }
    }
    std::size_t position = 0;
    for (const FollowClause& clause : grid.clauses()) {
        position += clause.syllables;
        if (clause.sentence >= plan.sentences.size()) {
            continue;
        }
        SentencePlan& sentence = plan.sentences[clause.sentence];
        if (clause.end == FollowBoundary::Clause) {
            const double into = static_cast<double>(position - grid.sentence_start(clause.sentence));
            sentence.clause_ends.push_back(into / static_cast<double>(std::max<std::size_t>(sentence.syllables, 1)));
        } else {
            sentence.end = clause.end;
        }
    }
    return plan;
}

} // namespace podium
