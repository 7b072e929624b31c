// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/line_cache.hpp"

namespace podium {

namespace {

// The coverage (alpha) of a white TTF_RenderUTF8_Blended surface, cropped to the rows that have
// ink. Returns the first inked row in `top` and the row count in `rows`.
std::vector<std::uint8_t> coverage_of(SDL_Surface* surface, int& top, int& rows)
{
    // TTF_RenderUTF8_Blended gives ARGB8888 already; convert only a surface that is not.
    SurfacePtr converted;
    SDL_Surface* argb = surface;
    if (surface->format->format != SDL_PIXELFORMAT_ARGB8888) {
        converted.reset(SDL_ConvertSurfaceFormat(surface, SDL_PIXELFORMAT_ARGB8888, 0));
        argb = converted.get();
    }
    std::vector<std::uint8_t> alpha;
    top = 0;
    rows = 0;
    if (argb == nullptr || SDL_LockSurface(argb) != 0) {
        return alpha;
    }
    const int w = argb->w;
    const int h = argb->h;
    auto row_has_ink = [&](int y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(static_cast<const std::uint8_t*>(argb->pixels) + y * argb->pitch);
        for (int x = 0; x < w; ++x) {
            if ((row[x] >> 24) != 0) {
                return true;
            }
        }
        return false;
    };
    int first = 0;
    while (first < h && !row_has_ink(first)) {
        ++first;
    }
    int last = h - 1;
    while (last >= first && !row_has_ink(last)) {
        --last;
    }
    if (first <= last) {
        top = first;
        rows = last - first + 1;
        alpha.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(rows));
        for (int y = 0; y < rows; ++y) {
            const auto* row = reinterpret_cast<const std::uint32_t*>(
                static_cast<const std::uint8_t*>(argb->pixels) + (first + y) * argb->pitch);
            for (int x = 0; x < w; ++x) {
                alpha[static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)] =
                    static_cast<std::uint8_t>(row[x] >> 24);
            }
        }
    }
    SDL_UnlockSurface(argb);
    return alpha;
}

} // namespace

LineCache::LineCache(SDL_Renderer* renderer, std::size_t byte_budget)
    : m_renderer(renderer), m_byte_budget(byte_budget)
{
}

std::vector<RunTexture>& LineCache::runs(const Script& script, const Layout& layout, const TextFont& font,
    std::size_t line)
{
    if (auto found = m_entries.find(line); found != m_entries.end()) {
        m_recency.splice(m_recency.begin(), m_recency, found->second.recency);
        return found->second.runs;
    }
    Entry entry;
    for (const LineRun& run : layout.lines.at(line).runs) {
        const SurfacePtr surface = font.render_white(script.view(run.span), run.style);
        if (!surface) {
            continue;
        }
        RunTexture texture;
        texture.coverage = coverage_of(surface.get(), texture.y, texture.height);
        if (texture.height == 0) {
            continue; // only spaces
        }
        texture.width = surface->w;
        texture.texture.reset(SDL_CreateTexture(m_renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC,
            texture.width, texture.height));
        if (!texture.texture) {
            continue; // out of texture memory: the line shows without this run rather than crash
        }
        SDL_SetTextureBlendMode(texture.texture.get(), SDL_BLENDMODE_NONE);
        texture.x = run.x;
        texture.sentence = run.sentence;
        entry.bytes += texture.coverage.size() * 5u; // texture (4 bytes a pixel) + coverage
        entry.runs.push_back(std::move(texture));
    }
    ++m_rasterised;
    m_bytes += entry.bytes;
    m_recency.push_front(line);
    entry.recency = m_recency.begin();
    auto inserted = m_entries.emplace(line, std::move(entry)).first;
    evict_until_within_budget(line);
    return inserted->second.runs;
}

bool LineCache::tint(RunTexture& run, SDL_Color color)
{
    if (run.tint.r == color.r && run.tint.g == color.g && run.tint.b == color.b && run.tint.a == 255) {
        return true;
    }
    m_pixels.resize(run.coverage.size());
    for (std::size_t i = 0; i < run.coverage.size(); ++i) {
        const std::uint32_t a = run.coverage[i];
        // Text colour × coverage over black, rounded: what alpha blending onto the black
        // background would give, computed once instead of every frame.
        const std::uint32_t r = (color.r * a + 127) / 255;
        const std::uint32_t g = (color.g * a + 127) / 255;
        const std::uint32_t b = (color.b * a + 127) / 255;
        m_pixels[i] = 0xFF000000u | (r << 16) | (g << 8) | b;
    }
    if (SDL_UpdateTexture(run.texture.get(), nullptr, m_pixels.data(), run.width * 4) != 0) {
        return false;
    }
    run.tint = SDL_Color{color.r, color.g, color.b, 255};
    return true;
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
