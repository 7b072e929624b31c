// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <span>
#include <string_view>

namespace podium {

// The sample speeches compiled into the executable (docs/samples/), so `podium` alone works
// from any directory.
struct BundledSample {
    std::string_view name;  // file name, e.g. "welcome-en.md"
    std::string_view bytes; // the file as written
};

[[nodiscard]] std::span<const BundledSample> bundled_samples();

} // namespace podium
