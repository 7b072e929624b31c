// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/xml_stream.hpp"

#include "core/i18n/translate.hpp"

#include <algorithm>
#include <climits>
#include <exception>
#include <utility>

namespace podium {

namespace {

std::string_view local(std::string_view name)
{
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

} // namespace

XmlBlockStream::XmlBlockStream(std::string_view part, std::string_view container, OnBlock on_block)
    : m_part(part), m_container(container), m_on_block(std::move(on_block)), m_parser(XML_ParserCreate(nullptr))
{
    if (!m_parser) {
        m_error = fill_in(_("{} cannot be read (out of memory)"), m_part);
        return;
    }
    // Without namespace processing names keep their prefix ("w:p"), as pugixml gives them.
    // No external entity handler: expat never loads an external entity or DTD.
    XML_SetUserData(m_parser.get(), this);
    XML_SetElementHandler(m_parser.get(), &XmlBlockStream::on_start, &XmlBlockStream::on_end);
    XML_SetCharacterDataHandler(m_parser.get(), &XmlBlockStream::on_text);
    XML_SetStartDoctypeDeclHandler(m_parser.get(), &XmlBlockStream::on_doctype);
}

bool XmlBlockStream::feed(std::string_view bytes) { return parse(bytes.data(), bytes.size(), false); }

bool XmlBlockStream::finish() { return parse(nullptr, 0, true); }

bool XmlBlockStream::parse(const char* bytes, std::size_t size, bool last)
{
    if (!m_error.empty()) {
        return false;
    }
    do {
        const std::size_t piece = std::min<std::size_t>(size, INT_MAX);
        if (XML_Parse(m_parser.get(), bytes, static_cast<int>(piece), last && piece == size) != XML_STATUS_OK) {
            if (m_error.empty()) { // a callback that stopped the parser said why already
                m_error = fill_in(_("{0} is not well-formed XML ({1} at byte {2})"), m_part,
                    XML_ErrorString(XML_GetErrorCode(m_parser.get())),
                    static_cast<long long>(XML_GetCurrentByteIndex(m_parser.get())));
            }
            return false;
        }
        bytes += piece;
        size -= piece;
    } while (size > 0);
    return true;
}

// expat is C: nothing may unwind through it. A failure in a callback stops the parser with
// its reason.
void XMLCALL XmlBlockStream::on_start(void* self, const XML_Char* name, const XML_Char** attributes)
{
    auto* stream = static_cast<XmlBlockStream*>(self);
    try {
        stream->start(name, attributes);
    } catch (const std::exception& e) {
        stream->m_error = fill_in(_("{0} cannot be read ({1})"), stream->m_part, e.what());
        XML_StopParser(stream->m_parser.get(), XML_FALSE);
    }
}

void XMLCALL XmlBlockStream::on_end(void* self, const XML_Char* /*name*/)
{
    auto* stream = static_cast<XmlBlockStream*>(self);
    try {
        stream->end();
    } catch (const std::exception& e) {
        stream->m_error = fill_in(_("{0} cannot be read ({1})"), stream->m_part, e.what());
        XML_StopParser(stream->m_parser.get(), XML_FALSE);
    }
}

void XMLCALL XmlBlockStream::on_text(void* self, const XML_Char* text, int length)
{
    auto* stream = static_cast<XmlBlockStream*>(self);
    try {
        if (stream->m_current) {
            stream->m_text.append(text, static_cast<std::size_t>(length));
        }
    } catch (const std::exception& e) {
        stream->m_error = fill_in(_("{0} cannot be read ({1})"), stream->m_part, e.what());
        XML_StopParser(stream->m_parser.get(), XML_FALSE);
    }
}

// Called at "<!DOCTYPE name", before expat reads any declaration of the internal subset.
void XMLCALL XmlBlockStream::on_doctype(void* self, const XML_Char* /*name*/, const XML_Char* /*system_id*/,
    const XML_Char* /*public_id*/, int /*has_internal_subset*/)
{
    auto* stream = static_cast<XmlBlockStream*>(self);
    stream->m_error = fill_in(
        _("{} declares a DTD (<!DOCTYPE>), which Office and OpenDocument files never do: refused (entities are never resolved)"),
        stream->m_part);
    XML_StopParser(stream->m_parser.get(), XML_FALSE);
}

void XmlBlockStream::start(std::string_view name, const XML_Char** attributes)
{
    flush_text();
    ++m_depth;
    if (m_depth == 2) {
        m_in_container = local(name) == m_container;
        m_found_container = m_found_container || m_in_container;
        return;
    }
    if (m_depth < 3 || !m_in_container) {
        return; // outside the container: not built
    }
    pugi::xml_node node = m_depth == 3 ? m_block.append_child(name.data()) : m_current.append_child(name.data());
    for (const XML_Char** attribute = attributes; *attribute != nullptr; attribute += 2) {
        node.append_attribute(attribute[0]).set_value(attribute[1]);
    }
    m_current = node;
}

void XmlBlockStream::end()
{
    flush_text();
    if (m_depth == 3 && m_current) {
        m_on_block(m_current);
        // The block's memory goes back before the next one is built. Removing it (rather than
        // resetting the document) lets pugixml reuse its page instead of freeing it and
        // allocating another for every paragraph.
        m_block.remove_child(m_current);
        m_current = {};
    } else if (m_depth > 3 && m_current) {
        m_current = m_current.parent();
    }
    --m_depth;
}

void XmlBlockStream::flush_text()
{
    if (m_text.empty()) {
        return;
    }
    // Text, white space only included (pugixml's parse_ws_pcdata: <w:t> </w:t> is a space).
    m_current.append_child(pugi::node_pcdata).set_value(m_text.data(), m_text.size());
    m_text.clear();
}

} // namespace podium
