// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/docx_numbering.hpp"

#include "core/import/list_numbers.hpp"
#include "core/import/xml_part.hpp"

#include <algorithm>
#include <charconv>

namespace podium {

namespace {

template <typename Int>
Int to_int(std::string_view text, Int fallback)
{
    Int value = fallback;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc{} ? value : fallback;
}

bool ends_with_cjk_punctuation(std::string_view text)
{
    for (const std::string_view mark : {"、", "）", "．", "。", "：", "，", "】", "」"}) {
        if (text.ends_with(mark)) {
            return true;
        }
    }
    return false;
}

} // namespace

void DocxNumberingCounter::load(const pugi::xml_node& root)
{
    for (const pugi::xml_node node : root.children()) {
        if (local_name(node) == "abstractNum") {
            Abstract abstract;
            for (const pugi::xml_node lvl : node.children()) {
                if (local_name(lvl) != "lvl") {
                    continue;
                }
                const int index = to_int(attribute(lvl, "ilvl"), -1);
                if (index < 0 || index > 8) {
                    continue;
                }
                Level& level = abstract.levels[static_cast<std::size_t>(index)];
                level.start = to_int(attribute(child(lvl, "start"), "val"), 1LL);
                if (const pugi::xml_node format = child(lvl, "numFmt")) {
                    level.format = attribute(format, "val");
                }
                level.text = attribute(child(lvl, "lvlText"), "val");
                if (const pugi::xml_node suffix = child(lvl, "suff")) {
                    level.suffix = attribute(suffix, "val");
                }
            }
            m_abstracts[to_int(attribute(node, "abstractNumId"), -1)] = std::move(abstract);
        } else if (local_name(node) == "num") {
            Instance instance;
            instance.abstract_id = to_int(attribute(child(node, "abstractNumId"), "val"), -1);
            for (const pugi::xml_node override_node : node.children()) {
                if (local_name(override_node) == "lvlOverride") {
                    if (const pugi::xml_node start = child(override_node, "startOverride")) {
                        instance.start_overrides[to_int(attribute(override_node, "ilvl"), 0)] =
                            to_int(attribute(start, "val"), 1LL);
                    }
                }
            }
            m_instances[to_int(attribute(node, "numId"), 0)] = std::move(instance);
        }
    }
}

std::string DocxNumberingCounter::next(const DocxNumbering& numbering)
{
    const auto instance = m_instances.find(numbering.num_id);
    if (numbering.num_id == 0 || instance == m_instances.end()) {
        return {};
    }
    const auto abstract_it = m_abstracts.find(instance->second.abstract_id);
    if (abstract_it == m_abstracts.end()) {
        return {};
    }
    Abstract& abstract = abstract_it->second;
    const auto level = static_cast<std::size_t>(std::clamp(numbering.level, 0, 8));
    // A list instance that restarts its numbering does so where it is first used.
    if (!instance->second.used) {
        instance->second.used = true;
        for (const auto& [override_level, start] : instance->second.start_overrides) {
            if (override_level >= 0 && override_level <= 8) {
                abstract.started[static_cast<std::size_t>(override_level)] = false;
                abstract.levels[static_cast<std::size_t>(override_level)].start = start;
            }
        }
    }
    long long& counter = abstract.counters[level];
    counter = abstract.started[level] ? counter + 1 : abstract.levels[level].start;
    abstract.started[level] = true;
    for (std::size_t deeper = level + 1; deeper < abstract.counters.size(); ++deeper) {
        abstract.started[deeper] = false;
    }
    if (abstract.levels[level].format == "bullet") {
        return {};
    }
    // %1 … %9 are the counters of levels 1 … 9, each in its own level's format.
    std::string text;
    const std::string& pattern = abstract.levels[level].text;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto referenced = static_cast<std::size_t>(pattern[i + 1] - '1');
            const long long value =
                abstract.started[referenced] ? abstract.counters[referenced] : abstract.levels[referenced].start;
            text += format_list_number(value, abstract.levels[referenced].format);
            ++i;
        } else {
            text.push_back(pattern[i]);
        }
    }
    if (!text.empty() && abstract.levels[level].suffix != "nothing" && !ends_with_cjk_punctuation(text)) {
        text.push_back(' ');
    }
    return text;
}

} // namespace podium
