// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/docx_styles.hpp"

#include "core/import/xml_part.hpp"

#include <algorithm>
#include <cctype>

namespace podium {

namespace {

std::optional<int> to_int(std::string_view text)
{
    if (text.empty() || text.size() > 6) {
        return std::nullopt;
    }
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

// "heading 2", "Heading 2", "标题 2" (WPS and Chinese templates), ids "Heading2" and "2".
int heading_level_from_name(std::string name)
{
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const std::string_view prefix : {"heading ", "heading", "标题 ", "标题"}) {
        if (name.starts_with(prefix)) {
            const std::optional<int> level = to_int(std::string_view(name).substr(prefix.size()));
            if (level && *level >= 1 && *level <= 9) {
                return *level;
            }
        }
    }
    return 0;
}

} // namespace

std::optional<bool> on_off(const pugi::xml_node& properties, std::string_view name)
{
    const pugi::xml_node property = child(properties, name);
    if (!property) {
        return std::nullopt;
    }
    const std::string_view value = attribute(property, "val");
    return !(value == "0" || value == "false" || value == "off");
}

std::optional<DocxNumbering> numbering_of(const pugi::xml_node& properties)
{
    const pugi::xml_node num_pr = child(properties, "numPr");
    if (!num_pr) {
        return std::nullopt;
    }
    DocxNumbering numbering;
    numbering.num_id = to_int(attribute(child(num_pr, "numId"), "val")).value_or(0);
    numbering.level = std::min(8, to_int(attribute(child(num_pr, "ilvl"), "val")).value_or(0));
    return numbering;
}

void DocxStyles::load(const pugi::xml_node& root)
{
    for (const pugi::xml_node node : root.children()) {
        if (local_name(node) != "style") {
            continue;
        }
        Style style;
        style.name = attribute(child(node, "name"), "val");
        style.based_on = attribute(child(node, "basedOn"), "val");
        const pugi::xml_node paragraph = child(node, "pPr");
        if (const pugi::xml_node outline = child(paragraph, "outlineLvl")) {
            style.outline_level = to_int(attribute(outline, "val"));
        }
        style.numbering = numbering_of(paragraph);
        const pugi::xml_node run = child(node, "rPr");
        style.bold = on_off(run, "b");
        style.italic = on_off(run, "i");
        const std::string id(attribute(node, "styleId"));
        if (!style.outline_level && heading_level_from_name(style.name) == 0 && heading_level_from_name(id) > 0) {
            style.outline_level = heading_level_from_name(id) - 1; // a style known by its id alone
        }
        m_styles.emplace(id, std::move(style));
    }
}

template <typename Get>
auto DocxStyles::inherited(std::string_view style_id, Get get) const -> decltype(get(std::declval<const Style&>()))
{
    std::string id(style_id);
    for (int depth = 0; depth < 16 && !id.empty(); ++depth) { // basedOn loops end here
        const auto found = m_styles.find(id);
        if (found == m_styles.end()) {
            break;
        }
        if (auto value = get(found->second)) {
            return value;
        }
        id = found->second.based_on;
    }
    return std::nullopt;
}

int DocxStyles::heading_level(std::string_view style_id) const
{
    const std::optional<int> level = inherited(style_id, [](const Style& style) -> std::optional<int> {
        if (style.outline_level) {
            return *style.outline_level + 1; // outline level 9 means body text
        }
        const int by_name = heading_level_from_name(style.name);
        return by_name > 0 ? std::optional<int>(by_name) : std::nullopt;
    });
    return level && *level >= 1 && *level <= 9 ? *level : 0;
}

std::optional<bool> DocxStyles::bold(std::string_view style_id) const
{
    return inherited(style_id, [](const Style& style) { return style.bold; });
}

std::optional<bool> DocxStyles::italic(std::string_view style_id) const
{
    return inherited(style_id, [](const Style& style) { return style.italic; });
}

std::optional<DocxNumbering> DocxStyles::numbering(std::string_view style_id) const
{
    return inherited(style_id, [](const Style& style) { return style.numbering; });
}

} // namespace podium
