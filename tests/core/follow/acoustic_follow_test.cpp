// The content follower on signals whose sound says where they are: "vowels" with distinct
// formants, strung into sentences, read back slower, in another pitch, with pauses elsewhere.
#include "core/follow/acoustic_tracker.hpp"
#include "core/follow/mfcc_extractor.hpp"
#include "core/follow/offline_aligner.hpp"
#include "core/follow/script_reference.hpp"
#include "vowel_reading.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>
#include <random>
#include <vector>

namespace podium {
namespace {

constexpr double kRate = test::kReadingRate;
using test::Reading;
using test::read;
using test::reference_of;

std::vector<bool> voiced_frames(const std::vector<FeatureFrame>& frames)
{
    return reference_voiced(frames);
}

std::size_t true_sentence(const Reading& reading, double t)
{
    std::size_t found = reading.sentences.front().sentence;
    for (const ReferenceSentence& sentence : reading.sentences) {
        if (sentence.start <= t) {
            found = sentence.sentence;
        }
    }
    return found;
}

// Each feature's mean and deviation over the voiced frames (what the live normaliser converges to).
FeatureStats voiced_stats(const std::vector<FeatureFrame>& frames, const std::vector<bool>& voiced)
{
    std::vector<double> sum(kFeatureSize), squares(kFeatureSize);
    double n = 0;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        if (voiced[i]) {
            for (std::size_t k = 0; k < kFeatureSize; ++k) {
                sum[k] += frames[i].features[k];
                squares[k] += frames[i].features[k] * frames[i].features[k];
            }
            ++n;
        }
    }
    FeatureStats stats;
    for (std::size_t k = 0; k < kFeatureSize; ++k) {
        const double mean = sum[k] / n;
        stats.mean[k] = static_cast<float>(mean);
        stats.deviation[k] = static_cast<float>(std::sqrt(squares[k] / n - mean * mean));
    }
    return stats;
}

// The reading normalised over its own voiced frames.
std::vector<FeatureVector> normalised_voiced(const std::vector<FeatureFrame>& frames, const std::vector<bool>& voiced)
{
    const FeatureStats stats = voiced_stats(frames, voiced);
    std::vector<FeatureVector> out(frames.size());
    for (std::size_t i = 0; i < frames.size(); ++i) {
        for (std::size_t k = 0; k < kFeatureSize; ++k) {
            out[i][k] = (frames[i].features[k] - stats.mean[k]) / stats.deviation[k];
        }
    }
    return out;
}

// Follows `reader` with `tracker`; the share of voiced frames (away from the first 0.3 s of a
// sentence) whose sentence is wrong, and the most sentences it was ahead.
struct Followed {
    std::size_t checked = 0;
    std::size_t wrong = 0;
    std::size_t most_ahead = 0;
};

Followed follow(AcousticTracker& tracker, const Reading& reader)
{
    const std::vector<FeatureFrame> frames = extract_features(reader.audio);
    const std::vector<bool> voiced = voiced_frames(frames);
    const std::vector<FeatureVector> normalised = normalised_voiced(frames, voiced);
    Followed out;
    std::size_t silent = 0;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        if (!voiced[i]) {
            ++silent;
            continue;
        }
        if (silent > 0) {
            tracker.pause(static_cast<double>(silent) * 0.01);
            silent = 0;
        }
        tracker.observe(normalised[i]);
        const double t = static_cast<double>(i) * 0.01;
        const std::size_t truth = true_sentence(reader, t);
        const std::size_t heard = tracker.reference().sentence(tracker.frame());
        out.most_ahead = std::max(out.most_ahead, heard > truth ? heard - truth : 0);
        if (t > reader.sentences[truth].start + 0.3) {
            ++out.checked;
            out.wrong += heard != truth ? 1 : 0;
        }
    }
    return out;
}

} // namespace

TEST_CASE("MFCC features are the same whatever the audio is cut into", "[follow][acoustic]")
{
    const Reading reading = read(2, 120.0, 0.15, 0.3, 1);
    const std::vector<FeatureFrame> whole = extract_features(reading.audio);
    MfccExtractor extractor;
    std::vector<FeatureFrame> pieces;
    std::size_t at = 0;
    for (std::size_t size = 1; at < reading.audio.size(); size = size * 3 % 997 + 1) {
        const std::size_t take = std::min(size, reading.audio.size() - at);
        extractor.feed(std::span<const float>(reading.audio).subspan(at, take), pieces);
        at += take;
    }
    extractor.finish(pieces);
    REQUIRE(pieces.size() == whole.size());
    CHECK(whole.size() == reading.audio.size() / MfccExtractor::kHop);
    for (std::size_t i = 0; i < whole.size(); ++i) {
        REQUIRE(pieces[i].features == whole[i].features);
    }
}

TEST_CASE("a reference keeps only voiced frames, knows their sentences and survives the cache format", "[follow][acoustic]")
{
    const Reading reading = read(3, 120.0, 0.15, 0.5, 2);
    const auto reference = reference_of(reading, 3);
    // 3 sentences of 12 × 0.15 s voiced (minus the vowels' quiet edges) out of 8.4 s: the
    // pauses are gone.
    CHECK(reference->size() > 3 * 12 * 10);
    CHECK(reference->size() < 630);
    CHECK(reference->sentence(0) == 0);
    CHECK(reference->sentence(reference->size() - 1) == 2);
    CHECK(reference->first_frame(1) > 0);
    CHECK(reference->sentence(reference->first_frame(1)) == 1);
    CHECK(reference->pause_after(reference->first_frame(1) - 1) > 0.3);
    CHECK(reference->hubness(0) > 0.0f);

    const std::string bytes = reference->to_bytes();
    const auto back = ScriptReference::from_bytes(bytes);
    REQUIRE(back.has_value());
    CHECK(*back == *reference);
    CHECK_FALSE(ScriptReference::from_bytes(bytes.substr(0, bytes.size() - 3)).has_value());
    CHECK_FALSE(ScriptReference::from_bytes("not a reference").has_value());
}

// What hubness means, computed the plain way: the mean distance from a frame to the frames of
// its sample (every frame ≡ 7j mod step, step = size / 1024, itself left out).
double plain_hubness(const ScriptReference& reference, std::size_t j)
{
    const std::size_t step = std::max<std::size_t>(1, reference.size() / 1024);
    double sum = 0.0;
    std::size_t count = 0;
    for (std::size_t k = (j * 7) % step; k < reference.size(); k += step) {
        if (k == j) {
            continue;
        }
        double squares = 0.0;
        for (std::size_t d = 0; d < kFeatureSize; ++d) {
            const double difference = reference.features(j)[d] - reference.features(k)[d];
            squares += difference * difference;
        }
        sum += std::sqrt(squares);
        ++count;
    }
    return sum / static_cast<double>(count);
}

TEST_CASE("a reference frame's hubness is its mean distance to the rest of the reference", "[follow][acoustic]")
{
    // 3 sentences: every frame is measured against all others; 16: against a sample (step 2).
    for (const std::size_t sentences : {std::size_t{3}, std::size_t{16}}) {
        const Reading reading = read(sentences, 130.0, 0.15, 0.4, 5);
        const auto reference = reference_of(reading, sentences);
        CAPTURE(sentences, reference->size());
        REQUIRE(reference->size() > (sentences == 3 ? 300u : 2048u));
        for (std::size_t j = 0; j < reference->size(); j += 7) {
            CAPTURE(j);
            REQUIRE(reference->hubness(j) == Approx(plain_hubness(*reference, j)).epsilon(1e-4));
        }
    }
}

TEST_CASE("the acoustic tracker follows a slower, lower reader whose breaths are as long as sentence ends", "[follow][acoustic]")
{
    const Reading script_voice = read(6, 120.0, 0.12, 0.5, 3);
    const auto reference = reference_of(script_voice, 6);
    const Reading reader = read(6, 95.0, 0.2, 0.7, 4); // 0.6× the pace, another voice
    const std::vector<FeatureFrame> frames = extract_features(reader.audio);
    const std::vector<bool> voiced = voiced_frames(frames);
    AcousticTracker tracker(reference);
    const FeatureStats stats = voiced_stats(frames, voiced); // over the whole reading
    std::size_t checked = 0;
    std::size_t wrong = 0;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        if (!voiced[i]) {
            continue;
        }
        FeatureVector x;
        for (std::size_t k = 0; k < kFeatureSize; ++k) {
            x[k] = (frames[i].features[k] - stats.mean[k]) / stats.deviation[k];
        }
        tracker.observe(x);
        const double t = static_cast<double>(i) * 0.01;
        const std::size_t truth = true_sentence(reader, t);
        // Judge away from the first 0.3 s of a sentence, where the evidence is still coming in.
        if (t > reader.sentences[truth].start + 0.3) {
            ++checked;
            wrong += reference->sentence(tracker.frame()) != truth ? 1 : 0;
        }
    }
    CHECK(checked > 500);
    CHECK(wrong * 50 <= checked); // at most 2 % of the frames off
    CHECK(tracker.recent_match() < 0.0);
}

TEST_CASE("the offline alignment finds when each sentence was spoken", "[follow][acoustic]")
{
    const Reading script_voice = read(6, 120.0, 0.12, 0.5, 5);
    const auto reference = reference_of(script_voice, 6);
    const Reading reader = read(6, 100.0, 0.17, 0.6, 6);
    const std::vector<FeatureFrame> frames = extract_features(reader.audio);
    const ScriptAlignment alignment = align_recording(reference, frames, voiced_frames(frames));
    REQUIRE(alignment.spans.size() == reader.sentences.size());
    for (std::size_t i = 0; i < reader.sentences.size(); ++i) {
        INFO("span " << i << ": " << alignment.spans[i]);
        CHECK(alignment.spans[i].sentence == reader.sentences[i].sentence);
        CHECK(std::abs(alignment.spans[i].start - reader.sentences[i].start) < 0.1);
        CHECK(std::abs(alignment.spans[i].end - reader.sentences[i].end_of_speech) < 0.1);
    }
    CHECK(alignment.sentence_at(reader.sentences[2].start + 0.5) == 2u);
    CHECK_FALSE(alignment.sentence_at(0.1).has_value());
    REQUIRE(alignment.first_span(4).has_value());
    CHECK(alignment.first_span(4)->start == alignment.spans[4].start);
}

TEST_CASE("the tracker finds a slow reader's pace from the sound even when the syllable count says fast", "[follow][acoustic]")
{
    const Reading script_voice = read(6, 120.0, 0.12, 0.5, 7);
    const auto reference = reference_of(script_voice, 6);
    const Reading reader = read(6, 95.0, 0.2, 0.7, 8); // 0.6× the pace
    AcousticTracker tracker(reference);
    tracker.set_rate(1.4); // a misleading pace prior: the reader seems faster than the reference
    const Followed followed = follow(tracker, reader);
    CHECK(followed.checked > 500);
    CHECK(followed.wrong * 50 <= followed.checked);
    CHECK(followed.most_ahead == 0);
    // Reference frames per voiced reader frame, from the two readings' lengths of voice.
    const auto voiced_count = [](const Reading& reading) {
        const std::vector<bool> voiced = voiced_frames(extract_features(reading.audio));
        return static_cast<double>(std::count(voiced.begin(), voiced.end(), true));
    };
    const double truth = voiced_count(script_voice) / voiced_count(reader);
    INFO("pace believed " << tracker.rate() << ", true " << truth);
    CHECK(tracker.rate() == Approx(truth).epsilon(0.25));
}

TEST_CASE("a reader who lengthens each sentence's last syllable is not sent back to a place that sounds alike", "[follow][acoustic]")
{
    // The reader holds every sentence's last syllable three times as long as the reference
    // does; the belief must wait there, not run into the next sentence and lose.
    const std::vector<std::size_t> order{0, 1, 2, 3, 4, 5};
    const Reading script_voice = read(6, 120.0, 0.12, 0.5, 9, order);
    const auto reference = reference_of(script_voice, 6);
    const Reading reader = read(6, 100.0, 0.15, 0.6, 10, order, 3.0);
    AcousticTracker tracker(reference);
    const Followed followed = follow(tracker, reader);
    CHECK(followed.checked > 500);
    CHECK(followed.wrong * 50 <= followed.checked);
    CHECK(followed.most_ahead == 0);
}

} // namespace podium
