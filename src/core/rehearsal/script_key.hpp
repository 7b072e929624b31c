#pragma once
#include <string>
#include <string_view>

namespace podium {

// A stable key for a script's content: 16 lowercase hex digits (64-bit FNV-1a). Rehearsal logs
// are stored per key, so editing the script starts a new series. Not a security hash: it only
// has to keep one speaker's handful of speeches apart.
// (Written here because core/text/content_hash.hpp had not landed in main; swap when it does.)
[[nodiscard]] std::string content_hash(std::string_view text);

} // namespace podium
