// SPDX-License-Identifier: GPL-3.0-or-later
// `podium estimate FILE` end to end, as a user runs it: fork/exec the built binary on a
// 3,000-character Chinese speech (the bundled sample repeated), many times; print the median.
#include "bench_common.hpp"

#include "core/text/utf8.hpp"

#include <iostream>

int main(int argc, char** argv)
{
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100;
    const std::string sample = bench::read_file(std::filesystem::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-zh.txt");
    std::size_t han = 0;
    for (std::size_t offset = 0; offset < sample.size();) {
        han += podium::utf8::is_han(podium::utf8::next(sample, offset)) ? 1 : 0;
    }
    std::string speech;
    std::size_t total_han = 0;
    while (total_han < 3000) {
        speech += sample + "\n";
        total_han += han;
    }
    const auto path = std::filesystem::temp_directory_path() / ("podium-bench-estimate-" + std::to_string(getpid()) + ".txt");
    bench::write_file(path, speech);

    // `podium --version` is the floor: process start and dynamic linking, no work. The machine
    // may be shared, so compare the estimate with this floor measured in the same run.
    const std::vector<std::vector<std::string>> commands{
        {PODIUM_EXECUTABLE, "--version"},
        {PODIUM_EXECUTABLE, "estimate", path.string()},
        {PODIUM_EXECUTABLE, "estimate", path.string(), "--json"},
    };
    for (const auto& arguments : commands) {
        bench::run_process(arguments); // warm the page cache
        std::vector<double> times;
        std::vector<double> cpu_times;
        for (int i = 0; i < runs; ++i) {
            double cpu = 0.0;
            const double seconds = bench::run_process(arguments, &cpu);
            cpu_times.push_back(cpu);
            if (seconds < 0) {
                std::cerr << "podium failed\n";
                std::filesystem::remove(path);
                return 1;
            }
            times.push_back(seconds);
        }
        std::sort(times.begin(), times.end());
        std::string label = "podium";
        for (std::size_t i = 1; i < arguments.size(); ++i) {
            label += " " + (arguments[i] == path.string() ? std::string("FILE") : arguments[i]);
        }
        std::cout << label << " (FILE: " << total_han << " Han characters, " << speech.size() << " bytes), " << runs
                  << " runs: median " << bench::median(times) * 1000.0
                  << " ms, min " << times.front() * 1000.0 << " ms, p90 " << times[times.size() * 9 / 10] * 1000.0
                  << " ms; CPU (user+sys) median " << bench::median(cpu_times) * 1000.0 << " ms\n";
    }
    std::filesystem::remove(path);
    return 0;
}
