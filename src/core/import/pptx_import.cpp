// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/pptx_import.hpp"

#include "core/i18n/translate.hpp"
#include "core/import/document_builder.hpp"
#include "core/import/xml_part.hpp"

#include <algorithm>
#include <map>
#include <vector>

namespace podium {

namespace {

constexpr std::size_t kMaxSlides = 10000;

// "slides/slide1.xml" relative to "ppt/presentation.xml" → "ppt/slides/slide1.xml";
// "../notesSlides/notesSlide1.xml" relative to "ppt/slides/slide1.xml" → "ppt/notesSlides/…".
std::string resolve(std::string_view from_part, std::string_view target)
{
    if (target.starts_with('/')) {
        return std::string(target.substr(1));
    }
    std::string base(from_part.substr(0, from_part.rfind('/') == std::string_view::npos ? 0 : from_part.rfind('/')));
    while (target.starts_with("../")) {
        target.remove_prefix(3);
        const std::size_t slash = base.rfind('/');
        base = slash == std::string::npos ? std::string() : base.substr(0, slash);
    }
    return base.empty() ? std::string(target) : base + "/" + std::string(target);
}

// The relationships of `part` (id → resolved target), from its _rels/NAME.rels.
std::map<std::string, std::pair<std::string, std::string>> relationships(ZipArchive& archive, std::string_view part,
    std::string& error)
{
    std::map<std::string, std::pair<std::string, std::string>> out; // id → (type, target)
    const std::size_t slash = part.rfind('/');
    const std::string rels = std::string(part.substr(0, slash + 1)) + "_rels/" + std::string(part.substr(slash + 1)) + ".rels";
    if (!archive.has(rels)) {
        return out;
    }
    std::optional<std::string> bytes = archive.read(rels);
    if (!bytes) {
        error = archive.error();
        return out;
    }
    const std::unique_ptr<XmlPart> xml = parse_xml_part(std::move(*bytes), rels);
    if (!xml->ok()) {
        error = xml->error;
        return out;
    }
    for (const pugi::xml_node relation : xml->document.document_element().children()) {
        out[std::string(attribute(relation, "Id"))] = {std::string(attribute(relation, "Type")),
            resolve(part, attribute(relation, "Target"))};
    }
    return out;
}

std::unique_ptr<XmlPart> read_xml(ZipArchive& archive, const std::string& name, std::string& error)
{
    std::optional<std::string> bytes = archive.read(name);
    if (!bytes) {
        error = archive.error();
        return nullptr;
    }
    std::unique_ptr<XmlPart> xml = parse_xml_part(std::move(*bytes), name);
    if (!xml->ok()) {
        error = xml->error;
        return nullptr;
    }
    return xml;
}

// The placeholder type of a p:sp shape ("title", "ctrTitle", "body"…), or "".
std::string_view placeholder_type(const pugi::xml_node& shape)
{
    const pugi::xml_node placeholder = child(child(child(shape, "nvSpPr"), "nvPr"), "ph");
    if (!placeholder) {
        return {};
    }
    const std::string_view type = attribute(placeholder, "type");
    return type.empty() ? std::string_view("body") : type; // a typeless placeholder is a body
}

void collect_shapes(const pugi::xml_node& tree, std::vector<pugi::xml_node>& shapes, int depth)
{
    if (depth > 32) {
        return;
    }
    for (const pugi::xml_node node : tree.children()) {
        if (local_name(node) == "sp") {
            shapes.push_back(node);
        } else if (local_name(node) == "grpSp") {
            collect_shapes(node, shapes, depth + 1);
        }
    }
}

std::vector<pugi::xml_node> shapes_of(const XmlPart& part)
{
    std::vector<pugi::xml_node> shapes;
    collect_shapes(child(child(part.document.document_element(), "cSld"), "spTree"), shapes, 0);
    return shapes;
}

// DrawingML paragraphs (a:p) of a text body, each run with its bold/italic.
void text_body(const pugi::xml_node& body, DocumentBuilder& out)
{
    for (const pugi::xml_node paragraph : body.children()) {
        if (local_name(paragraph) != "p") {
            continue;
        }
        for (const pugi::xml_node item : paragraph.children()) {
            const std::string_view name = local_name(item);
            if (name == "r" || name == "fld") {
                const pugi::xml_node properties = child(item, "rPr");
                const auto flag = [&](const char* attribute_name, unsigned char style) {
                    const std::string_view value = attribute(properties, attribute_name);
                    return value == "1" || value == "true" ? style : static_cast<unsigned char>(kStylePlain);
                };
                out.text(child(item, "t").text().get(), static_cast<unsigned char>(flag("b", kStyleBold) | flag("i", kStyleItalic)));
            } else if (name == "br") {
                out.line_break();
            }
        }
        out.end_paragraph();
    }
}

std::string plain_text(const pugi::xml_node& body)
{
    std::string text;
    for (const pugi::xml_node paragraph : body.children()) {
        if (local_name(paragraph) != "p") {
            continue;
        }
        if (!text.empty()) {
            text.push_back(' ');
        }
        for (const pugi::xml_node item : paragraph.children()) {
            if (local_name(item) == "r" || local_name(item) == "fld") {
                text += child(item, "t").text().get();
            } else if (local_name(item) == "br") {
                text.push_back(' ');
            }
        }
    }
    return text;
}

} // namespace

ImportResult import_pptx(ZipArchive& archive)
{
    ImportResult result;
    const std::string presentation_part = "ppt/presentation.xml";
    if (!archive.has(presentation_part)) {
        result.error = _("no ppt/presentation.xml inside: not a PowerPoint deck (or a damaged one)");
        return result;
    }
    const std::unique_ptr<XmlPart> presentation = read_xml(archive, presentation_part, result.error);
    if (!presentation) {
        return result;
    }
    const auto presentation_rels = relationships(archive, presentation_part, result.error);
    if (!result.error.empty()) {
        return result;
    }
    DocumentBuilder out;
    std::size_t slide_number = 0;
    std::size_t with_notes = 0;
    for (const pugi::xml_node id : child(presentation->document.document_element(), "sldIdLst").children()) {
        if (local_name(id) != "sldId" || ++slide_number > kMaxSlides) {
            continue;
        }
        // r:id (the relationship), not the plain id attribute beside it.
        std::string relation_id;
        for (const pugi::xml_attribute a : id.attributes()) {
            const std::string_view name = a.name();
            if (name.find(':') != std::string_view::npos && name.ends_with(":id")) {
                relation_id = a.value();
            }
        }
        const auto slide = presentation_rels.find(relation_id);
        if (slide == presentation_rels.end() || !archive.has(slide->second.second)) {
            continue;
        }
        const std::string& slide_part = slide->second.second;
        const auto slide_rels = relationships(archive, slide_part, result.error);
        if (!result.error.empty()) {
            return result;
        }
        std::string notes_part;
        for (const auto& [slide_relation_id, relation] : slide_rels) {
            if (relation.first.ends_with("/notesSlide")) {
                notes_part = relation.second;
            }
        }
        if (notes_part.empty() || !archive.has(notes_part)) {
            continue;
        }
        const std::unique_ptr<XmlPart> notes = read_xml(archive, notes_part, result.error);
        if (!notes) {
            return result;
        }
        std::vector<pugi::xml_node> bodies;
        for (const pugi::xml_node& shape : shapes_of(*notes)) {
            if (placeholder_type(shape) == "body") {
                bodies.push_back(child(shape, "txBody"));
            }
        }
        const bool has_text = std::any_of(bodies.begin(), bodies.end(),
            [](const pugi::xml_node& body) { return plain_text(body).find_first_not_of(" \t") != std::string::npos; });
        if (!has_text) {
            continue;
        }
        const std::unique_ptr<XmlPart> slide_xml = read_xml(archive, slide_part, result.error);
        if (!slide_xml) {
            return result;
        }
        std::string title;
        for (const pugi::xml_node& shape : shapes_of(*slide_xml)) {
            const std::string_view type = placeholder_type(shape);
            if (type == "title" || type == "ctrTitle") {
                title = plain_text(child(shape, "txBody"));
                break;
            }
        }
        if (title.find_first_not_of(" \t") == std::string::npos) {
            title = "Slide " + std::to_string(slide_number);
        }
        out.text(title);
        out.end_paragraph(1);
        for (const pugi::xml_node& body : bodies) {
            text_body(body, out);
        }
        ++with_notes;
    }
    if (with_notes == 0) {
        result.error = _("the deck has no speaker notes: Podium reads a presentation's notes (View › Notes in PowerPoint)");
        return result;
    }
    result.source = std::move(out).finish();
    return result;
}

} // namespace podium
