// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <vector>

namespace podium {

// The q-quantile (0–1) of `values`, linearly interpolated; 0 for an empty set.
[[nodiscard]] double percentile(std::vector<float> values, double q);
[[nodiscard]] double percentile(std::vector<double> values, double q);
[[nodiscard]] double median(std::vector<double> values);

// Semitones from `reference` Hz to `hz`.
[[nodiscard]] double semitones(double hz, double reference);

} // namespace podium
