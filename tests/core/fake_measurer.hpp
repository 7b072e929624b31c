// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A measurer for layout tests: every Han character and full-width mark is 10 px wide, every
// other character 5 px, and a line is 20 px high. It counts calls and the longest text it was
// given, so tests can check that layout measures short pieces, not whole paragraphs.
#include "core/layout/layout.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <cstddef>

namespace podium::testing {

class FakeMeasurer : public TextMeasurer {
public:
    [[nodiscard]] int width(std::string_view utf8) const override
    {
        ++calls;
        longest = std::max(longest, utf8.size());
        int total = 0;
        std::size_t offset = 0;
        while (offset < utf8.size()) {
            const char32_t c = utf8::next(utf8, offset);
            total += c >= 0x2E80 ? 10 : 5; // CJK and full-width forms from U+2E80 up
        }
        return total;
    }
    [[nodiscard]] int line_height() const override { return 20; }

    mutable std::size_t calls = 0;
    mutable std::size_t longest = 0;
};

} // namespace podium::testing
