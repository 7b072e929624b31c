// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/docx_import.hpp"

#include "core/i18n/translate.hpp"
#include "core/import/document_builder.hpp"
#include "core/import/docx_numbering.hpp"
#include "core/import/docx_styles.hpp"
#include "core/import/xml_part.hpp"
#include "core/import/xml_stream.hpp"

#include <vector>

namespace podium {

namespace {

// Where the main document part is: _rels/.rels names it (almost always word/document.xml).
std::string main_part(ZipArchive& archive)
{
    std::optional<std::string> rels = archive.read("_rels/.rels");
    if (rels) {
        const std::unique_ptr<XmlPart> part = parse_xml_part(std::move(*rels), "_rels/.rels");
        if (part->ok()) {
            for (const pugi::xml_node relation : part->document.document_element().children()) {
                const std::string_view type = attribute(relation, "Type");
                if (type.ends_with("/officeDocument")) {
                    std::string target(attribute(relation, "Target"));
                    if (target.starts_with('/')) {
                        target.erase(0, 1);
                    }
                    if (!target.empty()) {
                        return target;
                    }
                }
            }
        }
    }
    return "word/document.xml";
}

class DocxReader {
public:
    DocxReader(const DocxStyles& styles, DocxNumberingCounter& numbering) : m_styles(styles), m_numbering(numbering) {}

    // One child of w:body (or of a wrapper or text box inside it).
    void block(const pugi::xml_node& item, int depth)
    {
        const std::string_view name = local_name(item);
        if (name == "p") {
            paragraph(item, depth);
        } else if (name == "tbl") {
            table(item, depth);
        } else if (name == "sdt") {
            if (!is_table_of_contents(item)) {
                body(child(item, "sdtContent"), depth + 1);
            }
        } else if (name == "customXml" || name == "ins" || name == "moveTo") {
            body(item, depth + 1);
        } else if (name == "AlternateContent") {
            body(chosen(item), depth + 1);
        }
    }

    void body(const pugi::xml_node& node, int depth)
    {
        if (too_deep(depth)) {
            return;
        }
        for (const pugi::xml_node item : node.children()) {
            block(item, depth);
        }
    }

    [[nodiscard]] ScriptSource finish() && { return std::move(m_out).finish(); }
    // Whether some content was nested too deep to read.
    [[nodiscard]] bool truncated() const { return m_truncated; }

private:
    struct RunStyle {
        bool bold = false;
        bool italic = false;
        [[nodiscard]] unsigned char flags() const
        {
            return static_cast<unsigned char>((bold ? kStyleBold : 0) | (italic ? kStyleItalic : 0));
        }
    };

    // mc:AlternateContent: the first mc:Choice (what Word shows), else mc:Fallback. Reading
    // both would repeat every text box.
    static pugi::xml_node chosen(const pugi::xml_node& alternate)
    {
        const pugi::xml_node choice = child(alternate, "Choice");
        return choice ? choice : child(alternate, "Fallback");
    }

    static bool is_table_of_contents(const pugi::xml_node& sdt)
    {
        const pugi::xml_node gallery = child(child(child(sdt, "sdtPr"), "docPartObj"), "docPartGallery");
        return attribute(gallery, "val") == "Table of Contents";
    }

    void paragraph(const pugi::xml_node& p, int depth)
    {
        const pugi::xml_node properties = child(p, "pPr");
        const std::string_view style_id = attribute(child(properties, "pStyle"), "val");
        int level = m_styles.heading_level(style_id);
        if (const pugi::xml_node outline = child(properties, "outlineLvl")) {
            const std::string_view value = attribute(outline, "val");
            level = value.size() == 1 && value[0] >= '0' && value[0] <= '8' ? value[0] - '0' + 1 : 0;
        }
        std::optional<DocxNumbering> numbering = numbering_of(properties);
        if (!numbering) {
            numbering = m_styles.numbering(style_id);
        }
        RunStyle base;
        base.bold = m_styles.bold(style_id).value_or(false);
        base.italic = m_styles.italic(style_id).value_or(false);
        if (numbering) {
            m_out.text(m_numbering.next(*numbering), base.flags());
        }
        std::vector<pugi::xml_node> text_boxes;
        inline_content(p, base, text_boxes, depth + 1);
        m_out.end_paragraph(m_in_table > 0 ? 0 : level);
        for (const pugi::xml_node& box : text_boxes) {
            body(box, depth + 1);
        }
    }

    // A row is one line: its cells in order, two spaces apart; paragraphs inside a cell one
    // space apart. Rows and cells may sit inside content controls (w:sdt: cover pages, form
    // templates), custom XML or tracked insertions, at any depth: rows() and cells() look
    // through those wrappers.
    void table(const pugi::xml_node& tbl, int depth)
    {
        std::vector<pugi::xml_node> text_boxes;
        rows(tbl, depth + 1, [&](const pugi::xml_node& row) {
            row_cells(row, text_boxes, depth + 1);
            m_out.end_paragraph();
            for (const pugi::xml_node& box : text_boxes) {
                body(box, depth + 1);
            }
            text_boxes.clear();
        });
    }

    // Calls `visit` with each w:tr under `node` (a w:tbl), in order, looking through wrappers.
    template <typename Visit>
    void rows(const pugi::xml_node& node, int depth, Visit&& visit)
    {
        if (too_deep(depth)) {
            return;
        }
        for (const pugi::xml_node item : node.children()) {
            const std::string_view name = local_name(item);
            if (name == "tr") {
                visit(item);
            } else if (const pugi::xml_node inner = wrapped(item)) {
                rows(inner, depth + 1, visit);
            }
        }
    }

    // The content of a wrapper that may hold rows, cells or blocks (w:sdt, w:customXml,
    // w:ins, w:moveTo, mc:AlternateContent), or null.
    static pugi::xml_node wrapped(const pugi::xml_node& item)
    {
        const std::string_view name = local_name(item);
        if (name == "sdt") {
            return child(item, "sdtContent");
        }
        if (name == "customXml" || name == "ins" || name == "moveTo") {
            return item;
        }
        if (name == "AlternateContent") {
            return chosen(item);
        }
        return {};
    }

    void row_cells(const pugi::xml_node& row, std::vector<pugi::xml_node>& text_boxes, int depth)
    {
        if (too_deep(depth)) {
            return;
        }
        ++m_in_table;
        bool first_cell = true;
        cells(row, depth + 1, [&](const pugi::xml_node& cell) {
            if (!first_cell) {
                m_out.text("  ");
            }
            (void)cell_content(cell, text_boxes, depth + 1);
            first_cell = false;
        });
        --m_in_table;
    }

    template <typename Visit>
    void cells(const pugi::xml_node& node, int depth, Visit&& visit)
    {
        if (too_deep(depth)) {
            return;
        }
        for (const pugi::xml_node item : node.children()) {
            if (local_name(item) == "tc") {
                visit(item);
            } else if (const pugi::xml_node inner = wrapped(item)) {
                cells(inner, depth + 1, visit);
            }
        }
    }

    bool cell_content(const pugi::xml_node& cell, std::vector<pugi::xml_node>& text_boxes, int depth)
    {
        bool any = false;
        for (const pugi::xml_node block : cell.children()) {
            const std::string_view name = local_name(block);
            if (name == "p") {
                if (any) {
                    m_out.text(" ");
                }
                const pugi::xml_node properties = child(block, "pPr");
                std::optional<DocxNumbering> numbering = numbering_of(properties);
                if (numbering) {
                    m_out.text(m_numbering.next(*numbering));
                }
                RunStyle base;
                const std::string_view style_id = attribute(child(properties, "pStyle"), "val");
                base.bold = m_styles.bold(style_id).value_or(false);
                base.italic = m_styles.italic(style_id).value_or(false);
                inline_content(block, base, text_boxes, depth + 1);
                any = true;
            } else if (name == "tbl") {
                rows(block, depth + 1, [&](const pugi::xml_node& row) {
                    if (any) {
                        m_out.text(" ");
                    }
                    row_cells(row, text_boxes, depth + 1);
                    any = true;
                });
            } else if (const pugi::xml_node inner = wrapped(block)) {
                if (too_deep(depth)) {
                    return any;
                }
                any = cell_content(inner, text_boxes, depth + 1) || any;
            }
        }
        return any;
    }

    void inline_content(const pugi::xml_node& node, const RunStyle& base, std::vector<pugi::xml_node>& text_boxes, int depth)
    {
        if (too_deep(depth)) {
            return;
        }
        for (const pugi::xml_node item : node.children()) {
            const std::string_view name = local_name(item);
            if (name == "r") {
                run(item, base, text_boxes, depth + 1);
            } else if (name == "hyperlink" || name == "smartTag" || name == "customXml" || name == "ins"
                || name == "moveTo" || name == "fldSimple" || name == "dir" || name == "bdo") {
                inline_content(item, base, text_boxes, depth + 1);
            } else if (name == "sdt") {
                inline_content(child(item, "sdtContent"), base, text_boxes, depth + 1);
            } else if (name == "AlternateContent") {
                inline_content(chosen(item), base, text_boxes, depth + 1);
            }
            // w:pPr, w:del, w:moveFrom, bookmarks, comment ranges, math: no speech text.
        }
    }

    void run(const pugi::xml_node& r, const RunStyle& base, std::vector<pugi::xml_node>& text_boxes, int depth)
    {
        const pugi::xml_node properties = child(r, "rPr");
        RunStyle style = base;
        const std::string_view run_style = attribute(child(properties, "rStyle"), "val");
        if (!run_style.empty()) {
            style.bold = m_styles.bold(run_style).value_or(style.bold);
            style.italic = m_styles.italic(run_style).value_or(style.italic);
        }
        style.bold = on_off(properties, "b").value_or(style.bold);
        style.italic = on_off(properties, "i").value_or(style.italic);
        for (const pugi::xml_node item : r.children()) {
            const std::string_view name = local_name(item);
            if (name == "t") {
                m_out.text(item.text().get(), style.flags());
            } else if (name == "tab" || name == "ptab") {
                m_out.text(" ");
            } else if (name == "br" || name == "cr") {
                const std::string_view type = attribute(item, "type");
                if (type.empty() || type == "textWrapping") {
                    m_out.line_break(); // page and column breaks are layout, not text
                }
            } else if (name == "noBreakHyphen") {
                m_out.text("-", style.flags());
            } else if (name == "drawing" || name == "pict" || name == "AlternateContent" || name == "object") {
                find_text_boxes(item, text_boxes, depth + 1);
            }
            // w:delText (deleted), w:instrText (field code), footnote/endnote/comment
            // references and w:sym are not part of the speech.
        }
    }

    void find_text_boxes(const pugi::xml_node& node, std::vector<pugi::xml_node>& text_boxes, int depth)
    {
        if (too_deep(depth)) {
            return;
        }
        if (local_name(node) == "txbxContent") {
            text_boxes.push_back(node);
            return;
        }
        if (local_name(node) == "AlternateContent") {
            find_text_boxes(chosen(node), text_boxes, depth + 1);
            return;
        }
        for (const pugi::xml_node c : node.children()) {
            if (c.type() == pugi::node_element) {
                find_text_boxes(c, text_boxes, depth + 1);
            }
        }
    }

    // Nesting no real document has is not walked (no stack overflow), and noted.
    bool too_deep(int depth)
    {
        if (depth > kMaxImportDepth) {
            m_truncated = true;
            return true;
        }
        return false;
    }

    const DocxStyles& m_styles;
    DocxNumberingCounter& m_numbering;
    DocumentBuilder m_out;
    int m_in_table = 0;
    bool m_truncated = false;
};

} // namespace

ImportResult import_docx(ZipArchive& archive)
{
    ImportResult result;
    const std::string part_name = main_part(archive);
    if (!archive.has(part_name)) {
        result.error = fill_in(_("no {} inside: not a Word document (or a damaged one)"), part_name);
        return result;
    }
    // Styles and numbering are optional parts; a broken one is an error all the same, since
    // the headings would come out wrong. They are read first: the body is read as it streams.
    DocxStyles styles;
    DocxNumberingCounter numbering;
    for (const std::string_view optional_part : {"word/styles.xml", "word/numbering.xml"}) {
        if (!archive.has(optional_part)) {
            continue;
        }
        std::optional<std::string> bytes = archive.read(optional_part);
        if (!bytes) {
            result.error = archive.error();
            return result;
        }
        const std::unique_ptr<XmlPart> part = parse_xml_part(std::move(*bytes), optional_part);
        if (!part->ok()) {
            result.error = part->error;
            return result;
        }
        if (optional_part == "word/styles.xml") {
            styles.load(part->document.document_element());
        } else {
            numbering.load(part->document.document_element());
        }
    }
    // The main part is read one w:body child at a time as it is inflated: neither its bytes
    // nor a tree of the whole part is ever held (10^6 paragraphs took 290 MB that way).
    DocxReader reader(styles, numbering);
    XmlBlockStream stream(part_name, "body", [&reader](const pugi::xml_node& block) { reader.block(block, 0); });
    const bool inflated = archive.read(part_name, [&stream](std::string_view bytes) { return stream.feed(bytes); });
    if (!inflated && !archive.error().empty()) {
        result.error = archive.error(); // damaged, encrypted or over the budget: it says which
        return result;
    }
    if (!inflated || !stream.finish()) {
        result.error = stream.error();
        return result;
    }
    if (!stream.found_container()) {
        result.error = fill_in(_("{} has no w:body: not a Word document"), part_name);
        return result;
    }
    result.too_deep = reader.truncated();
    result.source = std::move(reader).finish();
    return result;
}

} // namespace podium
