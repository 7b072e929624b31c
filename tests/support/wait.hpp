// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Waiting on a condition another thread brings about. Tests never wait for time: this polls the
// condition and gives up only at a generous deadline, so that a hang fails the test instead of
// blocking ctest; how long it took is no part of what is checked.
#include <chrono>
#include <thread>

namespace podium::test {

template <typename Condition>
[[nodiscard]] bool wait_until(Condition condition, std::chrono::seconds deadline = std::chrono::seconds(20))
{
    const auto give_up = std::chrono::steady_clock::now() + deadline;
    while (!condition()) {
        if (std::chrono::steady_clock::now() > give_up) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

} // namespace podium::test
