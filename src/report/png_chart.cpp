// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/chart_writer.hpp"

#include "core/error.hpp"
#include "core/text/utf8.hpp"

#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <png.h>

#include <algorithm>
#include <cmath>
#include <csetjmp>
#include <memory>
#include <vector>

namespace podium {

namespace {

struct FontFile {
    std::string path;
    int index = 0;
};

struct FcPatternDeleter {
    void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
using FcPatternPtr = std::unique_ptr<FcPattern, FcPatternDeleter>;

// The CJK face fontconfig picks for "Noto Sans CJK SC" (weight as asked), if it covers Han.
std::optional<FontFile> find_cjk_font(bool bold)
{
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (config == nullptr) {
        return std::nullopt;
    }
    std::unique_ptr<FcConfig, decltype(&FcConfigDestroy)> config_owner(config, &FcConfigDestroy);
    FcPatternPtr pattern(FcNameParse(reinterpret_cast<const FcChar8*>(bold ? "Noto Sans CJK SC:bold" : "Noto Sans CJK SC")));
    if (!pattern) {
        return std::nullopt;
    }
    FcPatternAddString(pattern.get(), FC_LANG, reinterpret_cast<const FcChar8*>("zh-cn"));
    FcConfigSubstitute(config, pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());
    FcResult result = FcResultNoMatch;
    FcPatternPtr match(FcFontMatch(config, pattern.get(), &result));
    if (!match) {
        return std::nullopt;
    }
    FcCharSet* charset = nullptr;
    if (FcPatternGetCharSet(match.get(), FC_CHARSET, 0, &charset) != FcResultMatch
        || FcCharSetHasChar(charset, 0x4E2D) == FcFalse) { // 中
        return std::nullopt;
    }
    FcChar8* file = nullptr;
    int index = 0;
    if (FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch) {
        return std::nullopt;
    }
    FcPatternGetInteger(match.get(), FC_INDEX, 0, &index);
    return FontFile{reinterpret_cast<const char*>(file), index};
}

struct LibraryDeleter {
    void operator()(FT_Library library) const { FT_Done_FreeType(library); }
};
struct FaceDeleter {
    void operator()(FT_Face face) const { FT_Done_Face(face); }
};
using LibraryPtr = std::unique_ptr<std::remove_pointer_t<FT_Library>, LibraryDeleter>;
using FacePtr = std::unique_ptr<std::remove_pointer_t<FT_Face>, FaceDeleter>;

class Canvas {
public:
    Canvas(int width, int height, ChartColor background)
        : m_width(width), m_height(height), m_pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3)
    {
        for (std::size_t i = 0; i < m_pixels.size(); i += 3) {
            m_pixels[i] = background.r;
            m_pixels[i + 1] = background.g;
            m_pixels[i + 2] = background.b;
        }
    }

    // Coverage-weighted blend; `coverage` 0..255.
    void blend(int x, int y, ChartColor color, unsigned coverage)
    {
        if (x < 0 || y < 0 || x >= m_width || y >= m_height || coverage == 0) {
            return;
        }
        const std::size_t at = (static_cast<std::size_t>(y) * static_cast<std::size_t>(m_width) + static_cast<std::size_t>(x)) * 3;
        auto mix = [&](std::uint8_t& channel, std::uint8_t value) {
            channel = static_cast<std::uint8_t>((value * coverage + channel * (255 - coverage) + 127) / 255);
        };
        mix(m_pixels[at], color.r);
        mix(m_pixels[at + 1], color.g);
        mix(m_pixels[at + 2], color.b);
    }

    // Anti-aliased edges: each pixel covered by the fraction of the rectangle over it.
    void fill(double x0, double y0, double x1, double y1, ChartColor color)
    {
        const int left = static_cast<int>(std::floor(x0));
        const int right = static_cast<int>(std::ceil(x1));
        const int top = static_cast<int>(std::floor(y0));
        const int bottom = static_cast<int>(std::ceil(y1));
        for (int y = top; y < bottom; ++y) {
            const double cover_y = std::min<double>(y + 1, y1) - std::max<double>(y, y0);
            for (int x = left; x < right; ++x) {
                const double cover_x = std::min<double>(x + 1, x1) - std::max<double>(x, x0);
                blend(x, y, color, static_cast<unsigned>(std::lround(std::clamp(cover_x * cover_y, 0.0, 1.0) * 255.0)));
            }
        }
    }

    [[nodiscard]] int width() const { return m_width; }
    [[nodiscard]] int height() const { return m_height; }
    [[nodiscard]] const std::vector<std::uint8_t>& pixels() const { return m_pixels; }

private:
    int m_width;
    int m_height;
    std::vector<std::uint8_t> m_pixels; // RGB
};

class TextPainter {
public:
    TextPainter()
    {
        FT_Library library = nullptr;
        if (FT_Init_FreeType(&library) != 0) {
            throw Error("cannot start FreeType to draw the chart");
        }
        m_library.reset(library);
        const auto regular = find_cjk_font(false);
        if (!regular) {
            throw Error("no CJK font found for the chart: install fonts-noto-cjk (or write an .svg chart)");
        }
        m_regular = open(*regular);
        const auto bold = find_cjk_font(true);
        m_bold = bold ? open(*bold) : nullptr;
        if (!m_bold) {
            m_bold = open(*regular);
        }
    }

    double measure(const ChartText& text) { return run(nullptr, text, 0.0); }

    void draw(Canvas& canvas, const ChartText& text)
    {
        const double width = measure(text);
        const double start = text.anchor == TextAnchor::Start ? text.x
            : text.anchor == TextAnchor::Middle              ? text.x - width / 2.0
                                                             : text.x - width;
        run(&canvas, text, start);
    }

private:
    FacePtr open(const FontFile& font)
    {
        FT_Face face = nullptr;
        if (FT_New_Face(m_library.get(), font.path.c_str(), font.index, &face) != 0) {
            throw Error(font.path + ": cannot open the font to draw the chart");
        }
        return FacePtr(face);
    }

    // Lays out (and with a canvas, draws) one line of text; returns its advance width.
    double run(Canvas* canvas, const ChartText& text, double x)
    {
        FT_Face face = text.bold ? m_bold.get() : m_regular.get();
        FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(std::lround(text.size)));
        double pen = x;
        const int baseline = static_cast<int>(std::lround(text.baseline));
        std::size_t offset = 0;
        while (offset < text.text.size()) {
            const char32_t c = utf8::next(text.text, offset);
            if (FT_Load_Char(face, c, canvas != nullptr ? FT_LOAD_RENDER : FT_LOAD_DEFAULT) != 0) {
                continue;
            }
            const FT_GlyphSlot glyph = face->glyph;
            if (canvas != nullptr) {
                const FT_Bitmap& bitmap = glyph->bitmap;
                const int left = static_cast<int>(std::lround(pen)) + glyph->bitmap_left;
                const int top = baseline - glyph->bitmap_top;
                for (unsigned row = 0; row < bitmap.rows; ++row) {
                    for (unsigned column = 0; column < bitmap.width; ++column) {
                        const unsigned coverage = bitmap.buffer[static_cast<std::ptrdiff_t>(row) * bitmap.pitch + column];
                        canvas->blend(left + static_cast<int>(column), top + static_cast<int>(row), text.color, coverage);
                    }
                }
            }
            pen += static_cast<double>(glyph->advance.x) / 64.0;
        }
        return pen - x;
    }

    LibraryPtr m_library;
    FacePtr m_regular;
    FacePtr m_bold;
};

struct PngWriteState {
    std::string* out = nullptr;
};

void append_png_bytes(png_structp png, png_bytep data, png_size_t length)
{
    auto* state = static_cast<PngWriteState*>(png_get_io_ptr(png));
    state->out->append(reinterpret_cast<const char*>(data), length);
}

void flush_nothing(png_structp) {}

// libpng reports errors by longjmp: nothing with a destructor is created between setjmp and
// the calls that may jump, so the jump skips no cleanup.
bool encode_png(const Canvas& canvas, std::string& out)
{
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (png == nullptr) {
        return false;
    }
    png_infop info = png_create_info_struct(png);
    if (info == nullptr) {
        png_destroy_write_struct(&png, nullptr);
        return false;
    }
    std::vector<png_bytep> rows(static_cast<std::size_t>(canvas.height()));
    for (int y = 0; y < canvas.height(); ++y) {
        rows[static_cast<std::size_t>(y)] = const_cast<png_bytep>(canvas.pixels().data())
            + static_cast<std::ptrdiff_t>(y) * canvas.width() * 3;
    }
    PngWriteState state{&out};
    if (setjmp(png_jmpbuf(png)) != 0) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_set_write_fn(png, &state, append_png_bytes, flush_nothing);
    png_set_IHDR(png, info, static_cast<png_uint_32>(canvas.width()), static_cast<png_uint_32>(canvas.height()), 8,
        PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_rows(png, info, rows.data());
    png_write_png(png, info, PNG_TRANSFORM_IDENTITY, nullptr);
    png_destroy_write_struct(&png, &info);
    return true;
}

} // namespace

std::string render_png(const ChartScene& scene)
{
    Canvas canvas(scene.width, scene.height, scene.background);
    for (const auto& line : scene.lines) {
        // Axis-aligned lines only (the chart draws no others).
        const double half = line.width / 2.0;
        canvas.fill(std::min(line.x1, line.x2) - (line.x1 == line.x2 ? half : 0.0),
            std::min(line.y1, line.y2) - (line.y1 == line.y2 ? half : 0.0),
            std::max(line.x1, line.x2) + (line.x1 == line.x2 ? half : 0.0),
            std::max(line.y1, line.y2) + (line.y1 == line.y2 ? half : 0.0), line.color);
    }
    for (const auto& rect : scene.rects) {
        canvas.fill(rect.x, rect.y, rect.x + rect.width, rect.y + rect.height, rect.fill);
    }
    TextPainter painter;
    for (const auto& text : scene.texts) {
        painter.draw(canvas, text);
    }
    std::string bytes;
    if (!encode_png(canvas, bytes)) {
        throw Error("cannot encode the chart as PNG");
    }
    return bytes;
}

} // namespace podium
