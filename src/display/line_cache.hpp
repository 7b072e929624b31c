// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/layout/layout.hpp"
#include "core/script/script.hpp"
#include "display/sdl_handles.hpp"
#include "display/text_font.hpp"

#include <cstddef>
#include <cstdint>
#include <list>
#include <unordered_map>
#include <vector>

namespace podium {

// One rasterised run of a line. The glyph coverage is kept as 8-bit alpha; the texture holds
// it pre-tinted and opaque (text colour × coverage on black), drawn without blending or colour
// modulation. The software renderer then copies rows with memcpy instead of blending every
// pixel: that is what keeps a 1080p frame near a millisecond. A run is re-tinted only when its
// sentence changes role (upcoming → current → read), a few times a minute.
struct RunTexture {
    TexturePtr texture;
    std::vector<std::uint8_t> coverage; // width × height alpha
    SDL_Color tint{0, 0, 0, 0};         // the colour the texture holds now
    int x = 0;                          // from the column's left edge
    int y = 0;                          // ink top, from the top of the rendered glyph box
    int width = 0;
    int height = 0;                     // ink rows only (empty rows above and below cropped)
    std::size_t sentence = 0;
};

// Line textures created lazily (only lines that come into view) and evicted least-recently-used
// once their bytes pass a budget, so a 1 MB script costs no more than a short one.
class LineCache {
public:
    explicit LineCache(SDL_Renderer* renderer, std::size_t byte_budget = 48u << 20);

    // The runs of `line`, rasterising it on first use. Valid until the next call.
    std::vector<RunTexture>& runs(const Script& script, const Layout& layout, const TextFont& font, std::size_t line);
    // Makes `run`'s texture hold `color`; false when the texture cannot be updated.
    bool tint(RunTexture& run, SDL_Color color);
    // After a relayout or a font change: every cached texture is stale.
    void clear();

    [[nodiscard]] std::size_t cached_lines() const { return m_entries.size(); }
    [[nodiscard]] std::size_t cached_bytes() const { return m_bytes; }
    [[nodiscard]] std::size_t rasterised_lines() const { return m_rasterised; }

private:
    struct Entry {
        std::vector<RunTexture> runs;
        std::size_t bytes = 0;
        std::list<std::size_t>::iterator recency;
    };
    void evict_until_within_budget(std::size_t keep);

    SDL_Renderer* m_renderer;
    std::size_t m_byte_budget;
    std::size_t m_bytes = 0;
    std::size_t m_rasterised = 0;
    std::unordered_map<std::size_t, Entry> m_entries;
    std::list<std::size_t> m_recency; // most recent first
    std::vector<std::uint32_t> m_pixels; // scratch for tinting
};

} // namespace podium
