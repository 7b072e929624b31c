// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/follow/script_reference.hpp"
#include "speech/speech_render.hpp"

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <span>
#include <thread>
#include <vector>

namespace podium {

// The analysis of one rendering of the script, on a thread of its own: eSpeak's audio is handed
// over as it comes (add()), resampled to 16 kHz, reduced to MFCC frames and syllable nuclei, and,
// once the rendering's sentence times are known (finish()), made into the ScriptReference
// (normalisation and hubness included). The eSpeak worker renders the registers one after the
// other, running ahead of an analysis by up to two minutes of audio, so the first register's
// analysis goes on while the second is rendered, and the two analyses run side by side.
class ReferenceAnalysis {
public:
    explicit ReferenceAnalysis(std::size_t sentence_count);
    // Abandons the analysis if it was not finished (e.g. synthesis failed) and joins the thread.
    ~ReferenceAnalysis();
    ReferenceAnalysis(const ReferenceAnalysis&) = delete;
    ReferenceAnalysis& operator=(const ReferenceAnalysis&) = delete;

    // The next audio of the rendering, at the speech plan's rate (copied). Waits while two
    // minutes of audio are still to be analysed (eSpeak then waits too).
    void add(std::span<const std::int16_t> samples);
    // The rendering is complete: its sentence times place the reference's frames.
    void finish(const std::vector<RenderedSentence>& sentences);
    // Whether the reference is made (take() would not wait).
    [[nodiscard]] bool done() const;
    // Waits for the reference; rethrows what the analysis threw. Once only.
    [[nodiscard]] ScriptReference take();

private:
    void run();

    std::size_t m_sentence_count;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::vector<std::int16_t>> m_queue;
    std::size_t m_queued = 0; // samples in m_queue
    std::optional<std::vector<RenderedSentence>> m_sentences; // set by finish()
    bool m_abandon = false;
    bool m_done = false;
    std::optional<ScriptReference> m_result;
    std::exception_ptr m_error;
    std::thread m_thread; // last: started once everything it reads exists
};

} // namespace podium
