// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <nlohmann/json_fwd.hpp>

#include <filesystem>
#include <optional>
#include <string_view>

namespace podium {

// One top-level entry of config.json ("lang", "coach", …) for an option that the config can
// set. Nothing when the file is missing, is not a JSON object, or lacks the key: the readers of
// the whole file (pace, keys, settings) say what is wrong with it, so this one stays quiet.
[[nodiscard]] std::optional<nlohmann::json> config_entry(const std::filesystem::path& config_file, std::string_view key);

} // namespace podium
