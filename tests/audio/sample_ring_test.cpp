// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/sample_ring.hpp"

#include <catch2/catch.hpp>

#include <numeric>

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

TEST_CASE("a reader that falls behind loses the oldest samples, counted, never unbounded memory")
{
    SampleRing ring(4);
    ring.push(std::vector<float>{1, 2, 3});
    ring.push(std::vector<float>{4, 5, 6});
    CHECK(ring.size() == 4);
    CHECK(ring.dropped() == 2);
    ring.push(std::vector<float>{7, 8, 9, 10, 11, 12});
    std::vector<float> out;
    ring.take(out);
    CHECK(out == std::vector<float>{9, 10, 11, 12});
    CHECK(ring.dropped() == 8);
}
