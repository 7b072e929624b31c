// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the core takes to lay out a 1 MB speech (the Chinese and the English sample
// repeated) with a fixed-width fake measurer, and what a prompter frame costs in the model.
// Also prints how many times the measurer was called: with SDL_ttf each call costs a few
// microseconds, so calls × that is the real measurer's share.
#include "core/layout/layout.hpp"
#include "core/prompter/prompter_model.hpp"
#include "core/prompter/timeline.hpp"
#include "core/script/script.hpp"
#include "core/text/utf8.hpp"
#include "core/timing/estimate.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace podium;

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

class FixedMeasurer : public TextMeasurer {
public:
    [[nodiscard]] int width(std::string_view utf8) const override
    {
        ++calls;
        int total = 0;
        std::size_t offset = 0;
        while (offset < utf8.size()) {
            total += utf8::next(utf8, offset) >= 0x2E80 ? 64 : 32;
        }
        return total;
    }
    [[nodiscard]] int line_height() const override { return 90; }
    mutable std::size_t calls = 0;
};

std::string one_megabyte_of(const char* sample)
{
    std::ifstream in(std::string(PODIUM_SOURCE_DIR) + "/docs/samples/" + sample, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str() + "\n";
    std::string big;
    while (big.size() < 1024 * 1024) {
        big += text;
    }
    return big;
}

// One paragraph per source line, whatever stage the script builder's paragraphs are at.
void paragraphs_by_line(Script& script)
{
    script.paragraphs.clear();
    std::size_t s = 0;
    std::size_t begin = 0;
    while (begin < script.text.size()) {
        std::size_t end = script.text.find('\n', begin);
        end = end == std::string::npos ? script.text.size() : end;
        Paragraph paragraph{Span{begin, end}, s, 0};
        while (s < script.sentences.size() && script.sentences[s].span.begin < end) {
            script.sentences[s].paragraph = script.paragraphs.size();
            ++paragraph.sentence_count;
            ++s;
        }
        if (paragraph.sentence_count > 0) {
            script.paragraphs.push_back(paragraph);
        }
        begin = end + 1;
    }
}

void run(const char* sample, ScriptFormat format)
{
    const std::string text = one_megabyte_of(sample);
    auto start = Clock::now();
    Script script = build_script(text, format);
    paragraphs_by_line(script);
    const double build_ms = ms_since(start);
    start = Clock::now();
    const Timing timing = estimate_timing(script, PaceProfile{});
    const double timing_ms = ms_since(start);

    FixedMeasurer measurer;
    LayoutOptions options; // 1920 px wide, 12% margins
    start = Clock::now();
    const Layout layout = layout_script(script, measurer, options);
    const double layout_ms = ms_since(start);
    const std::size_t calls = measurer.calls;
    options.width = 1280;
    start = Clock::now();
    const Layout narrower = layout_script(script, measurer, options);
    const double relayout_ms = ms_since(start);

    start = Clock::now();
    PrompterOptions prompter;
    prompter.countdown_seconds = 0.0;
    PrompterModel model(script, timing, layout, prompter);
    const double model_ms = ms_since(start);
    start = Clock::now();
    model.relayout(narrower);
    const double model_relayout_ms = ms_since(start);

    // A frame: advance by 1/60 s and read the view, as the display does.
    std::vector<double> frame_us;
    const int frames = 6000;
    frame_us.reserve(frames);
    double sink = 0.0;
    for (int i = 0; i < frames; ++i) {
        const auto frame_start = Clock::now();
        model.advance(1.0 / 60.0);
        sink += model.view().scroll_y;
        frame_us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - frame_start).count());
    }
    std::sort(frame_us.begin(), frame_us.end());
    start = Clock::now();
    const PrompterView late = view_at(script, timing, layout, PrompterOptions{}, timing.total_seconds * 0.9);
    const double view_at_ms = ms_since(start);
    sink += late.scroll_y;

    std::printf("%s ×%zu bytes: %zu paragraphs, %zu sentences, %zu lines, %.0f min planned\n", sample,
        text.size(), script.paragraphs.size(), script.sentences.size(), layout.lines.size(),
        timing.total_seconds / 60.0);
    std::printf("  build_script %.1f ms, estimate_timing %.1f ms\n", build_ms, timing_ms);
    std::printf("  layout_script 1920 px %.1f ms (%zu measurer calls for %zu characters), 1280 px %.1f ms\n",
        layout_ms, calls, utf8::count_code_points(text), relayout_ms);
    std::printf("  PrompterModel build %.2f ms, relayout %.2f ms, view_at(90%%) %.2f ms\n", model_ms,
        model_relayout_ms, view_at_ms);
    std::printf("  model frame (advance + view) median %.2f us, p99 %.2f us, max %.2f us%s\n",
        frame_us[frame_us.size() / 2], frame_us[frame_us.size() * 99 / 100], frame_us.back(),
        sink > 0.0 ? "" : " ");
}

} // namespace

int main()
{
    run("welcome-zh.txt", ScriptFormat::PlainText);
    run("welcome-en.md", ScriptFormat::Markdown);
    return 0;
}
