// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace podium {

// Where a DiskThread runs its jobs. Inline runs each on the thread that posts it, as Podium did
// before the disk thread existed: bench/frame's "before" figure, never the app's choice.
enum class DiskMode { Thread, Inline };

// The one thread a run writes to the disk on (rehearsal saves, opening and finalising the
// rehearsal WAV), so the frame thread never waits for a write, an fsync or a rename. Jobs run in
// the order they were posted. A job that throws is reported as a problem (take_problems), never
// crosses the thread's edge; the thread goes on with the next job.
class DiskThread {
public:
    using Job = std::function<void()>;

    explicit DiskThread(DiskMode mode = DiskMode::Thread);
    // Runs every job still queued, then joins.
    ~DiskThread();
    DiskThread(const DiskThread&) = delete;
    DiskThread& operator=(const DiskThread&) = delete;

    // Never waits for the disk: queues `job` and returns.
    void post(Job job);
    // Waits until every job posted so far has run (the end of a run, tests).
    void drain();
    // One-line messages of jobs that failed since the last call, oldest first.
    [[nodiscard]] std::vector<std::string> take_problems();
    // Records a problem from inside a job (a job's own error that is not an exception).
    void report(std::string problem);
    [[nodiscard]] std::size_t jobs_done() const;

private:
    void run();
    [[nodiscard]] static std::string run_job(Job& job);

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Job> m_jobs;
    std::vector<std::string> m_problems;
    std::size_t m_posted = 0;
    std::size_t m_done = 0;
    bool m_stop = false;
    std::thread m_thread; // last: starts once everything above exists (none when Inline)
};

} // namespace podium
