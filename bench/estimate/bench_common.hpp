// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the estimate benchmarks: read a file, run the podium binary as a child
// process with its output thrown away, and time it.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace bench {

inline std::string read_file(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

inline void write_file(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

// What a child process used: CPU time, which a busy shared machine does not inflate the way
// it inflates wall time, and its peak resident memory.
struct ProcessUsage {
    double user_seconds = 0;
    double system_seconds = 0;
    double max_rss_mib = 0;
};

// Seconds for one fork/exec/wait of `arguments`; stdout and stderr go to /dev/null. Returns a
// negative number when the child failed. `cpu_seconds` receives the child's user + system
// time; `process` (when given) all of its usage.
inline double run_process(const std::vector<std::string>& arguments, double* cpu_seconds = nullptr,
    ProcessUsage* process = nullptr)
{
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        std::vector<char*> argv;
        for (const auto& argument : arguments) {
            argv.push_back(const_cast<char*>(argument.c_str()));
        }
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage {};
    wait4(pid, &status, 0, &usage);
    const ProcessUsage used{static_cast<double>(usage.ru_utime.tv_sec) + static_cast<double>(usage.ru_utime.tv_usec) / 1e6,
        static_cast<double>(usage.ru_stime.tv_sec) + static_cast<double>(usage.ru_stime.tv_usec) / 1e6,
        static_cast<double>(usage.ru_maxrss) / 1024.0};
    if (cpu_seconds != nullptr) {
        *cpu_seconds = used.user_seconds + used.system_seconds;
    }
    if (process != nullptr) {
        *process = used;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return (WIFEXITED(status) && WEXITSTATUS(status) == 0) ? seconds : -1.0;
}

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

} // namespace bench
