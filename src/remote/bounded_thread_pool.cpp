// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/bounded_thread_pool.hpp"

namespace podium {

BoundedThreadPool::BoundedThreadPool(std::size_t threads, std::size_t max_queued) : m_max_queued(max_queued)
{
    m_threads.reserve(threads);
    for (std::size_t i = 0; i < threads; ++i) {
        m_threads.emplace_back([this] { work(); });
    }
}

BoundedThreadPool::~BoundedThreadPool()
{
    shutdown();
}

void BoundedThreadPool::enqueue(std::function<void()> task)
{
    {
        std::unique_lock lock(m_mutex);
        m_has_room.wait(lock, [this] { return m_stopping || m_tasks.size() < m_max_queued; });
        // While stopping, the task still runs (on a worker, before it exits): the task is what
        // closes the accepted socket, so dropping it would leak the descriptor.
        m_tasks.push_back(std::move(task));
    }
    m_has_task.notify_one();
}

void BoundedThreadPool::shutdown()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping && m_threads.empty()) {
            return;
        }
        m_stopping = true;
    }
    m_has_task.notify_all();
    m_has_room.notify_all();
    for (std::thread& thread : m_threads) {
        if (thread.joinable()) {
            thread.join();
        }
    }
    m_threads.clear();
}

void BoundedThreadPool::work()
{
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock lock(m_mutex);
            m_has_task.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
            if (m_tasks.empty()) {
                return; // stopping and nothing left
            }
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        m_has_room.notify_one();
        task();
    }
}

} // namespace podium
