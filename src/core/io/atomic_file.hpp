// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <filesystem>
#include <string>
#include <string_view>

namespace podium {

// Replaces `path` with `contents` atomically: a temporary file in the same directory is written,
// flushed to disk (fsync) and renamed over the target, then the directory is synced. A crash at
// any moment leaves either the old file or the new one, never a mix. Creates missing parent
// directories. Returns an empty string on success, else a one-line message for the user.
// Temporaries of the same target abandoned by a writer that died (older than ten minutes) are
// removed after a successful write.
[[nodiscard]] std::string write_file_atomically(const std::filesystem::path& path, std::string_view contents);

// Reads a whole file into `contents`; false when it cannot be opened or read.
[[nodiscard]] bool read_whole_file(const std::filesystem::path& path, std::string& contents);

} // namespace podium
