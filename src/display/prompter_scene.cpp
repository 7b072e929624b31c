// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/prompter_scene.hpp"

namespace podium {

PrompterScene::PrompterScene(const Script& script, const Timing& timing, FontChoice font)
    : m_script(&script), m_timing(&timing), m_font_choice(std::move(font))
{
}

bool PrompterScene::fit(int width, int text_px)
{
    if (m_font && m_font->pixel_size() == text_px && m_width == width) {
        return false;
    }
    if (!m_font || m_font->pixel_size() != text_px) {
        m_font = std::make_unique<TextFont>(m_font_choice, text_px);
    }
    m_width = width;
    LayoutOptions options;
    options.width = width;
    const TtfMeasurer measurer(*m_font);
    m_layout = layout_script(*m_script, measurer, options);
    return true;
}

FrameContent PrompterScene::content(const PrompterView& view) const
{
    FrameContent content;
    content.script = m_script;
    content.timing = m_timing;
    content.layout = &m_layout;
    content.text_font = m_font.get();
    content.view = view;
    return content;
}

} // namespace podium
