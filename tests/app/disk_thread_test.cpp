// SPDX-License-Identifier: GPL-3.0-or-later
// DiskThread: a run's one writer thread, and its Inline mode (bench/frame's "before" figure).
#include "app/disk_thread.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <thread>
#include <vector>

using namespace podium;

TEST_CASE("the disk thread runs jobs in order off the posting thread, and a throwing job is a problem, not the end")
{
    DiskThread disk;
    std::vector<int> order; // written by the disk thread only, read after drain()
    std::vector<std::thread::id> ran_on;
    for (int i = 0; i < 3; ++i) {
        disk.post([&order, &ran_on, i] {
            order.push_back(i);
            ran_on.push_back(std::this_thread::get_id());
        });
    }
    disk.post([] { throw std::runtime_error("disk full"); });
    disk.post([&order] { order.push_back(3); });
    disk.drain();
    CHECK(order == std::vector<int>{0, 1, 2, 3});
    REQUIRE(ran_on.size() == 3);
    CHECK(ran_on.front() != std::this_thread::get_id());
    CHECK(disk.jobs_done() == 5);
    const std::vector<std::string> problems = disk.take_problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().find("disk full") != std::string::npos);
    CHECK(disk.take_problems().empty());
}

TEST_CASE("inline, the caller waits for each job as Podium did before the disk thread")
{
    DiskThread disk(DiskMode::Inline);
    std::thread::id ran_on;
    bool done = false;
    disk.post([&] {
        ran_on = std::this_thread::get_id();
        done = true;
    });
    CHECK(done); // already run: post() returned after the job
    CHECK(ran_on == std::this_thread::get_id());
    disk.post([] { throw std::runtime_error("no space left"); });
    CHECK(disk.take_problems().size() == 1);
    disk.drain(); // nothing to wait for
    CHECK(disk.jobs_done() == 2);
}
