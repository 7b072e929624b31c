// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/xml_part.hpp"

#include "core/i18n/translate.hpp"

namespace podium {

std::unique_ptr<XmlPart> parse_xml_part(std::string bytes, std::string_view part)
{
    auto parsed = std::make_unique<XmlPart>();
    parsed->bytes = std::move(bytes);
    // parse_doctype only so that a DOCTYPE shows up as a node and can be refused;
    // parse_ws_pcdata keeps <w:t> </w:t> and ODF's spaces between spans.
    const unsigned options = pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata;
    const pugi::xml_parse_result result =
        parsed->document.load_buffer_inplace(parsed->bytes.data(), parsed->bytes.size(), options, pugi::encoding_auto);
    if (!result) {
        parsed->error = fill_in(_("{0} is not well-formed XML ({1} at byte {2})"), std::string(part), result.description(),
            static_cast<long long>(result.offset));
        return parsed;
    }
    for (const pugi::xml_node node : parsed->document.children()) {
        if (node.type() == pugi::node_doctype) {
            parsed->error = fill_in(
                _("{} declares a DTD (<!DOCTYPE>), which Office and OpenDocument files never do: refused (entities are never resolved)"),
                std::string(part));
            return parsed;
        }
    }
    return parsed;
}

std::string_view local_name(const pugi::xml_node& node)
{
    const std::string_view name = node.name();
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view attribute(const pugi::xml_node& node, std::string_view name)
{
    for (const pugi::xml_attribute a : node.attributes()) {
        std::string_view attribute_name = a.name();
        const std::size_t colon = attribute_name.find(':');
        if (colon != std::string_view::npos) {
            attribute_name.remove_prefix(colon + 1);
        }
        if (attribute_name == name) {
            return a.value();
        }
    }
    return {};
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name)
{
    for (const pugi::xml_node c : node.children()) {
        if (c.type() == pugi::node_element && local_name(c) == name) {
            return c;
        }
    }
    return {};
}

} // namespace podium
