// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The delivery of one run as a timeline (podium report --delivery --chart): time along the x
// axis with the sentences marked, each sentence's pitch (median and range) and loudness above,
// pauses, hesitations and filled pauses on the sentence strip.
#include "core/coach/delivery.hpp"
#include "report/chart_scene.hpp"

#include <string>
#include <vector>

namespace podium {

struct DeliveryChartOptions {
    std::string title = "How it sounded";
    std::vector<std::string> section_titles; // indexed like Script::sections
    int width = 1600;
};

[[nodiscard]] ChartScene layout_delivery_chart(const DeliveryReport& report, const DeliveryChartOptions& options);

} // namespace podium
