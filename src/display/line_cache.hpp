#pragma once
#include "core/layout/layout.hpp"
#include "core/script/script.hpp"
#include "display/sdl_handles.hpp"
#include "display/text_font.hpp"

#include <cstddef>
#include <list>
#include <unordered_map>
#include <vector>

namespace podium {

// One rasterised run of a line: white text, tinted at draw time with SDL_SetTextureColorMod,
// so the highlight moving from sentence to sentence never re-rasterises anything.
struct RunTexture {
    TexturePtr texture;
    int x = 0;            // from the column's left edge
    int width = 0;
    int height = 0;
    std::size_t sentence = 0;
};

// Line textures created lazily (only lines that come into view) and evicted least-recently-used
// once their pixels pass a byte budget, so a 1 MB script costs no more than a short one.
class LineCache {
public:
    LineCache(SDL_Renderer* renderer, std::size_t byte_budget = 48u << 20);

    // The runs of `line`, rasterising it on first use. Valid until the next call.
    const std::vector<RunTexture>& runs(const Script& script, const Layout& layout, const TextFont& font,
        std::size_t line);
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
};

} // namespace podium
