#include "core/timing/estimate.hpp"

#include <catch2/catch.hpp>

using namespace podium;

TEST_CASE("200 Han characters at 200 per minute take a minute plus the final pause")
{
    std::string text;
    for (int i = 0; i < 199; ++i) {
        text += "字";
    }
    text += "字。";
    const Script script = build_script(text, ScriptFormat::PlainText);
    PaceProfile profile;
    profile.section_pause = 0.0;
    const Timing timing = estimate_timing(script, profile);
    CHECK(timing.total_seconds == Approx(60.0));
    REQUIRE(timing.sections.size() == 1);
    CHECK(timing.sections[0].han_chars == 200);
}
