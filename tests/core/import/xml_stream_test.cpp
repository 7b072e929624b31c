// SPDX-License-Identifier: GPL-3.0-or-later
// Word's main part streamed through expat a w:body child at a time: the blocks are the trees
// pugixml builds of the whole part, however the bytes are cut, and the part's safety checks
// hold (a DTD is refused, broken XML is one line).
#include "core/import/xml_part.hpp"
#include "core/import/xml_stream.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

using namespace podium;

namespace {

const std::string kPart = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                          "<w:background w:color=\"FFFFFF\"><w:p><w:r><w:t>not body</w:t></w:r></w:p></w:background>\n"
                          "<w:body>\n  <w:p w:rsidR=\"00AB\"><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>"
                          "<w:r><w:t xml:space=\"preserve\">Fish &amp; chips </w:t></w:r><w:r><w:t> </w:t></w:r></w:p>\n"
                          "  <w:tbl><w:tr><w:tc><w:p><w:r><w:t>同志们：&lt;&#x4E00;</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\n"
                          "  <w:p/><w:sectPr><w:pgSz w:w=\"11906\"/></w:sectPr>\n"
                          "</w:body></w:document>\n";

std::string printed(const pugi::xml_node& node)
{
    std::ostringstream out;
    node.print(out, "", pugi::format_raw);
    return out.str();
}

struct Streamed {
    std::vector<std::string> blocks;
    bool alone = true; // every block was the only node of its tree
    bool found_container = false;
    std::string error;
};

Streamed stream(const std::string& xml, std::size_t piece)
{
    Streamed result;
    XmlBlockStream blocks("word/document.xml", "body", [&](const pugi::xml_node& block) {
        result.blocks.push_back(printed(block));
        result.alone = result.alone && block.parent().first_child() == block && !block.next_sibling();
    });
    bool ok = true;
    for (std::size_t at = 0; ok && at < xml.size(); at += piece) {
        ok = blocks.feed(std::string_view(xml).substr(at, piece));
    }
    ok = ok && blocks.finish();
    result.found_container = blocks.found_container();
    result.error = blocks.error();
    CHECK(ok == result.error.empty());
    return result;
}

} // namespace

TEST_CASE("a streamed part gives the body's children as pugixml parses them, however the bytes are cut")
{
    // What pugixml makes of the whole part (text as separate nodes, white space kept).
    const std::unique_ptr<XmlPart> whole = parse_xml_part(kPart, "word/document.xml");
    REQUIRE(whole->ok());
    std::vector<std::string> expected;
    for (const pugi::xml_node block : whole->document.document_element().child("w:body").children()) {
        if (block.type() == pugi::node_element) {
            expected.push_back(printed(block));
        }
    }
    REQUIRE(expected.size() == 4);
    CHECK(expected[0].find("Fish &amp; chips </w:t>") != std::string::npos);
    for (const std::size_t piece : {std::size_t{1}, std::size_t{7}, std::size_t{64}, kPart.size()}) {
        INFO("fed " << piece << " bytes at a time");
        const Streamed streamed = stream(kPart, piece);
        CHECK(streamed.error.empty());
        CHECK(streamed.found_container);
        CHECK(streamed.blocks == expected);
        // Each block is built alone: the one before it is freed first.
        CHECK(streamed.alone);
    }
}

TEST_CASE("a streamed element's text is one node, CDATA included")
{
    // pugixml would keep the CDATA section as a node of its own, and text() would stop before
    // it; Word never writes one, and its content is text all the same.
    std::string text;
    XmlBlockStream blocks("word/document.xml", "body",
        [&](const pugi::xml_node& block) { text = block.child("w:r").child("w:t").text().get(); });
    REQUIRE(blocks.feed("<w:document><w:body><w:p><w:r><w:t>a <![CDATA[<b>]]> c</w:t></w:r></w:p></w:body></w:document>"));
    REQUIRE(blocks.finish());
    CHECK(text == "a <b> c");
}

TEST_CASE("a streamed part without the container builds nothing and says it was not found")
{
    const Streamed streamed = stream("<w:document><w:background><w:p/></w:background></w:document>", 5);
    CHECK(streamed.error.empty());
    CHECK_FALSE(streamed.found_container);
    CHECK(streamed.blocks.empty());
}

TEST_CASE("a streamed part that declares a DTD is refused before any entity is read")
{
    const std::string xml = "<!DOCTYPE w:document [<!ENTITY lol \"lol\"><!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                            "<w:document><w:body><w:p><w:r><w:t>&xxe;&lol;</w:t></w:r></w:p></w:body></w:document>";
    const Streamed streamed = stream(xml, 16);
    CHECK(streamed.error == "word/document.xml declares a DTD (<!DOCTYPE>), which Office and OpenDocument files never "
                            "do: refused (entities are never resolved)");
    CHECK(streamed.blocks.empty());
}

TEST_CASE("broken XML in a streamed part is one line naming the part and the byte")
{
    const Streamed unclosed = stream("<w:document><w:body><w:p><w:r></w:p></w:body></w:document>", 3);
    CHECK(unclosed.error.starts_with("word/document.xml is not well-formed XML (mismatched tag at byte "));
    CHECK(unclosed.error.find('\n') == std::string::npos);
    const Streamed truncated = stream("<w:document><w:body><w:p>", 64);
    CHECK(truncated.error.starts_with("word/document.xml is not well-formed XML ("));
    // An undeclared entity is an error in expat (pugixml kept it as text); Word refuses such a file too.
    const Streamed entity = stream("<w:document><w:body><w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p></w:body></w:document>", 64);
    CHECK(entity.error.starts_with("word/document.xml is not well-formed XML (undefined entity at byte "));
}
