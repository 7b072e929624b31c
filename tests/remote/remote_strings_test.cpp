// SPDX-License-Identifier: GPL-3.0-or-later
// The phone page speaks the phone's language (issue 25): GET /api/strings answers the page's
// words from Podium's catalogue for the phone's Accept-Language, falling back to the prompter's
// language, and every word the page marks for translation is in that list.
#include "core/i18n/catalogue.hpp"
#include "remote/page_messages.hpp"
#include "remote_fixture.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace podium;
using namespace podium::testing;
using nlohmann::json;

namespace {

json strings_for(RemoteFixture& f, const std::string& accept_language)
{
    httplib::Headers headers = f.bearer();
    if (!accept_language.empty()) {
        headers.emplace("Accept-Language", accept_language);
    }
    const auto response = f.client().Get("/api/strings", headers);
    REQUIRE(response);
    REQUIRE(response->status == 200);
    CHECK(response->get_header_value("Vary") == "Accept-Language");
    return json::parse(response->body);
}

std::string page_file(const char* name)
{
    std::ifstream in(std::filesystem::path(PODIUM_SOURCE_DIR) / "src" / "remote" / "page" / name);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("GET /api/strings gives the page Chinese for a zh-CN phone and English for an en phone")
{
    use_language(Language::English);
    RemoteFixture f;
    const json zh = strings_for(f, "zh-CN,zh;q=0.9,en;q=0.8");
    CHECK(zh.at("lang") == "zh_CN");
    CHECK(zh.at("strings").at("Slower") == "减慢");
    CHECK(zh.at("strings").at("Blank") == "黑屏");
    CHECK(zh.at("strings").at("Pause") == "暂停");
    CHECK(zh.at("strings").at("Sentence {0} of {1}") == "第 {0} 句，共 {1} 句");
    const json en = strings_for(f, "en-US,en;q=0.9");
    CHECK(en.at("lang") == "en");
    CHECK(en.at("strings").at("Slower") == "Slower");
    // A language Podium lacks, or none: the prompter's (English here).
    CHECK(strings_for(f, "fr-FR").at("lang") == "en");
    CHECK(strings_for(f, "").at("lang") == "en");
    // Still English for the prompter itself.
    CHECK(current_language() == Language::English);
    // Without the token, nothing.
    CHECK(f.client().Get("/api/strings")->status == 401);
}

TEST_CASE("a Chinese prompter gives Chinese to a phone whose language Podium lacks, English to an English phone")
{
    REQUIRE(use_language(Language::ChineseSimplified));
    {
        RemoteFixture f;
        CHECK(strings_for(f, "de-DE,de;q=0.9").at("strings").at("Faster") == "加快");
        CHECK(strings_for(f, "en").at("strings").at("Faster") == "Faster");
    }
    use_language(Language::English);
}

TEST_CASE("every word the phone page marks for translation is in the catalogue's list of page messages")
{
    const std::set<std::string> listed(page_messages().begin(), page_messages().end());
    std::vector<std::string> marked;
    const std::string html = page_file("index.html");
    // <x data-i18n>Text</x>, aria-label="…" with data-i18n-label, title="…" with data-i18n-title
    const std::regex text(R"(<[^>]*\bdata-i18n(?:\s[^>]*)?>([^<]+)<)");
    const std::regex label(R"re(<[^>]*aria-label="([^"]+)"[^>]*\bdata-i18n-label)re");
    const std::regex title(R"re(<[^>]*title="([^"]+)"[^>]*\bdata-i18n-title)re");
    for (const std::regex* pattern : {&text, &label, &title}) {
        for (auto it = std::sregex_iterator(html.begin(), html.end(), *pattern); it != std::sregex_iterator(); ++it) {
            marked.push_back((*it)[1]);
        }
    }
    const std::string script = page_file("remote.js");
    const std::regex call(R"(\bt\('((?:[^'\\]|\\.)*)')");
    for (auto it = std::sregex_iterator(script.begin(), script.end(), call); it != std::sregex_iterator(); ++it) {
        marked.push_back((*it)[1]);
    }
    std::smatch names;
    REQUIRE(std::regex_search(script, names, std::regex(R"(stateNames = \{([^}]*)\})")));
    const std::string state_names = names[1];
    const std::regex value(R"(:\s*'([^']+)')");
    for (auto it = std::sregex_iterator(state_names.begin(), state_names.end(), value); it != std::sregex_iterator(); ++it) {
        marked.push_back((*it)[1]);
    }
    CHECK(marked.size() > 30);
    for (const std::string& message : marked) {
        INFO(message);
        CHECK(listed.count(message) == 1);
    }
}

TEST_CASE("API errors keep their code in every language and say what is wrong in the phone's language")
{
    RemoteFixture f;
    const auto error_for = [&](const std::string& accept_language, const std::string& body) {
        httplib::Headers headers = f.bearer();
        headers.emplace("Accept-Language", accept_language);
        const auto response = f.client().Post("/api/jump", headers, body, "application/json");
        REQUIRE(response);
        CHECK(response->status == 400);
        CHECK(response->get_header_value("Vary") == "Accept-Language");
        return json::parse(response->body);
    };
    const std::string last = std::to_string(f.prompter().script.sections.size() - 1);
    const json english = error_for("en-US,en;q=0.9", R"({"section":999})");
    const json chinese = error_for("zh-CN,zh;q=0.9", R"({"section":999})");
    CHECK(english.at("code") == "index-out-of-range");
    CHECK(chinese.at("code") == "index-out-of-range");
    CHECK(english.at("error") == "\"section\" must be an index from 0 to " + last + " (as in podium split --json)");
    CHECK(chinese.at("error") == "“section”必须是 0 到 " + last + " 之间的序号（与 podium split --json 相同）");
    // A refusal before any handler runs (the token) speaks the language too.
    httplib::Headers wrong{{"Authorization", "Bearer wrong-token-wrong-token"}, {"Accept-Language", "zh-CN"}};
    const auto refused = f.client().Get("/api/state", wrong);
    REQUIRE(refused);
    CHECK(refused->status == 401);
    const json body = json::parse(refused->body);
    CHECK(body.at("code") == "wrong-token");
    CHECK(body.at("error").get<std::string>().find("令牌错误") == 0);
    // A language Podium lacks gets the prompter's (English here).
    CHECK(error_for("fr-FR,fr", "[]").at("error") == "the body must be a JSON object");
}
