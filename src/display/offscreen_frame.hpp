// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "display/font_locator.hpp"
#include "display/frame_painter.hpp"
#include "display/png_writer.hpp"
#include "display/sdl_handles.hpp"

namespace podium {

// Reads the renderer's current target back as RGBA (call before SDL_RenderPresent).
[[nodiscard]] FrameImage read_frame(SDL_Renderer* renderer, int width, int height);

// A software renderer drawing into a memory surface: frames with no window and no video
// driver at all (`podium render`, tests, the benchmark). Needs a live TtfLibrary.
class OffscreenFrame {
public:
    OffscreenFrame(int width, int height, FontChoice font);

    // Paints one frame and reads it back.
    FrameImage render(const FrameContent& content);
    // Paints one frame without reading it back (benchmarks).
    void paint(const FrameContent& content);

    [[nodiscard]] SDL_Renderer* renderer() const { return m_renderer.get(); }
    [[nodiscard]] FramePainter& painter() { return *m_painter; }
    [[nodiscard]] int width() const { return m_width; }
    [[nodiscard]] int height() const { return m_height; }

private:
    int m_width;
    int m_height;
    SurfacePtr m_surface;
    RendererPtr m_renderer;
    std::unique_ptr<FramePainter> m_painter;
};

} // namespace podium
