// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/import/docx_styles.hpp"

#include <pugixml.hpp>

#include <array>
#include <map>
#include <string>
#include <vector>

namespace podium {

// Word's automatic list numbering (word/numbering.xml), counted in document order, so that a
// numbered paragraph gets the text Word shows in front of it: "一、", "（一）", "1.", "①",
// "1.2." — followed by a space when Word puts a tab or space after a Latin number, nothing
// after Chinese punctuation. Bullets give no text (as a Markdown bullet is not shown).
class DocxNumberingCounter {
public:
    void load(const pugi::xml_node& numbering_root);

    // The number text for the next paragraph with this numbering; advances the counters.
    [[nodiscard]] std::string next(const DocxNumbering& numbering);

private:
    struct Level {
        long long start = 1; // Word allows 0 and up to 2^31 - 1
        std::string format = "decimal";
        std::string text;        // w:lvlText, e.g. "%1、" or "（%2）"
        std::string suffix = "tab";
    };
    struct Abstract {
        std::array<Level, 9> levels;
        std::array<long long, 9> counters{};
        std::array<bool, 9> started{}; // a level counts from its start when first used
    };
    struct Instance {
        int abstract_id = -1;
        std::map<int, long long> start_overrides; // level → start
        bool used = false;
    };

    std::map<int, Abstract> m_abstracts;
    std::map<int, Instance> m_instances;
};

} // namespace podium
