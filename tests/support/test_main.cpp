// SPDX-License-Identifier: GPL-3.0-or-later
// main() of every test binary: Catch2's, plus the binary's test environment (SDL drivers and
// the like, from tests/CMakeLists.txt) and the exit code ctest reads as "skipped" when every
// test case that ran was skipped (support/skip.hpp). One object, compiled once for all binaries.
#define CATCH_CONFIG_RUNNER
#include "support/skip.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>

namespace podium::testing {
// "NAME=value;NAME=value": the binary's ENVIRONMENT in tests/CMakeLists.txt (a generated file).
extern const char* const test_environment;
} // namespace podium::testing

namespace {

void set_test_environment()
{
    std::string_view rest = podium::testing::test_environment;
    while (!rest.empty()) {
        const std::string_view item = rest.substr(0, rest.find(';'));
        rest.remove_prefix(std::min(rest.size(), item.size() + 1));
        if (const auto equals = item.find('='); equals != std::string_view::npos) {
            ::setenv(std::string(item.substr(0, equals)).c_str(), std::string(item.substr(equals + 1)).c_str(), 1);
        }
    }
}

class SkipCounter final : public Catch::TestEventListenerBase {
public:
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(Catch::TestCaseInfo const& info) override
    {
        ++podium::testing::skip_tally().started;
        TestEventListenerBase::testCaseStarting(info);
    }
};

} // namespace

CATCH_REGISTER_LISTENER(SkipCounter)

int main(int argc, char* argv[])
{
    set_test_environment();
    const int result = Catch::Session().run(argc, argv);
    const auto& tally = podium::testing::skip_tally();
    if (result == 0 && !tally.skipped.empty() && tally.skipped.size() == tally.started) {
        return podium::testing::kSkipReturnCode;
    }
    return result;
}
