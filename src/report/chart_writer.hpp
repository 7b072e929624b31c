// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "report/chart_scene.hpp"

#include <filesystem>
#include <string>

namespace podium {

// Plain-text SVG; CJK text uses font-family "Noto Sans CJK SC" with fallbacks.
[[nodiscard]] std::string render_svg(const ChartScene& scene);

// PNG bytes: text rasterised with FreeType from the CJK font fontconfig finds. Throws
// podium::Error when no CJK-capable font is installed.
[[nodiscard]] std::string render_png(const ChartScene& scene);

// Lays out the chart and writes it (atomically) as .png or .svg by the path's extension.
// Throws podium::Error with a one-line message.
void write_report_chart(const RehearsalReport& report, const ChartOptions& options, const std::filesystem::path& path);

// Writes any laid-out chart as .png or .svg by the path's extension (the delivery timeline).
void write_chart(const ChartScene& scene, const std::filesystem::path& path);

} // namespace podium
