#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace podium {

// Terminal columns a UTF-8 string takes: East Asian Wide and Fullwidth characters (Han, kana,
// fullwidth punctuation such as ，。、) take two, combining marks none, everything else one
// (East Asian Ambiguous counts as one, as in most Western-locale terminals).
[[nodiscard]] std::size_t display_width(std::string_view text);

enum class Align { Left, Right };

// `text` padded with spaces to `width` columns (never truncated).
[[nodiscard]] std::string pad(std::string_view text, std::size_t width, Align align);

} // namespace podium
