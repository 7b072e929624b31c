// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/chart_writer.hpp"

#include "core/error.hpp"
#include "core/i18n/translate.hpp"
#include "core/io/atomic_file.hpp"

namespace podium {

void write_report_chart(const RehearsalReport& report, const ChartOptions& options, const std::filesystem::path& path)
{
    write_chart(layout_chart(report, options), path);
}

void write_chart(const ChartScene& scene, const std::filesystem::path& path)
{
    std::string extension = path.extension().string();
    for (auto& c : extension) {
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    if (extension != ".png" && extension != ".svg") {
        throw Error(fill_in(_("{}: the chart is written as .png or .svg; name the file chart.png or chart.svg"), path.string()));
    }
    const std::string bytes = extension == ".png" ? render_png(scene) : render_svg(scene);
    if (const std::string message = write_file_atomically(path, bytes); !message.empty()) {
        throw Error(message);
    }
}

} // namespace podium
