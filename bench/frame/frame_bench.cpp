// SPDX-License-Identifier: GPL-3.0-or-later
// Frame benchmark (issue 5): software renderer, 1920×1080, 64 px text.
//   - scrolling the Chinese sample: frame CPU time (median, p99) with cached line textures,
//     against the naive approach (rasterising the visible lines every frame) in the same run;
//   - first frame from process start;
//   - a 1 MB script: first frame and resident memory.
// Prints figures; never fails on timing. Run with SDL_RENDER_DRIVER=software.
#include "core/prompter/prompter_model.hpp"
#include "core/script/script.hpp"
#include "core/text/load.hpp"
#include "core/timing/estimate.hpp"
#include "display/font_locator.hpp"
#include "display/offscreen_frame.hpp"
#include "display/prompter_scene.hpp"
#include "display/sdl_handles.hpp"
#include "support/proc_status.hpp" // tests/support: VmRSS, VmHWM

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <ctime>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Milliseconds the process ran before main (exec, dynamic linking, static initialisers), from
// /proc: start time in clock ticks since boot against the uptime. Resolution 1/CLK_TCK.
double ms_before_main()
{
    std::ifstream stat_file("/proc/self/stat");
    std::string stat((std::istreambuf_iterator<char>(stat_file)), std::istreambuf_iterator<char>());
    const std::size_t close = stat.rfind(')');
    if (close == std::string::npos) {
        return 0.0;
    }
    std::vector<std::string> fields;
    std::size_t at = close + 2;
    while (at < stat.size()) {
        const std::size_t space = stat.find(' ', at);
        fields.push_back(stat.substr(at, space - at));
        if (space == std::string::npos) {
            break;
        }
        at = space + 1;
    }
    // Field 22 (starttime) is the 20th after the ")" (fields 3.. are indexed from 0 here).
    if (fields.size() < 20) {
        return 0.0;
    }
    const double start_ticks = std::stod(fields[19]);
    std::ifstream uptime_file("/proc/uptime");
    double uptime = 0.0;
    uptime_file >> uptime;
    return std::max(0.0, (uptime - start_ticks / static_cast<double>(sysconf(_SC_CLK_TCK))) * 1000.0);
}

std::string read_sample(const char* name)
{
    std::ifstream in(std::string(PODIUM_SOURCE_DIR) + "/docs/samples/" + name, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

struct Stats {
    double median = 0.0;
    double p99 = 0.0;
    double mean = 0.0;
};

Stats stats(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    Stats s;
    s.median = samples[samples.size() / 2];
    s.p99 = samples[std::min(samples.size() - 1, samples.size() * 99 / 100)];
    for (double v : samples) {
        s.mean += v;
    }
    s.mean /= static_cast<double>(samples.size());
    return s;
}

constexpr int width = 1920;
constexpr int height = 1080;
constexpr int text_px = 64;

// Everything from a script's bytes to its first painted frame.
struct Prompter {
    podium::Script script;
    podium::Timing timing;
    std::unique_ptr<podium::PrompterScene> scene;
    std::unique_ptr<podium::OffscreenFrame> frame;
    std::unique_ptr<podium::PrompterModel> model;

    std::string breakdown; // where the first frame's time went

    Prompter(std::string bytes, podium::ScriptFormat format, const podium::FontChoice& font)
    {
        auto lap_start = Clock::now();
        auto lap = [&](const char* what) {
            char text[64];
            std::snprintf(text, sizeof text, "%s%s %.1f", breakdown.empty() ? "" : ", ", what, ms_since(lap_start));
            breakdown += text;
            lap_start = Clock::now();
        };
        podium::LoadResult decoded = podium::decode_text(bytes);
        script = podium::build_script(std::move(decoded.text), format);
        lap("script");
        timing = podium::estimate_timing(script, podium::PaceProfile{});
        lap("timing");
        scene = std::make_unique<podium::PrompterScene>(script, timing, font);
        scene->fit(width, text_px);
        lap("font+layout");
        frame = std::make_unique<podium::OffscreenFrame>(width, height, font);
        podium::PrompterOptions options;
        options.font_size = text_px;
        model = std::make_unique<podium::PrompterModel>(script, timing, scene->layout(), options);
        lap("model");
        frame->paint(scene->content(model->view()));
        lap("paint");
    }
};

// This thread's CPU time in milliseconds: what the frame target is about, and unlike
// wall time not inflated when other processes share the cores.
double thread_cpu_ms()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

struct FrameTimes {
    std::vector<double> cpu;
    std::vector<double> wall;
};

// Scrolls at the planned pace for `frames` frames of 1/60 s, timing each frame's painting.
FrameTimes scroll(Prompter& prompter, int frames, bool naive)
{
    FrameTimes times;
    times.cpu.reserve(static_cast<std::size_t>(frames));
    times.wall.reserve(static_cast<std::size_t>(frames));
    for (int i = 0; i < frames; ++i) {
        prompter.model->advance(1.0 / 60.0);
        const auto start = Clock::now();
        const double cpu_start = thread_cpu_ms();
        if (naive) {
            prompter.frame->painter().forget_lines(); // rasterise every visible line again
        }
        prompter.frame->paint(prompter.scene->content(prompter.model->view()));
        SDL_RenderPresent(prompter.frame->renderer());
        times.cpu.push_back(thread_cpu_ms() - cpu_start);
        times.wall.push_back(ms_since(start));
    }
    return times;
}

} // namespace

int main()
{
    const auto main_start = Clock::now();
    const double before_main = ms_before_main();
    const podium::TtfLibrary ttf;
    const auto font_start = Clock::now();
    const podium::FontChoice font = podium::locate_font(podium::font_folders());
    const double font_ms = ms_since(font_start);

    // First frame of the Chinese sample, as `podium` does it (window creation excluded).
    Prompter zh(read_sample("welcome-zh.txt"), podium::ScriptFormat::PlainText, font);
    const double first_frame = ms_since(main_start) + before_main;
    std::printf("font: %s (face %ld, %s)\n", font.file.c_str(), font.face_index, font.origin.c_str());
    std::printf("first frame (Chinese sample, 1920x1080, 64 px): %.1f ms from process start "
                "(%.1f ms before main)  [target <= 200 ms]\n", first_frame, before_main);
    std::printf("  of which (ms): locate font %.1f, %s\n", font_ms, zh.breakdown.c_str());

    zh.model->apply(podium::CommandKind::TogglePlay); // skip the countdown
    constexpr int frames = 900;                         // 15 s at 60 fps
    const FrameTimes cached_times = scroll(zh, frames, false);
    const FrameTimes naive_times = scroll(zh, frames, true);
    const Stats cached = stats(cached_times.cpu);
    const Stats naive = stats(naive_times.cpu);
    const Stats cached_wall = stats(cached_times.wall);
    std::printf("scrolling, cached line textures, CPU time: median %.3f ms, p99 %.3f ms, mean %.3f ms  "
                "[targets <= 1 ms, <= 3 ms]\n", cached.median, cached.p99, cached.mean);
    std::printf("  (wall time: median %.3f ms, p99 %.3f ms; higher when other processes share the cores)\n",
        cached_wall.median, cached_wall.p99);
    std::printf("scrolling, naive (rasterise visible lines every frame), CPU time: median %.3f ms, p99 %.3f ms, mean %.3f ms\n",
        naive.median, naive.p99, naive.mean);
    std::printf("naive / cached: %.1fx (median), %.1fx (p99)\n", naive.median / cached.median, naive.p99 / cached.p99);
    std::printf("line cache: %zu lines, %.1f MB\n", zh.frame->painter().line_cache().cached_lines(),
        static_cast<double>(zh.frame->painter().line_cache().cached_bytes()) / (1 << 20));

    // A 1 MB script: the Chinese sample repeated.
    const std::string sample = read_sample("welcome-zh.txt");
    std::string big;
    while (big.size() < (1u << 20)) {
        big += sample;
        big += '\n';
    }
    const long rss_before = podium::testing::resident_kib();
    const auto big_start = Clock::now();
    Prompter large(big, podium::ScriptFormat::PlainText, font);
    const double big_first = ms_since(big_start);
    large.model->apply(podium::CommandKind::End);
    for (int i = 0; i < 60; ++i) {
        large.model->advance(1.0 / 60.0);
        large.frame->paint(large.scene->content(large.model->view()));
    }
    std::printf("1 MB script (%zu bytes, %zu sentences, %zu lines): first frame %.1f ms  [target <= 400 ms]\n",
        big.size(), large.script.sentences.size(), large.scene->layout().lines.size(), big_first);
    std::printf("  of which (ms): %s\n", large.breakdown.c_str());
    std::printf("resident memory: VmRSS %.1f MB (%.1f MB before the 1 MB script), VmHWM %.1f MB  [target <= 150 MB]\n",
        static_cast<double>(podium::testing::resident_kib()) / 1024.0, static_cast<double>(rss_before) / 1024.0,
        static_cast<double>(podium::testing::status_kib("VmHWM:")) / 1024.0);
    return 0;
}
