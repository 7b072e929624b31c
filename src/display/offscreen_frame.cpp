// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/offscreen_frame.hpp"

#include "core/error.hpp"

namespace podium {

FrameImage read_frame(SDL_Renderer* renderer, int width, int height)
{
    FrameImage image;
    image.width = width;
    image.height = height;
    image.rgba.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4u);
    if (SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_RGBA32, image.rgba.data(), width * 4) != 0) {
        throw Error(std::string("cannot read the frame back: ") + SDL_GetError());
    }
    return image;
}

OffscreenFrame::OffscreenFrame(int width, int height, FontChoice font) : m_width(width), m_height(height)
{
    m_surface.reset(SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_ARGB8888));
    if (!m_surface) {
        throw Error(std::string("cannot make a ") + std::to_string(width) + "×" + std::to_string(height)
            + " frame: " + SDL_GetError());
    }
    m_renderer.reset(SDL_CreateSoftwareRenderer(m_surface.get()));
    if (!m_renderer) {
        throw Error(std::string("cannot make a software renderer: ") + SDL_GetError());
    }
    m_painter = std::make_unique<FramePainter>(m_renderer.get(), std::move(font));
}

void OffscreenFrame::paint(const FrameContent& content)
{
    m_painter->paint(content, m_width, m_height);
}

FrameImage OffscreenFrame::render(const FrameContent& content)
{
    paint(content);
    return read_frame(m_renderer.get(), m_width, m_height);
}

} // namespace podium
