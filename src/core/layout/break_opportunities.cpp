// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/break_opportunities.hpp"

#include "core/text/utf8.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>

namespace podium {

namespace {

struct UTextCloser {
    void operator()(UText* text) const { utext_close(text); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

// Without ICU data (should not happen on a packaged system) break between any two characters
// except inside runs of ASCII letters and digits, so Latin words still stay whole.
std::vector<std::size_t> fallback_breaks(std::string_view text, Span range)
{
    std::vector<std::size_t> breaks;
    std::size_t offset = range.begin;
    char32_t previous = 0;
    while (offset < range.end) {
        const std::size_t at = offset;
        const char32_t c = utf8::next(text, offset);
        if (at > range.begin && !(utf8::is_ascii_alnum(previous) && utf8::is_ascii_alnum(c))
            && !utf8::is_white_space(c)) {
            breaks.push_back(at);
        }
        previous = c;
    }
    breaks.push_back(range.end);
    return breaks;
}

} // namespace

struct BreakFinder::Impl {
    std::unique_ptr<icu::BreakIterator> iterator;
};

BreakFinder::BreakFinder() : m_impl(std::make_unique<Impl>())
{
    UErrorCode status = U_ZERO_ERROR;
    // Strict breaking keeps small kana and prolonged sound marks off line starts as well.
    m_impl->iterator.reset(icu::BreakIterator::createLineInstance(icu::Locale::createFromName("zh@lb=strict"), status));
    if (U_FAILURE(status)) {
        m_impl->iterator.reset();
    }
}

BreakFinder::~BreakFinder() = default;

bool is_forbidden_line_start(char32_t c)
{
    switch (c) {
    case U'，': case U'。': case U'、': case U'；': case U'：': case U'？': case U'！':
    case U'”': case U'’': case U'）': case U'》': case U'」': case U'』': case U'〉':
    case U'】': case U'〕': case U'｝': case U'］': case U'．': case U'・': case U'…':
        return true;
    default:
        return false;
    }
}

bool is_forbidden_line_end(char32_t c)
{
    switch (c) {
    case U'“': case U'‘': case U'（': case U'《': case U'「': case U'『': case U'〈':
    case U'【': case U'〔': case U'｛': case U'［':
        return true;
    default:
        return false;
    }
}

std::vector<std::size_t> BreakFinder::find(std::string_view text, Span range)
{
    std::vector<std::size_t> breaks;
    if (range.empty()) {
        return breaks;
    }
    if (!m_impl->iterator) {
        breaks = fallback_breaks(text, range);
    } else {
        UErrorCode status = U_ZERO_ERROR;
        UTextPtr utext(utext_openUTF8(nullptr, text.data() + range.begin,
            static_cast<int64_t>(range.size()), &status));
        if (U_SUCCESS(status)) {
            m_impl->iterator->setText(utext.get(), status);
        }
        if (U_FAILURE(status)) {
            breaks = fallback_breaks(text, range);
        } else {
            // With a UTF-8 UText, ICU's indices are byte offsets into the range.
            for (int32_t at = m_impl->iterator->next(); at != icu::BreakIterator::DONE;
                 at = m_impl->iterator->next()) {
                breaks.push_back(range.begin + static_cast<std::size_t>(at));
            }
            // The iterator keeps a pointer to the UText; detach it before the UText closes.
            m_impl->iterator->setText(icu::UnicodeString());
        }
    }
    // The CJK tailoring: drop any opportunity ICU allows before a closing mark or after an
    // opening one.
    std::erase_if(breaks, [&](std::size_t at) {
        if (at >= range.end || at <= range.begin) {
            return false;
        }
        std::size_t after = at;
        const char32_t next = utf8::next(text, after);
        std::size_t before = at;
        const char32_t previous = utf8::previous(text, before);
        return is_forbidden_line_start(next) || is_forbidden_line_end(previous);
    });
    if (breaks.empty() || breaks.back() != range.end) {
        breaks.push_back(range.end);
    }
    return breaks;
}

} // namespace podium
