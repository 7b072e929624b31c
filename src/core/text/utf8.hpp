// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace podium::utf8 {

// Decodes the code point starting at `offset` and advances `offset` past it. Invalid bytes
// decode as U+FFFD one byte at a time, so a loop over any input always terminates.
[[nodiscard]] char32_t next(std::string_view text, std::size_t& offset);

// The code point that ends right before `offset`, moving `offset` back to its first byte.
[[nodiscard]] char32_t previous(std::string_view text, std::size_t& offset);

// Offset of the first invalid byte, or std::string_view::npos when `text` is valid UTF-8
// (no overlongs, no surrogates, nothing above U+10FFFF).
[[nodiscard]] std::size_t first_invalid(std::string_view text);

void append(std::string& out, char32_t code_point);

// `text` with every invalid byte replaced by U+FFFD (valid input comes back unchanged). File
// names are bytes, not UTF-8 (a GBK name from a Windows share): this is how they are shown and
// stored in JSON, where strict UTF-8 is required.
[[nodiscard]] std::string valid_or_replaced(std::string_view text);

[[nodiscard]] std::size_t count_code_points(std::string_view text);

// Offsets [begin, end) narrowed past leading and trailing Unicode White_Space of `text`.
struct TrimmedRange {
    std::size_t begin = 0;
    std::size_t end = 0;
};
[[nodiscard]] TrimmedRange trim_white_space(std::string_view text, std::size_t begin, std::size_t end);

// Character classes shared by the splitter, sections, timing and layout.
[[nodiscard]] bool is_han(char32_t c);               // CJK ideographs incl. extensions and 〇
[[nodiscard]] bool is_white_space(char32_t c);       // Unicode White_Space
[[nodiscard]] bool is_line_break(char32_t c);        // LF, CR, U+0085, U+2028, U+2029
[[nodiscard]] bool is_ascii_alnum(char32_t c);

} // namespace podium::utf8
