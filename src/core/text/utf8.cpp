// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/utf8.hpp"

namespace podium::utf8 {

namespace {
constexpr char32_t kReplacement = 0xFFFD;

bool is_continuation(unsigned char byte) { return (byte & 0xC0u) == 0x80u; }
} // namespace

char32_t next(std::string_view text, std::size_t& offset)
{
    const auto lead = static_cast<unsigned char>(text[offset]);
    if (lead < 0x80) {
        ++offset;
        return lead;
    }
    std::size_t length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if ((lead & 0xE0u) == 0xC0u) {
        length = 2, value = lead & 0x1Fu, minimum = 0x80;
    } else if ((lead & 0xF0u) == 0xE0u) {
        length = 3, value = lead & 0x0Fu, minimum = 0x800;
    } else if ((lead & 0xF8u) == 0xF0u) {
        length = 4, value = lead & 0x07u, minimum = 0x10000;
    } else {
        ++offset;
        return kReplacement;
    }
    if (offset + length > text.size()) {
        ++offset;
        return kReplacement;
    }
    for (std::size_t i = 1; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(text[offset + i]);
        if (!is_continuation(byte)) {
            ++offset;
            return kReplacement;
        }
        value = (value << 6) | (byte & 0x3Fu);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        ++offset;
        return kReplacement;
    }
    offset += length;
    return value;
}

char32_t previous(std::string_view text, std::size_t& offset)
{
    std::size_t start = offset;
    // Walk back over at most three continuation bytes to the lead byte.
    for (int i = 0; i < 4 && start > 0; ++i) {
        --start;
        if (!is_continuation(static_cast<unsigned char>(text[start]))) {
            break;
        }
    }
    std::size_t probe = start;
    const char32_t c = next(text, probe);
    if (probe == offset) {
        offset = start;
        return c;
    }
    --offset;
    return kReplacement;
}

std::size_t first_invalid(std::string_view text)
{
    std::size_t offset = 0;
    while (offset < text.size()) {
        if (static_cast<unsigned char>(text[offset]) < 0x80) {
            ++offset;
            continue;
        }
        const std::size_t before = offset;
        const char32_t c = next(text, offset);
        if (c == kReplacement && offset - before == 1) {
            return before;
        }
    }
    return std::string_view::npos;
}

void append(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

std::string valid_or_replaced(std::string_view text)
{
    std::size_t bad = first_invalid(text);
    if (bad == std::string_view::npos) {
        return std::string(text);
    }
    std::string out(text.substr(0, bad));
    std::size_t offset = bad;
    while (offset < text.size()) {
        append(out, next(text, offset));
    }
    return out;
}

std::size_t count_code_points(std::string_view text)
{
    std::size_t count = 0;
    for (const char byte : text) {
        count += is_continuation(static_cast<unsigned char>(byte)) ? 0 : 1;
    }
    return count;
}

TrimmedRange trim_white_space(std::string_view text, std::size_t begin, std::size_t end)
{
    while (begin < end) {
        std::size_t probe = begin;
        if (!is_white_space(next(text, probe))) {
            break;
        }
        begin = probe;
    }
    while (end > begin) {
        std::size_t probe = end;
        if (!is_white_space(previous(text, probe))) {
            break;
        }
        end = probe;
    }
    return {begin, end};
}

bool is_han(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x3134F)
        || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}

bool is_white_space(char32_t c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
        || c == 0x3000;
}

bool is_line_break(char32_t c) { return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029; }

bool is_ascii_alnum(char32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

} // namespace podium::utf8
