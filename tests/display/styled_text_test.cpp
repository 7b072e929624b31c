// SPDX-License-Identifier: GPL-3.0-or-later
// Bold text is drawn with the family's bold face; italic is slanted by SDL_ttf.
#include "display/display_fixture.hpp"
#include "display/line_cache.hpp"
#include "display/text_font.hpp"

#include <catch2/catch.hpp>

using namespace podium;

namespace {

// The summed coverage (alpha) of a white rendering: how much ink it has.
long ink(const SurfacePtr& surface)
{
    REQUIRE(surface);
    SurfacePtr argb(SDL_ConvertSurfaceFormat(surface.get(), SDL_PIXELFORMAT_ARGB8888, 0));
    REQUIRE(SDL_LockSurface(argb.get()) == 0);
    long total = 0;
    for (int y = 0; y < argb->h; ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(static_cast<const std::uint8_t*>(argb->pixels) + y * argb->pitch);
        for (int x = 0; x < argb->w; ++x) {
            total += static_cast<long>(row[x] >> 24);
        }
    }
    SDL_UnlockSurface(argb.get());
    return total;
}

} // namespace

TEST_CASE("bold runs are drawn with more ink than plain ones, from the bold face when there is one")
{
    const TtfLibrary ttf;
    const FontChoice choice = locate_font(font_folders());
    const TextFont font(choice, 48);
    if (choice.file.filename().string().find("Regular") != std::string::npos) {
        CHECK(font.has_bold_face()); // fonts-noto-cjk ships NotoSansCJK-Bold.ttc
    }
    const long plain = ink(font.render_white("重点 Podium", kStylePlain));
    const long bold = ink(font.render_white("重点 Podium", kStyleBold));
    CHECK(bold > plain * 11 / 10);
    CHECK(font.width("重点 Podium", kStyleBold) >= font.width("重点 Podium", kStylePlain));
}

TEST_CASE("italic runs are slanted: the same ink, drawn differently")
{
    const TtfLibrary ttf;
    const TextFont font(locate_font(font_folders()), 48);
    const SurfacePtr upright = font.render_white("Italic", kStylePlain);
    const SurfacePtr slanted = font.render_white("Italic", kStyleItalic);
    const long upright_ink = ink(upright);
    const long slanted_ink = ink(slanted);
    CHECK(std::abs(slanted_ink - upright_ink) < upright_ink / 5);
    // Same text, different pixels: compare the first rows, where a slant shifts the strokes.
    SurfacePtr a(SDL_ConvertSurfaceFormat(upright.get(), SDL_PIXELFORMAT_ARGB8888, 0));
    SurfacePtr b(SDL_ConvertSurfaceFormat(slanted.get(), SDL_PIXELFORMAT_ARGB8888, 0));
    REQUIRE(SDL_LockSurface(a.get()) == 0);
    REQUIRE(SDL_LockSurface(b.get()) == 0);
    int differing = 0;
    for (int y = 0; y < std::min(a->h, b->h); ++y) {
        for (int x = 0; x < std::min(a->w, b->w); ++x) {
            const auto pa = reinterpret_cast<const std::uint32_t*>(static_cast<const std::uint8_t*>(a->pixels) + y * a->pitch)[x];
            const auto pb = reinterpret_cast<const std::uint32_t*>(static_cast<const std::uint8_t*>(b->pixels) + y * b->pitch)[x];
            differing += (pa >> 24) != (pb >> 24) ? 1 : 0;
        }
    }
    SDL_UnlockSurface(a.get());
    SDL_UnlockSurface(b.get());
    CHECK(differing > 100);
}

TEST_CASE("the prompter's line cache draws a Markdown bold word bold")
{
    test::SampleFrame sample("welcome-zh.txt", 1280, 720);
    const Script bold = build_script("这是**重点**内容。\n", ScriptFormat::Markdown);
    const Script plain = build_script("这是重点内容。\n", ScriptFormat::PlainText);
    const TtfMeasurer measurer(sample.scene->font());
    const LayoutOptions options{1280, 0.12, 1.4, 0.6};
    const Layout bold_layout = layout_script(bold, measurer, options);
    const Layout plain_layout = layout_script(plain, measurer, options);
    LineCache cache(sample.frame->renderer());
    long bold_ink = 0;
    for (const RunTexture& run : cache.runs(bold, bold_layout, sample.scene->font(), 0)) {
        for (const std::uint8_t a : run.coverage) {
            bold_ink += a;
        }
    }
    cache.clear();
    long plain_ink = 0;
    for (const RunTexture& run : cache.runs(plain, plain_layout, sample.scene->font(), 0)) {
        for (const std::uint8_t a : run.coverage) {
            plain_ink += a;
        }
    }
    CHECK(bold_layout.lines[0].runs.size() == 3);
    CHECK(bold_ink > plain_ink);
}
