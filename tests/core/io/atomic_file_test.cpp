// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/atomic_file.hpp"
#include "support/scratch.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace podium;
using podium::testing::fresh_directory;

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

TEST_CASE("a write clears temporaries its target's killed writers left behind, and nothing else")
{
    const auto directory = fresh_directory("abandoned");
    std::filesystem::create_directories(directory);
    const auto path = directory / "log.json";
    auto make = [&](const std::string& name, std::chrono::minutes age) {
        const auto file = directory / name;
        std::ofstream(file) << "half a log";
        std::filesystem::last_write_time(file, std::filesystem::file_time_type::clock::now() - age);
        return file;
    };
    const auto abandoned = make(".log.json.tmp-a1B2c3", std::chrono::minutes(60));
    const auto in_flight = make(".log.json.tmp-d4E5f6", std::chrono::minutes(0)); // another writer, now
    const auto other_target = make(".settings.json.tmp-g7H8i9", std::chrono::minutes(60));
    const auto users_file = make(".log.json.tmp-notes", std::chrono::minutes(60)); // not mkstemp's pattern
    REQUIRE(write_file_atomically(path, "whole log").empty());
    CHECK_FALSE(std::filesystem::exists(abandoned));
    CHECK(std::filesystem::exists(in_flight));
    CHECK(std::filesystem::exists(other_target));
    CHECK(std::filesystem::exists(users_file));
    std::filesystem::remove_all(directory);
}
