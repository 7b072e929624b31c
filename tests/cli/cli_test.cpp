// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_app.hpp"

#include "cli/cli_runner.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <vector>

namespace {

using podium::testing::CliRun;
using podium::testing::run;

} // namespace

TEST_CASE("the --version flag prints the version")
{
    const CliRun result = run({"--version"});
    CHECK(result.status == 0);
    CHECK(result.out.find("podium " PODIUM_VERSION) != std::string::npos);
}

TEST_CASE("the --help flag lists the commands")
{
    const CliRun result = run({"--help"});
    CHECK(result.status == 0);
    CHECK(result.out.find("split") != std::string::npos);
}

TEST_CASE("split on the bundled English sample prints its sentences")
{
    const CliRun result = run({"split", "--sample", "en"});
    CHECK(result.status == 0);
    CHECK(result.out.find("# Welcome to Podium\n") != std::string::npos);
}

TEST_CASE("a missing file is one clear line on stderr and status 1")
{
    const CliRun result = run({"split", "/nonexistent/speech.txt"});
    CHECK(result.status == 1);
    CHECK(result.err.rfind("podium: /nonexistent/speech.txt", 0) == 0);
    CHECK(result.out.empty());
}

TEST_CASE("an unknown option is a usage error with status 2")
{
    const CliRun result = run({"split", "--no-such-option"});
    CHECK(result.status == 2);
}
