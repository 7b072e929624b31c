// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <expat.h>
#include <pugixml.hpp>

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace podium {

// A large XML part read as a stream of blocks: expat parses the bytes as they are inflated,
// and each child of the container element (Word's w:body) is built into a small pugixml tree
// of its own, handed to `on_block`, then freed. The importers keep walking pugixml nodes,
// but no tree of the whole part nor its inflated bytes are ever held: a document of 10^6
// paragraphs needs the memory of one paragraph, not 290 MB.
//
// Safety is that of parse_xml_part: a part that declares a DTD is refused (before expat reads
// any entity declaration), expat resolves no external entity and never recurses, and the
// walkers keep their own depth limit.
class XmlBlockStream {
public:
    using OnBlock = std::function<void(const pugi::xml_node& block)>;

    // `part` names the part in errors; blocks are the element children of the root element's
    // first-level children named `container` (local name, any prefix).
    XmlBlockStream(std::string_view part, std::string_view container, OnBlock on_block);
    // expat holds a pointer to the stream.
    XmlBlockStream(const XmlBlockStream&) = delete;
    XmlBlockStream& operator=(const XmlBlockStream&) = delete;

    // Parses the next bytes of the part; false once the part is found broken (see error()).
    [[nodiscard]] bool feed(std::string_view bytes);
    // Ends the part; false when it is broken or unfinished.
    [[nodiscard]] bool finish();

    [[nodiscard]] const std::string& error() const { return m_error; }
    // Whether the container element was met.
    [[nodiscard]] bool found_container() const { return m_found_container; }

private:
    struct ParserFree {
        void operator()(XML_ParserStruct* parser) const { XML_ParserFree(parser); }
    };

    static void XMLCALL on_start(void* self, const XML_Char* name, const XML_Char** attributes);
    static void XMLCALL on_end(void* self, const XML_Char* name);
    static void XMLCALL on_text(void* self, const XML_Char* text, int length);
    static void XMLCALL on_doctype(void* self, const XML_Char* name, const XML_Char* system_id,
        const XML_Char* public_id, int has_internal_subset);

    void start(std::string_view name, const XML_Char** attributes);
    void end();
    void flush_text();
    [[nodiscard]] bool parse(const char* bytes, std::size_t size, bool last);

    std::string m_part;
    std::string m_container;
    OnBlock m_on_block;
    std::unique_ptr<XML_ParserStruct, ParserFree> m_parser;
    std::string m_error;
    // Depth of the element being read: 1 is the root, 2 the container, 3 a block.
    std::size_t m_depth = 0;
    bool m_in_container = false;
    bool m_found_container = false;
    pugi::xml_document m_block; // holds the block being built; emptied after each
    pugi::xml_node m_current;
    std::string m_text; // character data of m_current not yet added (expat hands it in pieces)
};

} // namespace podium
