// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/layout/layout.hpp"
#include "display/font_locator.hpp"
#include "display/sdl_handles.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace podium {

// One face opened at one pixel size, with its bold and italic variants opened on first use.
// Bold is the family's bold file when there is one (NotoSansCJK-Bold.ttc), else SDL_ttf's
// synthetic TTF_STYLE_BOLD. Italic is always TTF_STYLE_ITALIC (a slant of the upright face):
// Noto Sans CJK has no italic, as CJK type has none, and fonts-noto-core's Latin italics do not
// cover Chinese. Needs a live TtfLibrary.
class TextFont {
public:
    TextFont(const FontChoice& choice, int pixel_size);
    // In a style (TextStyle flags); kStyleCode is drawn upright.
    [[nodiscard]] int width(std::string_view utf8, unsigned char style) const;
    [[nodiscard]] SurfacePtr render_white(std::string_view utf8, unsigned char style) const;
    // Whether bold comes from a bold face rather than being synthesised.
    [[nodiscard]] bool has_bold_face() const { return m_bold_choice.has_value(); }

    [[nodiscard]] TTF_Font* get() const { return m_font.get(); }
    [[nodiscard]] int pixel_size() const { return m_pixel_size; }
    // Ascent + descent of the face (what a rendered surface's height is).
    [[nodiscard]] int glyph_height() const { return TTF_FontHeight(m_font.get()); }
    [[nodiscard]] int ascent() const { return TTF_FontAscent(m_font.get()); }
    [[nodiscard]] int width(std::string_view utf8) const;
    // White text on transparent, ARGB8888; nullptr for empty text.
    [[nodiscard]] SurfacePtr render_white(std::string_view utf8) const;

private:
    [[nodiscard]] TTF_Font* face(unsigned char style) const;

    FontPtr m_font;
    FontChoice m_choice;
    std::optional<FontChoice> m_bold_choice;
    mutable FontPtr m_styled[3]; // bold, italic, bold italic: opened when first drawn
    int m_pixel_size = 0;
    mutable std::string m_buffer; // SDL_ttf wants NUL-terminated strings
};

// The layout's measurer over SDL_ttf. Layout passes bounded segments (a word, a few
// characters), never the whole speech: TTF_SizeUTF8 walks everything it is given.
// The line height is the em size: line spacing 1.4 then means 1.4 em, as in typography,
// rather than 1.4 × the face's tall CJK ascent+descent.
class TtfMeasurer final : public TextMeasurer {
public:
    explicit TtfMeasurer(const TextFont& font) : m_font(font) {}
    [[nodiscard]] int width(std::string_view utf8) const override { return m_font.width(utf8); }
    [[nodiscard]] int width(std::string_view utf8, unsigned char style) const override { return m_font.width(utf8, style); }
    [[nodiscard]] int line_height() const override { return m_font.pixel_size(); }

private:
    const TextFont& m_font;
};

// Cuts UTF-8 text at a character boundary so it fits `max_width` pixels, adding an ellipsis.
[[nodiscard]] std::string fit_to_width(const TextFont& font, std::string text, int max_width);

} // namespace podium
