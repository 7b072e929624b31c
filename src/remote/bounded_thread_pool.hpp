// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// httplib's own ThreadPool queues accepted connections without limit; under a flood that list
// grows as fast as connections arrive. This one holds at most `max_queued` waiting connections:
// beyond that, enqueue() waits, so the accept loop stops accepting and the kernel's listen
// backlog (bounded too) absorbs or refuses the rest. Memory stays bounded and the frame loop,
// which never touches this pool, is unaffected.
#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace podium {

class BoundedThreadPool final : public httplib::TaskQueue {
public:
    BoundedThreadPool(std::size_t threads, std::size_t max_queued);
    ~BoundedThreadPool() override;
    BoundedThreadPool(const BoundedThreadPool&) = delete;
    BoundedThreadPool& operator=(const BoundedThreadPool&) = delete;

    void enqueue(std::function<void()> task) override;
    void shutdown() override;

private:
    void work();

    std::mutex m_mutex;
    std::condition_variable m_has_task;
    std::condition_variable m_has_room;
    std::deque<std::function<void()>> m_tasks;
    std::vector<std::thread> m_threads;
    std::size_t m_max_queued;
    bool m_stopping = false;
};

} // namespace podium
