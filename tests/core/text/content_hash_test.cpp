// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/content_hash.hpp"

#include <catch2/catch.hpp>

using namespace podium;

TEST_CASE("the content hash is 64-bit FNV-1a, stable across builds")
{
    // The published FNV-1a 64 test vectors.
    CHECK(content_hash("") == 0xcbf29ce484222325ULL);
    CHECK(content_hash("a") == 0xaf63dc4c8601ec8cULL);
    CHECK(content_hash("foobar") == 0x85944171f73967e8ULL);
    CHECK(content_hash_hex("") == "cbf29ce484222325");
    CHECK(content_hash_hex("a") == "af63dc4c8601ec8c");
}

TEST_CASE("an edit to a script changes its content hash")
{
    CHECK(content_hash_hex("大家好。") != content_hash_hex("大家好！"));
    CHECK(content_hash_hex("大家好。").size() == 16);
}
