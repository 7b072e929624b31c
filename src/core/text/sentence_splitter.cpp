#include "core/text/sentence_splitter.hpp"

#include "core/text/utf8.hpp"

namespace podium {

namespace {
void push_trimmed(std::string_view text, std::size_t begin, std::size_t end, std::vector<Span>& out)
{
    while (begin < end) {
        std::size_t probe = begin;
        if (!utf8::is_white_space(utf8::next(text, probe))) {
            break;
        }
        begin = probe;
    }
    while (end > begin) {
        std::size_t probe = end;
        if (!utf8::is_white_space(utf8::previous(text, probe))) {
            break;
        }
        end = probe;
    }
    if (begin < end) {
        out.push_back({begin, end});
    }
}
} // namespace

// Interim implementation: terminators and line breaks only. The splitter issue replaces it.
std::vector<Span> split_sentences(std::string_view text)
{
    std::vector<Span> sentences;
    std::size_t start = 0;
    std::size_t offset = 0;
    while (offset < text.size()) {
        const char32_t c = utf8::next(text, offset);
        if (utf8::is_line_break(c) || c == U'。' || c == U'！' || c == U'？') {
            push_trimmed(text, start, offset, sentences);
            start = offset;
        }
    }
    push_trimmed(text, start, text.size(), sentences);
    return sentences;
}

} // namespace podium
