// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/follow/band_filter.hpp"

#include <array>
#include <cstddef>
#include <deque>
#include <span>
#include <vector>

namespace podium {

// What the voice tracker has heard so far.
struct VoiceActivity {
    double time = 0.0;           // seconds of audio fed
    double syllables = 0.0;      // syllable nuclei detected since the start
    bool speaking = false;       // the speaker is speaking now (voice activity, with hangover)
    double speech_seconds = 0.0; // seconds spent speaking since the start
};

// One analysis hop (10 ms) of the tracker's decisions: what the aligner consumes.
struct VoiceFrame {
    double time = 0.0;      // end of the hop, seconds from the start
    double level_db = 0.0;  // band-limited envelope, dB full scale
    double floor_db = 0.0;  // adaptive noise floor
    bool speaking = false;  // voice-activity decision after this hop
    bool voiced = false;    // this hop itself is above the release threshold (no hangover)
    bool nucleus = false;   // a syllable nucleus was confirmed in this hop
};

// A model-free voice tracker: feed it mono audio in chunks of any size; it answers how many
// syllables have been spoken and whether the speaker is speaking. Pure signal processing,
// deterministic: the same samples give the same answers whatever the chunking.
//  - Envelope: 300–2500 Hz band energy (voiced speech, not fricatives or hum) in 10 ms hops,
//    averaged over 30 ms, in dB.
//  - Noise floor: the minimum of the envelope over the last 3 s (minimum statistics), so it
//    follows a fan that starts or a room that gets quieter, but not the voice itself, which
//    always dips between words.
//  - Voice activity: the envelope above floor + 9 dB for 30 ms starts speech; below
//    floor + 6 dB for 180 ms ends it (short stops and closures inside a word do not).
//  - Syllable nuclei (de Jong & Wempe 2009): envelope peaks that rise and then fall at least
//    2.5 dB, stand 9 dB above the floor, and come at least 90 ms after the previous one.
class VoiceTracker {
public:
    explicit VoiceTracker(double sample_rate = 16000.0);

    void feed(std::span<const float> mono);
    [[nodiscard]] VoiceActivity activity() const;
    // The hops completed by the last feed() call, in order.
    [[nodiscard]] std::span<const VoiceFrame> recent_frames() const { return m_recent; }
    [[nodiscard]] double sample_rate() const { return m_sample_rate; }
    [[nodiscard]] double hop_seconds() const { return static_cast<double>(m_hop) / m_sample_rate; }

private:
    void end_hop();
    void update_floor(double level_db);
    void detect_nucleus(double level_db, VoiceFrame& frame);

    double m_sample_rate;
    std::size_t m_hop;
    BandFilter m_filter;

    // Current hop.
    double m_hop_energy = 0.0;
    std::size_t m_hop_fill = 0;
    std::array<double, 3> m_energy_history{};
    double m_smoothed_energy = 0.0;

    // Noise floor: minima of 250 ms blocks over the last 3 s.
    std::deque<double> m_block_minima;
    double m_block_min = 0.0;
    std::size_t m_block_fill = 0;
    double m_floor_db = -120.0;

    // Voice activity.
    bool m_speaking = false;
    std::size_t m_above_run = 0;  // hops above the onset threshold in a row
    std::size_t m_below_run = 0;  // hops below the release threshold in a row

    // Nucleus detection.
    double m_valley_db = 0.0;
    double m_peak_db = 0.0;
    bool m_rising = false;
    std::size_t m_peak_hop = 0;
    std::size_t m_last_nucleus_hop = 0;
    bool m_any_nucleus = false;

    std::size_t m_hops = 0;
    std::size_t m_speaking_hops = 0;
    std::size_t m_nuclei = 0;
    std::vector<VoiceFrame> m_recent;
};

} // namespace podium
