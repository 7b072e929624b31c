// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace podium {

enum class SourceEncoding { Utf8, Utf8WithBom, Utf16LE, Utf16BE, Gb18030 };

[[nodiscard]] const char* to_string(SourceEncoding encoding);

// The largest script Podium loads: 256 MiB of file bytes. A long speech is well under 1 MB;
// the limit only stops Podium from reading a wrong file (a disk image, a video) into memory.
// At least 64 MB must load (tested).
inline constexpr std::size_t kMaxScriptBytes = 256u * 1024u * 1024u;

// Text decoded to UTF-8 with LF line ends (CRLF and CR normalised), or a one-line error
// message for the user (`error` non-empty).
struct LoadResult {
    std::string text;
    SourceEncoding encoding = SourceEncoding::Utf8;
    std::string error;

    [[nodiscard]] bool ok() const { return error.empty(); }
};

// Decodes bytes from a file: UTF-8 (BOM optional), UTF-16 LE/BE with BOM, or GB18030 when the
// bytes are not valid UTF-8 but decode cleanly as GB18030. Rejects empty, whitespace-only and
// binary (NUL) input and undecodable bytes, naming the byte offset.
[[nodiscard]] LoadResult decode_text(std::string_view bytes);

// A file's bytes, read-only and up to `max_bytes`, or a one-line error naming the path
// (missing, a directory, over the limit, unreadable).
struct FileBytes {
    std::string bytes;
    std::string error;
    [[nodiscard]] bool ok() const { return error.empty(); }
};
[[nodiscard]] FileBytes read_file_bytes(const std::filesystem::path& path, std::size_t max_bytes = kMaxScriptBytes);

// Reads a file (opened read-only, never written) and decodes it. Missing files, directories
// and files over `max_bytes` give an error naming the path.
[[nodiscard]] LoadResult load_text_file(const std::filesystem::path& path, std::size_t max_bytes = kMaxScriptBytes);

} // namespace podium
