// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/load.hpp"

#include "core/text/utf8.hpp"

#include <iconv.h>

#include <cerrno>
#include <type_traits>
#include <fstream>
#include <memory>
#include <optional>
#include <system_error>

namespace podium {

const char* to_string(SourceEncoding encoding)
{
    switch (encoding) {
    case SourceEncoding::Utf8: return "UTF-8";
    case SourceEncoding::Utf8WithBom: return "UTF-8 (BOM)";
    case SourceEncoding::Utf16LE: return "UTF-16LE";
    case SourceEncoding::Utf16BE: return "UTF-16BE";
    case SourceEncoding::Gb18030: return "GB18030";
    }
    return "unknown";
}

namespace {

LoadResult failure(std::string message)
{
    LoadResult result;
    result.error = std::move(message);
    return result;
}

// CRLF and lone CR become LF; everything else is copied unchanged.
void append_normalising_line_ends(std::string& out, std::string_view text)
{
    out.reserve(out.size() + text.size());
    std::size_t start = 0;
    for (std::size_t cr = text.find('\r'); cr != std::string_view::npos; cr = text.find('\r', start)) {
        out.append(text.substr(start, cr - start));
        out.push_back('\n');
        start = cr + 1;
        if (start < text.size() && text[start] == '\n') {
            ++start;
        }
    }
    out.append(text.substr(start));
}

bool is_blank(std::string_view utf8_text)
{
    std::size_t offset = 0;
    while (offset < utf8_text.size()) {
        if (!utf8::is_white_space(utf8::next(utf8_text, offset))) {
            return false;
        }
    }
    return true;
}

std::string binary_message(std::size_t offset)
{
    return "looks like a binary file (NUL byte at offset " + std::to_string(offset)
        + "), not a text file: save the speech as plain text (UTF-8)";
}

// UTF-16 (after its BOM) to UTF-8. `bom_size` keeps reported offsets relative to the file.
LoadResult decode_utf16(std::string_view bytes, SourceEncoding encoding)
{
    constexpr std::size_t bom_size = 2;
    const bool little_endian = encoding == SourceEncoding::Utf16LE;
    if (bytes.size() % 2 != 0) {
        return failure("undecodable bytes: UTF-16 text ends in half a character at byte "
            + std::to_string(bom_size + bytes.size() - 1));
    }
    const auto unit_at = [&](std::size_t index) {
        const auto first = static_cast<unsigned char>(bytes[index]);
        const auto second = static_cast<unsigned char>(bytes[index + 1]);
        return little_endian ? static_cast<char32_t>(first | (second << 8)) : static_cast<char32_t>((first << 8) | second);
    };
    std::string decoded;
    decoded.reserve(bytes.size() * 3 / 2);
    for (std::size_t i = 0; i < bytes.size(); i += 2) {
        char32_t unit = unit_at(i);
        const std::size_t offset = bom_size + i;
        if (unit == 0) {
            return failure(binary_message(offset));
        }
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
            return failure("undecodable bytes: unpaired UTF-16 surrogate at byte " + std::to_string(offset));
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const char32_t low = i + 3 < bytes.size() ? unit_at(i + 2) : 0;
            if (low < 0xDC00 || low > 0xDFFF) {
                return failure("undecodable bytes: unpaired UTF-16 surrogate at byte " + std::to_string(offset));
            }
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        }
        utf8::append(decoded, unit);
    }
    LoadResult result;
    result.encoding = encoding;
    append_normalising_line_ends(result.text, decoded);
    return result;
}

struct IconvCloser {
    void operator()(iconv_t handle) const { iconv_close(handle); }
};
// iconv_t is a pointer type in glibc; unique_ptr owns it through the element type.
using IconvHandle = std::unique_ptr<std::remove_pointer_t<iconv_t>, IconvCloser>;

// GB18030 (a superset of GBK and GB2312) to UTF-8, or nothing when the bytes do not decode
// cleanly.
std::optional<std::string> decode_gb18030(std::string_view bytes)
{
    const iconv_t raw = iconv_open("UTF-8", "GB18030");
    if (raw == reinterpret_cast<iconv_t>(-1)) {
        return std::nullopt;
    }
    const IconvHandle converter(raw);
    // A GB18030 character of n bytes is at most n+1 bytes of UTF-8 (2 → 3, 4 → 4).
    std::string out(bytes.size() * 3 / 2 + 4, '\0');
    char* in_pointer = const_cast<char*>(bytes.data()); // iconv's signature; input is not modified
    std::size_t in_left = bytes.size();
    char* out_pointer = out.data();
    std::size_t out_left = out.size();
    if (iconv(converter.get(), &in_pointer, &in_left, &out_pointer, &out_left) == static_cast<std::size_t>(-1)
        || in_left != 0) {
        return std::nullopt;
    }
    out.resize(out.size() - out_left);
    return out;
}

} // namespace

LoadResult decode_text(std::string_view bytes)
{
    LoadResult result;
    if (bytes.starts_with("\xFF\xFE")) {
        result = decode_utf16(bytes.substr(2), SourceEncoding::Utf16LE);
    } else if (bytes.starts_with("\xFE\xFF")) {
        result = decode_utf16(bytes.substr(2), SourceEncoding::Utf16BE);
    } else {
        std::size_t bom = 0;
        if (bytes.starts_with("\xEF\xBB\xBF")) {
            bom = 3;
            result.encoding = SourceEncoding::Utf8WithBom;
        }
        if (const auto nul = bytes.find('\0'); nul != std::string_view::npos) {
            return failure(binary_message(nul));
        }
        const std::string_view body = bytes.substr(bom);
        const std::size_t invalid = utf8::first_invalid(body);
        if (invalid == std::string_view::npos) {
            append_normalising_line_ends(result.text, body);
        } else if (auto gb = bom == 0 ? decode_gb18030(body) : std::nullopt) {
            result.encoding = SourceEncoding::Gb18030;
            append_normalising_line_ends(result.text, *gb);
        } else {
            return failure("undecodable bytes: not UTF-8 (invalid byte at offset " + std::to_string(bom + invalid)
                + ") and not GB18030: save the speech as UTF-8");
        }
    }
    if (!result.ok()) {
        return result;
    }
    if (is_blank(result.text)) {
        return failure("no text: the file is empty or holds only white space");
    }
    return result;
}

FileBytes read_file_bytes(const std::filesystem::path& path, std::size_t max_bytes)
{
    FileBytes out;
    const std::string name = path.string();
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (!std::filesystem::exists(status)) {
        out.error = name + ": no such file";
        return out;
    }
    if (std::filesystem::is_directory(status)) {
        out.error = name + ": is a directory, not a text file";
        return out;
    }
    const auto size = std::filesystem::file_size(path, error);
    if (!error && size > max_bytes) {
        out.error = name + ": file is " + std::to_string(size / (1024 * 1024)) + " MiB, over Podium's limit of "
            + std::to_string(max_bytes / (1024 * 1024)) + " MiB for a script";
        return out;
    }
    std::ifstream in(path, std::ios::in | std::ios::binary); // read-only: the speech is never written
    if (!in) {
        out.error = name + ": cannot open file (check its permissions)";
        return out;
    }
    std::string& bytes = out.bytes;
    if (!error) {
        bytes.resize(static_cast<std::size_t>(size));
        in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        bytes.resize(static_cast<std::size_t>(in.gcount()));
    }
    // Files whose size is unknown up front (pipes, /proc) are read to the end, up to the limit.
    char chunk[65536];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > max_bytes) {
            out.error = name + ": file is over Podium's limit of " + std::to_string(max_bytes / (1024 * 1024))
                + " MiB for a script";
            return out;
        }
    }
    if (in.bad()) {
        out.error = name + ": cannot read file";
    }
    return out;
}

LoadResult load_text_file(const std::filesystem::path& path, std::size_t max_bytes)
{
    FileBytes file = read_file_bytes(path, max_bytes);
    if (!file.ok()) {
        return failure(file.error);
    }
    LoadResult result = decode_text(file.bytes);
    if (!result.ok()) {
        result.error = path.string() + ": " + result.error;
    }
    return result;
}

} // namespace podium
