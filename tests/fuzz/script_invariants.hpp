// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every stage after build_script relies on, checked by both fuzz targets: sentences are
// non-empty, in order, inside the text and in a section; sections cover valid sentence ranges.
#include "core/script/script.hpp"

#include <cstddef>
#include <cstdlib>

namespace podium::fuzzing {

inline void check_script_invariants(const Script& script)
{
    std::size_t previous_end = 0;
    for (const auto& sentence : script.sentences) {
        if (sentence.span.empty() || sentence.span.begin < previous_end || sentence.span.end > script.text.size()
            || sentence.section >= script.sections.size()) {
            std::abort();
        }
        previous_end = sentence.span.end;
    }
    for (const auto& section : script.sections) {
        if (section.first_sentence > section.end_sentence || section.end_sentence > script.sentences.size()) {
            std::abort();
        }
    }
}

} // namespace podium::fuzzing
