// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/coach/delivery.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace podium {

struct Script;

// Section titles and sentence texts to name the moments by; the sentences may be empty (a run
// of an edited script) and are then named by number only.
struct DeliveryLabels {
    std::vector<std::string> section_titles;
    const Script* script = nullptr;
    std::string play_hint; // "podium play RUN --at": printed before a sentence number, or empty
};

// The delivery section: one line for the run, a table per section, then the moments worth a
// listen (hesitations, filled pauses, trailing off, monotone sections), most telling first.
void print_delivery(std::ostream& out, const DeliveryReport& report, const DeliveryLabels& labels);

} // namespace podium
