// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/follow/tracker_recovery.hpp"

#include <algorithm>

namespace podium {

namespace {

constexpr std::size_t kHeardFrames = 150;     // voice a search probe catches up on (1.5 s)
// A search probe: the search must put the reader more than 4 s of reference from the tracker
// (nearer is the tracker's own business), in another sentence than the line's, in one place
// for 5 search frames (0.2 s of voice).
constexpr std::size_t kFarFrames = 400;
constexpr std::size_t kCandidateVotes = 5;
constexpr std::size_t kCandidateMoves = 8;     // reference frames per search frame: a reader at ≤ 2× the reference
constexpr std::size_t kProbeBehind = 150;      // it starts anywhere from 1.5 s before the place the
constexpr std::size_t kProbeAhead = 30;        // search implies to 0.3 s after it
constexpr double kSearchWins = 15.0;           // nats; lower than this, wrong probes won on clean readings
constexpr std::size_t kSearchLeast = 50;       // voiced frames after it caught up
constexpr std::size_t kSearchMost = 300;
constexpr double kGiveWay = 2.0;               // a search probe not this far ahead yields to a new place
// A restart probe.
constexpr double kRestartPause = 0.3;          // seconds: a breath is not the end of a reading
constexpr std::size_t kRestartRegion = 5;
constexpr double kRestartWins = 7.0;
constexpr std::size_t kRestartLeast = 20;
constexpr double kRestartLoses = 1.5;
constexpr std::size_t kRestartDecide = 30;     // by 0.3 s of voice it must be ahead by kRestartLead
constexpr double kRestartLead = 0.75;
constexpr std::size_t kRestartMost = 200;
constexpr std::size_t kRestartRace = 2;        // reference frames per voiced frame: faster than anyone re-reads

} // namespace

TrackerRecovery::TrackerRecovery(std::shared_ptr<const ScriptReference> reference)
    : m_reference(reference)
    , m_search(std::move(reference))
{
}

void TrackerRecovery::reset()
{
    m_heard.clear();
    m_probe.reset();
    m_candidate_votes = 0;
    m_just_read.reset();
}

void TrackerRecovery::before_voice(const AcousticTracker& tracker, double paused)
{
    m_log_likelihood_before = tracker.log_likelihood();
    m_just_read.reset();
    if (paused >= kRestartPause && tracker.at_sentence_end()) {
        m_just_read = m_reference->sentence(tracker.frame());
    }
}

bool TrackerRecovery::after_voice(AcousticTracker& tracker, std::span<const float> frame, double paused, std::size_t line_sentence)
{
    Heard heard{{}, paused, m_log_likelihood_before};
    std::copy(frame.begin(), frame.end(), heard.frame.begin());
    m_heard.push_back(heard);
    if (m_heard.size() > kHeardFrames) {
        m_heard.pop_front();
    }
    if (m_just_read) {
        start_restart_probe(tracker, *m_just_read, frame);
        m_just_read.reset();
    } else if (m_probe) {
        if (paused > 0.0) {
            m_probe->pause(paused);
        }
        m_probe->observe(frame);
    }
    if (m_probe && probe_step(tracker)) {
        tracker = std::move(*m_probe);
        reset();
        return true;
    }
    if (m_search.observe(frame)) {
        search_step(tracker, line_sentence);
    }
    return false;
}

double TrackerRecovery::probe_gain(const AcousticTracker& tracker) const
{
    return m_probe->log_likelihood() - tracker.log_likelihood() - m_probe_base;
}

void TrackerRecovery::search_step(const AcousticTracker& tracker, std::size_t line_sentence)
{
    const std::size_t best = m_search.best_frame();
    const std::size_t here = tracker.frame();
    const std::size_t distance = best > here ? best - here : here - best;
    const bool far = distance > kFarFrames && m_reference->sentence(best) != line_sentence;
    if (!far || m_search.frames() < ReferenceSearch::settle_frames()) {
        m_candidate_votes = 0;
        return;
    }
    const std::size_t moved = best > m_candidate ? best - m_candidate : m_candidate - best;
    m_candidate_votes = moved <= kCandidateMoves * ReferenceSearch::kDecimation ? m_candidate_votes + 1 : 1;
    m_candidate = best;
    if (m_candidate_votes < kCandidateVotes) {
        return;
    }
    if (m_probe) {
        // One probe at a time: a search probe elsewhere that is not winning gives way.
        const std::size_t at = m_probe->frame();
        const std::size_t apart = at > best ? at - best : best - at;
        if (m_probe_kind != ProbeKind::Search || apart <= kFarFrames || probe_gain(tracker) >= kGiveWay) {
            return;
        }
    }
    // The probe starts where the reader would have been when the voice it replays began, at
    // the pace the tracker has measured, and catches up on that voice.
    m_probe = std::make_unique<AcousticTracker>(tracker);
    m_probe_kind = ProbeKind::Search;
    const auto back = static_cast<std::size_t>(static_cast<double>(m_heard.size()) * tracker.rate());
    const std::size_t start = best > back ? best - back : 0;
    m_probe->anchor_region(start > kProbeBehind ? start - kProbeBehind : 0, start + kProbeAhead);
    const double probe_start = m_probe->log_likelihood();
    for (const Heard& heard : m_heard) {
        if (heard.pause > 0.0) {
            m_probe->pause(heard.pause);
        }
        m_probe->observe(heard.frame);
    }
    // The gain counts from the first frame replayed: what the probe explained of it and since,
    // less what the tracker did.
    m_probe_base = probe_start - (m_heard.empty() ? tracker.log_likelihood() : m_heard.front().log_likelihood);
    m_probe_frames = 0;
}

void TrackerRecovery::start_restart_probe(const AcousticTracker& tracker, std::size_t sentence, std::span<const float> frame)
{
    const std::size_t start = m_reference->first_frame(sentence);
    m_probe = std::make_unique<AcousticTracker>(tracker);
    m_probe->anchor_region(start, start + kRestartRegion);
    m_probe_kind = ProbeKind::Restart;
    m_restart_sentence = sentence;
    // Even odds at the start: the gain counts from this frame, which the tracker has taken
    // (with the pause before it) and the probe takes now.
    m_probe_base = m_probe->log_likelihood() - tracker.log_likelihood();
    m_probe->observe(frame);
    m_probe_frames = 0;
}

bool TrackerRecovery::probe_step(const AcousticTracker& tracker)
{
    ++m_probe_frames;
    const double gain = probe_gain(tracker);
    if (m_probe_kind == ProbeKind::Restart) {
        if (m_probe_frames >= kRestartLeast && gain > kRestartWins) {
            return true;
        }
        const bool raced = m_probe->frame() > m_reference->first_frame(m_restart_sentence) + kRestartRace * m_probe_frames + 20;
        if (gain < -kRestartLoses || m_probe_frames >= kRestartMost || (m_probe_frames >= kRestartDecide && gain < kRestartLead)
            || m_reference->sentence(m_probe->frame()) != m_restart_sentence || raced) {
            m_probe.reset();
        }
        return false;
    }
    if (m_probe_frames >= kSearchLeast && gain > kSearchWins) {
        return true;
    }
    if (gain < -kSearchWins || m_probe_frames >= kSearchMost) {
        m_probe.reset();
    }
    return false;
}

} // namespace podium
