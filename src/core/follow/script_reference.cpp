#include "core/follow/script_reference.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace podium {

namespace {

constexpr double kVoicedBelowLoud = 45.0;   // dB under the 95th percentile frame
constexpr std::size_t kHubSample = 1024;    // frames hubness is measured against
constexpr char kMagic[8] = {'P', 'D', 'M', 'R', 'E', 'F', '0', '2'};

// Lanes of sampled frames: a fixed-size inner loop over a block held in registers is what
// GCC's -O2 vectorises (a loop over the whole sample, through memory, it does not).
constexpr std::size_t kLanes = 16;

// The sum of the distances from `x` to the first `count` frames of a transposed sample (one row
// of `padded` values per feature). Built twice where the compiler can (GCC on x86-64): for AVX2,
// chosen at run time on processors that have it, and for the baseline. Not under ThreadSanitizer:
// the choice is an ifunc resolver that the dynamic loader calls while relocating, before TSan's
// runtime is up, and the instrumented resolver crashes every binary that links the core.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && !defined(__SANITIZE_THREAD__)
__attribute__((target_clones("avx2", "default")))
#endif
double distance_sum(const float* x, const float* sample, std::size_t padded, std::size_t count)
{
    double sum = 0.0;
    for (std::size_t block = 0; block < padded; block += kLanes) {
        std::array<float, kLanes> squares{};
        for (std::size_t d = 0; d < kFeatureSize; ++d) {
            const float value = x[d];
            const float* row = sample + d * padded + block;
            for (std::size_t lane = 0; lane < kLanes; ++lane) {
                const float difference = value - row[lane];
                squares[lane] += difference * difference;
            }
        }
        const std::size_t lanes = std::min(kLanes, count - block); // the padding is no frame
        for (std::size_t lane = 0; lane < lanes; ++lane) {
            sum += std::sqrt(squares[lane]);
        }
    }
    return sum;
}

template <typename T>
void put(std::string& out, const T& value)
{
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

template <typename T>
void put_vector(std::string& out, const std::vector<T>& values)
{
    put(out, static_cast<std::uint64_t>(values.size()));
    out.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
}

struct Reader {
    std::string_view bytes;
    std::size_t at = 0;
    bool ok = true;

    template <typename T>
    T get()
    {
        T value{};
        if (at + sizeof value > bytes.size()) {
            ok = false;
            return value;
        }
        std::memcpy(&value, bytes.data() + at, sizeof value);
        at += sizeof value;
        return value;
    }
    template <typename T>
    std::vector<T> get_vector()
    {
        const auto count = get<std::uint64_t>();
        if (!ok || count > (bytes.size() - at) / sizeof(T)) {
            ok = false;
            return {};
        }
        std::vector<T> values(count);
        std::memcpy(values.data(), bytes.data() + at, count * sizeof(T));
        at += count * sizeof(T);
        return values;
    }
};

} // namespace

std::vector<bool> reference_voiced(std::span<const FeatureFrame> frames)
{
    std::vector<double> energies;
    energies.reserve(frames.size());
    for (const FeatureFrame& frame : frames) {
        energies.push_back(frame.energy_db);
    }
    std::vector<bool> voiced(frames.size(), false);
    if (energies.empty()) {
        return voiced;
    }
    auto nth = energies.begin() + static_cast<std::ptrdiff_t>(energies.size() * 95 / 100);
    std::nth_element(energies.begin(), nth, energies.end());
    const double threshold = std::max(*nth - kVoicedBelowLoud, -90.0);
    for (std::size_t i = 0; i < frames.size(); ++i) {
        voiced[i] = frames[i].energy_db > threshold;
    }
    return voiced;
}

ScriptReference::ScriptReference(std::span<const FeatureFrame> frames, std::span<const ReferenceSentence> sentences,
    std::size_t sentence_count)
    : m_sentence_count(sentence_count)
{
    const std::vector<bool> voiced = reference_voiced(frames);
    std::size_t next = 0; // the sentence a frame belongs to: the last one started by its time
    for (std::size_t i = 0; i < frames.size(); ++i) {
        const double t = static_cast<double>(i) * 0.01;
        while (next + 1 < sentences.size() && sentences[next + 1].start <= t) {
            ++next;
        }
        if (!voiced[i] || sentences.empty()) {
            continue;
        }
        m_features.insert(m_features.end(), frames[i].features.begin(), frames[i].features.end());
        m_sentence.push_back(static_cast<std::uint32_t>(sentences[next].sentence));
        m_hop.push_back(static_cast<std::uint32_t>(i));
    }
    // Normalise over the voiced frames: the reader's features are normalised the same way, so
    // what remains is the shape of the sound, not the voice or the microphone.
    const std::size_t n = size();
    for (std::size_t k = 0; k < kFeatureSize && n > 0; ++k) {
        double sum = 0.0;
        double squares = 0.0;
        for (std::size_t j = 0; j < n; ++j) {
            const double v = m_features[j * kFeatureSize + k];
            sum += v;
            squares += v * v;
        }
        const double mean = sum / static_cast<double>(n);
        const double deviation = std::sqrt(std::max(squares / static_cast<double>(n) - mean * mean, 1e-8));
        m_raw.mean[k] = static_cast<float>(mean);
        m_raw.deviation[k] = static_cast<float>(deviation);
        for (std::size_t j = 0; j < n; ++j) {
            float& v = m_features[j * kFeatureSize + k];
            v = static_cast<float>((v - mean) / deviation);
        }
    }
    compute_hubness();
    index_sentences();
}

// Each frame j is measured against the frames k ≡ (7j) mod step (a sample of about kHubSample
// frames spread over the whole reference; the offset varies with j so that no one sample decides
// every frame's hubness). Frames sharing an offset share a sample, which is laid out transposed
// (one row per feature) so the distance to all of it is a few long loops the compiler
// vectorises: a 15-minute speech has ~80,000 voiced frames, and the straightforward
// frame-by-frame loop took 20 s of the 23 s the reference cost to make.
void ScriptReference::compute_hubness()
{
    const std::size_t n = size();
    m_hubness.assign(n, 0.0f);
    if (n < 2) {
        return;
    }
    const std::size_t step = std::max<std::size_t>(1, n / kHubSample);
    std::vector<std::vector<std::size_t>> by_offset(step);
    for (std::size_t j = 0; j < n; ++j) {
        by_offset[(j * 7) % step].push_back(j);
    }
    std::vector<float> sample;  // kFeatureSize rows of `padded` values
    for (std::size_t offset = 0; offset < step; ++offset) {
        if (by_offset[offset].empty() || offset >= n) {
            continue;
        }
        const std::size_t count = (n - offset + step - 1) / step;
        const std::size_t padded = (count + kLanes - 1) / kLanes * kLanes;
        sample.assign(kFeatureSize * padded, 0.0f);
        for (std::size_t m = 0; m < count; ++m) {
            const std::span<const float> frame = features(offset + m * step);
            for (std::size_t d = 0; d < kFeatureSize; ++d) {
                sample[d * padded + m] = frame[d];
            }
        }
        for (const std::size_t j : by_offset[offset]) {
            const double sum = distance_sum(features(j).data(), sample.data(), padded, count);
            // The frame itself is in its own sample when j ≡ offset (mod step): its distance is
            // 0 and it is not "the rest of the reference".
            const bool self = j >= offset && (j - offset) % step == 0;
            const std::size_t others = count - (self ? 1 : 0);
            m_hubness[j] = others == 0 ? 0.0f : static_cast<float>(sum / static_cast<double>(others));
        }
    }
}

void ScriptReference::index_sentences()
{
    m_first.assign(m_sentence_count + 1, static_cast<std::uint32_t>(size()));
    for (std::size_t j = size(); j-- > 0;) {
        if (m_sentence[j] < m_sentence_count) {
            m_first[m_sentence[j]] = static_cast<std::uint32_t>(j);
        }
    }
    // A sentence with no voiced frame (a placeholder alone) starts where the next one does.
    for (std::size_t s = m_sentence_count; s-- > 0;) {
        m_first[s] = std::min(m_first[s], m_first[s + 1]);
    }
}

double ScriptReference::pause_after(std::size_t frame) const
{
    if (frame + 1 >= size()) {
        return 1.0;
    }
    return static_cast<double>(m_hop[frame + 1] - m_hop[frame] - 1) * 0.01;
}

std::size_t ScriptReference::first_frame(std::size_t sentence) const
{
    return sentence >= m_sentence_count ? size() : m_first[sentence];
}

double ScriptReference::fraction(std::size_t frame) const
{
    if (frame >= size()) {
        return 1.0;
    }
    const std::size_t sentence = m_sentence[frame];
    const std::size_t first = first_frame(sentence);
    std::size_t end = first;
    for (std::size_t s = sentence + 1; s <= m_sentence_count; ++s) {
        end = first_frame(s);
        if (end > first) {
            break;
        }
    }
    end = std::max(end, first + 1);
    return std::clamp(static_cast<double>(frame - first) / static_cast<double>(end - first), 0.0, 1.0);
}

std::string ScriptReference::to_bytes() const
{
    std::string out(kMagic, sizeof kMagic);
    put(out, static_cast<std::uint64_t>(m_sentence_count));
    put(out, m_raw);
    put(out, m_nuclei_per_frame);
    put_vector(out, m_features);
    put_vector(out, m_hubness);
    put_vector(out, m_sentence);
    put_vector(out, m_hop);
    put_vector(out, m_first);
    return out;
}

std::optional<ScriptReference> ScriptReference::from_bytes(std::string_view bytes)
{
    if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
        return std::nullopt;
    }
    Reader reader{bytes, sizeof kMagic};
    ScriptReference out;
    out.m_sentence_count = reader.get<std::uint64_t>();
    out.m_raw = reader.get<FeatureStats>();
    out.m_nuclei_per_frame = reader.get<double>();
    out.m_features = reader.get_vector<float>();
    out.m_hubness = reader.get_vector<float>();
    out.m_sentence = reader.get_vector<std::uint32_t>();
    out.m_hop = reader.get_vector<std::uint32_t>();
    out.m_first = reader.get_vector<std::uint32_t>();
    const std::size_t n = out.m_sentence.size();
    const bool consistent = reader.ok && reader.at == bytes.size() && out.m_features.size() == n * kFeatureSize
        && out.m_hubness.size() == n && out.m_hop.size() == n && out.m_first.size() == out.m_sentence_count + 1
        && std::all_of(out.m_sentence.begin(), out.m_sentence.end(), [&](std::uint32_t s) { return s < out.m_sentence_count; })
        && std::all_of(out.m_first.begin(), out.m_first.end(), [&](std::uint32_t f) { return f <= n; });
    if (!consistent) {
        return std::nullopt;
    }
    return out;
}

} // namespace podium
