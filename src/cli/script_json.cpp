// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/script_json.hpp"

#include <ostream>
#include <nlohmann/json.hpp>

namespace podium {

nlohmann::ordered_json sections_json(const Script& script)
{
    nlohmann::ordered_json sections = nlohmann::ordered_json::array();
    for (const Section& section : script.sections) {
        sections.push_back({
            {"title", section.title},
            {"level", section.level},
            {"kind", to_string(section.kind)},
            {"parent", section.parent ? nlohmann::ordered_json(*section.parent) : nlohmann::ordered_json(nullptr)},
            {"first_sentence", section.first_sentence},
            {"end_sentence", section.end_sentence},
        });
    }
    return sections;
}

void write_split_json(std::ostream& out, const Script& script, std::string_view format_key)
{
    // One sentence object at a time: a DOM of a million sentences took gigabytes. The one
    // object is reused, its values overwritten in place: its keys and buffers are allocated
    // once, not for every sentence (half the time of writing a million).
    nlohmann::ordered_json entry = {{"text", ""}, {"shown", ""}, {"start", 0U}, {"end", 0U}, {"section", 0U}};
    auto& text = entry["text"].get_ref<std::string&>();
    auto& shown = entry["shown"].get_ref<std::string&>();
    auto& start = entry["start"].get_ref<nlohmann::ordered_json::number_unsigned_t&>();
    auto& end = entry["end"].get_ref<nlohmann::ordered_json::number_unsigned_t&>();
    auto& section = entry["section"].get_ref<nlohmann::ordered_json::number_unsigned_t&>();
    out << "{\"sentences\":[";
    for (std::size_t i = 0; i < script.sentences.size(); ++i) {
        const Sentence& sentence = script.sentences[i];
        if (i > 0) {
            out << ',';
        }
        text = script.sentence_text(i);
        shown = script.visible_text(sentence.span);
        start = sentence.span.begin;
        end = sentence.span.end;
        section = sentence.section;
        out << to_json_line(entry);
    }
    out << "],\"sections\":" << to_json_line(sections_json(script))
        << ",\"format\":" << to_json_line(nlohmann::ordered_json(std::string(format_key))) << "}\n";
}

nlohmann::ordered_json outline_json(const Script& script)
{
    nlohmann::ordered_json sections = sections_json(script);
    for (std::size_t i = 0; i < script.sections.size(); ++i) {
        sections[i]["sentence_count"] = script.sections[i].end_sentence - script.sections[i].first_sentence;
    }
    nlohmann::ordered_json placeholders = nlohmann::ordered_json::array();
    for (const Placeholder& placeholder : script.placeholders) {
        placeholders.push_back({
            {"text", placeholder.text},
            {"line", placeholder.line},
            {"column", placeholder.column},
            {"start", placeholder.span.begin},
            {"end", placeholder.span.end},
            {"section", script.section_at(placeholder.span.begin)},
        });
    }
    return {{"sections", std::move(sections)}, {"placeholders", std::move(placeholders)}};
}

std::string to_json_line(const nlohmann::ordered_json& json)
{
    return json.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace podium
