// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/layout/layout.hpp"
#include "core/prompter/prompter_view.hpp"
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"
#include "display/font_locator.hpp"
#include "display/frame_painter.hpp"
#include "display/text_font.hpp"

#include <memory>

namespace podium {

// The text side of a prompter view: the font at the current size and the layout measured with
// it for the current width. One per window, so a second window (issue 7) lays out on its own.
class PrompterScene {
public:
    PrompterScene(const Script& script, const Timing& timing, FontChoice font);

    // Re-lays out when the width or the text size changed; true when it did (the caller then
    // tells the model, which keeps the current sentence on the reading line).
    bool fit(int width, int text_px);

    [[nodiscard]] const Layout& layout() const { return m_layout; }
    [[nodiscard]] const TextFont& font() const { return *m_font; }
    [[nodiscard]] const FontChoice& font_choice() const { return m_font_choice; }
    [[nodiscard]] const Script& script() const { return *m_script; }
    [[nodiscard]] const Timing& timing() const { return *m_timing; }
    [[nodiscard]] FrameContent content(const PrompterView& view) const;

private:
    const Script* m_script;
    const Timing* m_timing;
    FontChoice m_font_choice;
    std::unique_ptr<TextFont> m_font;
    Layout m_layout;
    int m_width = 0;
};

} // namespace podium
