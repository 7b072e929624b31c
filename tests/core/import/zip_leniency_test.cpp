// SPDX-License-Identifier: GPL-3.0-or-later
// Zip archives that Word, unzip and Python read are read, and the checks that matter for safety
// (sizes, CRC, overlapping entries, bombs) still refuse what they should, in one line.
#include "import_support.hpp"

#include "support/skip.hpp"

#include <catch2/catch.hpp>

#include <cstdint>

using namespace podium;
using namespace podium::test;

namespace {

std::string hello_docx(const ImportTempDir& dir)
{
    const auto path = write_zip(dir.path() / "hello.docx",
        {{"word/document.xml", word_document_xml("<w:p><w:r><w:t>Hello there. Nice to see you.</w:t></w:r></w:p>")}});
    return read_bytes(path);
}

// Little-endian fields of the zip records, patched in place: the test damages archives the
// way other tools or attackers do, byte by byte.
std::uint32_t get32(const std::string& bytes, std::size_t at)
{
    std::uint32_t value = 0;
    for (int i = 3; i >= 0; --i) {
        value = (value << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
    }
    return value;
}

void put16(std::string& bytes, std::size_t at, std::uint16_t value)
{
    bytes[at] = static_cast<char>(value & 0xFF);
    bytes[at + 1] = static_cast<char>(value >> 8);
}

void put32(std::string& bytes, std::size_t at, std::uint32_t value)
{
    for (std::size_t i = 0; i < 4; ++i) {
        bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
    }
}

const std::string kLocal("PK\x03\x04", 4);
const std::string kCentral("PK\x01\x02", 4);
const std::string kEnd("PK\x05\x06", 4);

ImportedDocument import_docx_bytes(const std::string& bytes) { return import_bytes(bytes, DocumentFormat::Docx); }

} // namespace

TEST_CASE("a .docx with bytes after the zip's end record is read, as Word and unzip read it")
{
    const ImportTempDir dir("trailing");
    for (const std::string& tail : {std::string("\n"), std::string(4096, '\0'), std::string("signature block")}) {
        const ImportedDocument document = import_docx_bytes(hello_docx(dir) + tail);
        REQUIRE(document.error == "");
        CHECK(document.source.text == "Hello there. Nice to see you.\n");
    }
}

TEST_CASE("a .docx whose local headers carry another time than the central directory is read")
{
    const ImportTempDir dir("times");
    std::string bytes = hello_docx(dir);
    REQUIRE(bytes.starts_with(kLocal));
    put16(bytes, 10, 0x1234); // the local header's modification time and date
    put16(bytes, 12, 0x5678);
    const ImportedDocument document = import_docx_bytes(bytes);
    REQUIRE(document.error == "");
    CHECK(document.source.text == "Hello there. Nice to see you.\n");
}

TEST_CASE("an entry whose checksum does not match is refused as corrupt, in one line")
{
    const ImportTempDir dir("crc");
    std::string bytes = hello_docx(dir);
    const std::size_t central = bytes.find(kCentral);
    REQUIRE(central != std::string::npos);
    const std::uint32_t crc = get32(bytes, central + 16) ^ 0x00FF00FFu;
    put32(bytes, 14, crc);
    put32(bytes, central + 16, crc);
    const ImportedDocument document = import_docx_bytes(bytes);
    CHECK(document.error == "damaged zip archive: word/document.xml is corrupt (its checksum does not match its contents)");
}

TEST_CASE("an entry whose recorded size was changed is refused as damaged, not 'No such file'")
{
    const ImportTempDir dir("size");
    std::string bytes = hello_docx(dir);
    const std::size_t central = bytes.find(kCentral);
    REQUIRE(central != std::string::npos);
    for (const int delta : {+7, -7}) {
        std::string patched = bytes;
        const std::uint32_t size = get32(patched, central + 24) + static_cast<std::uint32_t>(delta);
        put32(patched, 22, size);
        put32(patched, central + 24, size);
        const ImportedDocument document = import_docx_bytes(patched);
        INFO(delta << ": " << document.error);
        CHECK(contains(document.error, "damaged zip archive: word/document.xml is"));
        CHECK_FALSE(contains(document.error, "No such file"));
        CHECK(document.error.find('\n') == std::string::npos);
    }
}

TEST_CASE("central directory entries that share one entry's data (an overlap bomb) are refused")
{
    const ImportTempDir dir("overlap");
    // Incompressible text, so each entry's compressed data is about 8 KB.
    std::string noise;
    std::uint32_t state = 12345;
    for (int i = 0; i < 8192; ++i) {
        state = state * 1103515245u + 12345u;
        noise.push_back(static_cast<char>('a' + (state >> 16) % 26));
    }
    std::string bytes = read_bytes(write_zip(dir.path() / "one.docx",
        {{"word/document.xml", word_document_xml("<w:p><w:r><w:t>" + noise + "</w:t></w:r></w:p>")}}));
    const std::size_t central = bytes.find(kCentral);
    const std::size_t end = bytes.rfind(kEnd);
    REQUIRE(central != std::string::npos);
    REQUIRE(end != std::string::npos);
    const std::string record = bytes.substr(central, end - central);
    // Three more central records, renamed, all pointing at the first local header.
    std::string extra;
    for (const char letter : {'A', 'B', 'C'}) {
        std::string copy = record;
        copy[46 + std::string("word/documen").size()] = letter; // word/documenA.xml …
        extra += copy;
    }
    bytes.insert(end, extra);
    const std::size_t moved_end = end + extra.size();
    put16(bytes, moved_end + 8, 4);
    put16(bytes, moved_end + 10, 4);
    put32(bytes, moved_end + 12, static_cast<std::uint32_t>(record.size() * 4));
    const ImportedDocument document = import_docx_bytes(bytes);
    CHECK(document.error == "damaged zip archive: its entries claim more bytes than the file holds (overlapping "
                            "entries: a zip bomb or a damaged file)");
}

TEST_CASE("the shared refused-valid reproducers read, as unzip and pandoc read them")
{
    const std::filesystem::path documents = std::filesystem::path(PODIUM_SHARED_DIR) / "testdata" / "documents";
    if (!std::filesystem::is_directory(documents)) {
        PODIUM_SKIP(documents << " is absent");
    }
    for (const std::string name : {"refused-valid-trailing-byte.docx", "refused-valid-local-time-differs.docx"}) {
        INFO(name);
        const ImportedDocument document = import_document(documents / name);
        REQUIRE(document.error == "");
        CHECK(build_script(ImportedDocument(document).source).sentences.size() >= 1);
    }
}
