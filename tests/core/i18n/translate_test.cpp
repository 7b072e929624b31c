// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/catalogue.hpp"
#include "core/i18n/spoken_duration.hpp"
#include "core/i18n/translate.hpp"

#include <catch2/catch.hpp>

using namespace podium;

namespace {

// Chinese for the test's duration, English again afterwards whatever happens.
struct ChineseForThisTest {
    bool found = use_language(Language::ChineseSimplified);
    ~ChineseForThisTest() { use_language(Language::English); }
};

} // namespace

TEST_CASE("fill puts texts in order, by position, and keeps doubled braces")
{
    CHECK(fill_in("{} of {}", 3, "ten") == "3 of ten");
    CHECK(fill_in("{1}的{0}", std::string("A"), std::string("B")) == "B的A");
    CHECK(fill_in("{{\"x\": {}}}", 1) == "{\"x\": 1}");
    CHECK(fill_in("{} and {5}", 'a') == "a and {5}"); // a placeholder it was not given stays visible
    CHECK(fill_in("no placeholder") == "no placeholder");
}

TEST_CASE("without a catalogue the English is the text")
{
    use_language(Language::English);
    CHECK(std::string(_("Total")) == "Total");
    CHECK(std::string(n_("{} section", "{} sections", 1)) == "{} section");
    CHECK(std::string(n_("{} section", "{} sections", 2)) == "{} sections");
    CHECK(spoken_duration(750) == "12:30");
    CHECK(spoken_duration(3900) == "1:05:00");
    CHECK(current_language() == Language::English);
}

TEST_CASE("the zh_CN catalogue of the build is used without a zh_CN locale on the machine")
{
    const ChineseForThisTest chinese;
    REQUIRE(chinese.found); // build/locale/zh_CN/LC_MESSAGES/podium.mo, found from the build tree
    CHECK(current_language() == Language::ChineseSimplified);
    CHECK(std::string(_("Total")) == "合计");
    CHECK(fill_in(n_("{} section", "{} sections", 2), 2) == "2 个部分");
    CHECK(spoken_duration(750) == "12分30秒");
    CHECK(spoken_duration(45) == "45秒");
    CHECK(spoken_duration(3900) == "1小时5分");
    CHECK(spoken_duration(720) == "12分钟");
    CHECK(spoken_duration(3930) == "1小时5分30秒");
}

TEST_CASE("messages are looked up in another language without changing the one the process speaks")
{
    use_language(Language::English);
    const auto chinese = messages_in(Language::ChineseSimplified, {"Total", "Pause"});
    CHECK(chinese == std::vector<std::string>{"合计", "暂停"});
    CHECK(current_language() == Language::English);
    CHECK(std::string(_("Total")) == "Total");
    const ChineseForThisTest speaking_chinese;
    CHECK(messages_in(Language::English, {"Total"}) == std::vector<std::string>{"Total"});
    CHECK(std::string(_("Total")) == "合计");
}
