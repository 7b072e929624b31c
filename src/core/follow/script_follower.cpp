// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/follow/script_follower.hpp"

#include <algorithm>
#include <ostream>

namespace podium {

std::ostream& operator<<(std::ostream& out, const FollowPosition& position)
{
    return out << "{sentence " << position.sentence << ", fraction " << position.fraction
               << (position.speaking ? ", speaking}" : ", paused}");
}

ScriptFollower::ScriptFollower(const Script& script, double sample_rate)
    : m_tracker(sample_rate)
    , m_aligner(ScriptSyllables(script))
    , m_sentence_count(script.sentences.size())
{
    if (sample_rate == MfccExtractor::kSampleRate) {
        m_mfcc = std::make_unique<MfccExtractor>();
    }
}

void ScriptFollower::set_reference(std::shared_ptr<const ScriptReference> reference, AcousticSettings settings)
{
    set_references({std::move(reference)}, settings);
}

namespace {
constexpr std::size_t kChooseAfter = 1000;   // voiced frames: 10 s of voice
constexpr std::size_t kReplayLimit = 12000;  // hops: two minutes of listening
} // namespace

bool ScriptFollower::usable(const ScriptReference* reference) const
{
    return reference != nullptr && reference->sentence_count() == m_sentence_count && !reference->empty();
}

void ScriptFollower::set_references(std::vector<std::shared_ptr<const ScriptReference>> references, AcousticSettings settings,
    std::size_t expected)
{
    if (!m_mfcc) {
        return;
    }
    const std::size_t sentence = position().sentence;
    m_candidates.clear();
    m_candidate_index.clear();
    for (std::size_t i = 0; i < references.size(); ++i) {
        if (!usable(references[i].get())) {
            continue;
        }
        AcousticFollower& follower = m_candidates.emplace_back(std::move(references[i]), settings);
        follower.warm_up(m_warm);
        follower.anchor(sentence);
        m_candidate_index.push_back(i);
    }
    m_choice = m_candidate_index.empty() ? 0 : m_candidate_index.front();
    m_replay.reset();
    if (expected > references.size()) {
        m_replay = Replay{m_warm, sentence, settings, expected, references.size(), {}};
    }
    if (!m_candidates.empty()) { // else the voice heard keeps warming for a later rendering
        m_warm.clear();
        m_warm.shrink_to_fit();
    }
}

bool ScriptFollower::add_reference(std::shared_ptr<const ScriptReference> reference)
{
    if (!m_mfcc || !m_replay) {
        return false;
    }
    if (m_candidates.empty()) {
        // The first renderings were unusable: this one leads from here, as if it had come first.
        const std::size_t expected = m_replay->expected;
        std::vector<std::shared_ptr<const ScriptReference>> references(m_replay->given);
        references.push_back(std::move(reference));
        set_references(std::move(references), m_replay->settings, expected);
        return !m_candidates.empty();
    }
    const std::size_t index = m_replay->given++;
    if (usable(reference.get())) {
        AcousticFollower& follower = m_candidates.emplace_back(std::move(reference), m_replay->settings);
        follower.warm_up(m_replay->warm);
        follower.anchor(m_replay->sentence);
        for (const ReplayStep& step : m_replay->steps) {
            if (step.anchor) {
                follower.anchor(*step.anchor);
            } else {
                follower.update(step.frame, step.voiced, step.nucleus);
            }
        }
        m_candidate_index.push_back(index);
    }
    if (m_replay->given >= m_replay->expected) {
        m_replay.reset();
    }
    choose_reference();
    return true;
}

void ScriptFollower::choose_reference()
{
    if (m_candidates.size() < 2 || m_candidates.front().tracker().observed() < kChooseAfter) {
        return;
    }
    // A rendering still to come is waited for: it catches up when it comes.
    if (m_replay) {
        return;
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < m_candidates.size(); ++i) {
        if (m_candidates[i].tracker().mean_match() < m_candidates[best].tracker().mean_match()) {
            best = i;
        }
    }
    AcousticFollower kept = std::move(m_candidates[best]);
    m_choice = m_candidate_index[best];
    m_candidates.clear();
    m_candidates.push_back(std::move(kept));
}

void ScriptFollower::feed(std::span<const float> mono)
{
    m_tracker.feed(mono);
    for (const VoiceFrame& frame : m_tracker.recent_frames()) {
        m_aligner.update(frame);
        if (m_mfcc) {
            m_voiced.push_back(frame);
        }
    }
    if (!m_mfcc) {
        return;
    }
    // Both analyses hop every 10 ms from the same sample; the features come two hops later.
    m_features.clear();
    m_mfcc->feed(mono, m_features);
    for (const FeatureFrame& frame : m_features) {
        VoiceFrame hop;
        if (!m_voiced.empty()) {
            hop = m_voiced.front();
            m_voiced.pop_front();
        }
        const bool voiced = hop.voiced;
        if (m_keep) {
            m_kept_features.push_back(frame);
            m_kept_voiced.push_back(voiced);
            m_kept_nuclei += hop.nucleus ? 1 : 0;
        }
        if (!m_candidates.empty()) {
            for (AcousticFollower& follower : m_candidates) {
                follower.update(frame, voiced, hop.nucleus);
            }
            if (m_replay) {
                m_replay->steps.push_back(ReplayStep{frame, voiced, hop.nucleus, std::nullopt});
                if (m_replay->steps.size() >= kReplayLimit) {
                    m_replay.reset(); // too late to catch up: go on with what is there
                }
            }
            choose_reference();
        } else if (voiced) {
            if (m_warm.size() >= 3000) {
                m_warm.erase(m_warm.begin(), m_warm.begin() + 1000);
            }
            m_warm.push_back(frame.features);
        }
    }
}

FollowPosition ScriptFollower::position() const
{
    FollowPosition out;
    out.speaking = m_tracker.activity().speaking;
    if (const AcousticFollower* leader = acoustic()) {
        out.sentence = std::min(leader->sentence(), m_sentence_count - 1);
        out.fraction = leader->fraction();
        return out;
    }
    const double at = m_aligner.position();
    out.sentence = m_sentence_count == 0 ? 0 : std::min(m_aligner.syllables().sentence_at(at), m_sentence_count - 1);
    out.fraction = m_aligner.syllables().fraction_at(at);
    return out;
}

void ScriptFollower::anchor(std::size_t sentence)
{
    if (m_sentence_count > 0) {
        m_aligner.anchor(std::min(sentence, m_sentence_count - 1));
        for (AcousticFollower& follower : m_candidates) {
            follower.anchor(std::min(sentence, m_sentence_count - 1));
        }
        if (m_replay && !m_candidates.empty()) {
            m_replay->steps.push_back(ReplayStep{{}, false, false, std::min(sentence, m_sentence_count - 1)});
        }
    }
}

} // namespace podium
