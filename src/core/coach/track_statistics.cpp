// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coach/track_statistics.hpp"

#include <algorithm>
#include <cmath>

namespace podium {

namespace {

template <typename T> double quantile(std::vector<T>& values, double q)
{
    if (values.empty()) {
        return 0.0;
    }
    std::sort(values.begin(), values.end());
    const double position = std::clamp(q, 0.0, 1.0) * static_cast<double>(values.size() - 1);
    const auto low = static_cast<std::size_t>(position);
    const std::size_t high = std::min(low + 1, values.size() - 1);
    const double weight = position - static_cast<double>(low);
    return static_cast<double>(values[low]) * (1.0 - weight) + static_cast<double>(values[high]) * weight;
}

} // namespace

double percentile(std::vector<float> values, double q) { return quantile(values, q); }
double percentile(std::vector<double> values, double q) { return quantile(values, q); }
double median(std::vector<double> values) { return quantile(values, 0.5); }

double semitones(double hz, double reference) { return 12.0 * std::log2(hz / reference); }

} // namespace podium
