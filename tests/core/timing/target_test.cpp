// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timing/speech_units.hpp"
#include "core/timing/target.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

using namespace podium;

namespace {

Script two_sections(std::size_t first, std::size_t second)
{
    Script script;
    auto add = [&](std::size_t count, std::size_t section) {
        const std::size_t begin = script.text.size();
        for (std::size_t i = 0; i < count; ++i) {
            script.text += "字";
        }
        script.sentences.push_back({{begin, script.text.size()}, section, section, false});
        script.text += '\n';
    };
    add(first, 0);
    add(second, 1);
    script.sections = {{"一、心中有稿，先把结构理清楚。", 1, SectionKind::Heading, std::nullopt, 0, 1},
        {"二、心中有数，把时间算明白。", 1, SectionKind::Heading, std::nullopt, 1, 2}};
    return script;
}

PaceProfile simple_profile()
{
    PaceProfile profile;
    profile.han_per_minute = 60.0 * han_units(1, 0, 0); // one 字 (open syllable) a second
    profile.section_pause = 10.0;
    return profile;
}

} // namespace

TEST_CASE("a speech over its target needs a faster pace and says by how much")
{
    const Script script = two_sections(50, 140); // 50 s + 10 s pause + 140 s = 200 s
    const Timing timing = estimate_timing(script, simple_profile());
    REQUIRE(timing.total_seconds == Approx(200.0));
    const TargetPlan plan = plan_for_target(script, timing, 105.0);
    CHECK(plan.difference_seconds == Approx(95.0));
    CHECK(plan.pause_seconds == Approx(10.0));
    CHECK(plan.reachable);
    CHECK(plan.pace_scale == Approx(2.0)); // 190 s of voice must fit in 95 s
    CHECK(plan.required_han_per_minute == Approx(2.0 * simple_profile().han_per_minute));
    CHECK(plan.section_budgets[0] == Approx(60.0 * 105.0 / 200.0));
    CHECK(plan.section_budgets[1] == Approx(140.0 * 105.0 / 200.0));
    REQUIRE(plan.largest_section);
    CHECK(*plan.largest_section == 1);
    CHECK(plan.largest_share == Approx(0.7));
    // The profile's rate is one open syllable a second in weighted units (speech_units.hpp),
    // so the printed rates and the characters to cut follow the weights.
    const double rate = simple_profile().han_per_minute;
    const std::string expected = "over by 1:35 at " + std::to_string(std::lround(rate)) + " chars/min; to finish in 1:45 speak at "
        + std::to_string(std::lround(2.0 * rate)) + " chars/min or cut about " + std::to_string(std::lround(95.0 * rate / 60.0))
        + " characters; section 二、心中有数 is 70% of the speech";
    CHECK(plan.summary == expected);
}

TEST_CASE("a speech under its target may slow down")
{
    const Script script = two_sections(50, 140);
    const TargetPlan plan = plan_for_target(script, estimate_timing(script, simple_profile()), 295.0);
    CHECK(plan.difference_seconds == Approx(-95.0));
    CHECK(plan.pace_scale == Approx(190.0 / 285.0));
    const double rate = simple_profile().han_per_minute;
    const std::string expected = "under by 1:35 at " + std::to_string(std::lround(rate)) + " chars/min; you can slow to "
        + std::to_string(std::lround(rate * 190.0 / 285.0)) + " chars/min";
    INFO(plan.summary);
    CHECK(plan.summary.rfind(expected, 0) == 0);
}

TEST_CASE("a target shorter than the pauses cannot be reached by speaking faster")
{
    const Script script = two_sections(50, 140);
    const TargetPlan plan = plan_for_target(script, estimate_timing(script, simple_profile()), 8.0);
    CHECK_FALSE(plan.reachable);
    CHECK(plan.summary.find("cannot be reached") != std::string::npos);
}

TEST_CASE("short section titles stop at the first clause mark")
{
    Section section{"一、心中有稿，先把结构理清楚。", 1, SectionKind::Heading, std::nullopt, 0, 0};
    CHECK(short_section_title(section) == "一、心中有稿");
    section.title = "Starting and pausing with a clicker in hand";
    CHECK(short_section_title(section, 10) == "Starting a…");
    section.title.clear();
    section.kind = SectionKind::Preamble;
    CHECK(short_section_title(section) == "opening");
}
