// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared setup for display tests: the real font, a sample speech laid out with SDL_ttf, and an
// offscreen software renderer. No window and no video driver are needed for frames.
#include "core/io/atomic_file.hpp"
#include "core/prompter/prompter_model.hpp"
#include "core/prompter/timeline.hpp"
#include "core/script/script.hpp"
#include "core/text/load.hpp"
#include "core/timing/estimate.hpp"
#include "display/font_locator.hpp"
#include "display/frame_geometry.hpp"
#include "display/offscreen_frame.hpp"
#include "display/prompter_scene.hpp"
#include "display/sdl_handles.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>

namespace podium::test {

inline Script load_sample(const std::string& name)
{
    const std::filesystem::path path = std::filesystem::path(PODIUM_SOURCE_DIR) / "docs" / "samples" / name;
    LoadResult loaded = load_text_file(path);
    return build_script(std::move(loaded.text), format_for_path(path));
}

// A sample speech shown at one frame size: script, timing, scene and an offscreen frame.
struct SampleFrame {
    TtfLibrary ttf;
    Script script;
    Timing timing;
    FontChoice font;
    std::unique_ptr<PrompterScene> scene;
    std::unique_ptr<OffscreenFrame> frame;
    PrompterOptions options;

    SampleFrame(const std::string& sample, int width, int height, int text_px = 0)
        : script(load_sample(sample)), timing(estimate_timing(script, PaceProfile{})), font(locate_font(font_folders()))
    {
        resize(width, height, text_px);
    }

    void resize(int width, int height, int text_px = 0)
    {
        options.font_size = text_px > 0 ? text_px : default_text_px(height);
        if (!scene) {
            scene = std::make_unique<PrompterScene>(script, timing, font);
        }
        scene->fit(width, options.font_size);
        frame = std::make_unique<OffscreenFrame>(width, height, font);
    }

    [[nodiscard]] PrompterView view_at_time(double seconds) const
    {
        return view_at(script, timing, scene->layout(), options, seconds);
    }

    [[nodiscard]] FrameImage render(const PrompterView& view) { return frame->render(scene->content(view)); }
    [[nodiscard]] FrameGeometry geometry(const PrompterView& view) const
    {
        return frame_geometry(frame->width(), frame->height(), view.reading_line, true);
    }
};

inline int brightness(const FrameImage& image, int x, int y)
{
    const std::uint8_t* p = image.pixel(x, y);
    return static_cast<int>(std::max({p[0], p[1], p[2]}));
}

// The brightest pixel in a rectangle (clipped to the image).
inline int max_brightness(const FrameImage& image, int x0, int y0, int x1, int y1)
{
    int best = 0;
    for (int y = std::max(0, y0); y < std::min(image.height, y1); ++y) {
        for (int x = std::max(0, x0); x < std::min(image.width, x1); ++x) {
            best = std::max(best, brightness(image, x, y));
        }
    }
    return best;
}

// A key press queued as SDL would deliver it (SDL's event queue must be running).
inline void push_key(SDL_Keycode key, Uint16 modifiers = KMOD_NONE)
{
    SDL_Event event{};
    event.type = SDL_KEYDOWN;
    event.key.state = SDL_PRESSED;
    event.key.keysym.sym = key;
    event.key.keysym.mod = modifiers;
    REQUIRE(SDL_PushEvent(&event) == 1);
}

} // namespace podium::test
