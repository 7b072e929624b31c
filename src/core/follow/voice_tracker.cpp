// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/follow/voice_tracker.hpp"

#include <algorithm>
#include <cmath>

namespace podium {

namespace {

constexpr double kLowHz = 300.0;
constexpr double kHighHz = 2500.0;
constexpr double kHopSeconds = 0.010;
constexpr std::size_t kBlockHops = 25;      // 250 ms blocks for the floor's minimum
constexpr std::size_t kFloorBlocks = 12;    // 3 s of history
constexpr double kSilenceDb = -120.0;       // digital silence
constexpr double kOnsetDb = 9.0;            // above the floor: speech starts
constexpr double kReleaseDb = 6.0;          // below floor + this for the hangover: speech ends
constexpr std::size_t kOnsetHops = 3;       // 30 ms
constexpr std::size_t kHangoverHops = 18;   // 180 ms
constexpr double kMinimumSpeechDb = -70.0;  // quieter than this is never speech
constexpr double kProminenceDb = 2.5;
constexpr double kNucleusDb = 9.0;          // a nucleus stands this far above the floor
constexpr std::size_t kNucleusGapHops = 9;  // 90 ms: at most ~11 syllables per second

double to_db(double energy)
{
    return energy > 1e-12 ? 10.0 * std::log10(energy) : kSilenceDb;
}

} // namespace

VoiceTracker::VoiceTracker(double sample_rate)
    : m_sample_rate(sample_rate > 1000.0 ? sample_rate : 16000.0)
    , m_hop(std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(m_sample_rate * kHopSeconds))))
    , m_filter(kLowHz, kHighHz, m_sample_rate)
{
}

void VoiceTracker::feed(std::span<const float> mono)
{
    m_recent.clear();
    for (const float sample : mono) {
        // A NaN or infinity from a broken source counts as silence, not as a poisoned filter.
        const double x = std::isfinite(sample) ? std::clamp(static_cast<double>(sample), -1.0, 1.0) : 0.0;
        const double y = m_filter.process(x);
        m_hop_energy += y * y;
        if (++m_hop_fill == m_hop) {
            end_hop();
        }
    }
}

void VoiceTracker::end_hop()
{
    const double energy = m_hop_energy / static_cast<double>(m_hop);
    m_hop_energy = 0.0;
    m_hop_fill = 0;
    // A 30 ms moving average: short enough to keep the dips between syllables (4–8 per
    // second), long enough to merge a syllable's pitch periods; finite, so silence is silence
    // 30 ms after the voice stops.
    m_energy_history[m_hops % m_energy_history.size()] = energy;
    const std::size_t filled = std::min<std::size_t>(m_hops + 1, m_energy_history.size());
    double sum = 0.0;
    for (std::size_t i = 0; i < filled; ++i) {
        sum += m_energy_history[i];
    }
    m_smoothed_energy = sum / static_cast<double>(filled);
    ++m_hops;

    VoiceFrame frame;
    frame.time = static_cast<double>(m_hops * m_hop) / m_sample_rate;
    frame.level_db = to_db(m_smoothed_energy);
    update_floor(frame.level_db);
    frame.floor_db = m_floor_db;

    const bool loud_enough = frame.level_db > kMinimumSpeechDb;
    const bool above_onset = loud_enough && frame.level_db > m_floor_db + kOnsetDb;
    const bool above_release = loud_enough && frame.level_db > m_floor_db + kReleaseDb;
    m_above_run = above_onset ? m_above_run + 1 : 0;
    m_below_run = above_release ? 0 : m_below_run + 1;
    if (!m_speaking && m_above_run >= kOnsetHops) {
        m_speaking = true;
    } else if (m_speaking && m_below_run >= kHangoverHops) {
        m_speaking = false;
        m_speaking_hops -= kHangoverHops - 1; // the hangover was silence after all
    }
    frame.speaking = m_speaking;
    frame.voiced = above_release;
    m_speaking_hops += m_speaking ? 1 : 0;

    detect_nucleus(frame.level_db, frame);
    m_recent.push_back(frame);
}

void VoiceTracker::update_floor(double level_db)
{
    m_block_min = m_block_fill == 0 ? level_db : std::min(m_block_min, level_db);
    if (++m_block_fill == kBlockHops) {
        m_block_minima.push_back(m_block_min);
        if (m_block_minima.size() > kFloorBlocks) {
            m_block_minima.pop_front();
        }
        m_block_fill = 0;
    }
    double floor = m_block_fill > 0 ? m_block_min : m_block_minima.back();
    for (const double block : m_block_minima) {
        floor = std::min(floor, block);
    }
    m_floor_db = floor;
}

void VoiceTracker::detect_nucleus(double level_db, VoiceFrame& frame)
{
    // Peak picking with prominence on both sides: rise kProminenceDb above the last valley,
    // then confirm the peak once the envelope falls kProminenceDb below it.
    if (!m_rising) {
        m_valley_db = std::min(m_valley_db, level_db);
        if (level_db > m_valley_db + kProminenceDb) {
            m_rising = true;
            m_peak_db = level_db;
            m_peak_hop = m_hops;
        }
        return;
    }
    if (level_db >= m_peak_db) {
        m_peak_db = level_db;
        m_peak_hop = m_hops;
        return;
    }
    if (level_db < m_peak_db - kProminenceDb) {
        const bool prominent = m_peak_db > m_floor_db + kNucleusDb && m_peak_db > kMinimumSpeechDb;
        const bool spaced = !m_any_nucleus || m_peak_hop >= m_last_nucleus_hop + kNucleusGapHops;
        if (prominent && spaced) {
            ++m_nuclei;
            m_last_nucleus_hop = m_peak_hop;
            m_any_nucleus = true;
            frame.nucleus = true;
        }
        m_rising = false;
        m_valley_db = level_db;
    }
}

VoiceActivity VoiceTracker::activity() const
{
    VoiceActivity out;
    out.time = static_cast<double>(m_hops * m_hop + m_hop_fill) / m_sample_rate;
    out.syllables = static_cast<double>(m_nuclei);
    out.speaking = m_speaking;
    out.speech_seconds = static_cast<double>(m_speaking_hops * m_hop) / m_sample_rate;
    return out;
}

} // namespace podium
