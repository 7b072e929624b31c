// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"

#include <nlohmann/json_fwd.hpp> // the full header only where JSON is built or read

#include <iosfwd>
#include <string>
#include <string_view>

namespace podium {

// {"title", "level", "kind", "parent", "first_sentence", "end_sentence"} for each section.
[[nodiscard]] nlohmann::ordered_json sections_json(const Script& script);

// `podium split --json`, one line: {"sentences":[{"text","shown","start","end","section"}],
// "sections":[…],"format":KEY} with byte offsets into the text; "section" indexes "sections".
// Written as it goes, so memory stays that of one sentence's JSON.
void write_split_json(std::ostream& out, const Script& script, std::string_view format_key);

// `podium outline --json`: {"sections":[… + "sentence_count"],"placeholders":[{"text","line",
// "column","start","end","section"}]}.
[[nodiscard]] nlohmann::ordered_json outline_json(const Script& script);

// Keys keep their documented order (ordered_json). One line of compact JSON. Invalid UTF-8 (impossible after loading, but cheap to guard)
// becomes U+FFFD instead of an exception.
[[nodiscard]] std::string to_json_line(const nlohmann::ordered_json& json);

} // namespace podium
