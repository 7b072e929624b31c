// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/reference_analysis.hpp"

#include "core/error.hpp"
#include "core/follow/mfcc_extractor.hpp"
#include "core/follow/voice_tracker.hpp"
#include "speech/resampler.hpp"

namespace podium {

namespace {
// At most this much of eSpeak's audio waits for the analysis (2 minutes: 5 MB).
constexpr std::size_t kMaxQueued = static_cast<std::size_t>(120 * kSpeechSampleRate);
} // namespace

ReferenceAnalysis::ReferenceAnalysis(std::size_t sentence_count)
    : m_sentence_count(sentence_count)
    , m_thread([this] { run(); })
{
}

ReferenceAnalysis::~ReferenceAnalysis()
{
    {
        const std::lock_guard lock(m_mutex);
        m_abandon = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void ReferenceAnalysis::add(std::span<const std::int16_t> samples)
{
    {
        std::unique_lock lock(m_mutex);
        // eSpeak is faster than the analysis: without a bound, a long speech would wait here
        // whole, in memory. (An analysis that failed takes nothing more: take() says why.)
        m_wake.wait(lock, [&] { return m_queued < kMaxQueued || m_done; });
        m_queued += samples.size();
        m_queue.emplace_back(samples.begin(), samples.end());
    }
    m_wake.notify_all();
}

void ReferenceAnalysis::finish(const std::vector<RenderedSentence>& sentences)
{
    {
        const std::lock_guard lock(m_mutex);
        m_sentences = sentences;
    }
    m_wake.notify_all();
}

bool ReferenceAnalysis::done() const
{
    const std::lock_guard lock(m_mutex);
    return m_done;
}

ScriptReference ReferenceAnalysis::take()
{
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [&] { return m_done; });
    if (m_error) {
        std::rethrow_exception(m_error);
    }
    if (!m_result) {
        throw Error("the script's reference was not made");
    }
    ScriptReference out = std::move(*m_result);
    m_result.reset();
    return out;
}

void ReferenceAnalysis::run()
{
    try {
        Resampler resampler(kSpeechSampleRate, MfccExtractor::kSampleRate);
        MfccExtractor extractor;
        VoiceTracker tracker(MfccExtractor::kSampleRate); // the reference's syllable nuclei: its pace
        std::vector<FeatureFrame> frames;
        std::vector<float> block;
        std::vector<float> resampled;
        const auto analyse = [&](std::span<const float> audio16k) {
            extractor.feed(audio16k, frames);
            tracker.feed(audio16k);
        };
        std::vector<RenderedSentence> sentences;
        bool abandoned = false;
        while (true) {
            std::vector<std::int16_t> samples;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return m_abandon || !m_queue.empty() || m_sentences; });
                if (m_abandon) {
                    abandoned = true;
                    break;
                }
                if (m_queue.empty()) { // finished, and every sample analysed
                    sentences = std::move(*m_sentences);
                    break;
                }
                samples = std::move(m_queue.front());
                m_queue.pop_front();
                m_queued -= samples.size();
            }
            m_wake.notify_all(); // room for add()
            block.resize(samples.size());
            for (std::size_t i = 0; i < samples.size(); ++i) {
                block[i] = static_cast<float>(samples[i]) / 32768.0f;
            }
            resampled.clear();
            resampler.process(block, resampled);
            analyse(resampled);
        }
        std::optional<ScriptReference> made;
        if (!abandoned) {
            resampled.clear();
            resampler.process({}, resampled, true);
            analyse(resampled);
            extractor.finish(frames);
            std::vector<ReferenceSentence> placed;
            placed.reserve(sentences.size());
            for (const RenderedSentence& sentence : sentences) {
                placed.push_back({sentence.sentence, sentence.start_seconds(), sentence.end_of_speech_seconds()});
            }
            made.emplace(frames, placed, m_sentence_count);
            made->set_nuclei(static_cast<std::size_t>(tracker.activity().syllables));
        }
        const std::lock_guard lock(m_mutex);
        m_result = std::move(made);
        m_done = true;
    } catch (...) {
        const std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
        m_done = true;
    }
    m_wake.notify_all();
}

} // namespace podium
