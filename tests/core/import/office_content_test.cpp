// SPDX-License-Identifier: GPL-3.0-or-later
// Content that real office files hold and Word or LibreOffice show: Word content controls
// around table rows and cells, list numbers at the edges of int, ODT fields, lists and tables
// inside ODT cells, and ODT heading numbers from text:outline-style.
#include "import_support.hpp"

#include <catch2/catch.hpp>

using namespace podium;
using namespace podium::test;

namespace {

std::string p(const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; }
std::string tc(const std::string& text) { return "<w:tc>" + p(text) + "</w:tc>"; }
std::string sdt(const std::string& content)
{
    return "<w:sdt><w:sdtPr><w:alias w:val=\"Field\"/></w:sdtPr><w:sdtContent>" + content + "</w:sdtContent></w:sdt>";
}

ImportedDocument read_docx(const ImportTempDir& dir, const std::string& body, const std::string& numbering = "")
{
    std::vector<ZipEntry> entries{{"word/document.xml", word_document_xml(body)}};
    if (!numbering.empty()) {
        entries.push_back({"word/numbering.xml", "<w:numbering " + kWordNamespace + ">" + numbering + "</w:numbering>"});
    }
    return import_document(write_zip(dir.path() / "test.docx", entries));
}

const std::string kOdfNs = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                           "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                           "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                           "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"";

ImportedDocument read_odt(const ImportTempDir& dir, const std::string& text, const std::string& styles = "")
{
    std::vector<ZipEntry> entries{{"mimetype", "application/vnd.oasis.opendocument.text"},
        {"content.xml", "<office:document-content " + kOdfNs + "><office:body><office:text>" + text
                + "</office:text></office:body></office:document-content>"}};
    if (!styles.empty()) {
        entries.push_back({"styles.xml", "<office:document-styles " + kOdfNs + "><office:styles>" + styles
                + "</office:styles></office:document-styles>"});
    }
    return import_document(write_zip(dir.path() / "test.odt", entries));
}

std::vector<std::string> section_titles(ImportedDocument document)
{
    std::vector<std::string> titles;
    for (const Section& section : build_script(std::move(document.source)).sections) {
        titles.push_back(section.title);
    }
    return titles;
}

} // namespace

TEST_CASE("Word content controls around table rows and cells are read like the rows and cells")
{
    const ImportTempDir dir("sdt-table");
    // A cover page: the title row in a row-level control, the author in a cell-level one,
    // a form cell in a control inside custom XML, and a control around a nested table's row.
    const std::string body = "<w:tbl>" + sdt("<w:tr>" + tc("年度工作报告") + "</w:tr>")
        + "<w:tr>" + sdt(tc("作者：张三")) + tc("2025年") + "</w:tr>"
        + "<w:customXml><w:tr>" + sdt(sdt(tc("填表人"))) + "</w:tr></w:customXml>"
        + "<w:tr><w:tc><w:tbl>" + sdt("<w:tr>" + tc("内表") + "</w:tr>") + "</w:tbl></w:tc></w:tr>" + "</w:tbl>";
    const ImportedDocument document = read_docx(dir, body);
    REQUIRE(document.error == "");
    CHECK(document.source.text == "年度工作报告\n作者：张三  2025年\n填表人\n内表\n");
}

TEST_CASE("a cover page held only in content controls is not called empty")
{
    const ImportTempDir dir("sdt-cover");
    const std::string cover = "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Cover Pages\"/></w:docPartObj>"
                              "</w:sdtPr><w:sdtContent><w:tbl>"
        + sdt("<w:tr>" + sdt(tc("Annual Report")) + "</w:tr>") + "</w:tbl></w:sdtContent></w:sdt>";
    const ImportedDocument document = read_docx(dir, cover);
    REQUIRE(document.error == "");
    CHECK(document.source.text == "Annual Report\n");
}

TEST_CASE("Word lists that start at 0 count up from 0, and a start of 2^31-1 does not overflow")
{
    const ImportTempDir dir("numbering");
    const auto numbering = [](const std::string& start) {
        return "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"" + start
            + "\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
              "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>";
    };
    const std::string item = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                             "<w:r><w:t>item</w:t></w:r></w:p>";
    const ImportedDocument zero = read_docx(dir, item + item + item, numbering("0"));
    REQUIRE(zero.error == "");
    CHECK(zero.source.text == "0. item\n1. item\n2. item\n");
    const ImportedDocument top = read_docx(dir, item + item, numbering("2147483647"));
    REQUIRE(top.error == "");
    CHECK(top.source.text == "2147483647. item\n2147483648. item\n");
}

TEST_CASE("ODT fields show the value LibreOffice displays")
{
    const ImportTempDir dir("odt-fields");
    const std::string text =
        "<text:p>Open Document Format for Office Applications (<text:title>OpenDocument</text:title>) Version "
        "<text:user-field-get text:name=\"v\">1.2</text:user-field-get></text:p>"
        "<text:p>A reference to <text:reference-ref text:ref-name=\"r\" text:reference-format=\"text\">Table 1"
        "</text:reference-ref>, and <text:bookmark-ref text:ref-name=\"b\">section 3</text:bookmark-ref>.</text:p>"
        "<text:p>Table <text:sequence text:name=\"Table\" text:formula=\"ooow:Table+1\">2</text:sequence> on "
        "<text:date text:date-value=\"2025-03-01\">March 1, 2025</text:date>, see "
        "<text:bibliography-mark text:identifier=\"Knuth84\">[Knuth84]</text:bibliography-mark>"
        "<text:hidden-text text:condition=\"true\" text:string-value=\"secret\">secret</text:hidden-text>.</text:p>";
    const ImportedDocument document = read_odt(dir, text);
    REQUIRE(document.error == "");
    CHECK(document.source.text == "Open Document Format for Office Applications (OpenDocument) Version 1.2\n"
                                  "A reference to Table 1, and section 3.\n"
                                  "Table 2 on March 1, 2025, see [Knuth84].\n");
}

TEST_CASE("ODT table cells keep their lists and nested tables")
{
    const ImportTempDir dir("odt-cells");
    const std::string styles = "<text:list-style style:name=\"L1\"><text:list-level-style-number text:level=\"1\" "
                               "style:num-format=\"1\" style:num-suffix=\".\"/></text:list-style>";
    const std::string text = "<table:table><table:table-row>"
                             "<table:table-cell><text:p>步骤</text:p><text:list text:style-name=\"L1\">"
                             "<text:list-item><text:p>准备</text:p></text:list-item>"
                             "<text:list-item><text:p>实施</text:p></text:list-item></text:list></table:table-cell>"
                             "<table:table-cell><table:table><table:table-row><table:table-cell><text:p>内一</text:p>"
                             "</table:table-cell><table:table-cell><text:p>内二</text:p></table:table-cell>"
                             "</table:table-row></table:table></table:table-cell>"
                             "</table:table-row></table:table><text:p>表后。</text:p>";
    const ImportedDocument document = read_odt(dir, text, styles);
    REQUIRE(document.error == "");
    CHECK(document.source.text == "步骤 1. 准备 2. 实施  内一  内二\n表后。\n");
}

TEST_CASE("ODT headings show the numbers text:outline-style gives them")
{
    const ImportTempDir dir("odt-outline");
    const std::string styles = "<text:outline-style style:name=\"Outline\">"
                               "<text:outline-level-style text:level=\"1\" style:num-format=\"1\"/>"
                               "<text:outline-level-style text:level=\"2\" style:num-format=\"1\" text:display-levels=\"2\"/>"
                               "<text:outline-level-style text:level=\"3\" style:num-format=\"\"/>"
                               "</text:outline-style>";
    const std::string text = "<text:h text:outline-level=\"1\">Background</text:h><text:p>Some text.</text:p>"
                             "<text:h text:outline-level=\"2\">Introduction</text:h><text:p>More text.</text:p>"
                             "<text:h text:outline-level=\"3\">Details</text:h><text:p>Detail.</text:p>"
                             "<text:h text:outline-level=\"2\">Scope</text:h><text:p>Scope.</text:p>"
                             "<text:h text:outline-level=\"1\" text:is-list-header=\"true\">Appendix</text:h><text:p>A.</text:p>"
                             "<text:h text:outline-level=\"1\">Results</text:h><text:p>Good.</text:p>";
    const ImportedDocument document = read_odt(dir, text, styles);
    REQUIRE(document.error == "");
    CHECK(section_titles(document)
        == std::vector<std::string>{"1 Background", "1.1 Introduction", "Details", "1.2 Scope", "Appendix", "2 Results"});
    // Without an outline style (LibreOffice's default numbers nothing) headings keep their text.
    const ImportedDocument plain = read_odt(dir, text);
    REQUIRE(plain.error == "");
    CHECK(section_titles(plain).front() == "Background");
}

TEST_CASE("python-docx tables wrapped in content controls read whole, cover page first")
{
    const ImportedDocument document = import_document(fixture("content-controls.docx"));
    REQUIRE(document.error == "");
    CHECK(document.source.text == "Annual Report 2025\nPrepared by the Board\nGood morning, everyone.\n"
                                  "Name  Zhang San\nDate  March 1\nPlace  Hall A\nThank you.\n");
}

TEST_CASE("a LibreOffice document shows its fields, cell lists, nested tables and heading numbers")
{
    const ImportedDocument document = import_document(fixture("odf-fields.odt"));
    REQUIRE(document.error == "");
    CHECK(document.source.text == "1 Background\n"
                                  "This is Field Test about Podium.\n"
                                  "Teleprompter is set, and read back as Teleprompter.\n"
                                  "1.1 Introduction\n"
                                  "Table 1: results.\n"
                                  "See table 1 for the numbers.\n"
                                  "Steps 1. Prepare 2. Rehearse  Inner one  Inner two\n"
                                  "2 Results\n"
                                  "Done.\n");
    CHECK(section_titles(document) == std::vector<std::string>{"1 Background", "1.1 Introduction", "2 Results"});
}
