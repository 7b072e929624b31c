#pragma once
#include "core/follow/mfcc_extractor.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace podium {

// Where one sentence lies in the reference audio, in seconds from its start.
struct ReferenceSentence {
    std::size_t sentence = 0;   // index into Script::sentences
    double start = 0.0;
    double end_of_speech = 0.0; // before the pause that follows it
    friend bool operator==(const ReferenceSentence&, const ReferenceSentence&) = default;
};

// Per-feature mean and standard deviation.
struct FeatureStats {
    FeatureVector mean{};
    FeatureVector deviation{};
    friend bool operator==(const FeatureStats&, const FeatureStats&) = default;
};

// The script's own sound: the speech plan read by eSpeak NG, reduced to its voiced 10 ms
// frames (the silences between words and sentences say nothing about where a reader is, and a
// human's pauses are elsewhere), each with its features normalised over the whole reference,
// the sentence it belongs to, and its "hubness" — its mean distance to the rest of the
// reference. A frame close to everything (a schwa, a breathy onset) would otherwise win every
// comparison; the aligner scores distance minus hubness.
class ScriptReference {
public:
    ScriptReference() = default;
    // `frames`: the features of the whole rendering, 10 ms apart; `sentences`: in order.
    ScriptReference(std::span<const FeatureFrame> frames, std::span<const ReferenceSentence> sentences,
        std::size_t sentence_count);

    [[nodiscard]] std::size_t size() const { return m_sentence.size(); }
    [[nodiscard]] bool empty() const { return m_sentence.empty(); }
    [[nodiscard]] std::size_t sentence_count() const { return m_sentence_count; }
    [[nodiscard]] std::span<const float> features(std::size_t frame) const
    {
        return {m_features.data() + frame * kFeatureSize, kFeatureSize};
    }
    [[nodiscard]] float hubness(std::size_t frame) const { return m_hubness[frame]; }
    [[nodiscard]] std::size_t sentence(std::size_t frame) const { return m_sentence[frame]; }
    // Seconds into the rendering.
    [[nodiscard]] double time(std::size_t frame) const { return m_hop[frame] * 0.01; }
    // Seconds of the rendering's silence right after this voiced frame (0 inside speech).
    [[nodiscard]] double pause_after(std::size_t frame) const;
    // The first voiced frame of `sentence` or of the next sentence that has one (size() past the end).
    [[nodiscard]] std::size_t first_frame(std::size_t sentence) const;
    // How far through its sentence a frame is, 0–1, by voiced frames.
    [[nodiscard]] double fraction(std::size_t frame) const;
    // The rendering's own feature statistics, before normalisation: a prior for a reader's.
    [[nodiscard]] const FeatureStats& raw_stats() const { return m_raw; }
    // Syllable nuclei (VoiceTracker's) per voiced frame of the rendering: with the reader's own,
    // the ratio of their speaking rates, measured without any alignment (0: unknown).
    [[nodiscard]] double nuclei_per_frame() const { return m_nuclei_per_frame; }
    void set_nuclei(std::size_t nuclei) { m_nuclei_per_frame = empty() ? 0.0 : static_cast<double>(nuclei) / static_cast<double>(size()); }

    // A compact binary form for the cache; from_bytes is empty for anything it did not write.
    [[nodiscard]] std::string to_bytes() const;
    [[nodiscard]] static std::optional<ScriptReference> from_bytes(std::string_view bytes);

    friend bool operator==(const ScriptReference&, const ScriptReference&) = default;

private:
    void compute_hubness();
    void index_sentences();

    std::vector<float> m_features;        // size() × kFeatureSize, normalised
    std::vector<float> m_hubness;
    std::vector<std::uint32_t> m_sentence;
    std::vector<std::uint32_t> m_hop;     // the frame's hop in the rendering
    std::vector<std::uint32_t> m_first;   // per sentence: first_frame()
    std::size_t m_sentence_count = 0;
    FeatureStats m_raw;
    double m_nuclei_per_frame = 0.0;
};

// Whether a frame of a rendering is voiced: eSpeak's pauses are digital silence, so anything
// within 45 dB of the loud frames is speech.
[[nodiscard]] std::vector<bool> reference_voiced(std::span<const FeatureFrame> frames);

} // namespace podium
