// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace podium {

// A stable 64-bit content hash (FNV-1a) of a script's text, to key remembered positions and
// rehearsal logs: the same bytes give the same hash on every machine and build.
// Not cryptographic; collisions only matter between one user's own scripts.
[[nodiscard]] std::uint64_t content_hash(std::string_view bytes);
// The hash as 16 lowercase hex digits (for file names and JSON keys).
[[nodiscard]] std::string content_hash_hex(std::string_view bytes);

} // namespace podium
