// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "display/sdl_handles.hpp"
#include "display/text_font.hpp"

#include <string>
#include <string_view>
#include <unordered_map>

namespace podium {

enum class Align { Left, Centre, Right };

// Short overlay texts (timers, titles, help) rasterised once in white and tinted when drawn.
// Timers change once a second, so the cache is small and simply emptied when it fills.
class LabelCache {
public:
    explicit LabelCache(SDL_Renderer* renderer) : m_renderer(renderer) {}

    // Draws `text` with its top at y; x is its left, centre or right edge. Returns its width.
    int draw(const TextFont& font, std::string_view text, int x, int y, SDL_Color color, Align align = Align::Left);
    [[nodiscard]] int width(const TextFont& font, std::string_view text);
    void clear() { m_labels.clear(); }

private:
    struct Label {
        TexturePtr texture;
        int width = 0;
        int height = 0;
    };
    const Label* find_or_make(const TextFont& font, std::string_view text);

    SDL_Renderer* m_renderer;
    std::unordered_map<std::string, Label> m_labels;
};

} // namespace podium
