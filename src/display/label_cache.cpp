// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/label_cache.hpp"

namespace podium {

const LabelCache::Label* LabelCache::find_or_make(const TextFont& font, std::string_view text)
{
    if (text.empty()) {
        return nullptr;
    }
    std::string key = std::to_string(reinterpret_cast<std::uintptr_t>(font.get())) + '\x1f';
    key += text;
    if (auto found = m_labels.find(key); found != m_labels.end()) {
        return &found->second;
    }
    if (m_labels.size() >= 256) {
        m_labels.clear();
    }
    const SurfacePtr surface = font.render_white(text);
    if (!surface) {
        return nullptr;
    }
    Label label;
    label.texture.reset(SDL_CreateTextureFromSurface(m_renderer, surface.get()));
    if (!label.texture) {
        return nullptr;
    }
    SDL_SetTextureBlendMode(label.texture.get(), SDL_BLENDMODE_BLEND);
    label.width = surface->w;
    label.height = surface->h;
    return &m_labels.emplace(std::move(key), std::move(label)).first->second;
}

int LabelCache::width(const TextFont& font, std::string_view text)
{
    const Label* label = find_or_make(font, text);
    return label == nullptr ? 0 : label->width;
}

int LabelCache::draw(const TextFont& font, std::string_view text, int x, int y, SDL_Color color, Align align)
{
    const Label* label = find_or_make(font, text);
    if (label == nullptr) {
        return 0;
    }
    int left = x;
    if (align == Align::Centre) {
        left = x - label->width / 2;
    } else if (align == Align::Right) {
        left = x - label->width;
    }
    SDL_SetTextureColorMod(label->texture.get(), color.r, color.g, color.b);
    SDL_SetTextureAlphaMod(label->texture.get(), color.a);
    const SDL_Rect target{left, y, label->width, label->height};
    SDL_RenderCopy(m_renderer, label->texture.get(), nullptr, &target);
    return label->width;
}

} // namespace podium
