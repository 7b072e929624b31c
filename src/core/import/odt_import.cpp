// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/odt_import.hpp"

#include "core/i18n/translate.hpp"
#include "core/import/document_builder.hpp"
#include "core/import/list_numbers.hpp"
#include "core/import/odt_styles.hpp"
#include "core/import/xml_part.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <vector>

namespace podium {

namespace {

class OdtReader {
public:
    explicit OdtReader(const OdtStyles& styles) : m_styles(styles) {}

    // Paragraphs, headings, lists, tables and sections, in order. Inside a table cell the
    // same blocks run on in the row's line (m_in_table > 0).
    void blocks(const pugi::xml_node& node, int depth)
    {
        if (too_deep(depth)) {
            return;
        }
        for (const pugi::xml_node block : node.children()) {
            const std::string_view name = local_name(block);
            if (name == "p") {
                paragraph(block, 0, {}, depth);
            } else if (name == "h") {
                const int level = heading_level(block);
                // ODF has ten outline levels, Script headings nine (as Word).
                paragraph(block, std::min(level, 9), heading_number(block, level), depth);
            } else if (name == "list") {
                list(block, attribute(block, "style-name"), 1, depth + 1);
            } else if (name == "table") {
                table(block, depth + 1);
            } else if (name == "section" || name == "text" || name == "deletion-free") {
                blocks(block, depth + 1);
            }
            // text:table-of-content and other indexes repeat the headings; text:tracked-changes
            // holds deleted text; office:forms, sequence declarations: nothing to say.
        }
    }

    [[nodiscard]] ScriptSource finish() && { return std::move(m_out).finish(); }
    [[nodiscard]] bool truncated() const { return m_truncated; }

private:
    static int heading_level(const pugi::xml_node& h)
    {
        return std::clamp(odf_int(attribute(h, "outline-level"), 1), 1, kOdfOutlineLevels);
    }

    // The number LibreOffice shows before a heading: the text:number the file carries, else
    // the heading's place counted by text:outline-style ("1.1 "). Counted for every heading,
    // shown for those whose level the outline style numbers.
    std::string heading_number(const pugi::xml_node& h, int level)
    {
        const auto index = static_cast<std::size_t>(level - 1);
        const ListLevel* style = m_styles.outline_level(level);
        const bool unnumbered = attribute(h, "is-list-header") == "true";
        if (!unnumbered) {
            const std::string_view restart = attribute(h, "restart-numbering");
            const std::string_view start = attribute(h, "start-value");
            if (!start.empty() || restart == "true") {
                m_outline[index] = odf_int(start, style ? style->start : 1);
            } else {
                m_outline[index] = m_outline[index] == 0 ? (style ? style->start : 1) : m_outline[index] + 1;
            }
            for (std::size_t deeper = index + 1; deeper < m_outline.size(); ++deeper) {
                m_outline[deeper] = 0;
            }
        }
        if (const pugi::xml_node number = child(h, "number")) {
            const std::string text = number.text().get();
            return text.empty() ? text : text + " ";
        }
        if (style == nullptr || unnumbered) {
            return {};
        }
        std::string number = style->prefix;
        const int first = std::max(1, level - style->display_levels + 1);
        for (int shown = first; shown <= level; ++shown) {
            const ListLevel* shown_style = m_styles.outline_level(shown);
            const long long value = m_outline[static_cast<std::size_t>(shown - 1)];
            const long long counted = value != 0 ? value : (shown_style ? shown_style->start : 1);
            if (shown > first) {
                number.push_back('.');
            }
            number += format_list_number(counted, shown_style ? shown_style->format : std::string("decimal"));
        }
        number += style->suffix;
        return number.empty() ? number : number + " ";
    }

    void paragraph(const pugi::xml_node& p, int heading_level, const std::string& number, int depth)
    {
        const unsigned char base = m_styles.style(attribute(p, "style-name"), kStylePlain);
        if (m_in_table > 0) {
            // In a cell: paragraphs one space apart, frames read after the row.
            if (m_cell_has_text) {
                m_out.text(" ");
            }
            m_out.text(number, base);
            inline_content(p, base, m_cell_frames, depth + 1);
            m_cell_has_text = true;
            return;
        }
        m_out.text(number, base);
        std::vector<pugi::xml_node> frames;
        inline_content(p, base, frames, depth + 1);
        m_out.end_paragraph(heading_level);
        for (const pugi::xml_node& frame : frames) {
            blocks(frame, depth + 1);
        }
    }

    void list(const pugi::xml_node& list_node, std::string_view style, int level, int depth)
    {
        if (too_deep(depth)) {
            return;
        }
        const std::string_view own_style = attribute(list_node, "style-name");
        if (!own_style.empty()) {
            style = own_style;
        }
        const ListLevel* list_level = m_styles.list_level(style, level);
        long long counter = list_level ? list_level->start - 1LL : 0;
        for (const pugi::xml_node item : list_node.children()) {
            const std::string_view name = local_name(item);
            if (name != "list-item" && name != "list-header") {
                continue;
            }
            std::string number;
            if (name == "list-item" && list_level && list_level->numbered) {
                const std::string_view start = attribute(item, "start-value");
                counter = start.empty() ? counter + 1 : odf_int(start, 1);
                number = list_level->prefix + format_list_number(counter, list_level->format) + list_level->suffix;
                if (!number.empty()) {
                    number.push_back(' ');
                }
            }
            for (const pugi::xml_node block : item.children()) {
                const std::string_view block_name = local_name(block);
                if (block_name == "p" || block_name == "h") {
                    paragraph(block, block_name == "h" ? std::min(heading_level(block), 9) : 0, number, depth + 1);
                    number.clear(); // the number goes before the item's first paragraph only
                } else if (block_name == "list") {
                    list(block, style, level + 1, depth + 1);
                } else if (block_name == "table") {
                    table(block, depth + 1);
                }
            }
        }
    }

    void table(const pugi::xml_node& table_node, int depth)
    {
        if (too_deep(depth)) {
            return;
        }
        for (const pugi::xml_node row_group : table_node.children()) {
            const std::string_view name = local_name(row_group);
            if (name == "table-row") {
                row(row_group, depth + 1);
            } else if (name == "table-header-rows" || name == "table-rows" || name == "table-row-group") {
                table(row_group, depth + 1);
            }
        }
    }

    // A row is one line: its cells two spaces apart. A table inside a cell runs on in the
    // outer row's line.
    void row(const pugi::xml_node& row_node, int depth)
    {
        const bool nested = m_in_table > 0;
        if (nested && m_cell_has_text) {
            m_out.text(" ");
        }
        ++m_in_table;
        bool first = true;
        for (const pugi::xml_node cell : row_node.children()) {
            if (local_name(cell) != "table-cell") {
                continue; // table:covered-table-cell: hidden under a merged cell
            }
            if (!first) {
                m_out.text("  ");
            }
            first = false;
            m_cell_has_text = false;
            blocks(cell, depth + 1);
        }
        --m_in_table;
        if (nested) {
            m_cell_has_text = true;
            return;
        }
        m_cell_has_text = false;
        m_out.end_paragraph();
        const std::vector<pugi::xml_node> frames = std::move(m_cell_frames);
        m_cell_frames.clear();
        for (const pugi::xml_node& frame : frames) {
            blocks(frame, depth + 1);
        }
    }

    void inline_content(const pugi::xml_node& node, unsigned char style, std::vector<pugi::xml_node>& frames, int depth)
    {
        if (too_deep(depth)) {
            return;
        }
        for (const pugi::xml_node item : node.children()) {
            if (item.type() == pugi::node_pcdata || item.type() == pugi::node_cdata) {
                collapsed_text(item.value(), style);
                continue;
            }
            const std::string_view name = local_name(item);
            if (name == "span") {
                inline_content(item, m_styles.style(attribute(item, "style-name"), style), frames, depth + 1);
            } else if (name == "a" || name == "meta" || name == "ruby-base" || name == "inserted" || name == "meta-field") {
                inline_content(item, style, frames, depth + 1);
            } else if (is_odf_field(name)) {
                // A variable set with text:display="none" sets its value without showing it.
                if (attribute(item, "display") != "none") {
                    inline_content(item, style, frames, depth + 1);
                }
            } else if (name == "s") {
                m_out.text(std::string(static_cast<std::size_t>(std::clamp(odf_int(attribute(item, "c"), 1), 1, 64)), ' '));
            } else if (name == "tab") {
                m_out.text(" ");
            } else if (name == "line-break") {
                m_out.line_break();
            } else if (name == "frame") {
                if (const pugi::xml_node box = child(item, "text-box")) {
                    frames.push_back(box);
                }
            }
            // text:note (footnotes), office:annotation (comments), bookmarks, change marks,
            // ruby text, text:hidden-text, index marks: not part of the speech.
        }
    }

    bool too_deep(int depth)
    {
        if (depth > kMaxImportDepth) {
            m_truncated = true;
            return true;
        }
        return false;
    }

    // ODF collapses runs of white space in text (spaces are spelled text:s). Stretches
    // without white space go to the builder whole.
    void collapsed_text(std::string_view text, unsigned char style)
    {
        const auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
        std::size_t at = 0;
        while (at < text.size()) {
            if (is_space(text[at])) {
                if (!m_last_space) {
                    m_out.text(" ", style);
                }
                m_last_space = true;
                ++at;
                continue;
            }
            std::size_t end = at;
            while (end < text.size() && !is_space(text[end])) {
                ++end;
            }
            m_out.text(text.substr(at, end - at), style);
            m_last_space = false;
            at = end;
        }
    }

    const OdtStyles& m_styles;
    DocumentBuilder m_out;
    int m_in_table = 0;
    bool m_cell_has_text = false;            // the current cell has text (a space before the next)
    std::vector<pugi::xml_node> m_cell_frames; // text boxes met in the current row
    std::array<long long, kOdfOutlineLevels> m_outline{}; // heading counters; 0: not started
    bool m_last_space = false;
    bool m_truncated = false;
};

std::optional<std::string> read_part(ZipArchive& archive, std::string_view name, std::string& error)
{
    std::optional<std::string> bytes = archive.read(name);
    if (!bytes) {
        error = archive.error();
    }
    return bytes;
}

} // namespace

ImportResult import_odt(ZipArchive& archive)
{
    ImportResult result;
    if (archive.has("META-INF/manifest.xml")) {
        std::optional<std::string> manifest = read_part(archive, "META-INF/manifest.xml", result.error);
        if (!manifest) {
            return result;
        }
        if (manifest->find("encryption-data") != std::string::npos) {
            result.error = _("the document is encrypted with a password: open it in LibreOffice, remove the password "
                             "(File › Properties › Security or Save As without a password), and try again");
            return result;
        }
    }
    if (!archive.has("content.xml")) {
        result.error = _("no content.xml inside: not an OpenDocument text (or a damaged one)");
        return result;
    }
    OdtStyles styles;
    std::unique_ptr<XmlPart> styles_part;
    if (archive.has("styles.xml")) {
        std::optional<std::string> bytes = read_part(archive, "styles.xml", result.error);
        if (!bytes) {
            return result;
        }
        styles_part = parse_xml_part(std::move(*bytes), "styles.xml");
        if (!styles_part->ok()) {
            result.error = styles_part->error;
            return result;
        }
        styles.load(styles_part->document.document_element());
    }
    std::optional<std::string> bytes = read_part(archive, "content.xml", result.error);
    if (!bytes) {
        return result;
    }
    const std::unique_ptr<XmlPart> content = parse_xml_part(std::move(*bytes), "content.xml");
    if (!content->ok()) {
        result.error = content->error;
        return result;
    }
    const pugi::xml_node root = content->document.document_element();
    styles.load(root);
    const pugi::xml_node text = child(child(root, "body"), "text");
    if (!text) {
        result.error = _("content.xml has no office:text: not an OpenDocument text (a spreadsheet or a drawing?)");
        return result;
    }
    OdtReader reader(styles);
    reader.blocks(text, 0);
    result.too_deep = reader.truncated();
    result.source = std::move(reader).finish();
    return result;
}

} // namespace podium
