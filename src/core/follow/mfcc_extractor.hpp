#pragma once
#include <array>
#include <cstddef>
#include <memory>
#include <span>
#include <vector>

namespace podium {

// One 10 ms hop of a voice's spectral shape: what the acoustic aligner compares.
// c1–c12 of the MFCCs and the deltas of c0–c12 (c0 itself, the loudness, says more about the
// microphone than about what is said). Not yet normalised (see FeatureNormaliser).
inline constexpr std::size_t kCepstra = 13;                       // c0–c12
inline constexpr std::size_t kFeatureSize = (kCepstra - 1) + kCepstra; // 25
using FeatureVector = std::array<float, kFeatureSize>;

struct FeatureFrame {
    FeatureVector features{};
    double energy_db = -120.0;  // the windowed frame's power, dB full scale
};

// MFCCs of mono audio at 16 kHz in 10 ms hops (aubio: 25 ms Hamming windows zero-padded to a
// 512-point FFT, 26 mel bands 100–3,800 Hz, DCT to 13 cepstra), then regression deltas over
// ±2 hops. Streaming: feed chunks of any size; frames come out two hops late (the deltas need
// them) and are the same whatever the chunking. Hop i (0-based) ends at sample 160·(i+1).
class MfccExtractor {
public:
    static constexpr double kSampleRate = 16000.0;
    static constexpr std::size_t kHop = 160;
    static constexpr std::size_t kWindow = 400;

    MfccExtractor();
    ~MfccExtractor();
    MfccExtractor(const MfccExtractor&) = delete;
    MfccExtractor& operator=(const MfccExtractor&) = delete;
    MfccExtractor(MfccExtractor&&) noexcept;
    MfccExtractor& operator=(MfccExtractor&&) noexcept;

    // Appends the frames completed by these samples to `out`.
    void feed(std::span<const float> mono, std::vector<FeatureFrame>& out);
    // Appends the last two frames (their deltas taken with the final hop repeated).
    void finish(std::vector<FeatureFrame>& out);
    // Hops produced so far.
    [[nodiscard]] std::size_t frames() const { return m_emitted; }

private:
    struct Aubio;
    void analyse_hop();
    void emit(std::vector<FeatureFrame>& out, std::size_t lookahead_end);

    std::unique_ptr<Aubio> m_aubio;
    std::vector<float> m_window;         // Hamming weights
    std::vector<float> m_samples;        // the last kWindow samples
    std::size_t m_fill = 0;              // samples since the last hop
    std::size_t m_hops = 0;              // cepstra computed
    std::size_t m_emitted = 0;
    // The last five hops' cepstra and energies (a ring, for the deltas).
    std::array<std::array<float, kCepstra>, 5> m_cepstra{};
    std::array<double, 5> m_energy{};
};

// Features of a whole signal at 16 kHz, in one call.
[[nodiscard]] std::vector<FeatureFrame> extract_features(std::span<const float> mono16k);

} // namespace podium
