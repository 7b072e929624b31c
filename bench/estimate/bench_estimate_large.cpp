// SPDX-License-Identifier: GPL-3.0-or-later
// The core pipeline on a 10 MB speech: decode, build_script (splitter, sections, placeholders)
// and estimate_timing (normaliser and model), each timed; then `podium estimate` on the same
// file as a whole process. Prints seconds.
#include "bench_common.hpp"

#include "core/script/script.hpp"
#include "core/text/load.hpp"
#include "core/timing/estimate.hpp"

#include <iostream>

namespace {

double seconds_since(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main()
{
    auto source = std::filesystem::path(PODIUM_SHARED_DIR) / "speeches/zh-party-seminar.txt";
    if (!std::filesystem::exists(source)) {
        source = std::filesystem::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-zh.txt";
    }
    const std::string unit = bench::read_file(source) + "\n";
    std::string speech;
    while (speech.size() < 10u * 1000u * 1000u) {
        speech += unit;
    }
    const auto path = std::filesystem::temp_directory_path() / ("podium-bench-large-" + std::to_string(getpid()) + ".txt");
    bench::write_file(path, speech);
    std::cout << "input: " << source.filename().string() << " repeated to " << speech.size() << " bytes\n";

    for (int round = 0; round < 3; ++round) {
        auto start = std::chrono::steady_clock::now();
        podium::LoadResult loaded = podium::load_text_file(path);
        const double load = seconds_since(start);
        if (!loaded.ok()) {
            std::cerr << loaded.error << '\n';
            return 1;
        }
        start = std::chrono::steady_clock::now();
        const podium::Script script = podium::build_script(std::move(loaded.text), podium::ScriptFormat::PlainText);
        const double build = seconds_since(start);
        start = std::chrono::steady_clock::now();
        const podium::Timing timing = podium::estimate_timing(script, podium::PaceProfile{});
        const double estimate = seconds_since(start);
        std::cout << "round " << round + 1 << ": load " << load << " s, build_script " << build << " s ("
                  << script.sentences.size() << " sentences, " << script.sections.size() << " sections), "
                  << "estimate_timing " << estimate << " s; build+estimate " << build + estimate
                  << " s (target < 2 s); estimated " << timing.total_seconds / 3600.0 << " h\n";
    }
    const double process = bench::run_process({PODIUM_EXECUTABLE, "estimate", path.string()});
    std::cout << "podium estimate on the 10 MB file as a whole process: " << process << " s\n";
    std::filesystem::remove(path);
    return 0;
}
