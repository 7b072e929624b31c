// SPDX-License-Identifier: GPL-3.0-or-later
#include "signal/voice_analysis.hpp"

#include "core/error.hpp"
#include "core/i18n/translate.hpp"

#include <aubio/aubio.h>
#include <ebur128.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

namespace podium {

namespace {

// Every aubio and libebur128 handle is owned here and freed once.
struct FvecDeleter { void operator()(fvec_t* p) const { del_fvec(p); } };
struct CvecDeleter { void operator()(cvec_t* p) const { del_cvec(p); } };
struct PitchDeleter { void operator()(aubio_pitch_t* p) const { del_aubio_pitch(p); } };
struct PvocDeleter { void operator()(aubio_pvoc_t* p) const { del_aubio_pvoc(p); } };
struct MfccDeleter { void operator()(aubio_mfcc_t* p) const { del_aubio_mfcc(p); } };
struct Ebur128Deleter { void operator()(ebur128_state* p) const { ebur128_destroy(&p); } };

using Fvec = std::unique_ptr<fvec_t, FvecDeleter>;
using Cvec = std::unique_ptr<cvec_t, CvecDeleter>;

constexpr double kHop = 0.01;
constexpr double kFloorDb = -120.0;
// YIN-FFT's own confidence under which a frame is taken as unvoiced, and the F0 range of
// speech (Praat's default floor is 75 Hz; no adult voice reaches 600 Hz when speaking).
constexpr double kMinConfidence = 0.7;
constexpr double kMinF0 = 60.0;
constexpr double kMaxF0 = 600.0;

template <typename T> T checked(T handle, const char* what)
{
    if (!handle) {
        throw Error(fill_in(_("voice analysis: {} could not be set up for this sample rate"), what));
    }
    return handle;
}

// About 50 ms of signal, a power of two: two periods of a 75 Hz voice for YIN.
uint_t window_for(double sample_rate)
{
    const double target = 0.05 * sample_rate;
    uint_t window = 256;
    while (static_cast<double>(window) * 1.5 < target) {
        window *= 2;
    }
    return window;
}

void measure_levels(std::span<const float> mono, std::size_t hop, std::size_t frames, VoiceFrames& out)
{
    out.level.assign(frames, static_cast<float>(kFloorDb));
    for (std::size_t i = 0; i < frames; ++i) {
        double sum = 0.0;
        const std::size_t begin = i * hop;
        const std::size_t end = std::min(mono.size(), begin + hop);
        for (std::size_t k = begin; k < end; ++k) {
            sum += static_cast<double>(mono[k]) * static_cast<double>(mono[k]);
        }
        if (end > begin && sum > 0.0) {
            const double db = 10.0 * std::log10(sum / static_cast<double>(end - begin));
            out.level[i] = static_cast<float>(std::max(db, kFloorDb));
        }
    }
}

void measure_pitch_and_spectrum(std::span<const float> mono, double sample_rate, std::size_t hop, std::size_t frames,
    VoiceFrames& out)
{
    const uint_t window = window_for(sample_rate);
    const auto rate = static_cast<uint_t>(std::lround(sample_rate));
    const auto hop_size = static_cast<uint_t>(hop);
    std::unique_ptr<aubio_pitch_t, PitchDeleter> pitch(
        checked(new_aubio_pitch("yinfast", window, hop_size, rate), "aubio's pitch tracker"));
    aubio_pitch_set_unit(pitch.get(), "Hz");
    aubio_pitch_set_silence(pitch.get(), -90.0F);
    std::unique_ptr<aubio_pvoc_t, PvocDeleter> pvoc(checked(new_aubio_pvoc(window, hop_size), "aubio's phase vocoder"));
    constexpr uint_t filters = 40;
    constexpr uint_t coefficients = VoiceFrames::cepstrum_size + 1;
    std::unique_ptr<aubio_mfcc_t, MfccDeleter> mfcc(
        checked(new_aubio_mfcc(window, filters, coefficients, rate), "aubio's MFCC"));
    Fvec input(new_fvec(hop_size));
    Fvec pitch_out(new_fvec(1));
    Cvec spectrum(new_cvec(window));
    Fvec cepstrum(new_fvec(coefficients));

    // aubio analyses the window that ends with the latest hop. With `pad` zeros before the
    // signal, the window of step s is centred on (s − lag + 0.5)·hop of the recording: frame
    // s − lag, as VoiceFrames numbers them.
    const std::size_t lag = static_cast<std::size_t>(std::ceil(static_cast<double>(window) / 2.0 / static_cast<double>(hop) - 0.5));
    const std::size_t pad = static_cast<std::size_t>(std::lround((static_cast<double>(lag) + 0.5) * static_cast<double>(hop)
        - static_cast<double>(window) / 2.0));
    out.f0.assign(frames, 0.0F);
    out.cepstrum.assign(frames, VoiceFrames::Cepstrum{});
    for (std::size_t step = 0; step < frames + lag; ++step) {
        for (std::size_t k = 0; k < hop; ++k) {
            const std::size_t at = step * hop + k;
            input->data[k] = at >= pad && at - pad < mono.size() ? mono[at - pad] : 0.0F;
        }
        aubio_pitch_do(pitch.get(), input.get(), pitch_out.get());
        aubio_pvoc_do(pvoc.get(), input.get(), spectrum.get());
        aubio_mfcc_do(mfcc.get(), spectrum.get(), cepstrum.get());
        if (step < lag) {
            continue;
        }
        const std::size_t frame = step - lag;
        const double hz = pitch_out->data[0];
        const double confidence = aubio_pitch_get_confidence(pitch.get());
        if (confidence >= kMinConfidence && hz >= kMinF0 && hz <= kMaxF0) {
            out.f0[frame] = static_cast<float>(hz);
        }
        for (std::size_t c = 0; c < VoiceFrames::cepstrum_size; ++c) {
            out.cepstrum[frame][c] = cepstrum->data[c + 1];
        }
    }
}

void measure_loudness_blocks(std::span<const float> mono, double sample_rate, VoiceFrames& out)
{
    const auto rate = static_cast<unsigned long>(std::lround(sample_rate));
    std::unique_ptr<ebur128_state, Ebur128Deleter> meter(checked(ebur128_init(1, rate, EBUR128_MODE_M), "libebur128"));
    const auto block = static_cast<std::size_t>(std::lround(out.block_hop * sample_rate));
    for (std::size_t begin = 0; begin + block <= mono.size(); begin += block) {
        if (ebur128_add_frames_float(meter.get(), mono.data() + begin, block) != EBUR128_SUCCESS) {
            throw Error(_("voice analysis: libebur128 refused the samples"));
        }
        double lufs = -HUGE_VAL;
        if (ebur128_loudness_momentary(meter.get(), &lufs) != EBUR128_SUCCESS) {
            throw Error(_("voice analysis: libebur128 gave no momentary loudness"));
        }
        out.block_loudness.push_back(static_cast<float>(lufs));
    }
}

} // namespace

VoiceFrames analyse_voice(std::span<const float> mono, double sample_rate)
{
    if (!(sample_rate >= 8000.0 && sample_rate <= 192000.0)) {
        throw Error(fill_in(_("voice analysis: a sample rate of {} Hz is not supported"), sample_rate));
    }
    VoiceFrames out;
    const auto hop = static_cast<std::size_t>(std::lround(kHop * sample_rate));
    out.hop = static_cast<double>(hop) / sample_rate;
    const std::size_t frames = mono.size() / hop;
    measure_levels(mono, hop, frames, out);
    measure_pitch_and_spectrum(mono, sample_rate, hop, frames, out);
    measure_loudness_blocks(mono, sample_rate, out);
    return out;
}

} // namespace podium
