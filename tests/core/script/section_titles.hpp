// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"

#include <string>
#include <vector>

namespace podium::testing {

// The sections' titles in order, as the section tests compare them.
inline std::vector<std::string> section_titles(const Script& script)
{
    std::vector<std::string> result;
    for (const Section& section : script.sections) {
        result.push_back(section.title);
    }
    return result;
}

} // namespace podium::testing
