// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken documents: each gives one clear line and no crash.
#include "core/import/xml_part.hpp"
#include "import_support.hpp"

#include <catch2/catch.hpp>

using namespace podium;
using namespace podium::test;

namespace {

const std::string kContentTypes = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

// An OLE compound file as Office writes it: the signature, and stream names in UTF-16LE in
// its directory.
std::string ole_file(std::string_view stream)
{
    std::string bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    bytes.resize(1024, '\0');
    for (const char c : std::string("Root Entry")) {
        bytes += c;
        bytes += '\0';
    }
    bytes.resize(1024 + 128, '\0');
    for (const char c : stream) {
        bytes += c;
        bytes += '\0';
    }
    bytes.resize(4096, '\0');
    return bytes;
}

std::string error_of(const std::filesystem::path& path)
{
    const ImportedDocument document = import_document(path);
    CHECK(document.error.find('\n') == std::string::npos);
    return document.error;
}

} // namespace

TEST_CASE("a .docx that is not a zip archive is refused in one line")
{
    const ImportTempDir dir("not-zip");
    const std::string error = error_of(dir.write("speech.docx", "同志们：\n这是一个纯文本文件。\n"));
    CHECK(error.starts_with((dir.path() / "speech.docx").string() + ": "));
    CHECK(contains(error, "not a .docx file: it is not a zip archive"));
    CHECK(contains(error_of(dir.write("speech.odt", "PK\x03\x04 truncated")), "not a .odt file"));
}

TEST_CASE("a 1 KB zip bomb is stopped before it inflates past the limit")
{
    // zip-bomb.docx is 750 bytes; its document.xml inflates to 300 MiB.
    REQUIRE(std::filesystem::file_size(fixture("zip-bomb.docx")) < 1024);
    // The declared size stops it before inflating anything (no time bound here: on a loaded
    // machine it would lie either way; the next test covers headers that lie about the size).
    const std::string error = error_of(fixture("zip-bomb.docx"));
    CHECK(contains(error, "word/document.xml inflates past Podium's limit of 256 MiB"));
}

TEST_CASE("a zip bomb whose headers lie about its size stops at the limit, counted while inflating")
{
    // Every header of zip-bomb-lying.docx claims 1000 bytes. With a 4 MiB budget the count
    // stops it after 4 MiB (or libzip stops at the claimed size and reports damage).
    const std::string bytes = read_bytes(fixture("zip-bomb-lying.docx"));
    const ImportedDocument document = import_bytes(bytes, DocumentFormat::Docx, 4 * 1024 * 1024);
    CHECK_FALSE(document.ok());
    INFO(document.error);
    CHECK((contains(document.error, "inflates past Podium's limit of 4 MiB") || contains(document.error, "damaged")));
}

TEST_CASE("a zip without word/document.xml is not a Word document")
{
    const ImportTempDir dir("missing");
    const auto path = write_zip(dir.path() / "empty.docx", {{"[Content_Types].xml", kContentTypes}});
    CHECK(contains(error_of(path), "no word/document.xml inside: not a Word document"));
    const auto odt = write_zip(dir.path() / "empty.odt", {{"mimetype", "application/vnd.oasis.opendocument.text"}});
    CHECK(contains(error_of(odt), "no content.xml inside"));
    const auto pptx = write_zip(dir.path() / "empty.pptx", {{"[Content_Types].xml", kContentTypes}});
    CHECK(contains(error_of(pptx), "no ppt/presentation.xml inside"));
}

TEST_CASE("XML declaring external entities is refused and its entities are never resolved")
{
    const ImportTempDir dir("xxe");
    const std::string secret_path = dir.write("secret.txt", "SECRET-CONTENT").string();
    const std::string doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file://" + secret_path + "\">]>";
    const auto path = write_zip(dir.path() / "xxe.docx",
        {{"word/document.xml", word_document_xml("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", doctype)}});
    const std::string error = error_of(path);
    CHECK(contains(error, "word/document.xml declares a DTD (<!DOCTYPE>)"));
    CHECK_FALSE(contains(error, "SECRET"));

    // Even unchecked, pugixml leaves an undeclared or external entity reference as it is.
    std::unique_ptr<XmlPart> part = parse_xml_part("<a>&xxe;</a>", "test.xml");
    REQUIRE(part->ok());
    CHECK(std::string(part->document.child("a").text().get()) == "&xxe;");
    pugi::xml_document unchecked;
    const std::string with_dtd = doctype + "<a>&xxe;</a>";
    REQUIRE(unchecked.load_string(with_dtd.c_str()));
    CHECK(std::string(unchecked.child("a").text().get()) == "&xxe;");
}

TEST_CASE("a password-protected Office document says how to open it")
{
    const ImportTempDir dir("encrypted");
    // Word saves a password-protected .docx as an OLE file holding an EncryptedPackage.
    const std::string error = error_of(dir.write("locked.docx", ole_file("EncryptedPackage")));
    CHECK(contains(error, "encrypted with a password"));
    CHECK(contains(error, "remove the password"));
    CHECK(contains(error, "Word"));
    // An encrypted presentation is the same OLE file: its extension says what to open it in.
    const std::string deck = error_of(dir.write("locked.pptx", ole_file("EncryptedPackage")));
    CHECK(contains(deck, "the presentation is encrypted with a password: open it in PowerPoint"));
    CHECK_FALSE(contains(deck, "Word"));
    // A zip whose entries are encrypted.
    const auto zipped = write_zip(dir.path() / "zip-locked.docx",
        {{"word/document.xml", word_document_xml("<w:p><w:r><w:t>秘密</w:t></w:r></w:p>")}}, "password");
    CHECK(contains(error_of(zipped), "encrypted with a zip password"));
    // OpenDocument lists its encryption in the manifest.
    const auto odt = write_zip(dir.path() / "locked.odt",
        {{"META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                                    "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/>"
                                    "</manifest:file-entry></manifest:manifest>"},
            {"content.xml", "garbage"}});
    CHECK(contains(error_of(odt), "encrypted with a password"));
}

TEST_CASE("an old binary .doc is recognised and the speaker is told to save it as .docx")
{
    const ImportTempDir dir("doc");
    const std::string bytes = ole_file("WordDocument");
    CHECK(contains(error_of(dir.write("old.doc", bytes)), "old binary Word document (.doc): Podium reads .docx: save it as .docx"));
    // Named .docx, or even .txt, it is still refused the same way, not read as text.
    CHECK(contains(error_of(dir.write("renamed.docx", bytes)), "save it as .docx"));
    CHECK(contains(error_of(dir.write("renamed.txt", bytes)), "save it as .docx"));
    CHECK(contains(error_of(dir.write("old.ppt", ole_file("PowerPoint Document"))), "save it as .pptx"));
}

TEST_CASE("broken XML, an empty body and a deck without notes are one-line errors")
{
    const ImportTempDir dir("broken");
    const auto broken = write_zip(dir.path() / "broken.docx", {{"word/document.xml", "<w:document><w:body><w:p>"}});
    CHECK(contains(error_of(broken), "word/document.xml is not well-formed XML"));
    const auto empty = write_zip(dir.path() / "blank.docx", {{"word/document.xml", word_document_xml("<w:p/><w:p/>")}});
    CHECK(contains(error_of(empty), "no text"));
    std::string deep;
    for (int i = 0; i < 20000; ++i) {
        deep += "<w:sdt><w:sdtContent>";
    }
    deep += "<w:p><w:r><w:t>深处</w:t></w:r></w:p>";
    for (int i = 0; i < 20000; ++i) {
        deep += "</w:sdtContent></w:sdt>";
    }
    // Nesting no real document has is not walked (no stack overflow), and the error says so
    // rather than calling the document empty.
    const auto nested = write_zip(dir.path() / "deep.docx", {{"word/document.xml", word_document_xml(deep)}});
    CHECK(contains(error_of(nested), "no text read: the document's text is nested more than 64 elements deep"));
    std::string deep_odt;
    for (int i = 0; i < 20000; ++i) {
        deep_odt += "<text:section>";
    }
    deep_odt += "<text:p>深处</text:p>";
    for (int i = 0; i < 20000; ++i) {
        deep_odt += "</text:section>";
    }
    const auto nested_odt = write_zip(dir.path() / "deep.odt",
        {{"content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                         "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                + deep_odt + "</office:text></office:body></office:document-content>"}});
    CHECK(contains(error_of(nested_odt), "nested more than 64 elements deep"));
}
