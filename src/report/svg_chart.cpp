// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/chart_writer.hpp"

#include "core/text/markup_escape.hpp"

#include <cstdio>
#include <sstream>

namespace podium {

namespace {

std::string hex(ChartColor c)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", c.r, c.g, c.b);
    return buffer;
}

const char* anchor(TextAnchor a)
{
    switch (a) {
    case TextAnchor::Start: return "start";
    case TextAnchor::Middle: return "middle";
    case TextAnchor::End: return "end";
    }
    return "start";
}

} // namespace

std::string render_svg(const ChartScene& scene)
{
    std::ostringstream svg;
    svg << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << scene.width << "\" height=\"" << scene.height
        << "\" viewBox=\"0 0 " << scene.width << ' ' << scene.height << "\">\n"
        // CJK first: its Latin glyphs are fine, and Chinese titles must not fall back to boxes.
        << "<style>text{font-family:'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',"
           "'WenQuanYi Micro Hei','Noto Sans',sans-serif}</style>\n"
        << "<rect width=\"100%\" height=\"100%\" fill=\"" << hex(scene.background) << "\"/>\n";
    for (const auto& line : scene.lines) {
        svg << "<line x1=\"" << line.x1 << "\" y1=\"" << line.y1 << "\" x2=\"" << line.x2 << "\" y2=\"" << line.y2
            << "\" stroke=\"" << hex(line.color) << "\" stroke-width=\"" << line.width << "\"/>\n";
    }
    for (const auto& rect : scene.rects) {
        svg << "<rect x=\"" << rect.x << "\" y=\"" << rect.y << "\" width=\"" << rect.width << "\" height=\""
            << rect.height << "\" fill=\"" << hex(rect.fill) << "\"/>\n";
    }
    for (const auto& text : scene.texts) {
        svg << "<text x=\"" << text.x << "\" y=\"" << text.baseline << "\" font-size=\"" << text.size << "\" fill=\""
            << hex(text.color) << "\" text-anchor=\"" << anchor(text.anchor) << '"'
            << (text.bold ? " font-weight=\"bold\"" : "") << '>' << escape_markup(text.text) << "</text>\n";
    }
    svg << "</svg>\n";
    return svg.str();
}

} // namespace podium
