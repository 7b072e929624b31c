// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// This process's memory as Linux reports it in /proc/self/status, for tests that check memory
// stays bounded and benchmarks that print it. Header-only: tests and bench/ both include it.
#include <fstream>
#include <string>
#include <string_view>

namespace podium::testing {

// The value of a /proc/self/status field in KiB ("VmRSS:", resident now; "VmHWM:", its peak),
// or -1 when the field is absent (not Linux).
[[nodiscard]] inline long status_kib(std::string_view field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.starts_with(field)) {
            return std::stol(line.substr(field.size()));
        }
    }
    return -1;
}

// Resident memory now, in KiB.
[[nodiscard]] inline long resident_kib() { return status_kib("VmRSS:"); }

} // namespace podium::testing
