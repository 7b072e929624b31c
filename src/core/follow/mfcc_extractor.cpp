#include "core/follow/mfcc_extractor.hpp"

#include <aubio/aubio.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

namespace podium {

namespace {

constexpr std::size_t kFftSize = 512;
constexpr std::size_t kBands = 26;
constexpr double kLowHz = 100.0;
constexpr double kHighHz = 3800.0;  // telephone band: what survives any microphone and room

} // namespace

// aubio's objects, each owned by the one struct that frees them all. The MFCC is aubio's
// (aubio_mfcc_do: mel filterbank, log10, DCT), taken apart only to apply the filterbank sparsely:
// each of the 26 triangles covers a few of the 257 bins, and aubio's dense 26 × 257 product
// (fmat_vecmul) was a fifth of the reference's making. The weights are aubio's own
// (aubio_filterbank_set_mel_coeffs), and each band sums its bins in aubio's order, so the
// cepstra are bit-for-bit those of aubio_mfcc_do (tested against it).
struct MfccExtractor::Aubio {
    // One mel band: the bins its triangle touches and their weights.
    struct Band {
        std::size_t first = 0;
        std::vector<smpl_t> weights;
    };

    aubio_fft_t* fft = nullptr;
    aubio_filterbank_t* filterbank = nullptr; // only for its design: see `bands`
    aubio_dct_t* dct = nullptr;
    fvec_t* frame = nullptr;
    fvec_t* complex = nullptr;   // the FFT's output, before its magnitudes are taken
    cvec_t* spectrum = nullptr;
    fvec_t* energies = nullptr;  // per band, then their log10
    fvec_t* cepstra = nullptr;   // the DCT of all bands; the first kCepstra are kept
    std::vector<Band> bands;

    Aubio()
    {
        fft = new_aubio_fft(static_cast<uint_t>(kFftSize));
        filterbank = new_aubio_filterbank(static_cast<uint_t>(kBands), static_cast<uint_t>(kFftSize));
        dct = new_aubio_dct(static_cast<uint_t>(kBands));
        frame = new_fvec(static_cast<uint_t>(kFftSize));
        complex = new_fvec(static_cast<uint_t>(kFftSize));
        spectrum = new_cvec(static_cast<uint_t>(kFftSize));
        energies = new_fvec(static_cast<uint_t>(kBands));
        cepstra = new_fvec(static_cast<uint_t>(kBands));
        if (fft == nullptr || filterbank == nullptr || dct == nullptr || frame == nullptr || complex == nullptr
            || spectrum == nullptr || energies == nullptr || cepstra == nullptr
            || aubio_filterbank_set_mel_coeffs(filterbank, static_cast<smpl_t>(kSampleRate), static_cast<smpl_t>(kLowHz),
                   static_cast<smpl_t>(kHighHz))
                != 0) {
            release();
            throw std::runtime_error("aubio could not set up the MFCC analysis");
        }
        const fmat_t* coefficients = aubio_filterbank_get_coeffs(filterbank);
        for (uint_t band = 0; band < coefficients->height; ++band) {
            const smpl_t* row = coefficients->data[band];
            std::size_t first = coefficients->length;
            std::size_t end = 0;
            for (uint_t bin = 0; bin < coefficients->length; ++bin) {
                if (row[bin] != 0) {
                    first = std::min<std::size_t>(first, bin);
                    end = bin + 1;
                }
            }
            first = std::min(first, end); // a band with no bin at all sums nothing
            bands.push_back(Band{first, std::vector<smpl_t>(row + first, row + end)});
        }
    }
    ~Aubio() { release(); }
    Aubio(const Aubio&) = delete;
    Aubio& operator=(const Aubio&) = delete;

    // The cepstra of one magnitude spectrum (in `spectrum`) into `cepstra`, as aubio_mfcc_do
    // computes them (its filterbank: for each bin in order, band += magnitude × weight, from 0).
    void mfcc()
    {
        const smpl_t* magnitude = spectrum->norm;
        smpl_t* energy = fvec_get_data(energies);
        for (std::size_t b = 0; b < bands.size(); ++b) {
            const smpl_t* bins = magnitude + bands[b].first;
            const std::vector<smpl_t>& weights = bands[b].weights;
            smpl_t sum = 0;
            for (std::size_t i = 0; i < weights.size(); ++i) {
                sum += bins[i] * weights[i];
            }
            energy[b] = sum;
        }
        fvec_log10(energies);
        aubio_dct_do(dct, energies, cepstra);
    }

    void release()
    {
        if (cepstra != nullptr) del_fvec(cepstra);
        if (energies != nullptr) del_fvec(energies);
        if (spectrum != nullptr) del_cvec(spectrum);
        if (complex != nullptr) del_fvec(complex);
        if (frame != nullptr) del_fvec(frame);
        if (dct != nullptr) del_aubio_dct(dct);
        if (filterbank != nullptr) del_aubio_filterbank(filterbank);
        if (fft != nullptr) del_aubio_fft(fft);
        cepstra = nullptr;
        energies = nullptr;
        spectrum = nullptr;
        frame = nullptr;
        complex = nullptr;
        dct = nullptr;
        filterbank = nullptr;
        fft = nullptr;
    }
};

MfccExtractor::MfccExtractor()
    : m_aubio(std::make_unique<Aubio>())
    , m_window(kWindow)
    , m_samples(kWindow, 0.0f)
{
    for (std::size_t i = 0; i < kWindow; ++i) {
        m_window[i] = static_cast<float>(0.54 - 0.46 * std::cos(2.0 * std::numbers::pi * static_cast<double>(i) / (kWindow - 1)));
    }
}

MfccExtractor::~MfccExtractor() = default;
MfccExtractor::MfccExtractor(MfccExtractor&&) noexcept = default;
MfccExtractor& MfccExtractor::operator=(MfccExtractor&&) noexcept = default;

void MfccExtractor::feed(std::span<const float> mono, std::vector<FeatureFrame>& out)
{
    std::size_t offset = 0;
    while (offset < mono.size()) {
        const std::size_t take = std::min(kHop - m_fill, mono.size() - offset);
        // Slide the window left by `take` and append: the window always holds the latest samples.
        std::copy(m_samples.begin() + static_cast<std::ptrdiff_t>(take), m_samples.end(), m_samples.begin());
        std::copy(mono.begin() + static_cast<std::ptrdiff_t>(offset), mono.begin() + static_cast<std::ptrdiff_t>(offset + take),
            m_samples.end() - static_cast<std::ptrdiff_t>(take));
        offset += take;
        m_fill += take;
        if (m_fill == kHop) {
            m_fill = 0;
            analyse_hop();
            if (m_hops >= 3) {
                emit(out, m_hops - 2);
            }
        }
    }
}

void MfccExtractor::finish(std::vector<FeatureFrame>& out)
{
    emit(out, m_hops);
}

void MfccExtractor::analyse_hop()
{
    smpl_t* data = fvec_get_data(m_aubio->frame);
    double power = 0.0;
    for (std::size_t i = 0; i < kWindow; ++i) {
        power += static_cast<double>(m_samples[i]) * m_samples[i];
        data[i] = static_cast<smpl_t>(m_samples[i] * m_window[i]);
    }
    std::fill(data + kWindow, data + kFftSize, smpl_t{0});
    // Magnitudes only: the MFCC never reads the phase, whose atan2 per bin (aubio_fft_do) was a
    // tenth of the reference's making.
    aubio_fft_do_complex(m_aubio->fft, m_aubio->frame, m_aubio->complex);
    aubio_fft_get_norm(m_aubio->complex, m_aubio->spectrum);
    m_aubio->mfcc();
    const std::size_t slot = m_hops % m_cepstra.size();
    const smpl_t* cepstra = fvec_get_data(m_aubio->cepstra);
    for (std::size_t c = 0; c < kCepstra; ++c) {
        m_cepstra[slot][c] = std::isfinite(cepstra[c]) ? static_cast<float>(cepstra[c]) : 0.0f;
    }
    m_energy[slot] = 10.0 * std::log10(power / kWindow + 1e-12);
    ++m_hops;
}

// Emits frames m_emitted..end-1; neighbours past either edge are the edge hop itself.
void MfccExtractor::emit(std::vector<FeatureFrame>& out, std::size_t end)
{
    const auto at = [&](std::ptrdiff_t hop) -> const std::array<float, kCepstra>& {
        const auto clamped = std::clamp<std::ptrdiff_t>(hop, 0, static_cast<std::ptrdiff_t>(m_hops) - 1);
        return m_cepstra[static_cast<std::size_t>(clamped) % m_cepstra.size()];
    };
    for (; m_emitted < end; ++m_emitted) {
        const auto i = static_cast<std::ptrdiff_t>(m_emitted);
        FeatureFrame frame;
        const auto& centre = at(i);
        for (std::size_t c = 1; c < kCepstra; ++c) {
            frame.features[c - 1] = centre[c];
        }
        for (std::size_t c = 0; c < kCepstra; ++c) {
            const float delta = (at(i + 1)[c] - at(i - 1)[c]) + 2.0f * (at(i + 2)[c] - at(i - 2)[c]);
            frame.features[kCepstra - 1 + c] = delta / 10.0f;
        }
        frame.energy_db = m_energy[m_emitted % m_energy.size()];
        out.push_back(frame);
    }
}

std::vector<FeatureFrame> extract_features(std::span<const float> mono16k)
{
    MfccExtractor extractor;
    std::vector<FeatureFrame> frames;
    frames.reserve(mono16k.size() / MfccExtractor::kHop + 1);
    extractor.feed(mono16k, frames);
    extractor.finish(frames);
    return frames;
}

} // namespace podium
