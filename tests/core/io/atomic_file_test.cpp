#include "core/io/atomic_file.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

using namespace podium;

namespace {
std::filesystem::path fresh_directory(const char* name)
{
    auto directory = std::filesystem::temp_directory_path() / ("podium-test-" + std::to_string(::getpid()) + "-" + name);
    std::filesystem::remove_all(directory);
    return directory;
}
} // namespace

TEST_CASE("write_file_atomically creates parents and replaces the whole file")
{
    const auto directory = fresh_directory("atomic");
    const auto path = directory / "nested" / "log.json";
    REQUIRE(write_file_atomically(path, "first version, long").empty());
    REQUIRE(write_file_atomically(path, "second").empty());
    std::string contents;
    REQUIRE(read_whole_file(path, contents));
    CHECK(contents == "second");
    // No temporary files are left behind.
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(path.parent_path())) {
        ++entries;
    }
    CHECK(entries == 1);
    std::filesystem::remove_all(directory);
}

TEST_CASE("write_file_atomically reports an unwritable place in one line")
{
    const std::string message = write_file_atomically("/proc/podium-cannot-write/x.json", "data");
    CHECK_FALSE(message.empty());
    CHECK(message.find('\n') == std::string::npos);
}
