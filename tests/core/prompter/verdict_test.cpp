// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prompter/verdict.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <regex>
#include <string>

using namespace podium;

TEST_CASE("a section is amber from 10% over its plan and red from 25% over")
{
    CHECK(verdict_for(10.9, 10.0) == TimeStatus::OnTime);
    CHECK(verdict_for(11.0, 10.0) == TimeStatus::Amber);
    CHECK(verdict_for(12.4, 10.0) == TimeStatus::Amber);
    CHECK(verdict_for(12.5, 10.0) == TimeStatus::Red);
    CHECK(verdict_for(5.0, 0.0) == TimeStatus::OnTime); // no plan: never late
    CHECK(verdict_for_over(-0.5) == TimeStatus::OnTime);
}

TEST_CASE("the phone page's verdict colours are the prompter's")
{
    std::ifstream in(std::string(PODIUM_SOURCE_DIR) + "/src/remote/page/remote.css");
    REQUIRE(in);
    const std::string css{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const auto colour = [&](const std::string& name) {
        const std::regex pattern("--" + name + R"(:\s*rgb\((\d+),\s*(\d+),\s*(\d+)\))");
        std::smatch match;
        REQUIRE(std::regex_search(css, match, pattern));
        return Rgb{static_cast<std::uint8_t>(std::stoi(match[1])), static_cast<std::uint8_t>(std::stoi(match[2])),
            static_cast<std::uint8_t>(std::stoi(match[3]))};
    };
    CHECK(colour("on-plan") == verdict_colour(TimeStatus::OnTime));
    CHECK(colour("amber") == verdict_colour(TimeStatus::Amber));
    CHECK(colour("red") == verdict_colour(TimeStatus::Red));
}
