#include "core/text/sentence_tokens.hpp"

#include "core/text/utf8.hpp"

#include <array>
#include <cstring>

namespace podium::sentence {

namespace {

// What the decoder does with a byte: one table lookup instead of a chain of comparisons.
enum class ByteClass : unsigned char { Ascii, Lower, Terminal, Mark, Break, HanLead, Other };

constexpr std::array<ByteClass, 256> make_byte_classes()
{
    std::array<ByteClass, 256> classes{};
    for (std::size_t b = 0; b < 256; ++b) {
        classes[b] = b < 0x80 ? ByteClass::Ascii : ByteClass::Other;
    }
    for (std::size_t b = 'a'; b <= 'z'; ++b) {
        classes[b] = ByteClass::Lower;
    }
    for (const char c : std::string_view(".!?")) {
        classes[static_cast<unsigned char>(c)] = ByteClass::Terminal;
    }
    for (const char c : std::string_view("'`\"()[]{}")) {
        classes[static_cast<unsigned char>(c)] = ByteClass::Mark;
    }
    classes['\n'] = ByteClass::Break;
    classes['\r'] = ByteClass::Break;
    for (std::size_t b = 0xE4; b <= 0xE9; ++b) {
        classes[b] = ByteClass::HanLead;
    }
    return classes;
}

constexpr std::array<ByteClass, 256> kByteClass = make_byte_classes();

} // namespace

// Decodes the line starting at `from` into `tokens`, up to its line break (LF, CR, CRLF,
// U+0085, U+2028, U+2029) or `limit`, in one pass over the bytes. '' and `` become one
// token; so does each run of lower-case ASCII letters or of Han ideographs.
DecodedLine decode_line(std::string_view text, std::size_t from, std::size_t limit, LineBuffer& buffer)
{
    // A line has at most one token per byte up to its LF (found fast by memchr); a CR or
    // U+2028 may end it sooner.
    const void* newline = std::memchr(text.data() + from, '\n', limit - from);
    const std::size_t bound = newline != nullptr ? static_cast<std::size_t>(static_cast<const char*>(newline) - text.data()) : limit;
    auto& tokens = buffer.tokens;
    if (tokens.size() < bound - from + 1) {
        tokens.resize(bound - from + 1);
        buffer.stops.resize(bound - from + 1);
    }
    DecodedLine line;
    Token* out = tokens.data();
    std::uint32_t* stop = buffer.stops.data();
    const auto mark_stop = [&] { *stop++ = static_cast<std::uint32_t>(out - tokens.data()); };
    const auto* const base = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const begin = base + from;
    const auto* const end = base + limit;
    const auto is_han3 = [end](const unsigned char* q) {
        return end - q >= 3 && q[0] >= 0xE4 && q[0] <= 0xE9 && (q[1] & 0xC0u) == 0x80u && (q[2] & 0xC0u) == 0x80u;
    };
    const unsigned char* p = begin;
    while (p < end) {
        const auto pos = static_cast<std::uint32_t>(p - begin);
        const unsigned char b = *p;
        switch (kByteClass[b]) {
        case ByteClass::Lower: {
            const unsigned char* q = p + 1;
            while (q < end && kByteClass[*q] == ByteClass::Lower) {
                ++q;
            }
            *out++ = {q - p >= 2 ? kLowerRun : char32_t{b}, pos};
            p = q;
            continue;
        }
        case ByteClass::Ascii:
            *out++ = {b, pos};
            ++p;
            continue;
        case ByteClass::Terminal:
            mark_stop();
            *out++ = {b, pos};
            ++p;
            continue;
        case ByteClass::Mark:
            line.marks = true;
            mark_stop();
            ++p;
            if ((b == '\'' || b == '`') && p < end && *p == b) {
                *out++ = {b == '\'' ? kDoubleApostrophe : kDoubleBacktick, pos};
                ++p;
            } else {
                *out++ = {b, pos};
            }
            continue;
        case ByteClass::Break:
            line.break_length = (b == '\r' && p + 1 < base + text.size() && p[1] == '\n') ? 2 : 1;
            break;
        case ByteClass::HanLead:
            if (is_han3(p)) {
                const unsigned char* q = p + 3;
                while (is_han3(q)) {
                    q += 3;
                }
                const char32_t single
                    = (char32_t{p[0]} & 0x0Fu) << 12 | (char32_t{p[1]} & 0x3Fu) << 6 | (char32_t{p[2]} & 0x3Fu);
                *out++ = {q - p > 3 ? kHanRun : single, pos};
                p = q;
                continue;
            }
            [[fallthrough]];
        case ByteClass::Other: {
            std::size_t offset = from + pos;
            const char32_t c = utf8::next(text.substr(0, limit), offset);
            if (c == 0x85 || c == 0x2028 || c == 0x2029) {
                line.break_length = offset - (from + pos);
                break;
            }
            const bool mark = is_quote_or_bracket(c);
            line.marks = line.marks || mark;
            if (mark || is_hard_terminator(c) || is_period(c) || is_ellipsis_char(c)) {
                mark_stop();
            }
            *out++ = {c, pos};
            p = base + offset;
            continue;
        }
        }
        break; // a line break
    }
    line.end = static_cast<std::size_t>(p - base);
    line.count = static_cast<std::size_t>(out - tokens.data());
    line.stop_count = static_cast<std::size_t>(stop - buffer.stops.data());
    *out = {kEnd, static_cast<std::uint32_t>(line.end - from)};
    return line;
}

// Where to stop decoding a line that starts at `from`: the end of the text, or for a line
// longer than kMaxPieceBytes the character boundary there, so working storage stays bounded
// (the rest of the line is split as a line of its own).
std::size_t piece_limit(std::string_view text, std::size_t from)
{
    if (text.size() - from <= kMaxPieceBytes) {
        return text.size();
    }
    std::size_t cut = from + kMaxPieceBytes;
    for (int back = 0; back < 3 && (static_cast<unsigned char>(text[cut]) & 0xC0u) == 0x80u; ++back) {
        --cut;
    }
    return cut;
}

} // namespace podium::sentence
