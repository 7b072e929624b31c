// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/config_entry.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace podium {

std::optional<nlohmann::json> config_entry(const std::filesystem::path& config_file, std::string_view key)
{
    std::ifstream in(config_file, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    const nlohmann::json config = nlohmann::json::parse(buffer.str(), nullptr, false);
    if (config.is_discarded() || !config.is_object()) {
        return std::nullopt;
    }
    const auto entry = config.find(key);
    if (entry == config.end()) {
        return std::nullopt;
    }
    return *entry;
}

} // namespace podium
