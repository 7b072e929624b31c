// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/sentence_tokens.hpp"

#include "core/text/utf8.hpp"

#include <algorithm>
#include <array>

namespace podium::sentence {

namespace {

// What the decoder does with a byte: one table lookup instead of a chain of comparisons.
enum class ByteClass : unsigned char { Ascii, Lower, Upper, Terminal, Mark, Break, HanLead, Other };

constexpr std::array<ByteClass, 256> make_byte_classes()
{
    std::array<ByteClass, 256> classes{};
    for (std::size_t b = 0; b < 256; ++b) {
        classes[b] = b < 0x80 ? ByteClass::Ascii : ByteClass::Other;
    }
    for (std::size_t b = 'a'; b <= 'z'; ++b) {
        classes[b] = ByteClass::Lower;
        classes[b - 'a' + 'A'] = ByteClass::Upper;
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

// is_stop_char for the Basic Multilingual Plane as a bitmap: the decoder asks it for every
// non-ASCII character that is not Han (CJK punctuation above all), and a chain of switches
// would cost more than the rest of that character's decoding. Built once, on first use
// (clang will not evaluate 65,536 characters at compile time; this takes about a millisecond).
const std::array<std::uint64_t, 0x10000 / 64>& stop_bits()
{
    static const auto bits = [] {
        std::array<std::uint64_t, 0x10000 / 64> table{};
        for (char32_t c = 0; c < 0x10000; ++c) {
            if (is_stop_char(c)) {
                table[c / 64] |= std::uint64_t{1} << (c % 64);
            }
        }
        return table;
    }();
    return bits;
}

[[nodiscard]] bool is_stop(const std::array<std::uint64_t, 0x10000 / 64>& bits, char32_t c)
{
    return c < 0x10000 ? (bits[c / 64] >> (c % 64) & 1u) != 0 : is_stop_char(c);
}

// A line longer than the token buffer is decoded again into a larger one, so the buffer
// starts small and no separate pass has to find where the line ends.
constexpr std::size_t kInitialTokens = 4096;

[[nodiscard]] constexpr bool is_lower_byte(unsigned char b) { return kByteClass[b] == ByteClass::Lower; }

// Decodes bytes from `from` up to the line break or `stop_at`, whichever comes first.
// `buffer` holds at least stop_at - from + 1 tokens and stops (at most one token per byte).
DecodedLine decode_bytes(std::string_view text, std::size_t from, std::size_t stop_at, LineBuffer& buffer)
{
    DecodedLine line;
    const auto& stops = stop_bits();
    Token* const first = buffer.tokens.data();
    Token* out = first;
    std::uint32_t* stop = buffer.stops.data();
    const auto mark_stop = [&] { *stop++ = static_cast<std::uint32_t>(out - first); };
    const auto* const base = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const begin = base + from;
    const auto* const end = base + stop_at;
    const auto offset_of = [begin](const unsigned char* q) { return static_cast<std::uint32_t>(q - begin); };
    const auto is_han3 = [end](const unsigned char* q) {
        return end - q >= 3 && q[0] >= 0xE4 && q[0] <= 0xE9 && (q[1] & 0xC0u) == 0x80u && (q[2] & 0xC0u) == 0x80u;
    };
    const unsigned char* p = begin;
    while (p < end) {
        const auto pos = offset_of(p);
        const unsigned char b = *p;
        switch (kByteClass[b]) {
        case ByteClass::Lower: {
            const unsigned char* q = p + 1;
            while (q < end && is_lower_byte(*q)) {
                ++q;
            }
            // Words joined by single spaces are one token, except the last word and the
            // space before it: only a word next to something else (a period, a quote, a
            // digit, an initial) is ever read alone by the rules. The run starts with a
            // lower-case word of two letters or more (so the s of 's or '80s stays a letter
            // of its own); the words after it are lower-case or capitalised ("Space", not
            // "I" or "J."). The rules read a capital after a space only as an initial or
            // right after a terminator, where the decoder starts a new token anyway.
            const unsigned char* last_space = nullptr;
            while (q - p >= 2 && end - q >= 2 && q[0] == ' ') {
                const unsigned char* letters = q + 1;
                if (kByteClass[*letters] == ByteClass::Upper) {
                    ++letters;
                }
                if (letters == end || !is_lower_byte(*letters)) {
                    break;
                }
                last_space = q;
                q = letters + 1;
                while (q < end && is_lower_byte(*q)) {
                    ++q;
                }
            }
            if (last_space != nullptr) {
                *out++ = {kLowerRun, pos};
                *out++ = {' ', offset_of(last_space)};
                const unsigned char* word = last_space + 1;
                if (kByteClass[*word] == ByteClass::Upper) {
                    *out++ = {*word, offset_of(word)};
                    ++word;
                }
                *out++ = {q - word >= 2 ? kLowerRun : char32_t{*word}, offset_of(word)};
            } else {
                *out++ = {q - p >= 2 ? kLowerRun : char32_t{b}, pos};
            }
            p = q;
            continue;
        }
        case ByteClass::Ascii:
        case ByteClass::Upper:
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
            char32_t c = 0;
            const unsigned char* after = p + 3;
            if (b >= 0xE1 && b <= 0xEF && b != 0xED && end - p >= 3 && (p[1] & 0xC0u) == 0x80u
                && (p[2] & 0xC0u) == 0x80u) {
                // Three bytes (CJK punctuation, curly quotes, …) decoded in place: only E0
                // (overlong) and ED (surrogates) need utf8::next's checks.
                c = (char32_t{b} & 0x0Fu) << 12 | (char32_t{p[1]} & 0x3Fu) << 6 | (char32_t{p[2]} & 0x3Fu);
            } else {
                std::size_t offset = from + pos;
                c = utf8::next(text.substr(0, stop_at), offset);
                after = base + offset;
            }
            if (c == 0x85 || c == 0x2028 || c == 0x2029) {
                line.break_length = static_cast<std::size_t>(after - p);
                break;
            }
            if (is_stop(stops, c)) {
                mark_stop();
                line.marks = line.marks || is_quote_or_bracket(c);
            }
            *out++ = {c, pos};
            p = after;
            continue;
        }
        }
        break; // a line break
    }
    line.end = static_cast<std::size_t>(p - base);
    line.count = static_cast<std::size_t>(out - first);
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

} // namespace

// Decodes the line starting at `from` into `buffer`, up to its line break (LF, CR, CRLF,
// U+0085, U+2028, U+2029) or the end of its piece, in one pass over the bytes.
// Aligned to a cache line: the decoding loop inlined here ran 25% slower or faster (both
// languages) depending only on where the linker happened to place it, as other files changed.
[[gnu::aligned(64)]] DecodedLine decode_line(std::string_view text, std::size_t from, LineBuffer& buffer)
{
    // The piece's end is first taken as is: looking for the character boundary there costs a
    // cache miss on every line, and almost every line ends long before it.
    std::size_t limit = std::min(text.size(), from + kMaxPieceBytes);
    if (buffer.tokens.empty()) {
        const std::size_t size = std::min(limit - from, kInitialTokens) + 1;
        buffer.tokens.resize(size);
        buffer.stops.resize(size);
    }
    for (;;) {
        const std::size_t stop_at = std::min(limit, from + buffer.tokens.size() - 1);
        const DecodedLine line = decode_bytes(text, from, stop_at, buffer);
        if (line.break_length > 0) {
            return line;
        }
        if (stop_at == limit) {
            const std::size_t boundary = piece_limit(text, from);
            if (boundary == limit) {
                return line;
            }
            limit = boundary; // a line longer than a piece, cut inside a character
            continue;
        }
        const std::size_t size = std::min(limit - from, 2 * buffer.tokens.size()) + 1;
        buffer.tokens.resize(size);
        buffer.stops.resize(size);
    }
}

} // namespace podium::sentence
