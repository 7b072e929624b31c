// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paths for a test's scratch files under the system temp dir. The process id is in the name, so
// ctest -j never lets two test processes share one. (core/temp_dir.hpp's TempDir also removes
// the directory when the test ends; these are for tests that check what is left behind.)
#include <unistd.h>

#include <filesystem>
#include <string>
#include <string_view>

namespace podium::testing {

[[nodiscard]] inline std::filesystem::path scratch_path(std::string_view name)
{
    return std::filesystem::temp_directory_path() / ("podium-test-" + std::to_string(::getpid()) + "-" + std::string(name));
}

// scratch_path(name), with anything an earlier run left there removed.
[[nodiscard]] inline std::filesystem::path fresh_directory(std::string_view name)
{
    auto directory = scratch_path(name);
    std::filesystem::remove_all(directory);
    return directory;
}

} // namespace podium::testing
