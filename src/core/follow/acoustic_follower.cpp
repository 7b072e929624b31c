#include "core/follow/acoustic_follower.hpp"

#include <algorithm>

namespace podium {

namespace {

constexpr std::size_t kForwardFrames = 8;    // 80 ms of voice in the next sentence moves the line
constexpr std::size_t kBackwardFrames = 150; // 1.5 s of voice in an earlier one moves it back
constexpr double kRateMemory = 2000.0;        // the pace of the last ~20 s of voice
constexpr double kRatePrior = 300.0;          // voiced frames at the reference's own pace to start
constexpr std::size_t kRateEvery = 50;        // frames between updates of the step prior

} // namespace

AcousticFollower::AcousticFollower(std::shared_ptr<const ScriptReference> reference, AcousticSettings settings)
    : m_reference(reference)
    , m_normaliser(reference->raw_stats())
    , m_tracker(reference, settings)
    , m_recovery(reference)
{
}

void AcousticFollower::warm_up(std::span<const FeatureVector> voiced_frames)
{
    for (const FeatureVector& frame : voiced_frames) {
        m_normaliser.learn(frame);
    }
}

double reading_rate(double reader_nuclei, double reader_voiced_frames, const ScriptReference& reference)
{
    if (reader_voiced_frames <= 0.0 || reader_nuclei <= 0.0 || reference.nuclei_per_frame() <= 0.0) {
        return 1.0;
    }
    return reader_nuclei / reader_voiced_frames / reference.nuclei_per_frame();
}

void AcousticFollower::update(const FeatureFrame& frame, bool voiced, bool nucleus)
{
    if (nucleus) {
        m_nuclei += 1.0;
    }
    if (!voiced || m_reference->empty()) {
        ++m_silent_frames;
        return;
    }
    const double paused = static_cast<double>(m_silent_frames) * 0.01;
    m_recovery.before_voice(m_tracker, paused);
    if (m_silent_frames > 0) {
        m_tracker.pause(paused);
    }
    m_silent_frames = 0;
    m_voiced_frames += 1.0;
    if (m_voiced_frames > kRateMemory) {
        const double keep = kRateMemory / m_voiced_frames;
        m_voiced_frames *= keep;
        m_nuclei *= keep;
    }
    if (++m_since_rate >= kRateEvery) {
        m_since_rate = 0;
        // The reference's own pace weighs as 3 s of voice, so the first sentences do not swing it.
        const double prior_nuclei = kRatePrior * m_reference->nuclei_per_frame();
        m_tracker.set_rate(reading_rate(m_nuclei + prior_nuclei, m_voiced_frames + kRatePrior, *m_reference));
    }
    m_normaliser.learn(frame.features);
    const FeatureVector normalised = m_normaliser.normalise(frame.features);
    m_tracker.observe(normalised);
    if (m_recovery.after_voice(m_tracker, normalised, paused, m_sentence)) {
        // Found elsewhere (a skip, a jump, a sentence read again): the line goes there at once.
        m_sentence = m_reference->sentence(m_tracker.frame());
        m_ahead_frames = 0;
        m_behind_frames = 0;
        return;
    }
    const std::size_t heard = m_reference->sentence(m_tracker.frame());
    if (heard > m_sentence) {
        m_behind_frames = 0;
        if (++m_ahead_frames >= kForwardFrames) {
            m_sentence = heard;
            m_ahead_frames = 0;
        }
    } else if (heard < m_sentence) {
        m_ahead_frames = 0;
        if (++m_behind_frames >= kBackwardFrames) {
            m_sentence = heard;
            m_behind_frames = 0;
        }
    } else {
        m_ahead_frames = 0;
        m_behind_frames = 0;
    }
}

void AcousticFollower::anchor(std::size_t sentence)
{
    m_sentence = std::min(sentence, m_reference->sentence_count() == 0 ? 0 : m_reference->sentence_count() - 1);
    m_tracker.anchor(m_reference->first_frame(m_sentence));
    m_recovery.reset();
    m_ahead_frames = 0;
    m_behind_frames = 0;
}

double AcousticFollower::fraction() const
{
    if (m_reference->sentence(m_tracker.frame()) != m_sentence) {
        return m_reference->sentence(m_tracker.frame()) > m_sentence ? 1.0 : 0.0;
    }
    return m_reference->fraction(m_tracker.frame());
}

} // namespace podium
