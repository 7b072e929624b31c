// SPDX-License-Identifier: GPL-3.0-or-later
// The MFCC extractor applies aubio's mel filterbank sparsely (only the bins each triangle
// touches): its cepstra must be exactly those of aubio's own MFCC (aubio_mfcc_do).
#include "core/follow/mfcc_extractor.hpp"
#include "vowel_reading.hpp"

#include <aubio/aubio.h>
#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>
#include <random>
#include <vector>

namespace podium {
namespace {

// c0–c12 of every 10 ms hop as aubio_mfcc_do computes them, with the extractor's window and FFT.
std::vector<std::array<float, kCepstra>> aubio_cepstra(const std::vector<float>& audio)
{
    constexpr uint_t kFft = 512;
    aubio_fft_t* fft = new_aubio_fft(kFft);
    aubio_mfcc_t* mfcc = new_aubio_mfcc(kFft, 26, kCepstra, 16000);
    fvec_t* frame = new_fvec(kFft);
    fvec_t* complex = new_fvec(kFft);
    cvec_t* spectrum = new_cvec(kFft);
    fvec_t* cepstra = new_fvec(kCepstra);
    REQUIRE(aubio_mfcc_set_mel_coeffs(mfcc, 100, 3800) == 0);
    std::vector<std::array<float, kCepstra>> out;
    for (std::size_t end = MfccExtractor::kHop; end <= audio.size(); end += MfccExtractor::kHop) {
        smpl_t* data = fvec_get_data(frame);
        for (std::size_t i = 0; i < kFft; ++i) {
            data[i] = 0;
        }
        for (std::size_t i = 0; i < MfccExtractor::kWindow; ++i) {
            // The window holds the last kWindow samples, zeros before the audio starts.
            const auto at = static_cast<std::ptrdiff_t>(end) - static_cast<std::ptrdiff_t>(MfccExtractor::kWindow)
                + static_cast<std::ptrdiff_t>(i);
            const float sample = at < 0 ? 0.0f : audio[static_cast<std::size_t>(at)];
            const auto weight = static_cast<float>(
                0.54 - 0.46 * std::cos(2.0 * std::numbers::pi * static_cast<double>(i) / (MfccExtractor::kWindow - 1)));
            data[i] = static_cast<smpl_t>(sample * weight);
        }
        aubio_fft_do_complex(fft, frame, complex);
        aubio_fft_get_norm(complex, spectrum);
        aubio_mfcc_do(mfcc, spectrum, cepstra);
        std::array<float, kCepstra> hop{};
        for (std::size_t c = 0; c < kCepstra; ++c) {
            hop[c] = std::isfinite(fvec_get_sample(cepstra, static_cast<uint_t>(c))) ? fvec_get_sample(cepstra, static_cast<uint_t>(c))
                                                                                      : 0.0f;
        }
        out.push_back(hop);
    }
    del_fvec(cepstra);
    del_cvec(spectrum);
    del_fvec(complex);
    del_fvec(frame);
    del_aubio_mfcc(mfcc);
    del_aubio_fft(fft);
    return out;
}

} // namespace

TEST_CASE("the sparse mel filterbank gives exactly aubio's own MFCCs", "[follow][acoustic][mfcc]")
{
    // Speech-like vowels, then white noise (every bin of every band carries energy), then silence.
    std::vector<float> audio = test::read(2, 120.0, 0.15, 0.3, 1).audio;
    std::mt19937 random(7);
    std::normal_distribution<float> noise(0.0f, 0.1f);
    for (int i = 0; i < 8000; ++i) {
        audio.push_back(noise(random));
    }
    audio.resize(audio.size() + 4000, 0.0f);
    const std::vector<FeatureFrame> frames = extract_features(audio);
    const auto expected = aubio_cepstra(audio);
    REQUIRE(frames.size() == expected.size());
    std::size_t compared = 0;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        for (std::size_t c = 1; c < kCepstra; ++c) {
            REQUIRE(frames[i].features[c - 1] == expected[i][c]); // bit for bit, not within a tolerance
            ++compared;
        }
        // The deltas of c0 come from aubio's c0 too: away from the edges, the regression over ±2 hops.
        if (i >= 2 && i + 2 < frames.size()) {
            const float delta = ((expected[i + 1][0] - expected[i - 1][0]) + 2.0f * (expected[i + 2][0] - expected[i - 2][0])) / 10.0f;
            REQUIRE(frames[i].features[kCepstra - 1] == delta);
        }
    }
    CHECK(compared > 1000);
}

} // namespace podium
