// SPDX-License-Identifier: GPL-3.0-or-later
// Reference benchmark: how long making the script's reference sound takes (the speech plan read
// by eSpeak NG into memory, resampled, MFCC'd, hubness), uncached (an empty cache folder) and
// cached, for ../shared/speeches/zh-party-seminar.txt (or the files given), in wall-clock and
// CPU seconds: until the first rendering (the presets' register, with which the content follower
// leads) and until both. Target (issue 21): ≤ 3 s uncached for the 15-minute shared speech.
#include "core/script/script.hpp"
#include "core/text/load.hpp"
#include "speech/script_reference_render.hpp"
#include "speech/speech_plan.hpp"
#include "speech/voice_preset.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

using namespace podium;

namespace {

struct Times {
    double wall = 0.0;
    double cpu = 0.0;
};

class Stopwatch {
public:
    Stopwatch() : m_wall(std::chrono::steady_clock::now()), m_cpu(std::clock()) {}
    [[nodiscard]] Times elapsed() const
    {
        return {std::chrono::duration<double>(std::chrono::steady_clock::now() - m_wall).count(),
            static_cast<double>(std::clock() - m_cpu) / CLOCKS_PER_SEC};
    }

private:
    std::chrono::steady_clock::time_point m_wall;
    std::clock_t m_cpu;
};

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        files.emplace_back(argv[i]);
    }
    if (files.empty()) {
        const std::filesystem::path shared = std::filesystem::path(PODIUM_SHARED_DIR) / "speeches/zh-party-seminar.txt";
        files.push_back(std::filesystem::exists(shared) ? shared : std::filesystem::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-zh.txt");
    }
    const VoiceCatalog catalog = load_voice_catalog({std::filesystem::path(PODIUM_SOURCE_DIR) / "voices"});
    const std::filesystem::path cache = std::filesystem::temp_directory_path() / ("podium-reference-bench-" + std::to_string(::getpid()));
    std::printf("%-24s %8s %7s | %-23s | %-23s | %11s\n", "speech", "frames", "audio", "uncached: first wall/cpu",
        "uncached: both wall/cpu", "cached wall");
    for (const std::filesystem::path& path : files) {
        const LoadResult loaded = load_text_file(path);
        if (!loaded.ok()) {
            std::fprintf(stderr, "cannot load %s: %s\n", path.c_str(), loaded.error.c_str());
            return 1;
        }
        const Script script = build_script(loaded.text, format_for_path(path));
        const SpeechVoices voices{*catalog.find("zh-mandarin"), *catalog.find("en-us"), dominant_language(script), {}};
        std::filesystem::remove_all(cache);
        const Stopwatch uncached_watch;
        ReferenceSet made;
        Times first;
        make_script_references(script, voices, cache, [&](std::shared_ptr<const ScriptReference> reference) {
            if (made.renderings.empty()) {
                first = uncached_watch.elapsed();
            }
            made.renderings.push_back(std::move(reference));
        });
        const Times both = uncached_watch.elapsed();
        const Stopwatch cached_watch;
        const ReferenceSet again = script_references(script, voices, cache);
        const Times cached = cached_watch.elapsed();
        std::size_t frames = 0;
        double seconds = 0.0;
        for (const auto& reference : made.renderings) {
            frames += reference->size();
            seconds = std::max(seconds, reference->empty() ? 0.0 : reference->time(reference->size() - 1));
        }
        std::printf("%-24s %8zu %6.1fm | %9.2fs / %9.2fs | %9.2fs / %9.2fs | %10.3fs\n", path.filename().c_str(), frames,
            seconds / 60.0, first.wall, first.cpu, both.wall, both.cpu, cached.wall);
        (void)again;
    }
    std::filesystem::remove_all(cache);
    return 0;
}
