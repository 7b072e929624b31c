#include "display/line_cache.hpp"

namespace podium {

LineCache::LineCache(SDL_Renderer* renderer, std::size_t byte_budget)
    : m_renderer(renderer), m_byte_budget(byte_budget)
{
}

const std::vector<RunTexture>& LineCache::runs(const Script& script, const Layout& layout, const TextFont& font,
    std::size_t line)
{
    if (auto found = m_entries.find(line); found != m_entries.end()) {
        m_recency.splice(m_recency.begin(), m_recency, found->second.recency);
        return found->second.runs;
    }
    Entry entry;
    for (const LineRun& run : layout.lines.at(line).runs) {
        const SurfacePtr surface = font.render_white(script.view(run.span));
        if (!surface) {
            continue;
        }
        RunTexture texture;
        texture.texture.reset(SDL_CreateTextureFromSurface(m_renderer, surface.get()));
        if (!texture.texture) {
            continue; // out of texture memory: the line shows without this run rather than crash
        }
        SDL_SetTextureBlendMode(texture.texture.get(), SDL_BLENDMODE_BLEND);
        texture.x = run.x;
        texture.width = surface->w;
        texture.height = surface->h;
        texture.sentence = run.sentence;
        entry.bytes += static_cast<std::size_t>(surface->w) * static_cast<std::size_t>(surface->h) * 4u;
        entry.runs.push_back(std::move(texture));
    }
    ++m_rasterised;
    m_bytes += entry.bytes;
    m_recency.push_front(line);
    entry.recency = m_recency.begin();
    auto [inserted, ok] = m_entries.emplace(line, std::move(entry));
    evict_until_within_budget(line);
    return inserted->second.runs;
}

void LineCache::evict_until_within_budget(std::size_t keep)
{
    while (m_bytes > m_byte_budget && m_recency.size() > 1) {
        const std::size_t oldest = m_recency.back();
        if (oldest == keep) {
            break;
        }
        m_recency.pop_back();
        auto found = m_entries.find(oldest);
        m_bytes -= found->second.bytes;
        m_entries.erase(found);
    }
}

void LineCache::clear()
{
    m_entries.clear();
    m_recency.clear();
    m_bytes = 0;
}

} // namespace podium
