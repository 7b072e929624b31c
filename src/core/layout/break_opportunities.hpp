// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/text/span.hpp"

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace podium {

// Where a line may break inside one paragraph: UAX #14 through ICU's line BreakIterator
// (strict line breaking), then the CJK rules ICU leaves to tailoring are enforced:
//   好，|世界   a break before ，。、；：？！”）》」』 is removed   (好|，世界 never happens)
//   说|“你好”   a break after “（《「『 is removed                 (说“|你好” never happens)
// Reuse one finder for a whole layout: creating the ICU iterator is the expensive part.
class BreakFinder {
public:
    BreakFinder();
    ~BreakFinder();
    BreakFinder(const BreakFinder&) = delete;
    BreakFinder& operator=(const BreakFinder&) = delete;

    // Byte offsets (absolute in `text`) where a line may break inside `range`, in increasing
    // order, excluding range.begin and including range.end.
    [[nodiscard]] std::vector<std::size_t> find(std::string_view text, Span range);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

[[nodiscard]] bool is_forbidden_line_start(char32_t c);
[[nodiscard]] bool is_forbidden_line_end(char32_t c);

} // namespace podium
