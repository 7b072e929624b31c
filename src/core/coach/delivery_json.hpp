// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/coach/delivery.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace podium {

// The stored form of a delivery report (a rehearsal run's "delivery" member and report --json):
// {"version": 1, "seconds", "loudness", "too_quiet", "filled_per_minute",
//  "hesitations_per_minute", "sentences": [...], "sections": [...], "pauses": [...],
//  "filled_pauses": [...]}. Absent measures are null.
[[nodiscard]] nlohmann::json delivery_to_json(const DeliveryReport& report);

// None for a newer version (a later Podium's measures: the run still loads without them).
// Throws nlohmann::json::exception on a damaged member, like the rest of the log's parser.
[[nodiscard]] std::optional<DeliveryReport> delivery_from_json(const nlohmann::json& j);

} // namespace podium
