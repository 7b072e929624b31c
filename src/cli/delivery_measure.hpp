#pragma once
#include "core/coach/delivery.hpp"
#include "core/script/script.hpp"

#include <filesystem>
#include <vector>

namespace podium {

// A recording's samples at the rate the follower and the coach listen at.
inline constexpr double kCoachRate = 16000.0;
[[nodiscard]] std::vector<float> read_recording(const std::filesystem::path& audio);

// The delivery of a recording of `script`, sentence by sentence along `spans`, against the plan
// at the default pace. Throws podium::Error for an unreadable file.
[[nodiscard]] DeliveryReport measure_delivery(const Script& script, const std::vector<float>& samples,
    const std::vector<SentenceSpan>& spans);

// Sentence spans from a JSON file [{"sentence": I, "start": S, "end": E}, …] (another alignment,
// or the truth of a benchmark). Throws podium::Error with a one-line message when it is not one.
[[nodiscard]] std::vector<SentenceSpan> read_spans(const std::filesystem::path& path);

} // namespace podium
