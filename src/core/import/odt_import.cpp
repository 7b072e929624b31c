// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/odt_import.hpp"

#include "core/import/document_builder.hpp"
#include "core/import/list_numbers.hpp"
#include "core/import/xml_part.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <vector>

namespace podium {

namespace {

constexpr int kMaxDepth = 64;

int to_int(std::string_view text, int fallback)
{
    int value = fallback;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc{} ? value : fallback;
}

struct OdtTextStyle {
    std::string parent;
    std::optional<bool> bold;
    std::optional<bool> italic;
};

struct ListLevel {
    bool numbered = false;
    std::string format = "decimal";
    std::string prefix;
    std::string suffix;
    int start = 1;
};

// Text and paragraph styles (bold, italic, parent) and list styles, from office:styles and
// office:automatic-styles of both parts.
class OdtStyles {
public:
    void load(const pugi::xml_node& root)
    {
        for (const pugi::xml_node group : root.children()) {
            const std::string_view name = local_name(group);
            if (name != "styles" && name != "automatic-styles") {
                continue;
            }
            for (const pugi::xml_node style : group.children()) {
                if (local_name(style) == "style") {
                    OdtTextStyle text;
                    text.parent = attribute(style, "parent-style-name");
                    const pugi::xml_node properties = child(style, "text-properties");
                    if (const std::string_view weight = attribute(properties, "font-weight"); !weight.empty()) {
                        text.bold = weight == "bold" || (weight.size() == 3 && weight >= "600");
                    }
                    if (const std::string_view slant = attribute(properties, "font-style"); !slant.empty()) {
                        text.italic = slant == "italic" || slant == "oblique";
                    }
                    m_text[std::string(attribute(style, "name"))] = std::move(text);
                } else if (local_name(style) == "list-style") {
                    std::map<int, ListLevel>& levels = m_lists[std::string(attribute(style, "name"))];
                    for (const pugi::xml_node level : style.children()) {
                        if (level.type() != pugi::node_element) {
                            continue;
                        }
                        ListLevel list_level;
                        list_level.numbered = local_name(level) == "list-level-style-number";
                        if (list_level.numbered) {
                            list_level.format = word_format_for_odf(attribute(level, "num-format"));
                            list_level.prefix = attribute(level, "num-prefix");
                            list_level.suffix = attribute(level, "num-suffix");
                            list_level.start = to_int(attribute(level, "start-value"), 1);
                        }
                        levels[to_int(attribute(level, "level"), 1)] = std::move(list_level);
                    }
                }
            }
        }
    }

    template <typename Get>
    std::optional<bool> inherited(std::string_view name, Get get) const
    {
        std::string current(name);
        for (int depth = 0; depth < 16 && !current.empty(); ++depth) {
            const auto found = m_text.find(current);
            if (found == m_text.end()) {
                break;
            }
            if (const std::optional<bool> value = get(found->second)) {
                return value;
            }
            current = found->second.parent;
        }
        return std::nullopt;
    }

    [[nodiscard]] unsigned char style(std::string_view name, unsigned char base) const
    {
        unsigned char flags = base;
        if (const std::optional<bool> bold = inherited(name, [](const OdtTextStyle& s) { return s.bold; })) {
            flags = static_cast<unsigned char>(*bold ? flags | kStyleBold : flags & ~kStyleBold);
        }
        if (const std::optional<bool> italic = inherited(name, [](const OdtTextStyle& s) { return s.italic; })) {
            flags = static_cast<unsigned char>(*italic ? flags | kStyleItalic : flags & ~kStyleItalic);
        }
        return flags;
    }

    [[nodiscard]] const ListLevel* list_level(std::string_view list_style, int level) const
    {
        const auto found = m_lists.find(std::string(list_style));
        if (found == m_lists.end()) {
            return nullptr;
        }
        const auto entry = found->second.find(level);
        return entry == found->second.end() ? nullptr : &entry->second;
    }

private:
    std::map<std::string, OdtTextStyle> m_text;
    std::map<std::string, std::map<int, ListLevel>> m_lists;
};

class OdtReader {
public:
    explicit OdtReader(const OdtStyles& styles) : m_styles(styles) {}

    void blocks(const pugi::xml_node& node, int depth)
    {
        if (depth > kMaxDepth) {
            return;
        }
        for (const pugi::xml_node block : node.children()) {
            const std::string_view name = local_name(block);
            if (name == "p" || name == "h") {
                paragraph(block, name == "h" ? std::max(1, to_int(attribute(block, "outline-level"), 1)) : 0, {}, depth);
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

private:
    void paragraph(const pugi::xml_node& p, int heading_level, const std::string& number, int depth)
    {
        const unsigned char base = m_styles.style(attribute(p, "style-name"), kStylePlain);
        m_out.text(number, base);
        std::vector<pugi::xml_node> frames;
        inline_content(p, base, frames, depth + 1);
        m_out.end_paragraph(m_in_table > 0 ? 0 : heading_level);
        for (const pugi::xml_node& frame : frames) {
            blocks(frame, depth + 1);
        }
    }

    void list(const pugi::xml_node& list_node, std::string_view style, int level, int depth)
    {
        if (depth > kMaxDepth) {
            return;
        }
        const std::string_view own_style = attribute(list_node, "style-name");
        if (!own_style.empty()) {
            style = own_style;
        }
        const ListLevel* list_level = m_styles.list_level(style, level);
        int counter = list_level ? list_level->start - 1 : 0;
        for (const pugi::xml_node item : list_node.children()) {
            const std::string_view name = local_name(item);
            if (name != "list-item" && name != "list-header") {
                continue;
            }
            std::string number;
            if (name == "list-item" && list_level && list_level->numbered) {
                const std::string_view start = attribute(item, "start-value");
                counter = start.empty() ? counter + 1 : to_int(start, counter + 1);
                number = list_level->prefix + format_list_number(counter, list_level->format) + list_level->suffix;
                if (!number.empty()) {
                    number.push_back(' ');
                }
            }
            for (const pugi::xml_node block : item.children()) {
                const std::string_view block_name = local_name(block);
                if (block_name == "p" || block_name == "h") {
                    paragraph(block, block_name == "h" ? std::max(1, to_int(attribute(block, "outline-level"), 1)) : 0,
                        number, depth + 1);
                    number.clear(); // the number goes before the item's first paragraph only
                } else if (block_name == "list") {
                    list(block, style, level + 1, depth + 1);
                }
            }
        }
    }

    void table(const pugi::xml_node& table_node, int depth)
    {
        if (depth > kMaxDepth) {
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

    void row(const pugi::xml_node& row_node, int depth)
    {
        ++m_in_table;
        bool first = true;
        std::vector<pugi::xml_node> frames;
        for (const pugi::xml_node cell : row_node.children()) {
            if (local_name(cell) != "table-cell") {
                continue;
            }
            if (!first) {
                m_out.text("  ");
            }
            first = false;
            bool first_paragraph = true;
            for (const pugi::xml_node block : cell.children()) {
                const std::string_view name = local_name(block);
                if (name == "p" || name == "h") {
                    if (!first_paragraph) {
                        m_out.text(" ");
                    }
                    first_paragraph = false;
                    inline_content(block, m_styles.style(attribute(block, "style-name"), kStylePlain), frames, depth + 1);
                }
            }
        }
        --m_in_table;
        m_out.end_paragraph();
        for (const pugi::xml_node& frame : frames) {
            blocks(frame, depth + 1);
        }
    }

    void inline_content(const pugi::xml_node& node, unsigned char style, std::vector<pugi::xml_node>& frames, int depth)
    {
        if (depth > kMaxDepth) {
            return;
        }
        for (const pugi::xml_node item : node.children()) {
            if (item.type() == pugi::node_pcdata || item.type() == pugi::node_cdata) {
                m_out.text(collapse_spaces(item.value()), style);
                continue;
            }
            const std::string_view name = local_name(item);
            if (name == "span") {
                inline_content(item, m_styles.style(attribute(item, "style-name"), style), frames, depth + 1);
            } else if (name == "a" || name == "meta" || name == "ruby-base" || name == "inserted") {
                inline_content(item, style, frames, depth + 1);
            } else if (name == "s") {
                m_out.text(std::string(static_cast<std::size_t>(std::clamp(to_int(attribute(item, "c"), 1), 1, 64)), ' '));
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
            // ruby text: not part of the speech.
        }
    }

    // ODF collapses runs of white space in text (spaces are spelled text:s).
    [[nodiscard]] std::string collapse_spaces(std::string_view text)
    {
        std::string out;
        out.reserve(text.size());
        for (const char c : text) {
            const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
            if (space) {
                if (!m_last_space) {
                    out.push_back(' ');
                }
                m_last_space = true;
            } else {
                out.push_back(c);
                m_last_space = false;
            }
        }
        return out;
    }

    const OdtStyles& m_styles;
    DocumentBuilder m_out;
    int m_in_table = 0;
    bool m_last_space = false;
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
            result.error = "the document is encrypted with a password: open it in LibreOffice, remove the password "
                           "(File › Properties › Security or Save As without a password), and try again";
            return result;
        }
    }
    if (!archive.has("content.xml")) {
        result.error = "no content.xml inside: not an OpenDocument text (or a damaged one)";
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
        result.error = "content.xml has no office:text: not an OpenDocument text (a spreadsheet or a drawing?)";
        return result;
    }
    OdtReader reader(styles);
    reader.blocks(text, 0);
    result.source = std::move(reader).finish();
    return result;
}

} // namespace podium
