// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/text_font.hpp"

#include "core/error.hpp"

namespace podium {

TextFont::TextFont(const FontChoice& choice, int pixel_size)
    : m_choice(choice), m_bold_choice(bold_face_of(choice)), m_pixel_size(pixel_size)
{
    m_font.reset(TTF_OpenFontIndex(choice.file.c_str(), pixel_size, choice.face_index));
    if (!m_font) {
        throw Error("cannot open font " + choice.file.string() + " (" + TTF_GetError()
            + "): put a .ttf/.otf file in fonts/ or install fonts-noto-cjk");
    }
}

int TextFont::width(std::string_view utf8) const
{
    if (utf8.empty()) {
        return 0;
    }
    m_buffer.assign(utf8);
    int w = 0;
    int h = 0;
    if (TTF_SizeUTF8(m_font.get(), m_buffer.c_str(), &w, &h) != 0) {
        return 0;
    }
    return w;
}

SurfacePtr TextFont::render_white(std::string_view utf8) const
{
    if (utf8.empty()) {
        return nullptr;
    }
    m_buffer.assign(utf8);
    return SurfacePtr(TTF_RenderUTF8_Blended(m_font.get(), m_buffer.c_str(), SDL_Color{255, 255, 255, 255}));
}

TTF_Font* TextFont::face(unsigned char style) const
{
    const bool bold = (style & kStyleBold) != 0;
    const bool italic = (style & kStyleItalic) != 0;
    if (!bold && !italic) {
        return m_font.get();
    }
    FontPtr& slot = m_styled[bold && italic ? 2 : bold ? 0 : 1];
    if (!slot) {
        const FontChoice& file = bold && m_bold_choice ? *m_bold_choice : m_choice;
        slot.reset(TTF_OpenFontIndex(file.file.c_str(), m_pixel_size, file.face_index));
        if (!slot) {
            return m_font.get(); // drawn upright and regular rather than not at all
        }
        int synthetic = italic ? TTF_STYLE_ITALIC : TTF_STYLE_NORMAL;
        if (bold && !m_bold_choice) {
            synthetic |= TTF_STYLE_BOLD;
        }
        TTF_SetFontStyle(slot.get(), synthetic);
    }
    return slot.get();
}

int TextFont::width(std::string_view utf8, unsigned char style) const
{
    if (utf8.empty()) {
        return 0;
    }
    m_buffer.assign(utf8);
    int w = 0;
    int h = 0;
    // A slant keeps each glyph's advance; SDL_ttf's italic box adds the overhang, which would
    // leave a gap after every italic run. Measure the upright face.
    if (TTF_SizeUTF8(face(static_cast<unsigned char>(style & ~kStyleItalic)), m_buffer.c_str(), &w, &h) != 0) {
        return 0;
    }
    return w;
}

SurfacePtr TextFont::render_white(std::string_view utf8, unsigned char style) const
{
    if (utf8.empty()) {
        return nullptr;
    }
    m_buffer.assign(utf8);
    return SurfacePtr(TTF_RenderUTF8_Blended(face(style), m_buffer.c_str(), SDL_Color{255, 255, 255, 255}));
}

// Cuts UTF-8 text at a character boundary so it fits `max_width`, adding an ellipsis.
std::string fit_to_width(const TextFont& font, std::string text, int max_width)
{
    if (font.width(text) <= max_width) {
        return text;
    }
    while (!text.empty()) {
        std::size_t cut = text.size() - 1;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0u) == 0x80u) {
            --cut;
        }
        text.resize(cut);
        if (font.width(text + "…") <= max_width) {
            return text + "…";
        }
    }
    return text;
}

} // namespace podium
