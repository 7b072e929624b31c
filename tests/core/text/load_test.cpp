// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/load.hpp"

#include "core/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <iconv.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <type_traits>

using namespace podium;

namespace {

using podium::testing::TempDir;

struct IconvCloser {
    void operator()(iconv_t handle) const { iconv_close(handle); }
};

// Encodes UTF-8 text to another encoding with glibc's iconv, so the test files are made
// independently of the loader under test.
std::string encode(std::string_view utf8_text, const char* encoding)
{
    const iconv_t raw = iconv_open(encoding, "UTF-8");
    REQUIRE(raw != reinterpret_cast<iconv_t>(-1));
    const std::unique_ptr<std::remove_pointer_t<iconv_t>, IconvCloser> converter(raw);
    std::string out(utf8_text.size() * 4 + 8, '\0');
    char* in_pointer = const_cast<char*>(utf8_text.data());
    std::size_t in_left = utf8_text.size();
    char* out_pointer = out.data();
    std::size_t out_left = out.size();
    REQUIRE(iconv(converter.get(), &in_pointer, &in_left, &out_pointer, &out_left) != static_cast<std::size_t>(-1));
    out.resize(out.size() - out_left);
    return out;
}

const std::string kChinese = "同志们：\n大家好！今天我们召开会议。";

} // namespace

TEST_CASE("plain UTF-8 text loads unchanged")
{
    const LoadResult result = decode_text(kChinese);
    REQUIRE(result.ok());
    CHECK(result.text == kChinese);
    CHECK(result.encoding == SourceEncoding::Utf8);
}

TEST_CASE("a UTF-8 byte order mark is dropped")
{
    const LoadResult result = decode_text("\xEF\xBB\xBF" + kChinese);
    REQUIRE(result.ok());
    CHECK(result.text == kChinese);
    CHECK(result.encoding == SourceEncoding::Utf8WithBom);
}

TEST_CASE("CRLF and lone CR line ends become LF")
{
    const LoadResult result = decode_text("first\r\nsecond\rthird\n\r\nend");
    REQUIRE(result.ok());
    CHECK(result.text == "first\nsecond\nthird\n\nend");
}

TEST_CASE("a missing final newline is fine")
{
    const LoadResult result = decode_text("Thank you");
    REQUIRE(result.ok());
    CHECK(result.text == "Thank you");
}

TEST_CASE("UTF-16 little endian with BOM is converted to UTF-8")
{
    const std::string bytes = "\xFF\xFE" + encode("同志们：\r\n大家好 😀", "UTF-16LE");
    const LoadResult result = decode_text(bytes);
    REQUIRE(result.ok());
    CHECK(result.text == "同志们：\n大家好 😀");
    CHECK(result.encoding == SourceEncoding::Utf16LE);
}

TEST_CASE("UTF-16 big endian with BOM is converted to UTF-8")
{
    const std::string bytes = "\xFE\xFF" + encode("Good evening.\rWelcome 𠀀!", "UTF-16BE");
    const LoadResult result = decode_text(bytes);
    REQUIRE(result.ok());
    CHECK(result.text == "Good evening.\nWelcome 𠀀!");
    CHECK(result.encoding == SourceEncoding::Utf16BE);
}

TEST_CASE("an unpaired UTF-16 surrogate is rejected with its byte offset")
{
    // BOM, 'A', a lone high surrogate, 'B' (little endian).
    const std::string lone_high("\xFF\xFE" "A\0" "\x00\xD8" "B\0", 8);
    const LoadResult high = decode_text(lone_high);
    CHECK_FALSE(high.ok());
    CHECK_THAT(high.error, Catch::Contains("surrogate") && Catch::Contains("byte 4"));

    const std::string lone_low("\xFE\xFF" "\0A" "\xDC\x00", 6);
    const LoadResult low = decode_text(lone_low);
    CHECK_FALSE(low.ok());
    CHECK_THAT(low.error, Catch::Contains("byte 4"));
}

TEST_CASE("UTF-16 cut in half a character is rejected")
{
    const LoadResult result = decode_text(std::string("\xFF\xFE" "A\0B", 5));
    CHECK_FALSE(result.ok());
    CHECK_THAT(result.error, Catch::Contains("byte 4"));
}

TEST_CASE("GB18030 text is detected when it is not valid UTF-8")
{
    const std::string text = "各位来宾：\r\n今年营业收入增长１１.８%，谢谢大家！";
    const std::string gb = encode(text, "GB18030");
    REQUIRE(gb != text);
    const LoadResult result = decode_text(gb);
    REQUIRE(result.ok());
    CHECK(result.encoding == SourceEncoding::Gb18030);
    CHECK(result.text == "各位来宾：\n今年营业收入增长１１.８%，谢谢大家！");
}

TEST_CASE("GBK text (a GB18030 subset) loads")
{
    const LoadResult result = decode_text(encode("同志们：大家好！", "GBK"));
    REQUIRE(result.ok());
    CHECK(result.text == "同志们：大家好！");
}

TEST_CASE("bytes that are neither UTF-8 nor GB18030 give the offset of the first bad byte")
{
    // 0xFF is never valid in UTF-8 and never a GB18030 lead byte.
    const LoadResult result = decode_text("Hello, world.\xFF more");
    CHECK_FALSE(result.ok());
    CHECK_THAT(result.error, Catch::Contains("offset 13"));
}

TEST_CASE("empty and whitespace-only text is rejected as no text")
{
    for (const std::string_view bytes : {std::string_view(""), std::string_view(" \r\n\t"),
             std::string_view("\xEF\xBB\xBF"), std::string_view("\xE3\x80\x80\n")}) {
        const LoadResult result = decode_text(bytes);
        CHECK_FALSE(result.ok());
        CHECK_THAT(result.error, Catch::StartsWith("no text"));
    }
}

TEST_CASE("NUL bytes mark a binary file")
{
    const LoadResult result = decode_text(std::string("PK\x03\x04\0\0data", 10));
    CHECK_FALSE(result.ok());
    CHECK_THAT(result.error, Catch::Contains("binary file") && Catch::Contains("offset 4"));
}

TEST_CASE("every error message is one line")
{
    for (const std::string_view bytes : {std::string_view(""), std::string_view("a\xFF"), std::string_view("\0", 1),
             std::string_view("\xFF\xFE\x00\xD8", 4)}) {
        const LoadResult result = decode_text(bytes);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error.find('\n') == std::string::npos);
    }
}

TEST_CASE("load_text_file reads a file and names it in errors")
{
    const TempDir dir("files");
    const auto good = dir.write("speech.txt", "Good morning.\r\nThank you.");
    const LoadResult loaded = load_text_file(good);
    REQUIRE(loaded.ok());
    CHECK(loaded.text == "Good morning.\nThank you.");

    const LoadResult missing = load_text_file(dir.path() / "absent.txt");
    CHECK_THAT(missing.error, Catch::Contains("absent.txt") && Catch::Contains("no such file"));

    const LoadResult directory = load_text_file(dir.path());
    CHECK_THAT(directory.error, Catch::Contains("is a directory"));

    const LoadResult empty = load_text_file(dir.write("empty.txt", ""));
    CHECK_THAT(empty.error, Catch::Contains("empty.txt: no text"));

    const LoadResult binary = load_text_file(dir.write("image.png", std::string("\x89PNG\r\n\x1A\n\0\0", 10)));
    CHECK_THAT(binary.error, Catch::Contains("image.png") && Catch::Contains("binary"));
}

TEST_CASE("load_text_file never writes the input file")
{
    const TempDir dir("readonly");
    const auto file = dir.write("speech.txt", "Line one\r\nLine two\r\n");
    REQUIRE(::chmod(file.c_str(), 0444) == 0);
    const auto before = std::filesystem::last_write_time(file);
    const LoadResult result = load_text_file(file);
    CHECK(result.ok());
    CHECK(std::filesystem::last_write_time(file) == before);
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(bytes == "Line one\r\nLine two\r\n");
}

TEST_CASE("a file over the size limit is rejected before it is read")
{
    const TempDir dir("limit");
    const auto file = dir.write("long.txt", std::string(2048, 'a'));
    const LoadResult result = load_text_file(file, 1024);
    CHECK_FALSE(result.ok());
    CHECK_THAT(result.error, Catch::Contains("long.txt") && Catch::Contains("limit"));
}

TEST_CASE("a 64 MB script loads")
{
    const TempDir dir("large");
    std::string line = "今年，我们实现营业收入28.6亿元，同比增长11.8%。Thank you all.\r\n";
    std::string bytes;
    const std::size_t target = 64u * 1024u * 1024u + 1;
    bytes.reserve(target + line.size());
    while (bytes.size() < target) {
        bytes += line;
    }
    const auto file = dir.write("large.txt", bytes);
    bytes = {};
    REQUIRE(std::filesystem::file_size(file) > 64u * 1024u * 1024u);
    const LoadResult result = load_text_file(file);
    REQUIRE(result.ok());
    CHECK(result.text.size() < std::filesystem::file_size(file)); // CRLF became LF
    CHECK(result.text.starts_with("今年，"));
}
