// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <pugixml.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace podium {

// An XML part of a document package, parsed with pugixml. pugixml never loads a DTD and
// never expands entities other than the five predefined ones and numeric references; on top
// of that a part that declares a DTD at all is refused, since Office and ODF never write one
// and a DOCTYPE in a document is a sign of an XXE attack or a broken file.
struct XmlPart {
    std::string bytes; // parsed in place: the document points into it
    pugi::xml_document document;
    std::string error; // empty when parsed
    [[nodiscard]] bool ok() const { return error.empty(); }
};

// Parses `bytes` and names `part` in errors.
// The whole part becomes one tree: for styles, numbering, ODF and PowerPoint parts. Word's main
// part, the one that grows with the document, is streamed instead (xml_stream.hpp).
[[nodiscard]] std::unique_ptr<XmlPart> parse_xml_part(std::string bytes, std::string_view part);

// The element's name without its namespace prefix: "w:p" → "p".
[[nodiscard]] std::string_view local_name(const pugi::xml_node& node);

// The value of the attribute whose local name is `name` ("w:val" and "val" both match "val").
[[nodiscard]] std::string_view attribute(const pugi::xml_node& node, std::string_view name);

// The first child element with local name `name`.
[[nodiscard]] pugi::xml_node child(const pugi::xml_node& node, std::string_view name);

} // namespace podium
