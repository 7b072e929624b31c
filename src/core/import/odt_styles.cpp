// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/odt_styles.hpp"

#include "core/import/list_numbers.hpp"
#include "core/import/xml_part.hpp"

#include <algorithm>
#include <charconv>
#include <iterator>

namespace podium {

int odf_int(std::string_view text, int fallback)
{
    int value = fallback;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc{} ? value : fallback;
}

bool is_odf_field(std::string_view name)
{
    static constexpr std::string_view fields[] = {"date", "time", "page-number", "page-continuation", "page-count",
        "paragraph-count", "word-count", "character-count", "table-count", "image-count", "object-count", "chapter",
        "sequence", "sequence-ref", "variable-get", "variable-set", "variable-input", "user-field-get",
        "user-field-input", "user-defined", "expression", "text-input", "drop-down", "reference-ref",
        "bookmark-ref", "note-ref", "bibliography-mark", "author-name", "author-initials", "title", "subject",
        "description", "keywords", "initial-creator", "creator", "creation-date", "creation-time",
        "modification-date", "modification-time", "print-date", "print-time", "printed-by", "editing-cycles",
        "editing-duration", "file-name", "template-name", "conditional-text", "placeholder", "database-display",
        "database-name", "database-row-number", "sheet-name", "measure", "table-formula", "page-variable-get",
        "execute-macro"};
    return name.starts_with("sender-") || std::find(std::begin(fields), std::end(fields), name) != std::end(fields);
}

void OdtStyles::load(const pugi::xml_node& root)
{
    for (const pugi::xml_node group : root.children()) {
        const std::string_view name = local_name(group);
        if (name != "styles" && name != "automatic-styles") {
            continue;
        }
        for (const pugi::xml_node style : group.children()) {
            if (local_name(style) == "style") {
                OdtTextStyle text;
                text.parent = attribute(style, "parent-style-name");
                const pugi::xml_node properties = child(style, "text-properties");
                if (const std::string_view weight = attribute(properties, "font-weight"); !weight.empty()) {
                    text.bold = weight == "bold" || (weight.size() == 3 && weight >= "600");
                }
                if (const std::string_view slant = attribute(properties, "font-style"); !slant.empty()) {
                    text.italic = slant == "italic" || slant == "oblique";
                }
                m_text[std::string(attribute(style, "name"))] = std::move(text);
            } else if (local_name(style) == "list-style" || local_name(style) == "outline-style") {
                std::map<int, ListLevel>& levels =
                    local_name(style) == "outline-style" ? m_outline : m_lists[std::string(attribute(style, "name"))];
                for (const pugi::xml_node level : style.children()) {
                    if (level.type() != pugi::node_element) {
                        continue;
                    }
                    ListLevel list_level;
                    list_level.numbered = local_name(level) == "list-level-style-number"
                        || (local_name(level) == "outline-level-style" && !attribute(level, "num-format").empty());
                    if (list_level.numbered) {
                        list_level.display_levels = std::clamp(odf_int(attribute(level, "display-levels"), 1), 1, kOdfOutlineLevels);
                        list_level.format = word_format_for_odf(attribute(level, "num-format"));
                        list_level.prefix = attribute(level, "num-prefix");
                        list_level.suffix = attribute(level, "num-suffix");
                        list_level.start = odf_int(attribute(level, "start-value"), 1);
                    }
                    levels[odf_int(attribute(level, "level"), 1)] = std::move(list_level);
                }
            }
        }
    }
}


template <typename Get>
std::optional<bool> OdtStyles::inherited(std::string_view name, Get get) const
{
    std::string current(name);
    for (int depth = 0; depth < 16 && !current.empty(); ++depth) {
        const auto found = m_text.find(current);
        if (found == m_text.end()) {
            break;
        }
        if (const std::optional<bool> value = get(found->second)) {
            return value;
        }
        current = found->second.parent;
    }
    return std::nullopt;
}

unsigned char OdtStyles::style(std::string_view name, unsigned char base) const
{
    unsigned char flags = base;
    if (const std::optional<bool> bold = inherited(name, [](const OdtTextStyle& s) { return s.bold; })) {
        flags = static_cast<unsigned char>(*bold ? flags | kStyleBold : flags & ~kStyleBold);
    }
    if (const std::optional<bool> italic = inherited(name, [](const OdtTextStyle& s) { return s.italic; })) {
        flags = static_cast<unsigned char>(*italic ? flags | kStyleItalic : flags & ~kStyleItalic);
    }
    return flags;
}

const ListLevel* OdtStyles::list_level(std::string_view list_style, int level) const
{
    const auto found = m_lists.find(std::string(list_style));
    if (found == m_lists.end()) {
        return nullptr;
    }
    const auto entry = found->second.find(level);
    return entry == found->second.end() ? nullptr : &entry->second;
}

const ListLevel* OdtStyles::outline_level(int level) const
{
    const auto entry = m_outline.find(level);
    return entry == m_outline.end() || !entry->second.numbered ? nullptr : &entry->second;
}

} // namespace podium
