// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/disk_thread.hpp"

#include "core/i18n/translate.hpp"

#include <exception>
#include <utility>

namespace podium {

DiskThread::DiskThread(DiskMode mode)
{
    if (mode == DiskMode::Thread) {
        m_thread = std::thread([this] { run(); });
    }
}

DiskThread::~DiskThread()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void DiskThread::post(Job job)
{
    if (!m_thread.joinable()) { // DiskMode::Inline: the caller waits for the disk
        std::string problem = run_job(job);
        const std::lock_guard lock(m_mutex);
        if (!problem.empty()) {
            m_problems.push_back(fill_in(_("disk: {}"), problem));
        }
        ++m_posted;
        ++m_done;
        return;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
        ++m_posted;
    }
    m_wake.notify_all();
}

void DiskThread::drain()
{
    std::unique_lock lock(m_mutex);
    const std::size_t target = m_posted;
    m_idle.wait(lock, [&] { return m_done >= target; });
}

std::vector<std::string> DiskThread::take_problems()
{
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_problems, {});
}

void DiskThread::report(std::string problem)
{
    const std::lock_guard lock(m_mutex);
    m_problems.push_back(std::move(problem));
}

std::size_t DiskThread::jobs_done() const
{
    const std::lock_guard lock(m_mutex);
    return m_done;
}

void DiskThread::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
        if (m_jobs.empty()) {
            return; // stopping, and everything posted has run
        }
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        lock.unlock();
        const std::string problem = run_job(job);
        lock.lock();
        if (!problem.empty()) {
            m_problems.push_back(fill_in(_("disk: {}"), problem));
        }
        ++m_done;
        m_idle.notify_all();
    }
}

std::string DiskThread::run_job(Job& job)
{
    try {
        job();
    } catch (const std::exception& error) {
        return error.what();
    } catch (...) {
        return _("unknown error");
    }
    return {};
}

} // namespace podium
