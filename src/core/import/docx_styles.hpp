// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace podium {

// A paragraph's list numbering: w:numPr (numId, ilvl), direct or from its style.
struct DocxNumbering {
    int num_id = 0; // 0: no numbering
    int level = 0;
};

// What Podium needs from word/styles.xml: which paragraph styles are headings (by outline
// level, or by name: "heading 1", "Heading 1", "标题 1", style ids "Heading1" and Chinese
// Word's "1"), which character and paragraph styles are bold or italic, and numbering that
// comes with a style. basedOn chains are followed.
class DocxStyles {
public:
    void load(const pugi::xml_node& styles_root);

    // 1 … 9 for a heading style, 0 otherwise.
    [[nodiscard]] int heading_level(std::string_view style_id) const;
    [[nodiscard]] std::optional<bool> bold(std::string_view style_id) const;
    [[nodiscard]] std::optional<bool> italic(std::string_view style_id) const;
    [[nodiscard]] std::optional<DocxNumbering> numbering(std::string_view style_id) const;

private:
    struct Style {
        std::string name;
        std::string based_on;
        std::optional<int> outline_level;
        std::optional<bool> bold;
        std::optional<bool> italic;
        std::optional<DocxNumbering> numbering;
    };
    template <typename Get>
    auto inherited(std::string_view style_id, Get get) const -> decltype(get(std::declval<const Style&>()));

    std::unordered_map<std::string, Style> m_styles;
};

// A WordprocessingML on/off property (<w:b/>, <w:b w:val="0"/>): nullopt when absent.
[[nodiscard]] std::optional<bool> on_off(const pugi::xml_node& properties, std::string_view name);

// The paragraph's w:numPr, if it has one.
[[nodiscard]] std::optional<DocxNumbering> numbering_of(const pugi::xml_node& properties);

} // namespace podium
