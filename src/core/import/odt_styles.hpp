// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"

#include <pugixml.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace podium {

// ODF has ten outline (heading) levels.
inline constexpr int kOdfOutlineLevels = 10;

// An integer attribute, or `fallback` when it is missing or not a number.
[[nodiscard]] int odf_int(std::string_view text, int fallback);

// Whether an element inside a paragraph is a field whose content is the value it displays
// (LibreOffice writes the current value as the element's text): dates, page numbers,
// cross-references, variables, user fields, sequence numbers, bibliography marks, document
// information. `name` is the local name ("sequence" for text:sequence).
[[nodiscard]] bool is_odf_field(std::string_view name);

struct OdtTextStyle {
    std::string parent;
    std::optional<bool> bold;
    std::optional<bool> italic;
};

// A level of a list style or of the outline style: how its numbers are written.
struct ListLevel {
    bool numbered = false;
    std::string format = "decimal"; // a Word w:numFmt name (list_numbers.hpp)
    std::string prefix;
    std::string suffix;
    int start = 1;
    int display_levels = 1; // how many levels the number shows: 2 gives "1.1"
};

// Text and paragraph styles (bold, italic, parent), list styles and the outline style, from
// office:styles and office:automatic-styles of both parts.
class OdtStyles {
public:
    void load(const pugi::xml_node& root);

    // `base` with the bold and italic of style `name` and its parents applied.
    [[nodiscard]] unsigned char style(std::string_view name, unsigned char base) const;
    [[nodiscard]] const ListLevel* list_level(std::string_view list_style, int level) const;
    // text:outline-style: how headings of each level are numbered ("1.1 Introduction"), or
    // null when the level shows no number.
    [[nodiscard]] const ListLevel* outline_level(int level) const;

private:
    template <typename Get>
    std::optional<bool> inherited(std::string_view name, Get get) const;

    std::map<std::string, OdtTextStyle> m_text;
    std::map<std::string, std::map<int, ListLevel>> m_lists;
    std::map<int, ListLevel> m_outline;
};

} // namespace podium
