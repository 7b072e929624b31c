// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

namespace podium {

// Where Podium's own read-only data lives (voices/, fonts/, samples/): the folders ("roots")
// searched, in order:
//   1. the executable's folder                     a portable copy: podium, voices/, fonts/ side by side
//   2. <executable's folder>/../share/podium       an installed tree (`cmake --install`, the .deb):
//                                                  /usr/bin/podium → /usr/share/podium
//   3. the source tree the build came from         only while the executable runs from inside
//                                                  that build tree (scripts/run.sh, the tests)
// Everything is found relative to the running executable, so an installed Podium works under
// any prefix and never reads the tree it was built in. The user's own files are separate:
// $XDG_CONFIG_HOME/podium (see xdg_paths.hpp).
struct BuildTree {
    std::filesystem::path binary_dir;  // CMake's build directory
    std::filesystem::path source_dir;  // the source tree holding voices/, fonts/, docs/samples/
};

// The roots for an executable at `executable` (a full path), built in `build`.
[[nodiscard]] std::vector<std::filesystem::path> data_roots(const std::optional<std::filesystem::path>& executable,
    const std::optional<BuildTree>& build);

// `name` (e.g. "voices") inside each root where it is an existing directory, in root order.
// The source tree keeps the samples in docs/samples; "samples" finds them there too.
[[nodiscard]] std::vector<std::filesystem::path> existing_data_directories(std::string_view name,
    const std::vector<std::filesystem::path>& roots);

// The running process: /proc/self/exe, and the build tree this binary was compiled in.
[[nodiscard]] std::optional<std::filesystem::path> running_executable();
[[nodiscard]] BuildTree compiled_build_tree();

// existing_data_directories(name) for the running executable; the first one is the bundled
// data Podium uses, the later ones are fallbacks (fonts/ reads them all).
[[nodiscard]] std::vector<std::filesystem::path> podium_data_directories(std::string_view name);

} // namespace podium
