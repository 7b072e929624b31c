// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <algorithm>
#include <atomic>
#include <cstring>
#include <exception>
#include <optional>
#include <string>

namespace podium {

// The first failure inside a C callback or at a thread's entry, kept for the owner to report as a
// notice. An exception must never cross a C library's frames (eSpeak NG, SDL's audio thread,
// md4c) or leave a thread (std::terminate): those places catch, record here and stop cleanly.
// Recording takes no lock and allocates nothing, so it is safe on an audio thread.
class FailureLatch {
public:
    // Keeps `what` unless a failure is already recorded (the first one explains the rest).
    void record(const char* what) noexcept
    {
        int empty = 0;
        if (!m_state.compare_exchange_strong(empty, 1, std::memory_order_acquire)) {
            return;
        }
        const std::size_t length = std::min(std::strlen(what), sizeof m_text - 1);
        std::memcpy(m_text, what, length);
        m_text[length] = '\0';
        m_state.store(2, std::memory_order_release);
    }
    // From inside a catch block: records the exception being handled.
    void record_current() noexcept
    {
        try {
            throw;
        } catch (const std::exception& error) {
            record(error.what());
        } catch (...) {
            record("unknown error");
        }
    }
    [[nodiscard]] bool failed() const noexcept { return m_state.load(std::memory_order_acquire) == 2; }
    [[nodiscard]] std::optional<std::string> message() const
    {
        return failed() ? std::optional<std::string>(m_text) : std::nullopt;
    }

private:
    std::atomic<int> m_state{0}; // 0: nothing, 1: being written, 2: recorded
    char m_text[256] = {};
};

// Runs `body` and records what it throws instead of letting it escape; true when it returned.
template <typename Body>
bool run_guarded(FailureLatch& latch, Body&& body) noexcept
{
    try {
        body();
        return true;
    } catch (...) {
        latch.record_current();
        return false;
    }
}

} // namespace podium
