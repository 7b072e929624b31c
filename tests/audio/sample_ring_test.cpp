// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/sample_ring.hpp"

#include <catch2/catch.hpp>

#include <numeric>
#include <thread>

using namespace podium;

TEST_CASE("the ring hands samples over in order, across its wrap-around")
{
    SampleRing ring(8);
    std::vector<float> out;
    ring.push(std::vector<float>{1, 2, 3, 4, 5});
    ring.take(out);
    ring.push(std::vector<float>{6, 7, 8, 9, 10, 11}); // wraps round the end of the buffer
    ring.take(out);
    std::vector<float> expected(11);
    std::iota(expected.begin(), expected.end(), 1.0f);
    CHECK(out == expected);
    CHECK(ring.dropped() == 0);
    CHECK(ring.size() == 0);
}

TEST_CASE("a reader that falls behind loses the samples that do not fit, counted, never unbounded memory")
{
    SampleRing ring(4);
    ring.push(std::vector<float>{1, 2, 3});
    ring.push(std::vector<float>{4, 5, 6});
    CHECK(ring.size() == 4);
    CHECK(ring.dropped() == 2);
    std::vector<float> out;
    ring.take(out);
    CHECK(out == std::vector<float>{1, 2, 3, 4});
    ring.push(std::vector<float>{7, 8, 9, 10, 11, 12});
    out.clear();
    ring.take(out);
    CHECK(out == std::vector<float>{7, 8, 9, 10});
    CHECK(ring.dropped() == 4);
}

TEST_CASE("the ring hands every sample over in order between a producer and a consumer thread")
{
    SampleRing ring(64);
    constexpr std::size_t total = 200000;
    std::thread producer([&] {
        std::vector<float> block(16);
        for (std::size_t n = 0; n < total;) {
            for (std::size_t i = 0; i < block.size(); ++i) {
                block[i] = static_cast<float>(n + i);
            }
            // Only what fits goes in: wait (on the test's side) until there is room, so none drop.
            while (64 - ring.size() < block.size()) {
                std::this_thread::yield();
            }
            ring.push(block);
            n += block.size();
        }
    });
    std::vector<float> out;
    while (out.size() < total) {
        ring.take(out);
    }
    producer.join();
    CHECK(ring.dropped() == 0);
    bool in_order = true;
    for (std::size_t i = 0; i < out.size(); ++i) {
        in_order = in_order && out[i] == static_cast<float>(i);
    }
    CHECK(in_order);
}
